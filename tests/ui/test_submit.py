"""The Submit and Done pages: consent, encryption status, progress, delivery, failures."""

import threading

import pytest
from drive import click, submit_now, to_submit
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QWizard

from capture_wizard.core.package.courier import BackgroundCourier, Courier, RetryPolicy
from capture_wizard.core.package.crypto import parse_identity
from capture_wizard.core.package.delivery import HttpUploader
from capture_wizard.core.package.outbox import Outbox, OutboxError
from capture_wizard.core.package.submit import submit
from capture_wizard.core.package.verify import verify_package
from capture_wizard.core.settings import PackageSettings, Settings
from capture_wizard.core.steps import Step
from capture_wizard.ui.wizard import PageId


def _widget(wizard, kind, name):
    return wizard.currentPage().findChild(kind, name)


@pytest.fixture
def courier_for(outbox_dir):
    started = []

    def make(receiver) -> BackgroundCourier:
        uploader = HttpUploader(receiver.url, receiver.token, 2.0)
        courier = Courier(Outbox(outbox_dir), uploader, RetryPolicy(2, 0.01, 0.02))
        background = BackgroundCourier(courier, 3600)
        background.start()
        started.append(background)
        return background

    yield make
    for background in started:
        background.stop(timeout=5)


def test_consent_is_needed_and_the_package_is_sent(
    qtbot, make_wizard, good_camera, receiver, courier_for, backoffice_key, outbox_dir
):
    wizard = make_wizard(good_camera, courier=courier_for(receiver))
    to_submit(qtbot, wizard, "ITA")
    summary = _widget(wizard, QFrame, "submit.summary")
    lines = [label.text() for label in summary.findChildren(QLabel)]
    assert "Country: Italy" in lines
    assert "Photos: Front: ✓ from Camera, Face: ✓ from Camera" in lines
    send = _widget(wizard, QPushButton, "submit.send")
    assert not send.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()  # Submit moves on
    assert not _widget(wizard, QLabel, "submit.no_key").isVisible()  # encrypted: all is well
    assert not _widget(wizard, QLabel, "submit.unencrypted").isVisible()
    image = wizard.session.captures[Step.FRONT].image
    submit_now(qtbot, wizard)
    reference = _widget(wizard, QLabel, "done.reference").text()
    assert "has been sent" in _widget(wizard, QLabel, "done.status").text()
    assert not image.any() and not wizard.session.has_captures
    assert reference in receiver.stored
    sent = Outbox(outbox_dir).sent()
    assert [e.reference for e in sent] == [reference]
    result = verify_package(receiver.stored[reference], parse_identity(backoffice_key.identity))
    assert result.ok and result.manifest["country"] == "ITA"
    assert result.manifest["images"][0]["source"] == "webcam"


def test_a_server_that_fails_keeps_the_package_for_later(
    qtbot, make_wizard, good_camera, receiver, courier_for, outbox_dir
):
    receiver.answer = 503
    wizard = make_wizard(good_camera, courier=courier_for(receiver))
    to_submit(qtbot, wizard)
    submit_now(qtbot, wizard)
    assert "sent automatically" in _widget(wizard, QLabel, "done.status").text()
    reference = _widget(wizard, QLabel, "done.reference").text()
    assert [e.reference for e in Outbox(outbox_dir).pending()] == [reference]
    receiver.answer = None  # the server is back: the background courier delivers it
    wizard.context.courier.wake()
    qtbot.waitUntil(lambda: reference in receiver.stored, timeout=10_000)


def test_without_a_server_the_package_waits_in_the_outbox(
    qtbot, make_wizard, good_camera, outbox_dir
):
    wizard = make_wizard(good_camera)
    to_submit(qtbot, wizard)
    submit_now(qtbot, wizard)
    reference = _widget(wizard, QLabel, "done.reference").text()
    assert "passed on to our team" in _widget(wizard, QLabel, "done.status").text()
    assert [e.name for e in Outbox(outbox_dir).pending()] == [f"{reference}.zip.age"]


def test_no_key_is_shown_to_staff_before_anyone_starts(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera, settings=Settings())
    notice = _widget(wizard, QLabel, "welcome.not_ready")
    assert notice.isVisible() and "no encryption key" in notice.text()
    assert "package.recipients" in notice.text()  # the staff instruction
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no dead end


def test_a_customer_never_reads_configuration_at_submit(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    assert not _widget(wizard, QLabel, "welcome.not_ready").isVisible()
    to_submit(qtbot, wizard)
    wizard.context.settings = Settings()  # the key is gone while a person is at the review
    click(qtbot, wizard, "wizard.back")
    click(qtbot, wizard, "wizard.next")
    notice = _widget(wizard, QLabel, "submit.no_key")
    assert notice.isVisible() and "ask a member of staff" in notice.text()
    assert "package." not in notice.text() and "Staff:" not in notice.text()
    assert not _widget(wizard, QCheckBox, "submit.consent").isEnabled()
    assert not _widget(wizard, QPushButton, "submit.send").isEnabled()
    assert wizard.session.has_captures  # nothing lost: the person can ask for help


def test_development_mode_warns_and_writes_a_plain_zip(qtbot, make_wizard, good_camera, tmp_path):
    plain = Settings(package=PackageSettings(allow_unencrypted=True, outbox=str(tmp_path / "o")))
    wizard = make_wizard(good_camera, settings=plain)
    to_submit(qtbot, wizard)
    assert "WITHOUT encryption" in _widget(wizard, QLabel, "submit.unencrypted").text()
    submit_now(qtbot, wizard)
    assert "without encryption" in _widget(wizard, QLabel, "done.privacy").text()
    assert [p.suffix for p in (tmp_path / "o").iterdir()] == [".zip"]


def test_a_full_disk_is_explained_and_nothing_is_lost(qtbot, make_wizard, good_camera):
    disk = {"full": True}

    def submit_to_a_disk(*args, **kwargs):
        if disk["full"]:
            raise OutboxError("the disk is full (/x); free some space and try again")
        return submit(*args, **kwargs)

    wizard = make_wizard(good_camera, submit=submit_to_a_disk)
    to_submit(qtbot, wizard)
    _widget(wizard, QCheckBox, "submit.consent").setChecked(True)
    click(qtbot, wizard, "submit.send")
    error = _widget(wizard, QLabel, "submit.error")
    qtbot.waitUntil(error.isVisible)
    assert "disk is full" in error.text() and "still here" in error.text()
    assert wizard.currentId() == PageId.SUBMIT and wizard.session.has_captures
    assert wizard.session.captures[Step.FRONT].image.any()
    disk["full"] = False  # space freed: try again
    click(qtbot, wizard, "submit.send")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)


def test_leaving_is_blocked_while_the_package_is_written(qtbot, make_wizard, good_camera):
    release = threading.Event()

    def slow_submit(*args, **kwargs):
        release.wait(10)
        return submit(*args, **kwargs)

    wizard = make_wizard(good_camera, submit=slow_submit)
    to_submit(qtbot, wizard)
    _widget(wizard, QCheckBox, "submit.consent").setChecked(True)
    click(qtbot, wizard, "submit.send")
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()  # Escape or closing the window: ignored while writing
    assert wizard.isVisible() and wizard.session.has_captures
    assert _widget(wizard, QLabel, "submit.status").text() == "Preparing your photos…"
    release.set()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_staff_starting_the_app_are_told_of_a_missing_key(capsys, backoffice_key):
    from capture_wizard.app import warn_if_cannot_submit

    warn_if_cannot_submit(Settings())
    assert "package.recipients" in capsys.readouterr().err
    warn_if_cannot_submit(Settings(package=PackageSettings(recipients=(backoffice_key.recipient,))))
    assert capsys.readouterr().err == ""
