"""Delivery: retries with backoff, exactly-once through a server that fails at random, 4xx,
resuming from the outbox after a restart, the background courier; redirects never followed,
a 2xx that does not confirm the package, a whole attempt bounded by the timeout."""

import hashlib
import json
import logging
import random
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from waiting import wait_until

from capture_wizard.core.package.archive import build_archive
from capture_wizard.core.package.courier import (
    BackgroundCourier,
    Courier,
    RetryPolicy,
)
from capture_wizard.core.package.crypto import encrypt, generate_keypair, parse_recipients
from capture_wizard.core.package.delivery import HttpUploader, SettingsProblem, TryLater
from capture_wizard.core.package.manifest import new_reference
from capture_wizard.core.package.outbox import Outbox
from capture_wizard.core.package.store import Stage
from capture_wizard.core.package.submit import Delivery, submit
from capture_wizard.core.settings import PackageSettings, UploadSettings
from capture_wizard.core.specimens.session import specimen_session

FAST = RetryPolicy(attempts=8, initial=0.001, maximum=0.004)


@pytest.fixture(scope="module")
def plain_archive() -> bytes:
    session = specimen_session("passport")
    return build_archive(session, reference=new_reference(), consent_at=datetime.now(UTC)).data


def _fill(outbox: Outbox, archive: bytes, count: int) -> dict[str, str]:
    """`count` encrypted packages; returns {reference: sha256 of the file}."""
    recipients = parse_recipients([generate_keypair().recipient])
    written = {}
    for n in range(count):
        data = encrypt(archive, recipients)
        entry = outbox.write(f"CW-TEST-{n:04d}.zip.age", data)
        written[entry.reference] = hashlib.sha256(data).hexdigest()
    return written


def _courier(outbox, receiver, policy=FAST, timeout=0.2, keep_sent=True) -> Courier:
    uploader = HttpUploader(receiver.url, receiver.token, timeout)
    return Courier(outbox, uploader, policy, keep_sent=keep_sent, rng=random.Random(1))


def test_backoff_doubles_up_to_the_cap_with_jitter():
    policy = RetryPolicy(attempts=9, initial=1.0, maximum=20.0)
    rng = random.Random(0)
    for retry, ceiling in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 16), (6, 20), (9, 20)]:
        delays = [policy.delay(retry, rng) for _ in range(200)]
        assert ceiling / 2 <= min(delays) and max(delays) <= ceiling
        assert max(delays) - min(delays) > ceiling / 4  # jitter spreads the retries


def test_a_hundred_packages_through_a_flaky_server_arrive_exactly_once(
    tmp_path, receiver, plain_archive
):
    receiver.failure_rate = 0.3
    receiver.slow_seconds = 0.3
    outbox = Outbox(tmp_path)
    written = _fill(outbox, plain_archive, 100)
    courier = _courier(outbox, receiver)
    for _ in range(3):  # rounds, as the background courier would run them
        if not outbox.pending():
            break
        courier.send_pending()
    assert outbox.pending() == []
    assert sorted(e.reference for e in outbox.sent()) == sorted(written)
    stored = {k: hashlib.sha256(v).hexdigest() for k, v in receiver.stored.items()}
    assert stored == written  # every package, once, intact
    assert sum(receiver.failures.values()) >= 20, receiver.failures
    assert receiver.failures["drop_after_store"] > 0 and receiver.repeats > 0


def test_a_refused_package_is_not_retried_and_set_aside(tmp_path, receiver, plain_archive):
    receiver.answer = 422
    outbox = Outbox(tmp_path)
    _fill(outbox, plain_archive, 2)
    result = _courier(outbox, receiver).send_pending()
    assert receiver.requests == 2 and sorted(result.refused) == ["CW-TEST-0000", "CW-TEST-0001"]
    assert "HTTP 422" in result.problem and "refused on purpose" in result.problem
    assert [e.reference for e in outbox.rejected()] == ["CW-TEST-0000", "CW-TEST-0001"]


def test_a_wrong_token_stops_the_round_and_keeps_the_packages(tmp_path, receiver, plain_archive):
    outbox = Outbox(tmp_path)
    _fill(outbox, plain_archive, 3)
    uploader = HttpUploader(receiver.url, "wrong", 0.5)
    result = Courier(outbox, uploader, FAST).send_pending()
    assert receiver.requests == 1 and len(result.waiting) == 3
    assert "upload.token" in result.problem and len(outbox.pending()) == 3


def test_an_unreachable_server_leaves_everything_for_later_and_a_restart_resumes(
    tmp_path, receiver, plain_archive
):
    outbox = Outbox(tmp_path)
    written = _fill(outbox, plain_archive, 3)
    dead = HttpUploader("http://127.0.0.1:9/nothing-listens-here", "secret", 0.5)
    result = Courier(outbox, dead, FAST).send_pending()
    assert sorted(result.waiting) == sorted(written) and "cannot reach" in result.problem
    # "after a restart": a new courier on the same directory finds the queue
    fresh = _courier(Outbox(tmp_path), receiver, keep_sent=False)
    assert sorted(fresh.send_pending().sent) == sorted(written)
    assert list(tmp_path.glob("*.zip.age")) == [] and not (tmp_path / "sent").exists()


def test_timeouts_are_retried(tmp_path, receiver, plain_archive):
    receiver.failure_rate = 1.0
    receiver.FAILURES = ("slow",)
    receiver.slow_seconds = 0.3
    outbox = Outbox(tmp_path)
    _fill(outbox, plain_archive, 1)
    two_attempts = RetryPolicy(attempts=2, initial=0.001, maximum=0.004)
    result = _courier(outbox, receiver, policy=two_attempts, timeout=0.1).send_pending()
    assert result.waiting == ["CW-TEST-0000"] and "did not answer" in result.problem
    assert receiver.requests == 2


def test_the_background_courier_sends_when_woken_and_stops(tmp_path, receiver, plain_archive):
    outbox = Outbox(tmp_path)
    rounds = []
    background = BackgroundCourier(_courier(outbox, receiver), 3600, rounds.append)
    background.start()
    try:
        _fill(outbox, plain_archive, 2)
        background.wake()
        wait_until(lambda: len(outbox.sent()) == 2, timeout=4.0)
        assert len(outbox.sent()) == 2
    finally:
        background.stop(timeout=5)
    assert not background._thread.is_alive()
    assert any(r.sent for r in rounds)


def test_settings_build_a_courier_and_bad_endpoints_are_named(tmp_path):
    upload = UploadSettings(endpoint="https://kyc.example/upload", token="t", attempts=3)
    courier = Courier.from_settings(Outbox(tmp_path), upload)
    assert courier.policy.attempts == 3 and courier.keep_sent
    with pytest.raises(SettingsProblem, match=r"upload\.endpoint"):
        Courier.from_settings(Outbox(tmp_path), UploadSettings(endpoint="ftp://x"))


@pytest.mark.parametrize(
    ("answer", "token", "delivery"),
    [
        (None, "secret", Delivery.SENT),
        (503, "secret", Delivery.QUEUED),
        (422, "secret", Delivery.REFUSED),
        (None, "wrong", Delivery.QUEUED),
    ],
)
def test_submit_saves_then_tries_once(tmp_path, receiver, answer, token, delivery):
    receiver.answer = answer
    settings = PackageSettings(recipients=(generate_keypair().recipient,), outbox=str(tmp_path))
    uploader = HttpUploader(receiver.url, token, 1.0)
    courier = Courier(Outbox(tmp_path), uploader, FAST)
    stages = []
    result = submit(specimen_session(), settings, courier, progress=stages.append, demo_run=True)
    assert result.delivery == delivery and result.encrypted
    assert stages == [Stage.PACKAGING, Stage.ENCRYPTING, Stage.SAVING, Stage.SENDING]
    assert receiver.requests == 1  # one attempt while the person waits; retries come later
    if delivery == Delivery.SENT:
        assert result.reference in receiver.stored and not result.problem
    else:
        assert result.problem


def test_submit_without_a_courier_keeps_and_with_a_busy_courier_queues(tmp_path, receiver):
    settings = PackageSettings(recipients=(generate_keypair().recipient,), outbox=str(tmp_path))
    assert submit(specimen_session(), settings, None, demo_run=True).delivery == Delivery.KEPT
    courier = _courier(Outbox(tmp_path), receiver)
    with courier._lock:  # a round is running
        assert (
            submit(specimen_session(), settings, courier, demo_run=True).delivery == Delivery.QUEUED
        )
    assert receiver.requests == 0 and len(Outbox(tmp_path).pending()) == 2


# --- the upload protocol against odd servers: real HTTP servers on 127.0.0.1 -------------------

TOKEN = "tok-3b9e1d7c-secret"
NAME, REFERENCE = "CW-ODD1-0001.zip.age", "CW-ODD1-0001"
PACKAGE = b"age-encryption.org/v1 stand-in " * 64


@pytest.fixture
def serve():
    """Starts real HTTP servers whose answer is `answer(handler, body, stop)`; each keeps what
    it was sent in `.seen` (method, headers, body). `stop` is set when the test ends."""
    servers = []
    stop = threading.Event()

    def start(answer) -> SimpleNamespace:
        seen = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen.append(SimpleNamespace(method=self.command, headers=self.headers, body=body))
                answer(self, body, stop)

            do_GET = do_POST = do_PUT = do_HEAD = _any

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # a client that gave up breaks the pipe: expected here

        server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        return SimpleNamespace(url=f"{origin}/packages", origin=origin, seen=seen)

    yield start
    stop.set()
    for server in servers:
        server.shutdown()
        server.server_close()


def _reply(handler, status: int, body: bytes = b"", headers=()) -> None:
    handler.send_response(status)
    for key, value in headers:
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _confirmation(handler, body: bytes, **changes) -> bytes:
    echoed = {"name": handler.headers["X-Package-Name"], "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps({**echoed, **changes}).encode()


def _confirm(handler, body, stop) -> None:
    _reply(handler, 201, _confirmation(handler, body), [("Content-Type", "application/json")])


def _one_package(directory) -> Outbox:
    outbox = Outbox(directory)
    outbox.write(NAME, PACKAGE)
    return outbox


def _upload_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "upload-attempt" and t.is_alive()]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_never_followed_and_keeps_the_package_queued(tmp_path, serve, status, caplog):
    """A captive portal: the endpoint redirects to another origin that answers 200 to anything.
    Nothing may reach the portal (least of all the token) and nothing is sent or rejected."""
    caplog.set_level(logging.DEBUG)
    portal = serve(lambda handler, body, stop: _reply(handler, 200, b"<html>Wi-Fi login</html>"))
    location = [("Location", f"{portal.origin}/login?session=abc")]
    endpoint = serve(lambda handler, body, stop: _reply(handler, status, b"moved", location))
    outbox = _one_package(tmp_path)
    result = Courier(outbox, HttpUploader(endpoint.url, TOKEN, 2.0), FAST).send_pending()
    assert not any("Authorization" in seen.headers for seen in portal.seen)
    assert portal.seen == []  # nothing at all was re-sent elsewhere
    assert len(endpoint.seen) == 1  # a configuration problem: not retried
    assert [e.name for e in outbox.pending()] == [NAME]
    assert outbox.sent() == [] and outbox.rejected() == []
    assert result.waiting == [REFERENCE] and not result.sent and not result.refused
    assert f"redirect (HTTP {status} to {portal.origin})" in result.problem
    assert "upload.endpoint" in result.problem and "session=abc" not in result.problem
    assert TOKEN not in result.problem and TOKEN not in caplog.text


ODD_2XX = {
    "plain text": lambda handler, body: _reply(handler, 201, b"stored"),
    "a login page": lambda handler, body: _reply(handler, 200, b"<html><form>Log in</form>"),
    "no body": lambda handler, body: _reply(handler, 204),
    "JSON without the sha256": lambda handler, body: _reply(
        handler, 200, json.dumps({"name": handler.headers["X-Package-Name"]}).encode()
    ),
    "a wrong sha256": lambda handler, body: _reply(
        handler, 201, _confirmation(handler, body, sha256=hashlib.sha256(b"x").hexdigest())
    ),
    "another package's name": lambda handler, body: _reply(
        handler, 201, _confirmation(handler, body, name="CW-OTHR-0002.zip.age")
    ),
}


@pytest.mark.parametrize("kind", ODD_2XX)
def test_a_2xx_that_does_not_confirm_the_package_leaves_it_queued(tmp_path, serve, kind):
    endpoint = serve(lambda handler, body, stop: ODD_2XX[kind](handler, body))
    outbox = _one_package(tmp_path)
    result = Courier(outbox, HttpUploader(endpoint.url, TOKEN, 2.0), FAST).send_pending()
    assert [e.name for e in outbox.pending()] == [NAME], result
    assert outbox.sent() == [] and outbox.rejected() == []
    assert result.waiting == [REFERENCE] and "confirm" in result.problem


def test_a_confirmation_of_the_package_name_and_sha256_sends_it(tmp_path, serve):
    endpoint = serve(_confirm)
    outbox = _one_package(tmp_path)
    result = Courier(outbox, HttpUploader(endpoint.url, TOKEN, 2.0), FAST).send_pending()
    assert result.sent == [REFERENCE] and not result.problem
    assert [e.name for e in outbox.sent()] == [NAME] and outbox.pending() == []
    (seen,) = endpoint.seen
    assert seen.method == "POST" and seen.body == PACKAGE
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["X-Package-SHA256"] == hashlib.sha256(PACKAGE).hexdigest()


def test_a_server_that_echoes_the_token_does_not_get_it_into_the_reason(tmp_path, serve):
    def echo(handler, body, stop):
        _reply(handler, 422, f"bad request, you sent {handler.headers['Authorization']}".encode())

    outbox = _one_package(tmp_path)
    result = Courier(outbox, HttpUploader(serve(echo).url, TOKEN, 2.0), FAST).send_pending()
    assert result.refused == [REFERENCE] and "HTTP 422" in result.problem
    reason = (outbox.rejected_dir / f"{NAME}.reason.txt").read_text()
    assert TOKEN not in result.problem and TOKEN not in reason and "Bearer [token]" in reason


@pytest.mark.parametrize("part", ["the status line", "the body"])
def test_a_trickling_answer_cannot_hold_an_attempt_past_the_timeout(serve, part):
    """One byte every 0.2 s never lets a socket read time out; the attempt as a whole must."""

    def trickle(handler, body, stop):
        payload = _confirmation(handler, body)
        head = b"HTTP/1.1 201 Created\r\nContent-Length: %d\r\n\r\n" % len(payload)
        answer = head + payload
        at_once = 0 if part == "the status line" else len(head)
        handler.wfile.write(answer[:at_once])
        for byte in answer[at_once:]:
            if stop.wait(0.2):
                return
            try:
                handler.wfile.write(bytes([byte]))
            except OSError:  # the client gave up
                return

    uploader = HttpUploader(serve(trickle).url, TOKEN, 0.5)
    started = time.monotonic()
    with pytest.raises(TryLater, match=r"did not answer within 0\.5 s"):
        uploader.upload(NAME, REFERENCE, PACKAGE)
    assert time.monotonic() - started < 2.0  # the attempt ends; not a speed claim
    # the abandoned attempt ends too: its socket was shut down, no thread is left behind
    assert wait_until(lambda: not _upload_threads(), timeout=2.0), _upload_threads()


def test_demo_photos_are_packaged_only_in_a_demo_run(tmp_path):
    from capture_wizard.core.package.store import PackageRefused
    from capture_wizard.core.session import CaptureSource

    key = generate_keypair()
    settings = PackageSettings(recipients=(key.recipient,), outbox=str(tmp_path / "outbox"))
    with pytest.raises(PackageRefused, match="demo"):
        submit(specimen_session(), settings, None)
    assert not Outbox(settings.outbox_dir()).pending()
    assert submit(specimen_session(), settings, None, demo_run=True).delivery == Delivery.KEPT
    webcam = specimen_session(source=CaptureSource.WEBCAM)
    assert submit(webcam, settings, None).delivery == Delivery.KEPT


def test_a_submit_handler_gets_the_package_instead_of_the_outbox(tmp_path):
    from pyrage import x25519

    from capture_wizard.core.package.verify import verify_package

    keys = generate_keypair()
    settings = PackageSettings(recipients=(keys.recipient,), outbox=str(tmp_path / "outbox"))
    handed = []
    stages = []
    session = specimen_session()
    result = submit(
        session,
        settings,
        None,
        progress=stages.append,
        demo_run=True,
        handler=lambda name, data: handed.append((name, data)),
    )
    assert result.delivery == Delivery.HANDED and result.encrypted
    assert result.steps == tuple(step.value for step in session.captures) and result.steps
    [(name, data)] = handed
    assert name == f"{result.reference}.zip.age"
    assert not (tmp_path / "outbox").exists()  # nothing reached the disk
    verified = verify_package(data, x25519.Identity.from_str(keys.identity))
    assert verified.problems == [] and verified.contents_checked
    assert stages == [Stage.PACKAGING, Stage.ENCRYPTING, Stage.SENDING]


def test_a_failing_submit_handler_is_an_error_for_the_caller(tmp_path):
    settings = PackageSettings(recipients=(generate_keypair().recipient,), outbox=str(tmp_path))

    def refuse(name, data):
        raise ConnectionError("the host's server is down")

    with pytest.raises(ConnectionError):
        submit(specimen_session(), settings, None, demo_run=True, handler=refuse)
