"""End to end in a real browser: headless Chromium (the system's package, driven by Playwright)
opens the hand-off link on a phone-sized screen and is used as a person uses it: at every step
they read which photo it is, press the visible "Take photo" (or "Retake photo") button and pick
the photo in the file chooser it opens. Nothing is put into the page's hidden file input
directly, which no person can do. A blurred front and an empty back are rejected with their
instruction and retaken, the good photos are accepted, focus follows the button of the current
step, and the desktop wizard receives each photo and moves on to the review."""

import re
import shutil

import numpy as np
import pytest
from drive import choose
from PySide6.QtWidgets import QLabel

from capture_wizard.core.documents import CaptureSide
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.settings import HandoffSettings, PackageSettings, Settings
from capture_wizard.core.specimens import Defect
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
    captures = wizard.session.captures

    def desktop_says(side: str, text: str) -> None:
        label = desktop.findChild(QLabel, f"phone.step.{side}")
        qtbot.waitUntil(lambda: text in label.text(), timeout=10_000)

    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    phone.goto(desktop.server.url)
    qtbot.waitUntil(lambda: "Phone connected" in desktop.status.text(), timeout=10_000)

    # Photo 1, the front: a blurred photo first, on a slow network so the upload's progress can
    # be seen; it is rejected with its instruction and the person retakes it.
    take = _sees_step(phone, 1, "Front of your national identity card", "Take photo", False)
    cdp = context.new_cdp_session(phone)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 150_000},
    )
    _take(
        phone, take, _photo(tmp_path, "blurred", specimen_frame(Defect.BLUR_DEFOCUS)), "environment"
    )
    expect(phone.locator("#progress-text")).to_have_text(re.compile(r"Sending the photo… \d+%"))
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=CHECKED)
    expect(phone.locator("#verdict")).to_contain_text("blurred")
    expect(phone.locator("#take-text")).to_have_text("Retake photo")
    retake = _sees_step(phone, 1, "Front of your national identity card", "Retake photo")
    desktop_says("front", "Front not accepted")
    assert CaptureSide.FRONT not in captures
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    _take(phone, retake, _photo(tmp_path, "front", good_frame(CaptureSide.FRONT)), "environment")
    expect(phone.locator("#verdict")).to_have_text("✓ Photo accepted", timeout=CHECKED)
    desktop_says("front", "Front received")
    assert captures[CaptureSide.FRONT].accepted

    # Photo 2, the back: the button is there again, for the new step. A photo without the
    # document is rejected, then retaken.
    take = _sees_step(phone, 2, "Back of your national identity card", "Take photo")
    expect(phone.locator("#verdict")).to_be_hidden()
    empty = np.full((720, 1280, 3), (60, 90, 70), np.uint8)  # a table, no document on it
    _take(phone, take, _photo(tmp_path, "empty", empty), "environment")
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=CHECKED)
    expect(phone.locator("#verdict")).to_contain_text("Take a photo of your document")
    retake = _sees_step(phone, 2, "Back of your national identity card", "Retake photo")
    desktop_says("back", "Back not accepted")
    assert CaptureSide.BACK not in captures
    _take(phone, retake, _photo(tmp_path, "back", good_frame(CaptureSide.BACK)), "environment")
    expect(phone.locator("#verdict")).to_have_text("✓ Photo accepted", timeout=CHECKED)
    desktop_says("back", "Back received")

    # Photo 3, the face, with the selfie camera.
    take = _sees_step(phone, 3, "A photo of your face", "Take photo")
    assert phone.locator("#take-input").get_attribute("capture") == "user"
    _take(phone, take, _photo(tmp_path, "face", selfie_frame()), "user")
    expect(phone.locator("#done")).to_be_visible(timeout=CHECKED)
    expect(phone.locator("#done")).to_contain_text("Continue on the computer")
    expect(phone.get_by_role("heading", name="All photos received")).to_be_focused()
    expect(phone.locator("#step")).to_be_hidden()
    expect(phone.locator("#counter")).to_have_text("Done")

    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=10_000)
    assert set(captures) == {CaptureSide.FRONT, CaptureSide.BACK, CaptureSide.FACE}
    assert all(c.source is CaptureSource.PHONE and c.accepted for c in captures.values())

    # The hand-off has ended: its server is gone.
    with pytest.raises(sync_api.Error, match="ERR_CONNECTION_REFUSED"):
        phone.reload()
    context.close()
