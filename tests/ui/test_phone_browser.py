"""End to end in a real browser: headless Chromium (the system's package, driven by Playwright)
opens the hand-off link on a phone-sized screen and is used as a person uses it: at every step
they read which photo it is, press the visible "Take photo" (or "Retake photo") button and pick
the photo in the file chooser it opens. Nothing is put into the page's hidden file input
directly, which no person can do. A blurred front and an empty back are rejected with their
instruction and retaken, the good photos are accepted, focus follows the button of the current
step, and the desktop wizard receives each photo and moves on to the review.

The photos are sealed on the phone: a listener on the network (a relay between the phone and
the desktop that records every byte, `Wiretap`) sees no photo and no key, every upload's body
is `nonce || secretbox(the photo)` under the key of the link's fragment, the desktop gets the
very pixels of each photo, and an upload sent in clear is refused."""

import base64
import contextlib
import http.client
import math
import re
import shutil
import socket
import threading
from collections import Counter
from urllib.parse import urlsplit

import numpy as np
import pytest
from drive import choose
from PySide6.QtWidgets import QLabel

from capture_wizard.core.imageio import decode_image
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.settings import HandoffSettings, PackageSettings, Settings
from capture_wizard.core.specimens import Defect
from capture_wizard.core.steps import Step
from capture_wizard.testing import good_frame, jpeg, selfie_frame, specimen_frame
from capture_wizard.ui.wizard import PageId

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
expect = sync_api.expect
CHECKED = 30_000  # ms: a photo is sent, decoded and checked (mediapipe loads for the face)


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield instance
        instance.close()


class Wiretap:
    """Someone listening on the branch's Wi-Fi: a relay on loopback between the phone and the
    desktop's server that passes every byte on unchanged and records it, per connection and
    direction."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.streams: list[bytearray] = []
        """Every connection's bytes from the phone, then those to it."""
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, name="wiretap", daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                phone, _ = self._listener.accept()
            except OSError:  # closed
                return
            try:
                desktop = socket.create_connection(self._target, timeout=10)
                desktop.settimeout(None)
            except OSError:
                phone.close()
                continue
            with self._lock:
                self._sockets += [phone, desktop]
                up, down = bytearray(), bytearray()
                self.streams += [up, down]
            for args in ((phone, desktop, up), (desktop, phone, down)):
                threading.Thread(target=self._relay, args=args, daemon=True).start()

    def _relay(self, source: socket.socket, sink: socket.socket, record: bytearray) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    record += data
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)

    def captured(self) -> list[bytes]:
        with self._lock:
            return [bytes(stream) for stream in self.streams]

    def uploads(self) -> list[bytes]:
        """The bodies of the POST requests that went from the phone, read off the recorded
        bytes (HTTP/1.1; the browser sends a Content-Length)."""
        bodies = []
        for stream in self.captured()[0::2]:  # what went from the phone, per connection
            at = 0
            while (end := stream.find(b"\r\n\r\n", at)) >= 0:
                head = stream[at:end].decode("latin-1")
                found = re.search(r"(?im)^content-length:\s*(\d+)", head)
                length = int(found.group(1)) if found else 0
                if head.startswith("POST "):
                    bodies.append(stream[end + 4 : end + 4 + length])
                at = end + 4 + length
        return bodies

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                sock.close()


def _spellings(key: bytes) -> list[bytes]:
    """Every way the key could be written in a request."""
    url = base64.urlsafe_b64encode(key).rstrip(b"=")
    return [key, url, base64.b64encode(key).rstrip(b"="), key.hex().encode(), url[:20], url[-20:]]


def _looks_random(data: bytes) -> bool:
    """Byte entropy as high as random bytes of this length reach (a JPEG's stays below: its
    headers, tables and markers; 7.91 bits a byte for the good front): the estimate's bias for
    n uniform bytes is about 255 / (2 n ln 2), allowed four times over."""
    n = len(data)
    entropy = -sum(c / n * math.log2(c / n) for c in Counter(data).values())
    return entropy > 8 - 4 * 255 / (2 * n * math.log(2))


def _photo(tmp_path, name: str, frame) -> str:
    path = tmp_path / f"{name}.jpg"
    path.write_bytes(jpeg(frame))
    return str(path)


def _sees_step(phone, number: int, title: str, button: str, focused: bool = True):
    """What the person sees at a step: which photo it is, what to photograph, and the button to
    press, which has the focus (after the page's first step, where the page opens at the top).
    Returns the button."""
    expect(phone.locator("#counter")).to_have_text(f"Photo {number} of 3", timeout=CHECKED)
    expect(phone.locator("#title")).to_have_text(title)
    take = phone.get_by_role("button", name=button, exact=True)
    expect(take).to_be_visible()
    expect(take).to_be_enabled()
    if focused:
        expect(take).to_be_focused()
    expect(phone.locator("#done")).to_be_hidden()
    return take


def _take(phone, button, photo: str, camera: str) -> None:
    """Press the visible button, as a person does, and pick `photo` in the chooser it opens
    (on a phone: the camera `camera`, back "environment" or selfie "user")."""
    expect(button).to_be_visible()
    expect(button).to_be_enabled()
    with phone.expect_file_chooser() as chosen:
        button.click()
    chooser = chosen.value
    assert not chooser.is_multiple()
    assert chooser.element.get_attribute("accept") == "image/*"
    assert chooser.element.get_attribute("capture") == camera
    chooser.set_files(photo)


def _sealed_photos(requests) -> list:
    """The photo uploads the phone's browser made, in order."""
    return [r for r in requests if r.method == "POST" and "/photo/" in r.url]


def _open(body: bytes, key: bytes) -> bytes:
    """What the desktop does, with PyNaCl directly: nonce (24 bytes) || secretbox."""
    from nacl.secret import SecretBox

    return SecretBox(key).decrypt(body[24:], body[:24])


def test_a_person_takes_every_photo_on_the_phone_with_a_retake(
    qtbot, make_wizard, good_camera, backoffice_key, outbox_dir, browser, tmp_path
):
    settings = Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir)),
        handoff=HandoffSettings(address="127.0.0.1"),
    )
    wizard = make_wizard(good_camera, settings=settings)
    choose(qtbot, wizard, "DEU", "id_card", method="phone")
    desktop = wizard.currentPage()
    server = desktop.server
    captures = wizard.session.captures

    def desktop_says(side: str, text: str) -> None:
        label = desktop.findChild(QLabel, f"phone.step.{side}")
        qtbot.waitUntil(lambda: text in label.text(), timeout=10_000)

    # The phone reaches the desktop through a listener that records every byte. The link is
    # the desktop's own (the QR code's): the page's address and, after "#", the key.
    link = urlsplit(server.url)
    tap = Wiretap(link.hostname, link.port)
    page_address = f"http://127.0.0.1:{tap.port}{link.path}"
    full_link = f"{page_address}#{link.fragment}" if link.fragment else page_address
    sent: list[bytes] = []  # the photo files picked, in order

    def take_photo(button, name: str, frame, camera: str = "environment") -> bytes:
        path = _photo(tmp_path, name, frame)
        _take(phone, button, path, camera)
        sent.append((tmp_path / f"{name}.jpg").read_bytes())
        return sent[-1]

    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    requests = []
    phone.on("request", lambda request: requests.append(request))
    phone.goto(full_link)
    qtbot.waitUntil(lambda: "Phone connected" in desktop.status.text(), timeout=10_000)

    # Photo 1, the front: a blurred photo first, on a slow network so the upload's progress can
    # be seen; it is rejected with its instruction and the person retakes it.
    take = _sees_step(phone, 1, "Front of your national identity card", "Take photo", False)
    cdp = context.new_cdp_session(phone)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 150_000},
    )
    blurred = take_photo(take, "blurred", specimen_frame(Defect.BLUR_DEFOCUS))
    expect(phone.locator("#progress-text")).to_have_text(re.compile(r"Sending the photo… \d+%"))
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=CHECKED)
    expect(phone.locator("#verdict")).to_contain_text("blurred")
    expect(phone.locator("#take-text")).to_have_text("Retake photo")

    # What went over the network is not the photo: no JPEG header, no run of its bytes, as
    # random as random bytes; opened with the key of the link's fragment, it is the photo.
    (body,) = tap.uploads()
    assert body[:2] != b"\xff\xd8", "the photo went over the network in clear"
    assert all(blurred[i : i + 32] not in body for i in range(0, len(blurred) - 32, 997))
    assert _looks_random(body) and not _looks_random(blurred)
    assert len(body) == len(blurred) + 40
    key = base64.urlsafe_b64decode(link.fragment.removeprefix("k=") + "=")
    assert len(key) == 32 and key == server.session.key
    assert _open(body, key) == blurred
    (upload,) = _sealed_photos(requests)  # the browser's own view of that request
    assert upload.post_data_buffer == body
    headers = upload.all_headers()
    assert headers["x-encryption"] == "secretbox-v1"
    assert headers["content-type"] == "application/octet-stream"

    retake = _sees_step(phone, 1, "Front of your national identity card", "Retake photo")
    desktop_says("front", "Front not accepted")
    assert Step.FRONT not in captures
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )

    # Someone in the middle strips the scheme from the next upload: the desktop refuses it and
    # the phone says so in plain words.
    def strip_scheme(route) -> None:
        headers = route.request.all_headers()
        route.continue_(headers={k: v for k, v in headers.items() if k != "x-encryption"})

    phone.route("**/photo/*", strip_scheme)
    take_photo(retake, "front-stripped", good_frame(Step.FRONT))
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=CHECKED)
    expect(phone.locator("#verdict")).to_contain_text("not sent encrypted")
    phone.unroute("**/photo/*", strip_scheme)
    again = _sees_step(phone, 1, "Front of your national identity card", "Take photo again")
    assert Step.FRONT not in captures

    front = take_photo(again, "front", good_frame(Step.FRONT))
    expect(phone.locator("#verdict")).to_have_text("✓ Photo accepted", timeout=CHECKED)
    desktop_says("front", "Front received")
    assert captures[Step.FRONT].accepted
    assert np.array_equal(captures[Step.FRONT].image, decode_image(front))

    # An upload in clear from a client that is not the page, even with the phone's cookie, is
    # refused.
    (cookie,) = [c for c in context.cookies() if c["name"] == "cw_phone"]
    raw = http.client.HTTPConnection(server.host, server.port, timeout=30)
    raw.request(
        "POST",
        f"{link.path}/photo/back",
        body=jpeg(good_frame(Step.BACK)),
        headers={"Content-Type": "image/jpeg", "Cookie": f"cw_phone={cookie['value']}"},
    )
    refused = raw.getresponse()
    assert refused.status == 415 and b'"not_encrypted"' in refused.read()
    raw.close()
    assert Step.BACK not in captures

    # A link without its key (typed without the part after "#"): the page says so and offers
    # nothing to send in clear. The whole link again, and the phone goes on where it was.
    phone.goto(page_address)
    expect(phone.locator("#stopped-title")).to_have_text("This link is incomplete")
    expect(phone.locator("#stopped")).to_contain_text("the part after the # sign")
    expect(phone.get_by_role("button", name="Take photo")).to_be_hidden()
    phone.goto("about:blank")
    phone.goto(full_link)

    # Photo 2, the back: the button is there again, for the new step. A photo without the
    # document is rejected, then retaken.
    take = _sees_step(phone, 2, "Back of your national identity card", "Take photo", False)
    expect(phone.locator("#verdict")).to_be_hidden()
    # Empty, the verdict's live region stays in the accessibility tree (it has no size), so a
    # screen reader announces its text when it arrives.
    expect(phone.get_by_role("status")).to_have_attribute("aria-live", "polite")
    empty = np.full((720, 1280, 3), (60, 90, 70), np.uint8)  # a table, no document on it
    take_photo(take, "empty", empty)
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=CHECKED)
    expect(phone.locator("#verdict")).to_contain_text("Take a photo of your document")
    retake = _sees_step(phone, 2, "Back of your national identity card", "Retake photo")
    desktop_says("back", "Back not accepted")
    assert Step.BACK not in captures
    back = take_photo(retake, "back", good_frame(Step.BACK))
    expect(phone.locator("#verdict")).to_have_text("✓ Photo accepted", timeout=CHECKED)
    desktop_says("back", "Back received")

    # Photo 3, the face, with the selfie camera.
    take = _sees_step(phone, 3, "A photo of your face", "Take photo")
    assert phone.locator("#take-input").get_attribute("capture") == "user"
    face = take_photo(take, "face", selfie_frame(), "user")
    expect(phone.locator("#done")).to_be_visible(timeout=CHECKED)
    expect(phone.locator("#done")).to_contain_text("Continue on the computer")
    expect(phone.get_by_role("heading", name="All photos received")).to_be_focused()
    expect(phone.locator("#step")).to_be_hidden()
    expect(phone.locator("#counter")).to_have_text("Done")

    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=10_000)
    assert set(captures) == {Step.FRONT, Step.BACK, Step.FACE}
    assert all(c.source is CaptureSource.PHONE and c.accepted for c in captures.values())
    # The desktop has the very pixels of each photo the person took.
    for side, photo in ((Step.BACK, back), (Step.FACE, face)):
        assert np.array_equal(captures[side].image, decode_image(photo))

    # Every upload was sealed with that key (a fresh nonce each time) and opens to the photo
    # picked; the key is in no request the browser made: not in an address, a header or a body.
    uploads = _sealed_photos(requests)
    assert len(uploads) == len(sent) == 6
    bodies = [r.post_data_buffer for r in uploads]
    assert [_open(b, key) for b in bodies] == sent
    assert sorted(tap.uploads()) == sorted(bodies)  # what the listener saw is what was sent
    assert len({b[:24] for b in bodies}) == 6
    assert all(_looks_random(b) for b in bodies)
    assert len(requests) >= 9  # three page loads, six uploads
    for request in requests:  # (Playwright's request.url has no fragment: it is not sent)
        text = " ".join([request.url, *request.all_headers().values()]).encode()
        for spelling in _spellings(key):
            assert spelling not in text and spelling not in (request.post_data_buffer or b"")

    # The listener saw neither the key nor any photo, in either direction, on any connection.
    streams = tap.captured()
    assert any(b"POST " in stream for stream in streams)
    for stream in streams:
        for spelling in _spellings(key):
            assert spelling not in stream
        for photo in sent:
            assert all(photo[i : i + 32] not in stream for i in range(0, len(photo) - 32, 997))
    tap.close()

    # The hand-off has ended: its server is gone.
    with pytest.raises(sync_api.Error, match="ERR_CONNECTION_REFUSED"):
        phone.goto(server.page_url)
    context.close()
