"""The wizard embedded in a host application: examples/host_app.py, driven as a person would."""

import importlib.util
from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from capture_wizard.core.package.verify import verify_package
from capture_wizard.core.settings import Settings
from capture_wizard.embed import CaptureWidget
from capture_wizard.testing.driver import WizardDriver

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "host_app.py"


@pytest.fixture(scope="module")
def host_app():
    spec = importlib.util.spec_from_file_location("host_app", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def plain_app(qapp):
    """The host's own look: no application-wide stylesheet or font from anyone else."""
    sheet, font = qapp.styleSheet(), qapp.font()
    qapp.setStyleSheet("")
    qapp.setFont(QApplication.font("QPushButton"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def host(qtbot, plain_app, host_app, wizard_settings, good_camera):
    window = host_app.HostWindow(wizard_settings, good_camera)
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    return window


def test_embedded_wizard_completes_and_hands_the_package_to_the_host(
    qtbot, host, backoffice_key, outbox_dir
):
    before = (host.verify_here.height(), host.verify_here.font().pointSize())
    qtbot.mouseClick(host.verify_here, Qt.MouseButton.LeftButton)
    widget = host.capture
    assert widget.isVisible() and widget.window() is host  # inside the host's window
    driver = WizardDriver(qtbot, widget.wizard)
    driver.choose_document("FRA", "passport")
    driver.choose_method("camera")
    driver.take_and_keep()  # the passport's page
    driver.take_and_keep()  # the face
    driver.to_review()
    with qtbot.waitSignal(widget.completed, timeout=60_000) as completed:
        reference = driver.submit()
        driver.click("wizard.finish")
    assert completed.args == [reference, "handed", ["front", "face"]]
    assert host.status.text() == f"Verified: {reference} (handed; front, face)."
    [(name, data)] = host.received
    assert name == f"{reference}.zip.age"
    identity = x25519.Identity.from_str(backoffice_key.identity)
    assert verify_package(data, identity).problems == []
    assert not outbox_dir.exists()  # the handler took it; nothing went to the outbox
    # the wizard's theme stayed inside the wizard: the host's own button did not change
    assert (host.verify_here.height(), host.verify_here.font().pointSize()) == before
    assert QApplication.instance().styleSheet() == ""


def test_the_modal_helper_returns_none_when_cancelled(qtbot, host):
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.objectName() != "capture_dialog":
            QTimer.singleShot(50, cancel)
            return
        button = dialog.findChild(QPushButton, "wizard.cancel")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # nothing captured: no question

    QTimer.singleShot(50, cancel)
    qtbot.mouseClick(host.verify_modal, Qt.MouseButton.LeftButton)  # returns when it closes
    assert host.status.text() == "Verification cancelled."
    assert host.received == []


def test_without_a_key_or_handler_the_host_is_told(qtbot, plain_app, good_camera):
    widget = CaptureWidget(Settings(), good_camera)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed) as failed:
        widget.show()
    assert "no recipient key" in failed.args[0]
