"""Raw HTTP for the hand-off tests: bytes sent exactly as written (malformed request lines,
unknown methods, bodies that stall), and the answer read back from the socket."""

import json
import socket
from dataclasses import dataclass


@dataclass
class RawAnswer:
    status: int
    headers: dict[str, str]
    """Lower-case names."""
    body: bytes

    def json(self) -> dict:
        assert self.headers.get("content-type", "").startswith("application/json"), self.body
        return json.loads(self.body)


def connect(port: int, host: str = "127.0.0.1", timeout: float = 30.0) -> socket.socket:
    """A connection whose reads give up after `timeout` (a guard, not a wait)."""
    return socket.create_connection((host, port), timeout=timeout)


def read_answer(sock: socket.socket) -> RawAnswer:
    """One answer: its head, then as many bytes as its Content-Length says (the server may
    keep the connection open after it, e.g. while it drains a body it refused)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"the server closed the connection: {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return RawAnswer(status, headers, body[:length])


def exchange(port: int, data: bytes, host: str = "127.0.0.1") -> RawAnswer:
    """Send `data` as it is on a new connection and read the answer."""
    with connect(port, host) as sock:
        sock.sendall(data)
        return read_answer(sock)
