"""The wizard starts without the libraries only some people need: the phone server (aiohttp),
the face model (mediapipe), the face describer (dlib) and the demo camera's renderer are loaded
when first used (start-up time: benchmarks/bench_startup.py)."""

import subprocess
import sys

LAZY = (
    "aiohttp",
    "mediapipe",
    "dlib",
    "capture_wizard.handoff.server",
    "capture_wizard.core.specimens.demo",
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
