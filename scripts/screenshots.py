"""Render every wizard page, and the capture page in its feedback states, to
docs/screenshots/*.png — offscreen, with fake cameras showing specimen scenes; and the phone
hand-off, with headless Chromium as the phone.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--size 1280x860]
    .venv/bin/python scripts/screenshots.py --lang de   # every page in German, into DIR/de/

Also renders a few pages at 1024x600, 1280x800 and 1920x1080 (the phone pages at 1024x768) to
check that nothing clips and the buttons stay in view.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import numpy as np
from PIL import Image
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from capture_wizard.camera import SourceProblem
from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.languages import LANGUAGES, RIGHT_TO_LEFT
from capture_wizard.core.package.crypto import generate_keypair
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import (
    HandoffSettings,
    PackageSettings,
    Settings,
    SmtpSettings,
    StatementSettings,
)
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.specimens.selfies import FaceDefect
from capture_wizard.core.specimens.statements import StatementDefect, render_statement
from capture_wizard.core.steps import Step
from capture_wizard.handoff.addresses import default_route_address
from capture_wizard.testing import FakeProvider, FakeSource, jpeg, selfie_frame, specimen_frame
from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.theme import apply_theme
from capture_wizard.ui.wizard import CaptureWizard, PageId

STATEMENT_WORD = "Northwind Bank"


class Director:
    """Tells the fake camera which scene to show next."""

    def __init__(self) -> None:
        self.defect = Defect.CLEAN
        self.face_defect = FaceDefect.CLEAN
        self.empty = False
        self.side_shown: Step | None = None
        """Show this side whatever the step asks for (the front on the back's step)."""

    def source(self, side, fmt) -> FakeSource:
        if side is Step.FACE:
            frame = selfie_frame(self.face_defect)
        elif side is Step.STATEMENT:
            frame = render_statement(3, StatementDefect.CLEAN, date.today(), STATEMENT_WORD).image
        elif self.empty:
            frame = np.full((720, 1280, 3), (70, 60, 50), np.uint8)  # a table, no document
        else:
            frame = specimen_frame(self.defect, self.side_shown or side, fmt)
        return FakeSource([frame])


def wait(app: QApplication, condition, timeout: float = 15) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the wizard did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def wait_for_feedback(app: QApplication, page) -> None:
    """Until the live view shows its first analysed frame (the banner starts as "Starting the
    camera…" on every start)."""
    wait(app, lambda: page.banner.text() != page.tr("Starting the camera…"))


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def render(
    out: Path, size: tuple[int, int], suffix: str = "", only: set | None = None, language="en"
) -> list:
    with tempfile.TemporaryDirectory() as outbox:  # the encrypted package goes here, then away
        settings = Settings(
            package=PackageSettings(recipients=(generate_keypair().recipient,), outbox=outbox),
            statement=StatementSettings(enabled=True, word=STATEMENT_WORD),
        )
        return _render(out, size, suffix, only, settings, language)


def _render(
    out: Path, size: tuple[int, int], suffix: str, only: set | None, settings, language: str
) -> list:
    app = QApplication.instance()
    director = Director()
    context = WizardContext(
        CaptureSession(), Catalogue.load(), FakeProvider(director.source), settings
    )
    context.set_language(language)
    wizard = CaptureWizard(context)
    wizard.ask_discard = wizard.discard
    for step in (PageId.FRONT, PageId.BACK, PageId.FACE, PageId.STATEMENT):
        wizard.page(step).advance_seconds = 3600  # hold each confirmation for its picture
    wizard.resize(*size)
    wizard.show()
    saved = []

    def shot(name: str, widget=wizard) -> None:
        if only is not None and name not in only:
            return
        settle(app)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    page = lambda: wizard.currentPage()  # noqa: E731
    view = lambda: View(page().views.currentIndex())  # noqa: E731

    shot("01-welcome")
    wizard.context.settings = Settings()  # as on a computer without an encryption key
    page().activate()
    shot("01b-welcome-no-key")
    wizard.context.settings = settings
    page().activate()
    wizard.next()
    page().search.setText("ger")
    page().select("DEU", "id_card")
    shot("02-document")
    page().select("DEU", "residence_permit")
    shot("03-document-refused")
    page().select("DEU", "id_card")
    wizard.next()
    shot("04-method")

    states = [
        ("05-capture-no-document", None),
        ("06-capture-too-far", Defect.FAR),
        ("07-capture-glare", Defect.GLARE),
        ("08-capture-finger", Defect.FINGER),
        ("09-capture-blur", Defect.BLUR_MOTION),
        ("10-capture-turned", Defect.TURNED),
    ]
    for number, (name, defect) in enumerate(states):
        director.empty = defect is None
        director.defect = defect or Defect.CLEAN
        if number == 0:
            wizard.next()
        else:
            page()._start_live()
        wait_for_feedback(app, page())
        shot(name)
    director.empty, director.defect = False, Defect.CLEAN
    page()._start_live()
    page().auto.hold_seconds = 30  # hold at the countdown for the picture
    wait(app, lambda: page().auto.progress > 0.02)
    shot("11-capture-good-hold")
    page().take_picture()
    wait(app, lambda: view() is View.CONFIRM)
    shot("12-capture-confirm")
    director.side_shown = Step.FRONT  # the card is not turned over yet
    page().keep_picture()
    wait_for_feedback(app, page())
    shot("13-back-turn-over")
    director.side_shown = None
    page()._problem(SourceProblem.DISCONNECTED)
    shot("14-camera-problem")
    page()._switch_to_upload()
    shot("15-upload")
    page()._start_live()
    wait(app, lambda: page().shutter.isEnabled())  # the first picture is in
    page().take_picture()
    wait(app, lambda: view() is View.CONFIRM)
    shot("15b-back-confirm-read")  # what the back's machine-readable zone says
    face_states = [
        ("16-face-two-people", FaceDefect.TWO_FACES),
        ("17-face-dark", FaceDefect.DARK),
        ("18-face-good-hold", FaceDefect.CLEAN),
    ]
    for number, (name, defect) in enumerate(face_states):
        director.face_defect = defect
        if number == 0:
            page().keep_picture()  # the back: on to the face
        else:
            page()._start_live()
        if defect is FaceDefect.CLEAN:
            page().auto.hold_seconds = 30
            wait(app, lambda: page().auto.progress > 0.02)
        else:
            wait_for_feedback(app, page())
        shot(name)
    page().take_picture()
    wait(app, lambda: view() is View.CONFIRM)
    shot("19-face-confirm")
    page().keep_picture()
    page().auto.hold_seconds = 30
    wait(app, lambda: page().auto.progress > 0.02)
    shot("20-statement")
    page().take_picture()
    wait(app, lambda: view() is View.CONFIRM)
    page().keep_picture()
    shot("21-review")
    page().findChild(QPushButton, "review.enlarge.front").click()
    full_view = wizard.findChild(QDialog, "review.full_view")
    shot("21b-review-full-size", full_view)
    full_view.accept()
    wizard.next()
    shot("22-submit")
    wizard.context.settings = Settings()  # as on a computer without an encryption key
    page().activate()
    shot("23-submit-no-key")
    wizard.context.settings = settings
    page().activate()
    page().consent.setChecked(True)
    page().start()
    wait(app, lambda: wizard.currentId() == PageId.DONE)
    shot("24-done")
    wizard.reject()
    return saved


def render_phone(out: Path, size: tuple[int, int], suffix: str = "", language="en") -> list:
    """The phone hand-off: the desktop page, and the phone's page in headless Chromium (when
    Playwright and chromium are installed), driven together."""
    app = QApplication.instance()
    settings = Settings(
        handoff=HandoffSettings(address=default_route_address() or "127.0.0.1"),
        smtp=SmtpSettings(host="mail.example.org", sender="verify@example.org"),
    )
    context = WizardContext(
        CaptureSession(), Catalogue.load(), FakeProvider(Director().source), settings
    )
    context.set_language(language)
    wizard = CaptureWizard(context)
    wizard.ask_discard = wizard.discard
    wizard.resize(*size)
    wizard.show()
    saved = []

    def shot(name: str, widget=wizard) -> None:
        settle(app)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    wizard.next()
    wizard.currentPage().select("DEU", "id_card")
    wizard.next()
    wizard.currentPage().phone.setChecked(True)
    wizard.next()
    desktop = wizard.currentPage()
    shot("25-phone-waiting")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if chromium is None or sync_playwright is None or suffix:
        wizard.reject()
        return saved
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as photos:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox"]
        )
        phone = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
        ).new_page()

        def phone_shot(name: str) -> None:
            path = out / f"{name}.png"
            phone.screenshot(path=str(path))
            saved.append(path)

        def take(name: str, frame) -> None:
            path = Path(photos) / f"{name}.jpg"
            path.write_bytes(jpeg(frame))
            phone.set_input_files("#take-input", str(path))

        phone.goto(desktop.server.url)
        phone_shot("26-mobile-step")
        take("blurred", specimen_frame(Defect.BLUR_MOTION))
        phone.wait_for_selector("#verdict.bad", timeout=30_000)
        phone_shot("27-mobile-rejected")
        take("front", specimen_frame(Defect.CLEAN, Step.FRONT))
        phone.wait_for_selector("#verdict.good", timeout=30_000)
        phone_shot("28-mobile-accepted")
        shot("29-phone-following")
        phone.wait_for_selector("#counter:has-text('Photo 2 of 3')")
        take("back", specimen_frame(Defect.CLEAN, Step.BACK))
        phone.wait_for_selector("#counter:has-text('Photo 3 of 3')", timeout=30_000)
        take("face", selfie_frame())
        phone.wait_for_selector("#done:not(.hidden)", timeout=30_000)
        phone_shot("30-mobile-done")
        browser.close()
    wait(app, lambda: wizard.currentId() == PageId.REVIEW)
    shot("31-review-from-phone")
    wizard.reject()
    return saved


CHECKS = {
    "01-welcome",
    "02-document",
    "04-method",
    "08-capture-finger",
    "12-capture-confirm",
    "15b-back-confirm-read",
    "18-face-good-hold",
    "20-statement",
    "21-review",
    "22-submit",
    "24-done",
}
"""The pages also rendered at other sizes, to check that nothing clips."""


def render_language(out: Path, language: str) -> int:
    """Every page in `language` at 1280x800 (a common kiosk screen), and the busiest ones at
    1024x600 (the smallest; right-to-left languages also at 1920x1080), to check for text cut
    off; the phone's desktop page too."""
    out.mkdir(parents=True, exist_ok=True)
    saved = render(out, (1280, 800), "-1280x800", language=language)
    saved += render(out, (1024, 600), "-1024x600", only=CHECKS, language=language)
    if language in RIGHT_TO_LEFT:  # a wide screen laid out right to left
        saved += render(out, (1920, 1080), "-1920x1080", only=CHECKS, language=language)
    saved += render_phone(out, (1280, 800), "-1280x800", language=language)
    saved += render_phone(out, (1024, 600), "-1024x600", language=language)
    for path in saved:  # 256 colours: a fifth of the size, no visible loss on these pages
        with Image.open(path) as image:
            flat = image.convert("RGB").quantize(
                256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
            )
        flat.save(path, optimize=True)
        print(path)
    return 0


LOGO = Path(__file__).resolve().parents[1] / "packaging" / "linux" / "capture-wizard.svg"
"""Stands in for an organisation's logo in the kiosk's screenshots."""


def render_kiosk(out: Path, size: tuple[int, int]) -> list:
    """A branded kiosk: its Welcome page, and the idle question, the staff PIN and the
    removable-media picker drawn over the window as a person sees them."""
    from PySide6.QtGui import QPainter

    from capture_wizard.core.kiosk import hash_pin
    from capture_wizard.core.settings import BrandingSettings, KioskSettings
    from capture_wizard.testing import FakeClock, good_frame
    from capture_wizard.ui.kiosk import KioskWindow
    from capture_wizard.ui.widgets.removable_picker import RemovablePicker

    app = QApplication.instance()
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as outbox, tempfile.TemporaryDirectory() as drive:
        stick = Path(drive) / "USB STICK"
        (stick / "DCIM" / "100CANON").mkdir(parents=True)
        for name in ("DCIM/100CANON/IMG_0412.JPG", "DCIM/100CANON/IMG_0413.JPG", "id-card.png"):
            (stick / name).write_bytes(b"")  # listed by name; never opened here
        settings = Settings(
            package=PackageSettings(recipients=(generate_keypair().recipient,), outbox=outbox),
            kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("2468"), allow_upload=True),
            branding=BrandingSettings(
                organisation="Northwind Bank",
                logo=str(LOGO),
                accent="#0f766e",
            ),
        )
        provider = FakeProvider(lambda side, fmt: FakeSource([good_frame(side, fmt)]))
        context = WizardContext(
            CaptureSession(),
            Catalogue.load(),
            provider,
            settings,
            clock=clock,
            removable_drives=lambda: [stick],
        )
        context.set_language("en")  # the English catalogue: its plurals ("14 seconds")
        wizard = CaptureWizard(context, kiosk=True)
        window = KioskWindow(wizard)
        apply_theme(window, settings.branding.accent)
        window.setGeometry(0, 0, *size)
        window.show()
        saved = []
        suffix = f"-{size[0]}x{size[1]}"

        def shot(name: str, dialog=None) -> None:
            settle(app)
            picture = window.grab()
            if dialog is not None:  # centred over the window, as a window manager puts it
                painter = QPainter(picture)
                painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
                over = dialog.grab()
                painter.drawPixmap(
                    (picture.width() - over.width()) // 2,
                    (picture.height() - over.height()) // 2,
                    over,
                )
                painter.end()
            path = out / f"{name}{suffix}.png"
            picture.save(str(path))
            saved.append(path)

        shot("32-kiosk-welcome-branded")
        wizard.next()
        wizard.currentPage().select("DEU", "id_card")
        wizard.next()
        clock.advance(settings.kiosk.idle_seconds + 6)
        wait(app, lambda: wizard.findChild(QDialog, "kiosk.idle") is not None)
        shot("33-kiosk-still-there", wizard.findChild(QDialog, "kiosk.idle"))
        wizard.findChild(QDialog, "kiosk.idle").accept()
        wizard.guard.ask_pin()
        pin = wizard.findChild(QDialog, "kiosk.admin")
        shot("34-kiosk-staff-pin", pin)
        pin.reject()
        picker = RemovablePicker(context.removable_drives, window)
        picker.show()
        shot("35-kiosk-upload-picker", picker)
        picker.close()
        wizard.start_over()
        window.may_close = True
        window.close()
        return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x860")
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help="every page in this language, at 1280x800 and 1024x600, into OUT/LANG/",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    if args.lang:
        return render_language(args.out / args.lang, args.lang)
    w, h = (int(v) for v in args.size.split("x"))
    saved = render(args.out, (w, h))
    saved += render(args.out, (1024, 600), "-1024x600", only=CHECKS)
    saved += render(args.out, (1280, 800), "-1280x800", only=CHECKS)
    saved += render(args.out, (1920, 1080), "-1920x1080", only=CHECKS)
    saved += render_phone(args.out, (w, h))
    saved += render_phone(args.out, (1024, 768), "-1024x768")
    saved += render_phone(args.out, (1920, 1080), "-1920x1080")
    saved += render_kiosk(args.out, (1024, 600))
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
