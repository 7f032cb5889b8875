"""End to end in a real browser: headless Chromium (the system's package, driven by Playwright)
opens the hand-off link on a phone-sized screen, takes the photos through the page's file input,
sees a blurred one rejected with its instruction and good ones accepted, and the desktop wizard
receives them and moves on to the review."""

import re
import shutil

import pytest
from drive import choose

from capture_wizard.core.documents import CaptureSide
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.settings import HandoffSettings, PackageSettings, Settings
from capture_wizard.core.specimens import Defect
from capture_wizard.testing import good_frame, jpeg, selfie_frame, specimen_frame
from capture_wizard.ui.wizard import PageId

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


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


def test_a_real_browser_hands_the_photos_over(
    qtbot, make_wizard, good_camera, backoffice_key, outbox_dir, browser, tmp_path
):
    settings = Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir)),
        handoff=HandoffSettings(address="127.0.0.1"),
    )
    wizard = make_wizard(good_camera, settings=settings)
    choose(qtbot, wizard, "DEU", "id_card", method="phone")
    desktop = wizard.currentPage()
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    expect = sync_api.expect

    phone.goto(desktop.server.url)
    expect(phone.locator("#title")).to_have_text("Front of your national identity card")
    expect(phone.locator("#counter")).to_have_text("Photo 1 of 3")
    assert phone.locator("#take-input").get_attribute("capture") == "environment"

    # A slow network, so the upload's progress can be seen.
    cdp = context.new_cdp_session(phone)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 150_000},
    )
    phone.set_input_files(
        "#take-input", _photo(tmp_path, "blurred", specimen_frame(Defect.BLUR_DEFOCUS))
    )
    expect(phone.locator("#progress-text")).to_have_text(re.compile(r"Sending the photo… \d+%"))
    expect(phone.locator("#verdict")).to_have_class("verdict bad", timeout=30_000)
    expect(phone.locator("#verdict")).to_contain_text("blurred")
    expect(phone.locator("#take-text")).to_have_text("Retake photo")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )

    phone.set_input_files("#take-input", _photo(tmp_path, "front", good_frame(CaptureSide.FRONT)))
    expect(phone.locator("#verdict")).to_have_text("✓ Photo accepted", timeout=30_000)
    expect(phone.locator("#title")).to_have_text("Back of your national identity card")
    phone.set_input_files("#take-input", _photo(tmp_path, "back", good_frame(CaptureSide.BACK)))
    expect(phone.locator("#title")).to_have_text("A photo of your face", timeout=30_000)
    assert phone.locator("#take-input").get_attribute("capture") == "user"
    phone.set_input_files("#take-input", _photo(tmp_path, "face", selfie_frame()))
    expect(phone.locator("#done")).to_be_visible(timeout=30_000)
    expect(phone.locator("#done")).to_contain_text("Continue on the computer")

    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=10_000)
    captures = wizard.session.captures
    assert set(captures) == {CaptureSide.FRONT, CaptureSide.BACK, CaptureSide.FACE}
    assert all(c.source is CaptureSource.PHONE and c.accepted for c in captures.values())

    # The hand-off has ended: its server is gone.
    with pytest.raises(sync_api.Error, match="ERR_CONNECTION_REFUSED"):
        phone.reload()
    context.close()
