"""Welcome: what will happen, what to have ready, and what happens to the photos."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton

from capture_wizard.core.languages import LANGUAGES
from capture_wizard.core.package.store import Protection, protection
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.widgets.info_card import info_card


class WelcomePage(Page):
    scrolls = True
    shows_brand = True
    languageChosen = Signal(str)
    """The person pressed a language's button (an ISO 639-1 code)."""

    def __init__(self, context, parent=None) -> None:
        super().__init__("welcome", context, parent)
        self.body.addLayout(self._language_picker())
        self.set_texts(
            self.tr("Verify your identity"),
            self.tr("It takes about three minutes. We tell you at every step what to do."),
        )
        steps = QGridLayout()
        steps.setHorizontalSpacing(20)
        steps.setVerticalSpacing(16)
        for i, (title, text) in enumerate(
            [
                (
                    self.tr("Choose your document"),
                    self.tr("The country that issued it and its type"),
                ),
                (self.tr("Photograph it"), self.tr("The front, and the back if it has one")),
                (self.tr("Take a face photo"), self.tr("So we can see it is you")),
                (self.tr("Check and submit"), self.tr("Look over your photos, then send them")),
            ]
        ):
            number = QLabel(str(i + 1))
            number.setFixedSize(52, 52)
            number.setProperty("role", "step-number")  # drawn in the accent (theme.py)
            title_label = QLabel(f"<b>{title}</b><br>{text}")
            title_label.setWordWrap(True)
            steps.addWidget(number, i // 2, (i % 2) * 2)
            steps.addWidget(title_label, i // 2, (i % 2) * 2 + 1)
        steps.setColumnStretch(1, 1)
        steps.setColumnStretch(3, 1)
        self.body.addLayout(steps)

        cards = QHBoxLayout()
        cards.setSpacing(20)
        cards.addWidget(
            info_card(
                self.tr("Have ready"),
                [
                    self.tr("• Your passport, national ID card or driving licence"),
                    self.tr("• A well-lit place without direct sunlight"),
                    self.tr("• A plain, dark surface to lay the document on"),
                ],
            ),
            1,
        )
        privacy = info_card(
            self.tr("Your privacy"),
            [
                self.tr(
                    "Your photos stay in this computer's memory while you work. When you "
                    "submit, they are encrypted before anything is saved or sent, then wiped "
                    "from memory. If you cancel, they are wiped at once."
                ),
            ],
        )
        privacy.setObjectName("welcome.privacy")
        cards.addWidget(privacy, 1)
        self.body.addSpacing(12)
        self.body.addLayout(cards)
        self.not_ready = QLabel(
            self.tr(
                "This computer cannot send verifications yet: it has no encryption key. Please "
                "ask a member of staff. (Staff: set package.recipients, see "
                "docs/configuration.md.)"
            )
        )
        self.not_ready.setObjectName("welcome.not_ready")
        self.not_ready.setProperty("role", "error")
        self.not_ready.setWordWrap(True)
        self.body.addWidget(self.not_ready)
        self.demo_note = QLabel(
            self.tr(
                "Demo run: the demo camera shows a sample document. Packages of its photos are "
                "marked as demo and are not a real verification."
            )
        )
        self.demo_note.setObjectName("welcome.demo")
        self.demo_note.setProperty("role", "warning")
        self.demo_note.setWordWrap(True)
        self.body.addWidget(self.demo_note)
        self.body.addStretch(1)

    def _language_picker(self) -> QHBoxLayout:
        """One big button per language, each named in itself (not translated); each is a Tab
        stop (in a QButtonGroup only the chosen one would be, and an arrow key would choose)."""
        row = QHBoxLayout()
        row.setSpacing(10)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName(f"language.{code}")
            button.setCheckable(True)
            button.setChecked(code == self.context.language)
            button.setProperty("role", "language")
            button.setMinimumHeight(48)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, code=code: self._chosen(code))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _chosen(self, code: str) -> None:
        for other in LANGUAGES:  # the current one stays checked when pressed again
            self.findChild(QPushButton, f"language.{other}").setChecked(other == code)
        wizard = self.wizard()
        self.languageChosen.emit(code)  # the wizard builds its pages again, in that language
        # the focus stays on the language's button, on the new Welcome page
        wizard.currentPage().findChild(QPushButton, f"language.{code}").setFocus()

    def activate(self) -> None:
        """Staff see a missing key here, before anyone starts, not a customer at Submit."""
        self.not_ready.setVisible(not self._can_submit())
        self.demo_note.setVisible(self.context.demo)
        self.completeChanged.emit()

    def _can_submit(self) -> bool:
        return protection(self.context.settings.package)[0] != Protection.REFUSED

    def isComplete(self) -> bool:
        return self._can_submit()
