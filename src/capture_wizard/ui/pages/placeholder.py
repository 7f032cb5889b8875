"""Pages whose real content arrives with a later issue. They say so plainly and check nothing:
a placeholder never pretends to verify a face or send a package."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from capture_wizard.ui.pages.base import Page


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaceholderPage", text)


class PlaceholderPage(Page):
    def __init__(
        self, name: str, heading: str, notice: str, subheading: str = "", parent=None
    ) -> None:
        super().__init__(name, parent)
        self.set_texts(heading, subheading)
        self.notice = QLabel(notice, self)
        self.notice.setObjectName(f"{name}.placeholder")
        self.notice.setProperty("role", "placeholder")
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)


def face_page(parent=None) -> PlaceholderPage:
    return PlaceholderPage(
        "face",
        _tr("Face photo"),
        _tr(
            "Placeholder — the face check is not part of this version. No face photo is taken "
            "and nothing is checked here. Press Continue."
        ),
        parent=parent,
    )
