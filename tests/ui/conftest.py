import pytest

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import PackageSettings, Settings
from capture_wizard.ui.theme import apply_theme
from capture_wizard.ui.wizard import CaptureWizard


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load()


# good_camera, backoffice_key, outbox_dir: from the QA plugin (capture_wizard.testing.plugin).


@pytest.fixture
def make_wizard(qtbot, qapp, catalogue, backoffice_key, outbox_dir):
    """A wizard on the screen; by default packages are encrypted for `backoffice_key` into
    `outbox_dir` and nothing is uploaded."""
    apply_theme(qapp)
    made = []
    encrypted = Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir))
    )

    def make(
        provider, kiosk: bool = False, settings=encrypted, courier=None, demo: bool = False
    ) -> CaptureWizard:
        wizard = CaptureWizard(
            CaptureSession(),
            catalogue,
            provider,
            kiosk=kiosk,
            settings=settings,
            courier=courier,
            demo=demo,
        )
        wizard.ask_discard = wizard.discard  # no question (tests of the dialog restore it)
        qtbot.addWidget(wizard)
        wizard.resize(1280, 860)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # stop cameras and workers left running by a failed test
        wizard._end_session()
