"""No secret in the log, ever: the hand-off token and the phone's key stay out of every log
record and out of the log file, whatever a client sends (malformed requests are what aiohttp
used to log at ERROR with the raw request line). The project's own `setup_logging` is used."""

import logging
import sys

import pytest
from rawhttp import exchange

from capture_wizard import logs
from capture_wizard.core.settings import LoggingSettings


class Recorder(logging.Handler):
    """Every record as it was emitted (its text made at once, before any filter of a later
    handler rewrites it)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except TypeError:  # arguments that do not fit the message
            text = ""
        self.texts.append(f"{text} {record.msg!r} {record.args!r}")


@pytest.fixture
def logged(tmp_path):
    """The log file set up as the app does (at DEBUG, the most that is ever written), and a
    recorder placed before it on the root logger."""
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging(
        LoggingSettings(level="DEBUG", file=str(tmp_path / "capture-wizard.log"))
    )
    assert path is not None
    ours = root.handlers[:]
    recorder = Recorder()
    root.handlers.insert(0, recorder)
    yield path, recorder
    for handler in [recorder, *ours]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _malformed(token: str, cookie: str) -> list[bytes]:
    lines = [
        f"GET /s/{token} HTTP/9.9",  # a bad HTTP version
        f"FOO /s/{token} HTTP/1.1",  # an unknown method
        f"G\x01T /s/{token} HTTP/1.1",  # not a method at all
        f"GET /s/{token}?{'a' * 9000} HTTP/1.1",  # a URL over 8 KB
        f"GET /s/{token}/{'b' * 9000} HTTP/1.1",
        f"/s/{token}",  # no HTTP at all
    ]
    requests = [f"{line}\r\nHost: phone\r\nCookie: {cookie}\r\n\r\n".encode() for line in lines]
    requests.append(  # a header over 8 KB, after the token
        f"GET /s/{token} HTTP/1.1\r\nCookie: {cookie}\r\nX-Long: {'c' * 9000}\r\n\r\n".encode()
    )
    requests.append(  # a body that is not the gzip it claims to be
        f"POST /s/{token}/photo/front HTTP/1.1\r\nHost: phone\r\nCookie: {cookie}\r\n"
        "X-Encryption: secretbox-v1\r\nContent-Encoding: gzip\r\n"
        "Content-Length: 64\r\n\r\n".encode()
        + b"x" * 64
    )
    return requests


def test_malformed_requests_leave_no_token_in_any_log_record_or_the_log_file(logged, handoff):
    path, recorder = logged
    server, _, phone = handoff
    assert phone.open_page().status == 200
    token = server.session.token
    key = phone.cookie.split("=", 1)[1]  # the phone's key is a secret too
    for raw in _malformed(token, phone.cookie):
        answer = exchange(server.port, raw)
        assert answer.status >= 400, answer  # refused (and logged) before it was answered
    assert recorder.texts, "the refusals are logged (without what was sent)"
    for text in recorder.texts:
        assert token not in text and key not in text, text
    written = path.read_text(encoding="utf-8")
    assert "malformed request" in written
    assert token not in written and key not in written


def test_the_log_file_keeps_no_secret_that_a_library_logs(logged):
    """Whatever aiohttp (or anything else) logs, the file gets no token, phone key or client
    address: aiohttp's records lose their arguments and tracebacks, every text is redacted."""
    path, _ = logged
    token = "k5EsFr0Nh0DQcZQm3uYcVA"
    key = "Q2hhcmxpZSBzZWNyZXQga2V5"
    raw = f"b'GET /s/{token} HTTP/9.9'"
    try:
        raise ValueError(f"Bad status line:\n  {raw}\n  Cookie: cw_phone={key}")
    except ValueError:
        error = sys.exc_info()
    aiohttp = logging.getLogger("aiohttp.server")
    aiohttp.error("Error handling request from %s", "192.0.2.77", exc_info=error)
    aiohttp.error(f"Web-handler should return a response, got {raw}")
    ours = logging.getLogger("capture_wizard.somewhere")
    ours.warning("the link http://192.0.2.1:8000/s/%s did not open", token)
    ours.error("failed with cw_phone=%s", key, exc_info=error)
    ours.info("where: /s/%s", token, stack_info=True)
    written = path.read_text(encoding="utf-8")
    assert token not in written and key not in written and "192.0.2.77" not in written
    assert "Error handling request from" in written and "(ValueError)" in written
    assert "/s/[redacted] did not open" in written


def test_a_record_whose_arguments_do_not_fit_is_still_written(logged):
    path, _ = logged
    logging.getLogger("capture_wizard.somewhere").error("arguments that do not fit %d", "x")
    assert "arguments that do not fit" in path.read_text(encoding="utf-8")


def test_redact():
    redact, REDACTED = logs.redact, logs.REDACTED
    assert redact("GET /s/abc-_123 HTTP/1.1") == f"GET /s/{REDACTED} HTTP/1.1"
    assert redact("bytearray(b'/s/abc?aaa')") == f"bytearray(b'/s/{REDACTED}?aaa')"
    assert redact("/s/abc/photo/front") == f"/s/{REDACTED}/photo/front"
    assert redact("Cookie: cw_phone=xyz; other=1") == f"Cookie: cw_phone={REDACTED}; other=1"
    link = "http://192.0.2.1:8765/s/tok#k=AbC-_9xyz"
    assert redact(link) == f"http://192.0.2.1:8765/s/{REDACTED}#k={REDACTED}"
    assert redact("no secret here") == "no secret here"
