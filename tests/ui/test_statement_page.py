"""The hand-held statement step (enabled in the settings), driven like a QA script."""

from datetime import date

from drive import choose, click, shoot_and_keep, submit_now, view
from PySide6.QtWidgets import QLabel

from capture_wizard.core.package.crypto import parse_identity
from capture_wizard.core.package.manifest import schema_problems
from capture_wizard.core.package.outbox import Outbox
from capture_wizard.core.package.verify import verify_package
from capture_wizard.core.settings import PackageSettings, Settings, StatementSettings
from capture_wizard.core.specimens.statements import StatementDefect, render_statement
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeProvider, FakeSource, good_frame
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId

WORD = "Northwind Bank"


def _camera(defect: StatementDefect) -> FakeProvider:
    def make(side, fmt):
        if side is Step.STATEMENT:
            return FakeSource([render_statement(5, defect, date.today(), WORD).image])
        return FakeSource([good_frame(side, fmt)])

    return FakeProvider(make)


def _settings(backoffice_key, outbox_dir) -> Settings:
    return Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir)),
        statement=StatementSettings(enabled=True, word=WORD),
    )


def _to_statement(qtbot, wizard) -> None:
    choose(qtbot, wizard, "FRA", "id_card")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)  # the back
    shoot_and_keep(qtbot, wizard)  # face
    assert wizard.currentId() == PageId.STATEMENT


def test_a_good_statement_is_taken_read_and_packaged(
    qtbot, make_wizard, backoffice_key, outbox_dir
):
    wizard = make_wizard(
        _camera(StatementDefect.CLEAN), settings=_settings(backoffice_key, outbox_dir)
    )
    _to_statement(qtbot, wizard)
    page = wizard.currentPage()
    assert WORD in page.subheading.text() and date.today().isoformat() in page.subheading.text()
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)  # auto-capture
    assert page.verdict.text().startswith("✓")
    assert page.findChild(QLabel, "capture.check.text") is not None
    click(qtbot, wizard, "capture.keep")
    assert wizard.currentId() == PageId.REVIEW
    statement = wizard.session.captures[Step.STATEMENT]
    assert statement.report.ok and statement.report.date_found and statement.report.word_found
    assert wizard.currentPage().findChild(QLabel, "review.status.statement").text().startswith("✓")
    click(qtbot, wizard, "wizard.next")
    submit_now(qtbot, wizard)
    package = Outbox(outbox_dir).pending()[0].path.read_bytes()
    result = verify_package(package, parse_identity(backoffice_key.identity))
    assert result.ok and schema_problems(result.manifest) == []
    images = {image["side"]: image for image in result.manifest["images"]}
    assert set(images) == {"front", "back", "face", "statement"}
    assert images["statement"]["kind"] == "statement"
    assert images["statement"]["quality"]["statement"] == {
        "read": True,
        "date_found": True,
        "word_found": True,
    }


def test_a_wrong_date_is_found_on_the_taken_picture(qtbot, make_wizard, backoffice_key, outbox_dir):
    wizard = make_wizard(
        _camera(StatementDefect.WRONG_DATE), settings=_settings(backoffice_key, outbox_dir)
    )
    _to_statement(qtbot, wizard)
    page = wizard.currentPage()
    page.auto.hold_seconds = 60
    text_chip = page.findChild(QLabel, "capture.check.text")
    qtbot.waitUntil(
        lambda: page.findChild(QLabel, "capture.check.person").property("state") == "pass"
    )
    assert text_chip.property("state") == "unknown"  # not read live
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)
    assert "today's date" in page.verdict.text()
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.LIVE
