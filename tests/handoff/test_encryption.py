"""End-to-end encryption of the phone's photos (docs/handoff.md, "Photos are sealed on the
phone"): a fresh key per hand-off that only the link's fragment carries, uploads sealed with
secretbox, and the desktop refusing anything else — over real HTTP, with a raw client."""

import base64
import hashlib
import http.client
import re
from pathlib import Path

import numpy as np
import pytest
from phone import new_session, real_checker

from capture_wizard.core.imageio import decode_image
from capture_wizard.core.steps import Step
from capture_wizard.handoff import sealing
from capture_wizard.handoff.server import HandoffServer
from capture_wizard.handoff.session import Accepted, Checking, Rejected
from capture_wizard.testing import ScriptedPhone, good_frame, jpeg

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "handoff"
TWEETNACL_SHA256 = "3ec535c004aeeb225785d8e93fb33bf99f52e399bd7dfc01969b5629baea5131"
"""nacl-fast.min.js of tweetnacl 1.0.3 from the npm registry (resources/handoff/README.md)."""


def _refused(answer, status: int, code: str) -> None:
    assert answer.status == status, answer.body[:300]
    body = answer.json()
    assert body["error"] == code
    assert body["message"]
    assert answer.headers["Cache-Control"] == "no-store"


def _spellings(key: bytes) -> list[bytes]:
    """Every way the key could show up in bytes on the wire."""
    return [
        key,
        sealing.encode_key(key).encode(),
        base64.b64encode(key).rstrip(b"=")[:40],
        key.hex().encode(),
    ]


# --- the key -----------------------------------------------------------------------------------
def test_each_hand_off_has_a_fresh_32_byte_key_in_its_link_fragment_only(handoff):
    server, _, _ = handoff
    key = server.session.key
    assert len(key) == 32
    assert len({new_session()[0].key for _ in range(20)} | {key}) == 21
    assert server.url == f"{server.page_url}#k={sealing.encode_key(key)}"
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/s/[\w-]{22}#k=[\w-]{43}", server.url)
    assert sealing.key_from_link(server.url) == key


def test_nothing_the_server_sends_or_is_sent_carries_the_key(handoff):
    """The page and every answer are served without the key (a listener reads them all), and
    the phone's requests, which go to the page's address, do not carry it either."""
    server, _, phone = handoff
    page = phone.open_page()
    assert page.status == 200
    answers = [
        page,
        phone.request("GET", f"{phone.base}/state"),
        phone.upload("front", jpeg(good_frame(Step.FRONT))),
        phone.upload("back", b"not a photo" * 10),
        phone.upload("back", jpeg(good_frame(Step.BACK)), encrypt=False),
    ]
    for answer in answers:
        for spelling in _spellings(server.session.key):
            assert spelling not in answer.body
            assert spelling.decode("latin-1") not in str(answer.headers)
    assert "#" not in server.page_url and server.page_url.endswith(phone.base)


def test_the_page_carries_tweetnacl_inline_and_nothing_external(handoff):
    _, _, phone = handoff
    page = phone.open_page()
    html = page.body.decode()
    library = (RESOURCES / "tweetnacl" / "nacl-fast.min.js").read_text(encoding="utf-8")
    assert library in html
    nonce = re.search(r"'nonce-([^']+)'", page.headers["Content-Security-Policy"]).group(1)
    assert html.count(f'<script nonce="{nonce}">') == 2  # the library, the page's own script
    assert "{{" not in html
    assert not re.search(r"<script[^>]+src=", html)
    assert 'X-Encryption", SCHEME' in html and 'SCHEME = "secretbox-v1"' in html


def test_the_vendored_tweetnacl_is_the_recorded_one():
    library = (RESOURCES / "tweetnacl" / "nacl-fast.min.js").read_bytes()
    assert hashlib.sha256(library).hexdigest() == TWEETNACL_SHA256
    readme = (RESOURCES / "README.md").read_text(encoding="utf-8")
    assert TWEETNACL_SHA256 in readme and "1.0.3" in readme and "Unlicense" in readme
    licence = (RESOURCES / "tweetnacl" / "LICENSE").read_text(encoding="utf-8")
    assert "public domain" in licence and "unlicense.org" in licence


# --- uploads -------------------------------------------------------------------------------------
def test_a_sealed_photo_arrives_as_it_was_taken(handoff):
    """What the phone sealed is what the desktop checks: the very same pixels."""
    _, events, phone = handoff
    phone.open_page()
    photo = jpeg(good_frame(Step.FRONT))
    sealed = sealing.seal(phone.key, photo)
    assert len(sealed) == len(photo) + sealing.OVERHEAD
    assert sealed[:2] != b"\xff\xd8" and photo[100:132] not in sealed
    assert sealing.seal(phone.key, photo)[:24] != sealed[:24]  # a fresh nonce every time
    assert phone.upload("front", photo).json()["accepted"]
    (capture,) = [e.capture for e in events if isinstance(e, Accepted)]
    assert np.array_equal(capture.image, decode_image(photo))


def _raw_upload(phone, body: bytes, headers: dict) -> object:
    """A raw HTTP client, not the page: whatever headers and body it is given."""
    return phone.request("POST", f"{phone.base}/photo/front", body=body, headers=headers)


def test_an_upload_in_clear_is_refused(handoff):
    """A photo sent as it is (what the page did before photos were sealed) is refused with a
    JSON 415 before it is read, and the step waits again."""
    server, events, phone = handoff
    phone.open_page()
    photo = jpeg(good_frame(Step.FRONT))
    for headers in (
        {"Content-Type": "image/jpeg"},
        {"Content-Type": "application/octet-stream"},
        {"Content-Type": "image/jpeg", "X-Encryption": "none"},
        {"Content-Type": "image/jpeg", "X-Encryption": "secretbox-v2"},
    ):
        answer = _raw_upload(phone, photo, headers)
        _refused(answer, 415, "not_encrypted")
        assert "not sent encrypted" in answer.json()["message"]
        assert server.session.steps[0].state == "waiting"
    _refused(phone.upload("front", photo, encrypt=False), 415, "not_encrypted")
    assert not any(isinstance(e, Accepted) for e in events)
    # The same photo sealed is accepted.
    assert phone.upload("front", photo).json()["accepted"]


def test_an_upload_that_does_not_open_is_refused(handoff):
    """Claiming the scheme is not enough: the body must open with this hand-off's key. The
    photo in clear, another hand-off's key, one bit changed, a body cut short: all 400."""
    server, events, phone = handoff
    phone.open_page()
    photo = jpeg(good_frame(Step.FRONT))
    sealed = sealing.seal(phone.key, photo)
    flipped = bytearray(sealed)
    flipped[len(flipped) // 2] ^= 0x01
    headers = {"Content-Type": "application/octet-stream", sealing.HEADER: sealing.SCHEME}
    for body in (
        photo,
        sealing.seal(sealing.new_key(), photo),
        bytes(flipped),
        sealed[:-1],
        sealed[: sealing.OVERHEAD - 1],
        sealed[: sealing.OVERHEAD],
    ):
        answer = _raw_upload(phone, body, headers)
        _refused(answer, 400, "undecryptable")
        assert server.session.steps[0].state == "waiting"
    assert not any(isinstance(e, Accepted) for e in events)
    assert sum(isinstance(e, Checking) for e in events) == 6
    assert sum(e == Rejected(Step.FRONT, ()) for e in events) == 6
    assert _raw_upload(phone, sealed, headers).json()["accepted"]


def test_the_size_limit_is_the_photos():
    """A photo of exactly the limit is read (its sealed body is 40 bytes longer); one byte more
    is 413."""
    session, _ = new_session()
    server = HandoffServer(session, real_checker, "127.0.0.1", max_upload=100_000)
    server.start()
    try:
        phone = ScriptedPhone(server)
        phone.open_page()
        _refused(phone.upload("front", b"\x00" * 100_000), 415, "not_an_image")
        _refused(phone.upload("front", b"\x00" * 100_001), 413, "too_large")
        # Without a Content-Length, counted while read.
        conn = http.client.HTTPConnection(phone.host, phone.port, timeout=60)
        sealed = sealing.seal(phone.key, b"\x00" * 100_001)
        conn.request(
            "POST",
            f"{phone.base}/photo/front",
            body=iter([sealed[:50_000], sealed[50_000:]]),
            headers={"Cookie": phone.cookie, sealing.HEADER: sealing.SCHEME},
            encode_chunked=True,
        )
        assert conn.getresponse().status == 413
        conn.close()
    finally:
        server.stop()


def test_the_photo_is_opened_in_place_and_wiped_with_the_upload(monkeypatch, handoff):
    """The clear photo exists only inside the upload's own buffer, which is zeroed after it is
    decoded: the decoder is handed a view of that buffer, not a copy."""
    from capture_wizard.handoff import server as server_module

    seen = []
    real = server_module.decode_image

    def decode(data):
        seen.append(data)
        assert isinstance(data, memoryview) and isinstance(data.obj, bytearray)
        seen.append(data.obj)
        return real(data)

    monkeypatch.setattr(server_module, "decode_image", decode)
    _, _, phone = handoff
    phone.open_page()
    photo = jpeg(good_frame(Step.FRONT))
    assert phone.upload("front", photo).json()["accepted"]
    view, buffer = seen
    with pytest.raises(ValueError, match="released"):
        len(view)
    assert len(buffer) == len(photo) + sealing.OVERHEAD and not any(buffer)


# --- sealing itself ------------------------------------------------------------------------------
def test_opened_gives_the_photo_in_place_or_refuses():
    key = sealing.new_key()
    photo = bytes(range(256)) * 40
    body = bytearray(sealing.seal(key, photo))
    with sealing.opened(key, body) as view:
        assert view.obj is body and bytes(view) == photo
    for wrong in (sealing.new_key(),):
        untouched = bytearray(sealing.seal(key, photo))
        copy = bytes(untouched)
        with pytest.raises(sealing.Undecryptable), sealing.opened(wrong, untouched):
            pass
        assert bytes(untouched) == copy  # nothing written when it does not open
    with pytest.raises(sealing.Undecryptable), sealing.opened(key, bytearray(39)):
        pass


def test_what_the_page_seals_the_desktop_opens():
    """The page's format (nonce || nacl.secretbox) is libsodium's: a box made by hand in that
    layout, with PyNaCl's low-level secretbox, opens."""
    import nacl.bindings
    import nacl.utils

    key, nonce = sealing.new_key(), nacl.utils.random(24)
    photo = b"\xff\xd8\xff\xe0 a photo"
    box = nacl.bindings.crypto_secretbox_easy(photo, nonce, key)
    assert len(box) == len(photo) + 16
    with sealing.opened(key, bytearray(nonce + box)) as view:
        assert bytes(view) == photo


def test_keys_in_links():
    key = sealing.new_key()
    text = sealing.encode_key(key)
    assert len(text) == 43 and "=" not in text and sealing.decode_key(text) == key
    assert sealing.key_from_link(f"http://h:1/s/t#x=1&k={text}") == key
    for link in ("http://h:1/s/t", "http://h:1/s/t#", "http://h:1/s/t#k=abc"):
        with pytest.raises(ValueError):
            sealing.key_from_link(link)
