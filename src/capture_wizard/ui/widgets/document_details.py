"""The details read from a document's machine-readable zone, shown for the person to check
(on the capture's confirmation and on the review). Only a zone whose every check digit is right
is shown: a misread one would show someone else's details."""

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr.mrz_read import MrzResult
from capture_wizard.core.ocr.mrz_verdict import ALIASES
from capture_wizard.core.text_size import rows_that_fit
from capture_wizard.ui.theme import DANGER, INK

FIELDS = ("surname", "given_names", "number", "nationality", "birth", "expiry")
"""The rows shown, in order (keys of MrzResult.fields); each value label is named
`<name>.<field>`."""


class DocumentDetails(QFrame):
    """`columns` label-value pairs across at most: fewer when they do not fit (large text)."""

    def __init__(self, name: str, columns: int = 1, parent=None) -> None:
        super().__init__(parent)
        self._columns, self._most_columns = 0, columns
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setProperty("details", True)  # smaller text: six rows beside a photo at 1024x600
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        title = QLabel(self.tr("Check the details read from your document"))
        title.setObjectName(f"{name}.title")
        title.setProperty("role", "details-title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self._grid = QGridLayout()  # label and value side by side: a row each, `columns` across
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        layout.addLayout(self._grid)
        labels = {
            "surname": self.tr("Surname"),
            "given_names": self.tr("Given names"),
            "number": self.tr("Document number"),
            "nationality": self.tr("Nationality"),
            "birth": self.tr("Date of birth"),
            "expiry": self.tr("Date of expiry"),
        }
        self.values: dict[str, QLabel] = {}
        self._pairs: list[tuple[QLabel, QLabel]] = []
        for key in FIELDS:
            label = QLabel(labels[key])
            label.setProperty("role", "muted")
            value = QLabel()
            value.setObjectName(f"{name}.{key}")
            value.setWordWrap(key in ("surname", "given_names"))  # names may be long
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._pairs.append((label, value))
            self.values[key] = value
        self._arrange(columns)
        self.hide()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one pair a row (`resizeEvent` puts more across when they fit)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._pair_width(QLabel.minimumSizeHint)), hint.height())

    def sizeHint(self) -> QSize:
        """As wide as the widest pair whole (beside a photo): the title wraps to it."""
        return QSize(self._pair_width(QLabel.sizeHint), super().sizeHint().height())

    def _pair_width(self, hint) -> int:
        """One pair a row: the widest label beside the widest value, by `hint`."""
        spacing, margins = self._grid.horizontalSpacing(), self.layout().contentsMargins()
        label = max(hint(a).width() for a, _ in self._pairs)
        value = max(hint(b).width() for _, b in self._pairs)
        return label + spacing + value + margins.left() + margins.right()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        spacing = self._grid.horizontalSpacing()
        widths = [a.sizeHint().width() + spacing + b.sizeHint().width() for a, b in self._pairs]
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        fit = rows_that_fit(widths, spacing, room)[0]
        self._arrange(min(self._most_columns, fit))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        for label, value in self._pairs:
            self._grid.removeWidget(label)
            self._grid.removeWidget(value)
        for column in range(2 * max(columns, self._columns)):
            self._grid.setColumnStretch(column, 0)
        for i, (label, value) in enumerate(self._pairs):
            row, column = i // columns, 2 * (i % columns)
            self._grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(value, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self._grid.setColumnStretch(column + 1, 1)
        self._columns = columns

    def show_result(self, mrz: MrzResult | None, catalogue: Catalogue) -> None:
        """Fill in and show a valid zone's details; hide for anything else."""
        valid = mrz is not None and mrz.valid
        self.setVisible(valid)
        if not valid:
            for value in self.values.values():
                value.clear()
            return
        fields = mrz.fields
        expired = IssueCode.EXPIRED in mrz.issues
        texts = {
            "surname": fields["surname"] or "–",
            "given_names": fields["given_names"] or "–",
            "number": fields["number"],
            "nationality": _state_name(fields["nationality"], catalogue),
            "birth": _date_text(fields.get("birth")),
            "expiry": _date_text(fields.get("expiry"), none=self.tr("No expiry date")),
        }
        if expired:
            texts["expiry"] = self.tr("{date} — expired").format(date=texts["expiry"])
        self.values["expiry"].setWordWrap(expired)  # one line, unless it says so
        for key, value in self.values.items():
            value.setText(texts[key])
            danger = key == "expiry" and expired
            value.setStyleSheet(f"font-weight: 700; color: {DANGER if danger else INK};")


def _date_text(iso: str | None, none: str = "–") -> str:
    """A date as words (14 March 1985) in the person's language: no day/month mix-up."""
    if not iso:
        return none
    # QLocale's pattern letters, translated: "d. MMMM yyyy" in German, "d 'de' MMMM…" in Spanish.
    pattern = QCoreApplication.translate("DocumentDetails", "d MMMM yyyy")
    return QLocale().toString(QDate.fromString(iso, Qt.DateFormat.ISODate), pattern)


def _state_name(code: str, catalogue: Catalogue) -> str:
    """The country's name for an MRZ state code (D is Germany); the code itself when it names
    no country (UTO, the specimens' Utopia; organisations)."""
    code = code.rstrip("<")
    try:
        return catalogue.country(ALIASES.get(code, code)).name
    except KeyError:
        return code
