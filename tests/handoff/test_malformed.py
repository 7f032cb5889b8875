"""Requests aiohttp cannot parse: answered as docs/handoff.md says (JSON with the security
headers, the documented status), over raw sockets so that the bytes reach the server exactly as
written."""

import pytest
from rawhttp import exchange

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
