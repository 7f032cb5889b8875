"""Done: the reference number, and whether the verification was sent or will be."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel

from capture_wizard.core.package.submit import Delivery
from capture_wizard.ui.pages.base import Page

_STATUS = {
    Delivery.SENT: QT_TRANSLATE_NOOP(
        "DonePage", "Your verification has been sent. We will let you know the result."
    ),
    Delivery.HANDED: QT_TRANSLATE_NOOP(
        "DonePage", "Your verification has been passed on. We will let you know the result."
    ),
    Delivery.QUEUED: (
        QT_TRANSLATE_NOOP(
            "DonePage",
            "Your verification is saved securely on this computer. It could not be sent just now "
            "and will be sent automatically — you do not need to do anything.",
        )
    ),
    Delivery.KEPT: (
        QT_TRANSLATE_NOOP(
            "DonePage",
            "Your verification is saved securely on this computer and will be passed on to our "
            "team — you do not need to do anything.",
        )
    ),
    Delivery.REFUSED: (
        QT_TRANSLATE_NOOP(
            "DonePage",
            "Your verification is saved, but our server did not accept it. Please show this "
            "reference number to a member of staff.",
        )
    ),
}


class DonePage(Page):
    scrolls = True

    def __init__(self, context, parent=None) -> None:
        super().__init__("done", context, parent)
        self.set_texts(self.tr("Thank you"), self.tr("You have completed all the steps."))
        caption = QLabel(self.tr("Your reference number"))
        caption.setProperty("role", "section")
        self.reference = QLabel()
        self.reference.setObjectName("done.reference")
        self.reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Arabic: CW-… stays
        self.reference.setProperty("role", "reference")  # large, in the accent (theme.py)
        self.status = QLabel()
        self.status.setObjectName("done.status")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "status")  # larger than the body (theme.py)
        self.privacy = QLabel()
        self.privacy.setObjectName("done.privacy")
        self.privacy.setProperty("role", "muted")
        self.privacy.setWordWrap(True)
        for widget in (caption, self.reference, self.status, self.privacy):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def activate(self) -> None:
        submission = self.context.submission
        if submission is None:  # not reachable through the wizard; say so rather than lie
            self.reference.setText("—")
            self.status.setText(self.tr("Nothing was submitted."))
            return
        self.reference.setText(submission.reference)
        self.status.setText(self.tr(_STATUS[submission.delivery]))
        privacy = self.tr("Your photos have been removed from this computer's memory.")
        if not submission.encrypted:
            privacy += " " + self.tr("Development mode: the package was saved without encryption.")
        self.privacy.setText(privacy)
