"""The hand-off server, over real HTTP: the happy path, then every security rule of the issue,
each refused with a JSON error and the right status."""

import http.client
import io
import os
import socket
import struct
import threading
import zlib

import numpy as np
import pytest
from phone import new_session, real_checker
from PIL import Image

from capture_wizard.core.session import CaptureSource
from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.hostile import bomb_png
from capture_wizard.core.steps import Step
from capture_wizard.handoff import server as server_module
from capture_wizard.handoff import session as session_module
from capture_wizard.handoff.ratelimit import RateLimiter
from capture_wizard.handoff.server import MAX_UPLOAD_BYTES, HandoffServer
from capture_wizard.handoff.session import (
    Accepted,
    Checking,
    Finished,
    PhoneConnected,
    Rejected,
)
from capture_wizard.testing import ScriptedPhone, good_frame, jpeg, specimen_frame


def _refused(answer, status: int, code: str) -> None:
    assert answer.status == status, answer.body[:300]
    body = answer.json()
    assert body["error"] == code
    assert body["message"]


def test_a_phone_takes_both_sides_and_the_desktop_receives_them(handoff):
    _, events, phone = handoff
    page = phone.open_page()
    assert page.status == 200
    assert page.headers.get_content_type() == "text/html"
    assert b"Front of your document" in page.body
    assert page.headers["Cache-Control"] == "no-store"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert phone.cookie is not None

    blurred = phone.upload("front", jpeg(specimen_frame(Defect.BLUR_DEFOCUS)))
    assert blurred.status == 200
    assert blurred.json()["accepted"] is False
    assert blurred.json()["issues"][0] == "blur"
    assert "blurred" in blurred.json()["instruction"]

    front = phone.upload("front", jpeg(good_frame(Step.FRONT))).json()
    assert front == {
        "side": "front",
        "accepted": True,
        "issues": [],
        "instruction": None,
        "next": "back",
        "finished": False,
    }
    back = phone.upload("back", jpeg(good_frame(Step.BACK))).json()
    assert back["accepted"] and back["finished"]

    kinds = [type(e) for e in events if not isinstance(e, Checking)]
    assert kinds == [PhoneConnected, Rejected, Accepted, Accepted, Finished]
    accepted = [e.capture for e in events if isinstance(e, Accepted)]
    assert [c.side for c in accepted] == [Step.FRONT, Step.BACK]
    assert all(c.source is CaptureSource.PHONE and c.report.ok for c in accepted)
    # Once complete, the link is spent.
    _refused(phone.open_page(), 410, "finished")


def test_a_rejected_photo_is_wiped(tmp_path):
    seen = []

    def checker(side, frame):
        seen.append(frame)
        return real_checker(side, frame)

    session, _ = new_session()
    server = HandoffServer(session, checker, "127.0.0.1")
    server.start()
    try:
        phone = ScriptedPhone(server)
        assert not phone.upload("front", jpeg(specimen_frame(Defect.DARK))).json()["accepted"]
    finally:
        server.stop()
    assert len(seen) == 1 and not seen[0].any()


def test_the_token_is_required_on_every_request(handoff):
    server, _, phone = handoff
    token = server.session.token
    assert len(token) >= 22  # 16 random bytes, base64url
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    for path in (f"/s/{wrong}", f"/s/{wrong}/state", f"/s/{token[:8]}", "/s/x/state"):
        _refused(phone.request("GET", path), 403, "invalid_link")
    _refused(phone.request("POST", f"/s/{wrong}/photo/front", body=b"x"), 403, "invalid_link")
    assert phone.open_page().status == 200


def test_tokens_are_compared_in_constant_time(monkeypatch):
    compared = []
    real = session_module.hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(session_module.hmac, "compare_digest", spy)
    session, _ = new_session()
    with pytest.raises(session_module.Refused):
        session.admit("guess", None)
    assert compared == [(b"guess", session.token.encode())]


def test_tokens_are_random_and_128_bits():
    tokens = {new_session()[0].token for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) == 22 for t in tokens)  # base64url of exactly 16 bytes


def test_the_link_expires_after_its_lifetime(monkeypatch):
    now = [1000.0]
    session, _ = new_session(lifetime=15 * 60, clock=lambda: now[0])
    server = HandoffServer(session, real_checker, "127.0.0.1")
    server.start()
    try:
        phone = ScriptedPhone(server)
        assert phone.open_page().status == 200
        now[0] += 15 * 60 - 1
        assert phone.request("GET", f"{phone.base}/state").status == 200
        now[0] += 2
        _refused(phone.request("GET", f"{phone.base}/state"), 410, "expired")
        _refused(phone.upload("front", jpeg(good_frame(Step.FRONT))), 410, "expired")
        _refused(phone.open_page(), 410, "expired")
    finally:
        server.stop()


def test_one_phone_per_session(handoff):
    _, events, first = handoff
    assert first.open_page().status == 200
    second = ScriptedPhone(handoff[0])
    _refused(second.open_page(), 409, "in_use")
    second.cookie = "cw_phone=guessed"
    _refused(second.request("GET", f"{second.base}/state"), 409, "in_use")
    assert first.request("GET", f"{first.base}/state").status == 200  # the first one goes on
    assert sum(isinstance(e, PhoneConnected) for e in events) == 1


def test_requests_over_15_mb_are_refused(handoff):
    _, _, phone = handoff
    phone.open_page()
    _refused(phone.upload("front", b"\xff" * (MAX_UPLOAD_BYTES + 1)), 413, "too_large")
    # Without a Content-Length (chunked), the limit holds while reading.
    conn = http.client.HTTPConnection(phone.host, phone.port, timeout=60)
    chunk = b"\xff" * (1024 * 1024)
    conn.request(
        "POST",
        f"{phone.base}/photo/front",
        body=iter([chunk] * 16),
        headers={"Cookie": phone.cookie, "X-Encryption": "secretbox-v1"},
        encode_chunked=True,
    )
    response = conn.getresponse()
    assert response.status == 413
    conn.close()
    # A photo just under the limit is read and checked.
    frame = good_frame(Step.FRONT)
    assert phone.upload("front", jpeg(frame)).json()["accepted"]


def test_the_image_type_is_decided_by_decoding(handoff):
    _, _, phone = handoff
    phone.open_page()
    text = b"<html>not a photo</html>" * 100
    _refused(phone.upload("front", text, content_type="image/jpeg"), 415, "not_an_image")
    truncated = jpeg(good_frame(Step.FRONT))[:20_000]
    _refused(phone.upload("front", truncated), 415, "not_an_image")
    # A real photo is accepted whatever it claims to be.
    answer = phone.upload("front", jpeg(good_frame(Step.FRONT)), content_type="text/plain")
    assert answer.json()["accepted"]


def test_decompression_bombs_are_refused(handoff):
    _, _, phone = handoff
    phone.open_page()
    bomb = bomb_png()
    assert len(bomb) < 200_000
    _refused(phone.upload("front", bomb, content_type="image/png"), 413, "image_too_large")


def test_each_client_is_rate_limited():
    now = [0.0]
    session, _ = new_session()
    limiter = RateLimiter(burst=5, per_second=1.0, clock=lambda: now[0])
    server = HandoffServer(session, real_checker, "127.0.0.1", limiter=limiter)
    server.start()
    try:
        phone = ScriptedPhone(server)
        statuses = [phone.request("GET", "/s/guess").status for _ in range(8)]
        assert statuses == [403] * 5 + [429] * 3
        limited = phone.request("GET", phone.base)
        _refused(limited, 429, "rate_limited")
        assert int(limited.headers["Retry-After"]) >= 1
        now[0] += 2.0  # two requests' worth later
        assert phone.open_page().status == 200
    finally:
        server.stop()


def test_the_rate_limit_is_per_client():
    now = [0.0]
    limiter = RateLimiter(burst=2, per_second=1.0, clock=lambda: now[0])
    assert [limiter.wait_time("a") for _ in range(3)][:2] == [0.0, 0.0]
    assert limiter.wait_time("a") > 0
    assert limiter.wait_time("b") == 0.0


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/s/",
        "/s",
        "/resources/handoff/phone.html",
        "/handoff/phone.html",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/s/{token}/",
        "/s/{token}/../../../../etc/passwd",
        "/s/{token}/%2e%2e/%2e%2e/etc/passwd",
        "/s/{token}/photo/",
        "/s/{token}/static/",
        "/static/",
    ],
)
def test_nothing_but_the_three_routes_is_served(handoff, path):
    server, _, phone = handoff
    answer = phone.request("GET", path.format(token=server.session.token))
    assert answer.status in (403, 404), answer.body[:200]
    body = answer.json()
    assert body["error"] in ("not_found", "invalid_link")
    assert b"root:" not in answer.body and b"<html" not in answer.body


def test_wrong_methods_and_unknown_steps_get_json_errors(handoff):
    _, _, phone = handoff
    phone.open_page()
    _refused(phone.request("DELETE", phone.base), 405, "method_not_allowed")
    _refused(phone.request("GET", f"{phone.base}/photo/front"), 405, "method_not_allowed")
    _refused(phone.upload("passport", jpeg(good_frame(Step.FRONT))), 404, "unknown_step")
    _refused(phone.upload("face", jpeg(good_frame(Step.FRONT))), 404, "unknown_step")


def test_uploads_never_touch_the_disk(handoff, tmp_path, monkeypatch):
    """aiohttp spools nothing for a raw body, and the server writes nothing: the temp folder
    and the working folder stay as they were."""
    import tempfile

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    monkeypatch.setenv("TMPDIR", str(spool))
    before = set(os.listdir("."))
    _, _, phone = handoff
    phone.open_page()
    assert phone.upload("front", jpeg(good_frame(Step.FRONT))).json()["accepted"]
    assert phone.upload("back", bomb_png()).status == 413
    assert list(spool.iterdir()) == []
    assert set(os.listdir(".")) == before


def test_stopping_closes_the_port_and_the_link(handoff):
    server, _, phone = handoff
    assert phone.open_page().status == 200
    server.stop()
    assert not server.running
    assert not ScriptedPhone(server).reachable()
    with pytest.raises(session_module.Refused, match="closed"):
        server.session.admit(server.session.token, None)


def test_the_state_lists_the_steps(handoff):
    _, _, phone = handoff
    phone.open_page()
    phone.upload("front", jpeg(specimen_frame(Defect.GLARE)))
    state = phone.request("GET", f"{phone.base}/state").json()
    assert [s["side"] for s in state["steps"]] == ["front", "back"]
    assert state["steps"][0]["state"] == "rejected"
    assert state["steps"][0]["instruction"]
    assert state["steps"][1]["state"] == "waiting"
    assert 0 < state["seconds_left"] <= 900


def test_a_busy_port_gives_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        session, _ = new_session()
        server = HandoffServer(session, real_checker, "127.0.0.1", port=taken.getsockname()[1])
        with pytest.raises(OSError):
            server.start()
        assert not server.running


def test_a_checker_failure_is_a_json_500_and_the_step_waits_again():
    def broken(side, frame):
        raise RuntimeError("model missing")

    session, events = new_session()
    server = HandoffServer(session, broken, "127.0.0.1")
    server.start()
    try:
        phone = ScriptedPhone(server)
        _refused(phone.upload("front", jpeg(good_frame(Step.FRONT))), 500, "internal")
        assert session.steps[0].state == "waiting"
    finally:
        server.stop()
    assert np.ndarray not in {type(e) for e in events}


def test_the_phone_is_told_what_to_do_with_the_phone(handoff):
    """A card across an upright picture: the instruction is about turning the phone."""
    _, _, phone = handoff
    phone.open_page()
    answer = phone.upload("front", jpeg(specimen_frame(Defect.TURNED))).json()
    assert answer["issues"][0] == "wrong_orientation"
    assert answer["instruction"].startswith("Turn your phone sideways")


SPECULATIVE_HINTS = [
    {"Sec-Purpose": "prefetch"},
    {"Sec-Purpose": "prefetch;prerender"},
    {"Purpose": "prefetch"},
    {"X-Purpose": "preview"},
    {"X-Moz": "prefetch"},
]


def test_a_head_a_prefetch_or_a_preview_does_not_claim_the_link(handoff):
    """Link previews and prefetches must not take the one-time link from the phone: only the
    phone's real use binds it."""
    server, events, phone = handoff
    for path in (phone.base, f"{phone.base}/state"):
        head = ScriptedPhone(server).request("HEAD", path)
        assert head.status == 200 and head.body == b""
        assert "Set-Cookie" not in head.headers
        assert head.headers["Cache-Control"] == "no-store"
    for hint in SPECULATIVE_HINTS:
        preview = ScriptedPhone(server).request("GET", phone.base, headers=hint)
        assert preview.status == 200 and b"<html" in preview.body.lower()
        assert "Set-Cookie" not in preview.headers, hint
    assert not any(isinstance(e, PhoneConnected) for e in events)

    page = phone.open_page()  # the phone itself
    assert page.status == 200 and phone.cookie is not None
    assert sum(isinstance(e, PhoneConnected) for e in events) == 1
    assert phone.upload("front", jpeg(good_frame(Step.FRONT))).json()["accepted"]
    # Once bound, a HEAD or a prefetch from anything else is refused like any other device;
    # the phone's own prefetch goes on working.
    assert ScriptedPhone(server).request("HEAD", phone.base).status == 409
    _refused(
        ScriptedPhone(server).request("GET", phone.base, headers=SPECULATIVE_HINTS[0]),
        409,
        "in_use",
    )
    assert phone.request("GET", phone.base, headers=SPECULATIVE_HINTS[0]).status == 200


def test_a_phone_whose_page_was_prefetched_is_bound_by_its_first_upload(handoff):
    """The browser may show the page it prefetched (which set no cookie): the phone's first
    upload binds the link, and gets its key even when that photo is refused."""
    server, events, phone = handoff
    assert phone.request("GET", phone.base, headers=SPECULATIVE_HINTS[0]).status == 200
    assert phone.cookie is None
    _refused(phone.upload("front", b"not a photo" * 100), 415, "not_an_image")
    assert phone.cookie is not None
    assert sum(isinstance(e, PhoneConnected) for e in events) == 1
    assert phone.upload("front", jpeg(good_frame(Step.FRONT))).json()["accepted"]
    _refused(ScriptedPhone(server).open_page(), 409, "in_use")


def _png_text_bomb() -> bytes:
    """A small PNG whose compressed text chunk inflates to 80 MB (Pillow refuses it with a
    ValueError, not an OSError)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    buffer = io.BytesIO()
    Image.new("RGB", (100, 100), "white").save(buffer, "PNG")
    png = buffer.getvalue()
    bomb = chunk(b"zTXt", b"note\x00\x00" + zlib.compress(b"a" * (80 * 1024 * 1024), 9))
    return png[:33] + bomb + png[33:]  # after the signature and IHDR


def test_a_bad_image_is_413_or_415_never_500(handoff):
    server, _, phone = handoff
    phone.open_page()
    answer = phone.upload("front", _png_text_bomb(), content_type="image/png")
    assert answer.status in (413, 415), answer.body[:300]
    assert answer.json()["error"] == {413: "image_too_large", 415: "not_an_image"}[answer.status]
    assert server.session.steps[0].state == "waiting"


@pytest.mark.parametrize(
    ("failure", "status", "code"),
    [
        (struct.error("unpack requires a buffer of 4 bytes"), 415, "not_an_image"),
        (ValueError("Decompressed data too large"), 415, "not_an_image"),
        (MemoryError(), 413, "image_too_large"),
    ],
)
def test_whatever_the_decoder_raises_the_phone_gets_413_or_415(
    monkeypatch, handoff, failure, status, code
):
    """However the decoder fails on a file (a case nobody foresaw), the phone is told the photo
    cannot be used, and the step waits again."""

    def decode(data):
        raise failure

    monkeypatch.setattr(server_module, "decode_image", decode)
    server, _, phone = handoff
    phone.open_page()
    _refused(phone.upload("front", jpeg(good_frame(Step.FRONT))), status, code)
    assert server.session.steps[0].state == "waiting"


class _WatchedLock:
    """A lock that tells when someone had to wait for it."""

    def __init__(self, changed: threading.Condition) -> None:
        self._lock = threading.Lock()
        self._changed = changed
        self.waited = 0

    def __enter__(self):
        if not self._lock.acquire(blocking=False):
            with self._changed:
                self.waited += 1
                self._changed.notify_all()
            self._lock.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()


def test_one_upload_is_decoded_at_a_time(monkeypatch, handoff):
    """Two uploads at once: the second is decoded only when the first is done, so two bombs
    at once cannot double the memory."""
    real = server_module.decode_image
    changed = threading.Condition()
    release = threading.Event()
    inside = [0, 0]  # now, most

    def decode(data):
        with changed:
            inside[0] += 1
            inside[1] = max(inside)
            changed.notify_all()
        try:
            release.wait(timeout=60)  # the first decode lasts until the test lets it end
            return real(data)
        finally:
            with changed:
                inside[0] -= 1

    monkeypatch.setattr(server_module, "decode_image", decode)
    server, _, phone = handoff
    lock = server.session.decoding = _WatchedLock(changed)
    phone.open_page()
    answers = {}
    uploads = [
        threading.Thread(
            target=lambda side=side: answers.setdefault(
                side, phone.upload(side, jpeg(good_frame(Step(side))))
            )
        )
        for side in ("front", "back")
    ]
    for upload in uploads:
        upload.start()
    with changed:  # the second upload either waits for the lock or is decoding too
        assert changed.wait_for(lambda: lock.waited or inside[0] >= 2, timeout=60)
        concurrent = inside[0]
    release.set()
    for upload in uploads:
        upload.join(timeout=120)
    assert concurrent == 1 and inside[1] == 1
    assert [answers[side].status for side in ("front", "back")] == [200, 200]
