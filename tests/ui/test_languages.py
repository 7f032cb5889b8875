"""Every shipped language, as a person sees it: the catalogues hold every marked string,
translated; the Welcome page's picker switches the whole wizard; Arabic is right to left."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from drive import click, shoot_and_keep, submit_now
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget

from capture_wizard.core.languages import LANGUAGES
from capture_wizard.core.steps import Step
from capture_wizard.handoff import page_texts
from capture_wizard.handoff.mail import link_message
from capture_wizard.handoff.server import HandoffServer
from capture_wizard.handoff.session import HandoffSession
from capture_wizard.handoff.steps import phone_steps
from capture_wizard.resources import resource
from capture_wizard.testing import ScriptedPhone
from capture_wizard.ui.i18n import use_language
from capture_wizard.ui.wizard import PageId

I18N = resource("i18n")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_each_catalogue_is_complete_and_keeps_the_placeholders(code):
    found = messages(I18N / f"capture_wizard_{code}.ts")
    assert len(found) > 250
    for context, message in found:
        source = message.findtext("source")
        kind = message.find("translation").get("type")
        assert kind is None, f"{code}: {context}: {source!r} is {kind}"
        for text in translations(message):
            assert text.strip(), f"{code}: {context}: {source!r} has an empty translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{code}: {context}: {text!r} does not keep the placeholders of {source!r}"
            )


def test_english_has_its_plural_forms():
    plurals = [m for _, m in messages(I18N / "capture_wizard_en.ts") if m.get("numerus")]
    assert plurals
    for message in plurals:
        assert message.find("translation").get("type") is None
        assert all(translations(message))


def test_the_catalogues_hold_every_marked_string(tmp_path):
    """lupdate finds nothing the shipped catalogues lack: a new sentence fails here until it is
    extracted (scripts/update_translations.sh) and translated into every language."""
    import capture_wizard

    fresh = tmp_path / "fresh.ts"
    sources = Path(capture_wizard.__file__).parent
    lupdate = [BIN / "pyside6-lupdate", "-extensions", "py", "-locations", "none", sources]
    subprocess.run([*lupdate, "-ts", fresh], check=True, capture_output=True)
    extracted = {(c, m.findtext("source")) for c, m in messages(fresh)}
    for code in LANGUAGES:
        ts = I18N / f"capture_wizard_{code}.ts"
        shipped = {(c, m.findtext("source")) for c, m in messages(ts)}
        assert extracted - shipped == set(), f"{code}: run scripts/update_translations.sh"
        assert shipped - extracted == set(), f"{code}: strings no longer used"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_shipped_qm_says_what_its_ts_says(qapp, code):
    """The .qm the app loads holds every translation of its .ts (compared through Qt, not byte
    for byte, so another lrelease version does not fail it)."""
    translator = QTranslator()
    assert translator.load(f"capture_wizard_{code}", str(I18N))
    for context, message in messages(I18N / f"capture_wizard_{code}.ts"):
        source, forms = message.findtext("source"), translations(message)
        if message.find("translation").get("type") == "unfinished":
            continue  # English: only its plural forms
        if message.get("numerus"):
            shown = translator.translate(context, source, None, 5)
            assert shown in forms, (code, source)
        else:
            assert translator.translate(context, source) == forms[0], (code, source)


def untranslated_english(code: str) -> set[str]:
    """English sources whose translation in `code` differs: seeing one means a string missed
    the catalogue (a word the same in both languages, e.g. "Position", is not counted)."""
    found = set()
    for _, message in messages(I18N / f"capture_wizard_{code}.ts"):
        source = message.findtext("source")
        if source not in translations(message):
            found.add(source)
    return found


def visible_texts(wizard) -> list[tuple[str, str]]:
    """(objectName, line) for every line of text a person can see on labels and buttons."""
    seen = []
    for widget in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        for line in re.sub(r"<[^>]+>", "\n", widget.text()).split("\n"):
            if line.strip():
                seen.append((widget.objectName(), line.strip()))
    for widget in wizard.findChildren(QListWidget):
        if widget.isVisible():
            for row in range(widget.count()):
                for line in widget.item(row).text().split("\n"):
                    seen.append((widget.objectName(), line.strip()))
    return seen


def assert_translated(wizard, code: str, where: str) -> None:
    english = untranslated_english(code)
    missed = [(name, text) for name, text in visible_texts(wizard) if text in english]
    assert not missed, f"{where}: English on screen in {code}: {missed}"


@pytest.mark.parametrize("code", ["de", "ar"])
def test_every_page_speaks_the_language_chosen_on_the_welcome_page(qtbot, make_wizard, code):
    wizard = make_wizard()
    english_heading = wizard.currentPage().heading.text()
    click(qtbot, wizard, f"language.{code}")
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.currentPage().heading.text() != english_heading
    assert wizard.findChild(QAbstractButton, f"language.{code}").isChecked()
    rtl = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == rtl
    assert_translated(wizard, code, "welcome")
    click(qtbot, wizard, "wizard.next")
    document = wizard.currentPage()
    document.select("DEU", "id_card")
    german = {"de": "Deutschland", "ar": "ألمانيا"}[code]
    assert document.countries.currentItem().text() == german  # pycountry's own translation
    assert_translated(wizard, code, "document")
    click(qtbot, wizard, "wizard.next")
    assert_translated(wizard, code, "method")
    click(qtbot, wizard, "method.camera")
    for page in ("front", "back", "face"):
        qtbot.waitUntil(lambda: wizard.currentPage().shutter.isEnabled(), timeout=10_000)
        assert_translated(wizard, code, page)
        shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    assert_translated(wizard, code, "review")
    click(qtbot, wizard, "wizard.next")
    assert_translated(wizard, code, "submit")
    submit_now(qtbot, wizard)
    assert_translated(wizard, code, "done")
    reference = wizard.findChild(QLabel, "done.reference")
    assert reference.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_back_to_english_restores_the_english_wizard(qtbot, make_wizard):
    wizard = make_wizard()
    english = wizard.currentPage().heading.text()
    with pytest.raises(AssertionError):  # the check sees English where German is expected
        assert_translated(wizard, "de", "welcome")
    click(qtbot, wizard, "language.ar")
    click(qtbot, wizard, "language.en")
    assert wizard.currentPage().heading.text() == english
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert wizard.button(wizard.WizardButton.NextButton).text() == "Start"
    assert QCoreApplication.translate("Guidance", "Front") == "Front"


@pytest.fixture
def german():
    use_language("de")
    yield QCoreApplication.translate
    use_language("en")


def test_the_phone_page_its_answers_and_the_e_mail_follow_the_language(qtbot, german):
    """The phone's page is served in German (lang, texts, steps, instructions, refusals), and
    every key the page's script reads exists in the table it is given."""
    sides = (Step.FRONT, Step.BACK)
    steps = phone_steps(sides, None, "", date(2026, 11, 22), german)
    session = HandoffSession(steps, 900, translate=german, language="de")
    server = HandoffServer(session, lambda side, frame: None, "127.0.0.1")
    server.start()
    try:
        phone = ScriptedPhone(server)
        page = phone.open_page().body.decode()
        assert '<html lang="de" dir="ltr">' in page and "{{" not in page
        assert "Vorderseite Ihres Dokuments" in page and "Foto aufnehmen" in page
        used = set(re.findall(r"config\.texts\.(\w+)|tr\(\"(\w+)\"", page)) - {("", "")}
        assert {a or b for a, b in used} <= set(page_texts.TEXTS)
        refused = phone.upload("front", b"not a photo", encrypt=False).json()
        assert refused["message"].startswith("Das Foto wurde nicht verschlüsselt")
    finally:
        server.stop()
    message = link_message("kyc@bank.test", "p@example.org", "http://x/s/a", 15, german)
    assert message["Subject"] == "Ihr Link zum Fortsetzen der Identitätsprüfung"
    assert "15 Minuten" in message.get_content()


def test_arabic_pages_are_right_to_left():
    page = page_texts.localise('<html lang="{{LANG}}" dir="{{DIR}}">', {}, "ar")
    assert page == '<html lang="ar" dir="rtl">'
