"""The pytest plugin for QA scripts (registered as `capture_wizard` under `pytest11`).

Installed with capture-wizard, it gives every test run these fixtures (pytest-qt's `qtbot`
does the clicking):

- `wizard`: a wizard on the screen whose fake camera shows a good picture at every step,
  encrypting packages for `backoffice_key` into `outbox_dir`, serving the phone hand-off on
  loopback.
- `driver`: a `WizardDriver` for `wizard` (choose a country and document, wait for the live
  verdict, take / keep / retake, upload a file, hand off to a scripted phone, submit, cancel).
- `make_wizard(provider=None, settings=None, kiosk=False, courier=None, demo=False,
  later=False, **services)` and `make_driver(...)` (the same arguments): more wizards, other
  cameras or settings; `services` replace the context's (capture_wizard.ui.context.WizardContext),
  e.g. `clock=`, `networks=`, `submit=`, `handoff_server=`; `later`: only the Welcome page is
  built, as the app does before its window shows (the rest: `wizard.build_the_rest()` or Start).
- `good_camera`: the fake cameras `wizard` uses; `camera_showing(frames)`: fake cameras that
  play the given frames (see `specimen_frame`, `selfie_frame`).
- `wizard_settings`, `backoffice_key`, `outbox_dir`: what the wizard is given.

Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY), Qt's offscreen platform is
chosen before any QApplication exists; otherwise Qt would abort the test run.
"""

import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest


def pytest_configure(config) -> None:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@functools.cache
def _catalogue():
    from capture_wizard.core.catalogue import Catalogue

    return Catalogue.load()


@pytest.fixture(scope="session")
def backoffice_key():
    """The back office's age key pair; `backoffice_key.identity` opens the packages."""
    from capture_wizard.core.package.crypto import generate_keypair

    return generate_keypair()


@pytest.fixture
def outbox_dir(tmp_path) -> Path:
    """Where submitted packages land (a fresh folder per test)."""
    return tmp_path / "outbox"


@pytest.fixture
def wizard_settings(backoffice_key, outbox_dir):
    """Packages encrypted for `backoffice_key` into `outbox_dir`, none uploaded; the phone
    hand-off served on loopback."""
    from capture_wizard.core.settings import HandoffSettings, PackageSettings, Settings

    return Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir)),
        handoff=HandoffSettings(address="127.0.0.1"),
    )


@pytest.fixture
def camera_showing():
    """`camera_showing(frames)`: fake cameras that play `frames` (a list, or a function of
    (step, document format) returning one) at every step that uses the camera."""
    from capture_wizard.testing import FakeProvider, FakeSource

    def make(frames: Sequence[np.ndarray] | object):
        def source(side, fmt):
            return FakeSource(frames(side, fmt) if callable(frames) else frames)

        return FakeProvider(source)

    return make


@pytest.fixture
def good_camera(camera_showing):
    """Fake cameras showing a good picture for every step (document sides, face)."""
    from capture_wizard.testing import good_frame

    return camera_showing(lambda side, fmt: [good_frame(side, fmt)])


@pytest.fixture
def make_wizard(qtbot, good_camera, wizard_settings):
    """`make_wizard(provider=None, settings=None, kiosk=False, courier=None, demo=False,
    later=False, **services)`: a wizard shown at 1280x860 with the wizard's own theme; stopped
    and wiped at the end of the test. `services` are fakes for the context's (`clock=`,
    `networks=`...)."""
    from capture_wizard.core.session import CaptureSession
    from capture_wizard.ui.context import WizardContext
    from capture_wizard.ui.theme import apply_theme
    from capture_wizard.ui.wizard import CaptureWizard

    made = []

    def make(
        provider=None,
        settings=None,
        kiosk: bool = False,
        courier=None,
        demo=False,
        later: bool = False,
        **services,
    ):
        context = WizardContext(
            CaptureSession(),
            _catalogue(),
            provider or good_camera,
            settings or wizard_settings,
            demo=demo,
            courier=courier,
            **services,
        )
        wizard = CaptureWizard(context, kiosk=kiosk, later=later)
        # the wizard's look (its text size from the settings), not the whole test application's
        apply_theme(wizard, text_size=context.settings.ui.text_size)
        qtbot.addWidget(wizard)
        wizard.resize(1280, 860)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # stop the cameras and workers a failed test left running
        page = wizard.currentPage()
        if page is not None:
            page.deactivate()
        wizard.session.wipe()
        if wizard.context.language != "en":  # translators and country names are shared
            wizard.context.set_language("en")


@pytest.fixture
def wizard(make_wizard):
    """A wizard on the screen with `good_camera` and `wizard_settings`."""
    return make_wizard()


@pytest.fixture
def driver(qtbot, wizard):
    """Drives `wizard` as a person does (capture_wizard.testing.driver.WizardDriver)."""
    from capture_wizard.testing.driver import WizardDriver

    return WizardDriver(qtbot, wizard)


@pytest.fixture
def make_driver(qtbot, make_wizard):
    """`make_driver(...)`: a driver for a new wizard (`make_wizard`'s arguments)."""
    from capture_wizard.testing.driver import WizardDriver

    def make(*args, **kwargs):
        return WizardDriver(qtbot, make_wizard(*args, **kwargs))

    return make
