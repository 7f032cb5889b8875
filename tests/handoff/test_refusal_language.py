"""Refusals aiohttp makes itself (no such path, a method a route does not take, an `Expect` it
does not know, a request it cannot parse) reach the phone in the person's language, like the
server's own. Asked with aiohttp's client over HTTP, and over a raw socket where the request
must be malformed; translated by the shipped German catalogue (Qt's QTranslator, no display)."""

import asyncio

import aiohttp
import pytest
from phone import new_session, real_checker
from PySide6.QtCore import QTranslator
from rawhttp import exchange

from capture_wizard.handoff.ratelimit import RateLimiter
from capture_wizard.handoff.server import MESSAGES, HandoffServer
from capture_wizard.resources import resources_dir


@pytest.fixture(scope="module")
def german():
    translator = QTranslator()
    assert translator.load("capture_wizard_de", str(resources_dir() / "i18n"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


@pytest.fixture
def server(german):
    session, _ = new_session(translate=german, language="de")
    server = HandoffServer(
        session, real_checker, "127.0.0.1", limiter=RateLimiter(burst=8), max_upload=1024 * 1024
    )
    server.start()
    yield server
    server.stop()


def ask(method: str, url: str, **kwargs) -> tuple[int, dict, dict]:
    """(status, headers, JSON body) of one request made with aiohttp's client."""

    async def one() -> tuple[int, dict, dict]:
        async with (
            aiohttp.ClientSession() as client,
            client.request(method, url, **kwargs) as answer,
        ):
            return answer.status, dict(answer.headers), await answer.json()

    return asyncio.run(one())


def in_german(german, code: str) -> str:
    message = german("Phone", MESSAGES[code])
    assert message != MESSAGES[code], f"{code}: no German in the catalogue"
    return message


def test_no_such_path_is_answered_in_german(server, german):
    status, headers, body = ask("GET", f"{server.page_url}/nothing")
    assert (status, body) == (
        404,
        {"error": "not_found", "message": in_german(german, "not_found")},
    )
    assert headers["X-Frame-Options"] == "DENY"


def test_a_method_the_route_does_not_take_is_answered_in_german(server, german):
    status, _, body = ask("GET", f"{server.page_url}/photo/front")
    assert status == 405
    assert body == {
        "error": "method_not_allowed",
        "message": in_german(german, "method_not_allowed"),
    }


def test_an_unknown_expectation_is_a_german_400_without_echo(server, german):
    status, headers, body = ask(
        "POST", f"{server.page_url}/photo/front", data=b"x", headers={"Expect": "magic-please"}
    )
    assert (status, body) == (
        400,
        {"error": "bad_request", "message": in_german(german, "bad_request")},
    )
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_expect_100_continue_still_works(server, german):
    """The phone's upload, announced with `Expect: 100-continue`, gets to the route: refused
    there as unsealed, in German, instead of stalling or being refused as a bad request."""
    status, _, body = ask(
        "POST", f"{server.page_url}/photo/front", data=b"x" * 2000, expect100=True
    )
    assert (status, body["error"]) == (415, "not_encrypted")
    assert body["message"] == in_german(german, "not_encrypted")


def test_a_body_over_the_limit_is_refused_in_german(server, german):
    status, _, body = ask(
        "POST",
        f"{server.page_url}/photo/front",
        data=b"x" * (2 * 1024 * 1024),
        headers={"X-Encryption": "secretbox-v1"},
    )
    assert (status, body["error"]) == (413, "too_large")
    assert body["message"].startswith("Das Foto ist zu groß (höchstens 1 MB)")


def test_too_many_requests_are_answered_in_german(server, german):
    answers = [ask("GET", f"{server.page_url}/state") for _ in range(10)]
    status, headers, body = answers[-1]
    assert (status, body["error"]) == (429, "rate_limited") and int(headers["Retry-After"]) >= 1
    assert body["message"] == in_german(german, "rate_limited")


@pytest.mark.parametrize(
    ("request_text", "status", "code"),
    [
        ("GET /s/{token} HTTP/9.9\r\nHost: phone\r\n\r\n", 400, "bad_request"),
        ("FOO /s/{token} HTTP/1.1\r\nHost: phone\r\n\r\n", 405, "method_not_allowed"),
    ],
    ids=["bad HTTP version", "unknown method"],
)
def test_requests_aiohttp_cannot_parse_are_answered_in_german(
    server, german, request_text, status, code
):
    answer = exchange(server.port, request_text.format(token=server.session.token).encode())
    assert answer.status == status
    assert answer.json() == {"error": code, "message": in_german(german, code)}
