"""Done: the end of the session; the photos are wiped when the wizard finishes."""

from PySide6.QtWidgets import QLabel

from capture_wizard.ui.pages.base import Page


class DonePage(Page):
    def __init__(self, parent=None) -> None:
        super().__init__("done", parent)
        self.set_texts(self.tr("Thank you"), self.tr("You have completed all the steps."))
        self.notice = QLabel(
            self.tr(
                "Placeholder — this version does not send your photos anywhere (the submit "
                "step is not built yet). When you press Finish, they are wiped from this "
                "computer's memory."
            ),
            self,
        )
        self.notice.setObjectName("done.placeholder")
        self.notice.setProperty("role", "placeholder")
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
