"""The wizard starts without the libraries only some people need: the phone server (aiohttp),
the face model (mediapipe), the face describer (dlib) and the demo camera's renderer are loaded
when first used (start-up time: benchmarks/bench_startup.py)."""

import subprocess
import sys

from capture_wizard.testing.driver import WizardDriver
from capture_wizard.ui.wizard import PageId

LAZY = (
    "aiohttp",
    "mediapipe",
    "dlib",
    "capture_wizard.handoff.server",
    "capture_wizard.core.specimens.demo",
    "PySide6.QtTextToSpeech",
)

SHOW_THE_WIZARD = """
import sys
from PySide6.QtWidgets import QApplication
from capture_wizard.camera import SourceProvider
from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.session import CaptureSession
from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.wizard import CaptureWizard

app = QApplication([])
wizard = CaptureWizard(WizardContext(CaptureSession(), Catalogue.load(), SourceProvider()))
wizard.show()
app.processEvents()
print(" ".join(m for m in sys.argv[1:] if m in sys.modules))
"""


def test_showing_the_wizard_loads_no_phone_server_face_model_or_demo():
    done = subprocess.run(
        [sys.executable, "-c", SHOW_THE_WIZARD, *LAZY],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []


FIRST_WINDOW_LAZY = (
    "numpy",
    "cv2",
    "PIL",
    "PySide6.QtMultimedia",
    "qrcode",
    "nacl",
    "capture_wizard.core.checks",
    "capture_wizard.ui.pages.capture",
)
"""Loaded after the app's first window (the Welcome page needs none of them)."""

LAUNCH_THE_APP = """
import sys
from PySide6.QtWidgets import QApplication, QWidget

def reporting(show):
    def shown(self):
        show(self)
        print("loaded:", *(m for m in sys.argv[2:] if m in sys.modules))
    return shown
for name in ("show", "showMaximized", "showFullScreen"):  # however the app shows its window
    setattr(QWidget, name, reporting(getattr(QWidget, name)))
QApplication.exec = lambda *_app: 0  # the window is shown: end instead of running

from capture_wizard import cli
sys.exit(cli.main(["--config", sys.argv[1]]))
"""


def test_the_apps_first_window_comes_before_opencv_numpy_and_the_camera(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[package]\nallow_unencrypted = true\noutbox = "{tmp_path}/outbox"\n')
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_THE_APP, str(config), *FIRST_WINDOW_LAZY],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["loaded:"]


def test_start_pressed_before_the_other_pages_are_built(qtbot, make_wizard):
    """The app shows the Welcome page first and builds the others in the background: a person
    who presses Start before that is done gets the next page at once, and the photos work."""
    wizard = make_wizard(later=True)
    assert wizard.pageIds() == [PageId.WELCOME]
    driver = WizardDriver(qtbot, wizard)
    driver.start()
    wizard.build_the_rest()  # finishes after Start built the pages: changes nothing
    driver.choose_document("FRA", "passport")
    driver.choose_method("camera")
    driver.wait_for_step(PageId.FRONT)
    assert wizard.size().toTuple() == (1280, 860)


def test_the_other_pages_are_built_while_the_welcome_page_shows(qtbot, make_wizard):
    wizard = make_wizard(later=True)
    wizard.build_the_rest()
    qtbot.waitUntil(lambda: len(wizard.pageIds()) == len(PageId), timeout=60_000)
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.size().toTuple() == (1280, 860)
