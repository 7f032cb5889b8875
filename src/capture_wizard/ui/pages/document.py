"""Country and document: a searchable list of every country, then the document types accepted
for it (with their sides); refused types stay visible, greyed, with the reason."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
)

from capture_wizard.core.catalogue import DocumentOption
from capture_wizard.ui import texts
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.theme import REFUSED_INK
from capture_wizard.ui.widgets.choice_list import ChoiceList
from capture_wizard.ui.widgets.whole_text_label import WholeTextLabel

CODE_ROLE = Qt.ItemDataRole.UserRole


class DocumentPage(Page):
    scrolls = True
    scrolls_rarely = True

    def __init__(self, context, parent=None) -> None:
        super().__init__("document", context, parent)
        self._options: list[DocumentOption] = []
        self.set_texts(
            self.tr("Which document will you use?"),
            self.tr("Choose the country that issued it, then the type of document."),
        )
        columns = QHBoxLayout()
        columns.setSpacing(32)
        self.body.addLayout(columns, 1)

        left = QVBoxLayout()
        left.setSpacing(10)
        label = QLabel(self.tr("Issuing country"))
        label.setProperty("role", "section")
        left.addWidget(label)
        self.search = QLineEdit(self)
        self.search.setObjectName("country.search")
        self.search.setPlaceholderText(self.tr("Type to search, e.g. Germany"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search for the issuing country"))
        left.addWidget(self.search)
        self.countries = ChoiceList(self)
        self.countries.setObjectName("country.list")
        self.countries.setAccessibleName(label.text())
        left.addWidget(self.countries, 1)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(10)
        label = QLabel(self.tr("Document type"))
        label.setProperty("role", "section")
        right.addWidget(label)
        self.types = ChoiceList(self)
        self.types.setObjectName("document.list")
        self.types.setAccessibleName(label.text())
        right.addWidget(self.types, 1)
        self.reason = WholeTextLabel(self)  # the page scrolls rather than cut it
        self.reason.setObjectName("document.reason")
        self.reason.setProperty("role", "error")
        self.reason.hide()
        right.addWidget(self.reason)
        columns.addLayout(right, 1)

        self.search.textChanged.connect(self._fill_countries)
        # The choice is the highlighted item, not Qt's current one (see ChoiceList)
        self.countries.itemSelectionChanged.connect(self._country_changed)
        self.types.itemSelectionChanged.connect(self._type_changed)
        self.types.itemClicked.connect(self._type_clicked)
        self._fill_countries("")
        self._show_types(None)

    # --- what QA scripts and the wizard read -------------------------------------------
    @property
    def country_code(self) -> str | None:
        item = self.countries.chosen()
        return item.data(CODE_ROLE) if item else None

    @property
    def option(self) -> DocumentOption | None:
        item = self.types.chosen()
        row = self.types.row(item) if item else -1
        return self._options[row] if 0 <= row < len(self._options) else None

    def select(self, country_code: str, document_key: str | None = None) -> None:
        """Select by code (for tests and QA scripts)."""
        self.search.clear()
        for row in range(self.countries.count()):
            if self.countries.item(row).data(CODE_ROLE) == country_code:
                self.countries.setCurrentRow(row)
                break
        if document_key is not None:
            for row, option in enumerate(self._options):
                if option.key == document_key:
                    self.types.setCurrentRow(row)

    def isComplete(self) -> bool:
        return self.country_code is not None and bool(self.option and self.option.accepted)

    def validatePage(self) -> bool:
        self.context.session.choose(self.country_code, self.option)
        return True

    def reset(self) -> None:
        self.search.clear()
        self.countries.setCurrentRow(-1)
        self.countries.clearSelection()
        self.countries.scrollToTop()

    # --- behaviour ---------------------------------------------------------------------------
    def _fill_countries(self, text: str) -> None:
        current = self.country_code
        self.countries.blockSignals(True)
        self.countries.clear()
        for country in self.context.catalogue.search(text):
            item = QListWidgetItem(country.name)
            item.setData(CODE_ROLE, country.code)
            self.countries.addItem(item)
            if country.code == current:
                self.countries.setCurrentItem(item)
        self.countries.blockSignals(False)
        if self.countries.currentItem() is None and text and self.countries.count():
            self.countries.setCurrentRow(0)

    def _country_changed(self) -> None:
        self._show_types(self.country_code)

    def _show_types(self, code: str | None) -> None:
        self.types.clear()
        self._options = self.context.catalogue.options(code) if code else []
        self.types.setEnabled(bool(code))
        if not code:
            placeholder = QListWidgetItem(self.tr("Choose a country first"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.types.addItem(placeholder)
        for option in self._options:
            label = texts.catalogue_text(option.label)
            if option.accepted:
                sides = self.tr("front and back") if option.two_sided else self.tr("one side")
                item = QListWidgetItem(f"{label}\n    {sides}")
            else:
                refused = self.tr("not accepted")
                item = QListWidgetItem(f"{label}\n    {refused}")
                item.setForeground(QColor(REFUSED_INK))
            self.types.addItem(item)
        if (
            self._options
            and self._options[0].accepted
            and len([o for o in self._options if o.accepted]) == 1
        ):
            self.types.setCurrentRow(0)  # only a passport is accepted: preselect it
        self._type_changed()

    def _type_clicked(self, _item) -> None:
        """Clicking an accepted type chooses it and moves on (the keyboard only selects)."""
        if self.isComplete():
            self.wizard().next()

    def _type_changed(self, *_args) -> None:
        option = self.option
        refused = option is not None and not option.accepted
        self.reason.setText(texts.catalogue_text(option.reason) if refused else "")
        self.reason.setVisible(refused)
        self.completeChanged.emit()
