"""The pytest plugin QA scripts use, tested as they use it: a fresh pytest run (pytester, in a
subprocess) in a folder with no conftest, where only the installed plugin provides fixtures."""

import re
from pathlib import Path

pytest_plugins = ["pytester"]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "testing.md"


def docs_example() -> str:
    """The Python block after `<!-- qa-example -->` in docs/testing.md."""
    found = re.search(r"<!-- qa-example -->\n```python\n(.*?)```", DOCS.read_text(), re.S)
    assert found, "docs/testing.md lost its qa-example block"
    return found.group(1)


def run(pytester, source: str):
    pytester.makepyfile(test_qa=source)
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-v", timeout=600)


def test_the_docs_qa_example_passes(pytester):
    result = run(pytester, docs_example())
    result.assert_outcomes(passed=2)


def test_without_a_display_it_chooses_offscreen(pytester, monkeypatch):
    source = """
import os

def test_platform(qapp):
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert qapp.platformName() == "offscreen"
"""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    run(pytester, source).assert_outcomes(passed=1)


def test_upload_a_file_and_cancel_with_a_kept_photo(pytester, tmp_path):
    source = f"""
import cv2

from capture_wizard.testing import good_frame
from capture_wizard.ui.wizard import PageId
from capture_wizard.core.documents import ID3
from capture_wizard.core.steps import Step


def test_upload_then_cancel(driver):
    photo = {str(tmp_path / "passport.jpg")!r}
    cv2.imwrite(photo, good_frame(Step.FRONT, ID3))
    driver.choose_document("FRA", "passport")
    driver.choose_method("upload")
    assert "looks good" in driver.upload(photo)
    driver.keep()
    assert driver.step is PageId.FACE
    question = driver.cancel(delete=False)  # "Keep going"
    assert any("delete" in text for text in question)
    assert driver.wizard.isVisible() and driver.wizard.session.has_captures
    driver.cancel(delete=True)
    assert not driver.wizard.isVisible() and not driver.wizard.session.has_captures
"""
    run(pytester, source).assert_outcomes(passed=1)


def test_hand_off_to_a_scripted_phone(pytester):
    source = """
from capture_wizard.core.documents import ID3
from capture_wizard.core.steps import Step
from capture_wizard.testing import good_frame, jpeg
from capture_wizard.ui.wizard import PageId


def test_phone(driver):
    driver.choose_document("FRA", "passport")
    phone = driver.hand_off_to_phone()
    assert phone.upload("front", jpeg(good_frame(Step.FRONT, ID3))).json()["accepted"]
    assert phone.upload("face", jpeg(good_frame(Step.FACE))).json()["accepted"]
    driver.wait_for_step(PageId.REVIEW, timeout=60_000)
    assert driver.submit()
"""
    run(pytester, source).assert_outcomes(passed=1)


def test_a_failing_qa_test_fails(pytester):
    """The driver's checks can fail: a country the catalogue does not know is an error."""
    source = """
def test_wrong(driver):
    driver.choose_document("Atlantis", "passport")
"""
    result = run(pytester, source)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*'Atlantis' matches*"])
