import os
from pathlib import Path

import pytest

# Tests never touch the real user's configuration or log directories.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

REAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))


@pytest.fixture
def open_umask():
    """The most open umask: what the files get must not depend on it."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.fixture
def real_data() -> Path:
    if not REAL_DATA.is_dir():
        pytest.skip(f"real test images not available ({REAL_DATA} is missing)")
    return REAL_DATA


class Receiver:
    """A real HTTP server implementing the back office's side of the upload protocol
    (docs/package-format.md), which can fail on purpose. It checks every body against its
    X-Package-SHA256, stores each Idempotency-Key once (a repeat is answered as stored) and
    confirms a stored package by echoing its name and sha256 in a JSON answer."""

    FAILURES = ("503_at_once", "500_after_body", "drop_before_store", "drop_after_store", "slow")

    def __init__(self, token: str = "secret", failure_rate: float = 0.0, seed: int = 0) -> None:
        import random
        import threading

        self.token = token
        self.failure_rate = failure_rate
        self.answer: int | None = None
        """Answer every request with this status (e.g. 422) instead of storing."""
        self.slow_seconds = 0.5
        self.stored: dict[str, bytes] = {}
        self.repeats = 0
        self.failures: dict[str, int] = dict.fromkeys(self.FAILURES, 0)
        self.requests = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def handle(self, handler) -> None:
        import hashlib
        import json
        import socket
        import time

        with self._lock:
            self.requests += 1
            failure = None
            if self._rng.random() < self.failure_rate:
                failure = self._rng.choice(self.FAILURES)
                self.failures[failure] += 1
        if handler.headers.get("Authorization") != f"Bearer {self.token}":
            return self._reply(handler, 401, "bad token")
        if self.answer is not None:
            return self._reply(handler, self.answer, "refused on purpose")
        if failure == "503_at_once":
            return self._reply(handler, 503, "busy")
        body = handler.rfile.read(int(handler.headers["Content-Length"]))
        if failure == "500_after_body":
            return self._reply(handler, 500, "oops")
        if failure == "drop_before_store":
            return handler.connection.shutdown(socket.SHUT_RDWR)
        sha256 = hashlib.sha256(body).hexdigest()
        if sha256 != handler.headers["X-Package-SHA256"]:
            return self._reply(handler, 400, "hash mismatch")
        key = handler.headers["Idempotency-Key"]
        with self._lock:
            if key in self.stored:
                if self.stored[key] != body:
                    return self._reply(handler, 409, "a different package with this key")
                self.repeats += 1
            else:
                self.stored[key] = body
        if failure == "drop_after_store":
            return handler.connection.shutdown(socket.SHUT_RDWR)
        if failure == "slow":
            time.sleep(self.slow_seconds)  # the fault itself: longer than the client waits
        # the confirmation the app requires before it counts the package as stored
        confirmation = {"name": handler.headers["X-Package-Name"], "sha256": sha256}
        return self._reply(handler, 201, json.dumps(confirmation), "application/json")

    @staticmethod
    def _reply(handler, status: int, text: str, content_type: str = "text/plain") -> None:
        payload = text.encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


@pytest.fixture
def receiver():
    """A running Receiver; `receiver.url` is its upload endpoint."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    instance = Receiver()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            instance.handle(self)

        def log_message(self, *args):
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # a client that gave up (timeout) breaks the pipe: expected here

    server = Server(("127.0.0.1", 0), Handler)
    instance.url = f"http://127.0.0.1:{server.server_address[1]}/packages"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield instance
    server.shutdown()
    server.server_close()


@pytest.fixture
def free_port() -> int:
    """A loopback port nothing listens on (it was free a moment ago)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """The mail a real local SMTP server (aiosmtpd) received."""

    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler hook
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server(free_port):
    """A running SMTP server on loopback: (its inbox, its port)."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port)
    controller.start()
    yield inbox, free_port
    controller.stop()
