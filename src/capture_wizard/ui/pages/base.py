"""What every page shares: a large heading, a subheading and generous margins, the wizard's
context (session, settings, services), and a way to say it is done. A page never imports the
wizard: it reads the context, moves with QWizard's own next/back/reject, and tells the wizard
the rest through signals."""

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.widgets.page_scroll import RING, PageScroll

log = logging.getLogger(__name__)


PAGE_MARGINS = (40, 28, 12)
"""A page's margins (px): each side, the top, the bottom."""


class Page(QWizardPage):
    own_buttons = False
    """True when the page shows Back and Cancel in its own row of buttons (capture pages)."""
    shows_brand = False
    """True when the page shows the organisation's logo and name (branding settings) on top."""
    scrolls = False
    """True when the page's content scrolls on a small screen (a 1024x600 kiosk) instead of
    being squeezed; the wizard's buttons (or the page's own row, added below the scroll area)
    stay in view."""
    scrolls_rarely = False
    """True when the page's content fits but for large text on a small screen (a long German
    text at 1024x600): its scroll area is a Tab stop only while there is something to scroll."""
    done = Signal()
    """The page's work is done (a photo kept, the phone finished): move on, or back to the
    review after a retake."""

    def __init__(self, name: str, context: WizardContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page.{name}")
        outer = QVBoxLayout(self._scroll_area(name) if self.scrolls else self)
        inset = RING if self.scrolls else 0  # the scroll area's room for its focus ring
        side, top, bottom = PAGE_MARGINS
        outer.setContentsMargins(side - inset, top - inset, side - inset, bottom - inset)
        outer.setSpacing(14)
        if self.shows_brand:
            self._add_brand(outer)
        self.step = QLabel(self)
        self.step.setObjectName("page.step")
        self.step.setProperty("role", "muted")
        self.step.hide()
        outer.addWidget(self.step)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("subheading")
        self.subheading.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer.addLayout(self.body, 1)

    def _add_brand(self, outer: QVBoxLayout) -> None:
        """The organisation's logo and name, when the settings give them."""
        branding = self.context.settings.branding
        logo = QPixmap(branding.logo) if branding.logo else QPixmap()
        if branding.logo and logo.isNull():
            log.warning("branding.logo %s cannot be read as an image; no logo shown", branding.logo)
        if logo.isNull() and not branding.organisation:
            return
        row = QHBoxLayout()
        row.setSpacing(14)
        if not logo.isNull():
            image = QLabel(self)
            image.setObjectName("brand.logo")
            image.setPixmap(logo.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
            image.setAccessibleName(branding.organisation or Path(branding.logo).stem)
            row.addWidget(image)
        if branding.organisation:
            name = QLabel(branding.organisation, self)
            name.setObjectName("brand.name")
            name.setProperty("role", "brand")
            row.addWidget(name)
        row.addStretch(1)
        outer.addLayout(row)

    def _scroll_area(self, name: str) -> QWidget:
        """A frameless scroll area filling the page; returns the widget inside it."""
        content = QWidget()
        scroll = PageScroll(
            f"page.{name}.scroll", self, stop_only_when_scrolling=self.scrolls_rarely
        )
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll)
        return content

    def show_step(self, number: int, total: int) -> None:
        """ "Step 3 of 7" above the heading (0: no step, e.g. the Welcome page)."""
        number_text, total_text = QLocale().toString(number), QLocale().toString(total)
        self.step.setText(
            self.tr("Step {number} of {total}").format(number=number_text, total=total_text)
        )
        self.step.setVisible(number > 0)

    def set_texts(self, heading: str, subheading: str = "") -> None:
        self.heading.setText(heading)
        for scroll in self.findChildren(QScrollArea):  # a Tab stop: named after the page
            scroll.setAccessibleName(heading)
        self.subheading.setText(subheading)
        self.subheading.setVisible(bool(subheading))

    def activate(self) -> None:
        """Called whenever the page becomes the current one (forwards and backwards)."""

    def can_leave(self) -> bool:
        """False while the page must not be left (e.g. a package is being written)."""
        return True

    def deactivate(self) -> None:
        """Called when the page stops being the current one: release cameras and timers."""

    def reset(self) -> None:
        """Forget what the last person chose or typed here (a kiosk's start over)."""
