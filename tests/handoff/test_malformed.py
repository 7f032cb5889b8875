"""Requests aiohttp cannot parse, bodies that do not decompress, uploads that stall: answered as
docs/handoff.md says (JSON with the security headers, the documented status), over raw sockets
so that the bytes reach the server exactly as written."""

import gzip
import socket

import pytest
from phone import new_session, real_checker
from rawhttp import connect, exchange, read_answer

from capture_wizard.core.steps import Step
from capture_wizard.handoff import server as server_module
from capture_wizard.handoff.sealing import seal
from capture_wizard.handoff.server import HandoffServer
from capture_wizard.handoff.session import Rejected
from capture_wizard.testing import ScriptedPhone, good_frame, jpeg

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def _refused(answer, status: int, code: str, token: str) -> None:
    assert answer.status == status, (answer.status, answer.headers, answer.body[:300])
    for name, value in SECURITY_HEADERS.items():
        assert answer.headers.get(name) == value, name
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    body = answer.json()
    assert body["error"] == code and body["message"]
    assert token.encode() not in answer.body  # nothing that was sent is echoed


SEALED = {"Content-Type": "application/octet-stream", "X-Encryption": "secretbox-v1"}
"""The headers of a sealed upload, as the phone's page sends them."""

MALFORMED = {
    "bad HTTP version": "GET /s/{token} HTTP/9.9\r\nHost: phone\r\n\r\n",
    "URL over 8 KB": "GET /s/{token}?{long} HTTP/1.1\r\nHost: phone\r\n\r\n",
    "header over 8 KB": "GET /s/{token} HTTP/1.1\r\nHost: phone\r\nX-Long: {long}\r\n\r\n",
    "a bad header line": "GET /s/{token} HTTP/1.1\r\nHost phone\r\n\r\n",
}


@pytest.mark.parametrize("request_text", MALFORMED.values(), ids=MALFORMED.keys())
def test_requests_aiohttp_cannot_parse_get_our_json_400(handoff, request_text):
    server, _, _ = handoff
    token = server.session.token
    raw = request_text.format(token=token, long="a" * 9000).encode()
    _refused(exchange(server.port, raw), 400, "bad_request", token)


@pytest.mark.parametrize("method", ["FOO", "PROPFIND2", "G\x01T"])
def test_an_unknown_method_is_405(handoff, method):
    server, _, _ = handoff
    token = server.session.token
    raw = f"{method} /s/{token} HTTP/1.1\r\nHost: phone\r\n\r\n".encode()
    _refused(exchange(server.port, raw), 405, "method_not_allowed", token)


def test_a_body_that_is_not_the_gzip_it_claims_is_400_and_the_step_waits_again(handoff):
    server, events, phone = handoff
    phone.open_page()
    answer = phone.request(
        "POST",
        f"{phone.base}/photo/front",
        body=b"this is not gzip" * 100,
        headers={"Content-Encoding": "gzip", **SEALED},
    )
    assert answer.status == 400, answer.body[:300]
    assert answer.json()["error"] == "bad_request"
    assert answer.headers["Cache-Control"] == "no-store"
    assert server.session.steps[0].state == "waiting"
    assert Rejected(Step.FRONT, ()) in events
    # A sealed photo that really is gzipped is read as the photo.
    photo = gzip.compress(seal(phone.key, jpeg(good_frame(Step.FRONT))))
    answer = phone.request(
        "POST",
        f"{phone.base}/photo/front",
        body=photo,
        headers={"Content-Encoding": "gzip", **SEALED},
    )
    assert answer.status == 200 and answer.json()["accepted"]


@pytest.fixture
def quick_timeouts(monkeypatch):
    """Timeouts short enough for a test (the server reads them when it is made)."""

    def make(idle: float, total: float = 300.0):
        monkeypatch.setattr(server_module, "READ_IDLE_SECONDS", idle, raising=False)
        monkeypatch.setattr(server_module, "READ_TOTAL_SECONDS", total, raising=False)
        session, events = new_session()
        server = HandoffServer(session, real_checker, "127.0.0.1")
        server.start()
        phone = ScriptedPhone(server)
        assert phone.open_page().status == 200
        return server, events, phone

    servers = []

    def start(idle: float, total: float = 300.0):
        servers.append(make(idle, total))
        return servers[-1]

    yield start
    for server, _, _ in servers:
        server.stop()


def _upload_head(phone, length: int) -> bytes:
    return (
        f"POST {phone.base}/photo/front HTTP/1.1\r\nHost: phone\r\nCookie: {phone.cookie}\r\n"
        f"Content-Type: application/octet-stream\r\nX-Encryption: secretbox-v1\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


def test_an_upload_that_stalls_halfway_is_given_up_and_the_step_waits_again(quick_timeouts):
    server, events, phone = quick_timeouts(idle=0.5)
    photo = jpeg(good_frame(Step.FRONT))
    sealed = seal(phone.key, photo)
    with connect(server.port) as sock:
        sock.sendall(_upload_head(phone, len(sealed)) + sealed[: len(sealed) // 2])
        answer = read_answer(sock)  # the server answers on its own: the rest never comes
    _refused(answer, 408, "timeout", server.session.token)
    assert server.session.steps[0].state == "waiting"
    assert Rejected(Step.FRONT, ()) in events
    # The phone can send it again.
    assert phone.upload("front", photo).json()["accepted"]


def test_an_upload_that_trickles_is_cut_off_at_the_total_limit(quick_timeouts):
    server, _, phone = quick_timeouts(idle=30.0, total=0.5)
    with connect(server.port, timeout=0.05) as sock:
        sock.sendall(_upload_head(phone, 10_000_000))
        for _ in range(600):  # a byte each time the server has not answered yet
            try:
                if sock.recv(1, socket.MSG_PEEK):  # the answer has begun
                    break
            except TimeoutError:
                sock.sendall(b"\xff")
        sock.settimeout(30)
        answer = read_answer(sock)
    _refused(answer, 408, "timeout", server.session.token)
    assert server.session.steps[0].state == "waiting"
