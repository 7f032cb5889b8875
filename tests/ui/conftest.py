import pytest

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.documents import CaptureSide
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.testing import FakeProvider, FakeSource, specimen_frame
from capture_wizard.ui.theme import apply_theme
from capture_wizard.ui.wizard import CaptureWizard


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture
def good_camera():
    """A provider whose camera shows a good specimen of the requested side."""

    def make(side: CaptureSide, fmt) -> FakeSource:
        return FakeSource([specimen_frame(Defect.CLEAN, side, fmt)])

    return FakeProvider(make)


@pytest.fixture
def make_wizard(qtbot, qapp, catalogue):
    apply_theme(qapp)
    made = []

    def make(provider, kiosk: bool = False) -> CaptureWizard:
        wizard = CaptureWizard(CaptureSession(), catalogue, provider, kiosk=kiosk)
        wizard.ask_discard = lambda: True
        qtbot.addWidget(wizard)
        wizard.resize(1280, 860)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # stop cameras and workers left running by a failed test
        wizard._end_session()
