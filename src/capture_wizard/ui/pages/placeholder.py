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


def submit_page(parent=None) -> PlaceholderPage:
    return PlaceholderPage(
        "submit",
        _tr("Submit"),
        _tr(
            "Placeholder — sending is not part of this version. Nothing is packaged or sent; "
            "your photos are wiped when you finish."
        ),
        parent=parent,
    )


def done_page(parent=None) -> PlaceholderPage:
    """The end of the session; the photos are wiped when the wizard finishes."""
    return PlaceholderPage(
        "done",
        _tr("Thank you"),
        _tr(
            "Placeholder — this version does not send your photos anywhere (the submit "
            "step is not built yet). When you press Finish, they are wiped from this "
            "computer's memory."
        ),
        _tr("You have completed all the steps."),
        parent,
    )
