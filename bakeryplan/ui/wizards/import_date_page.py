"""The import assistant's second page: the date column and its order, with examples.

Each choice shows what it does with the file's own cells ("31.07.2018 07:02:11 is 31 July
2018"), so the owner judges the result rather than the settings. The pages write their
choices into the wizard's one mapping (``ImportWizard.mapping``); the column helpers here
serve the value page too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.domain.import_mapping import Column, DateOrder
from bakeryplan.store.imports.cells import DayReader
from bakeryplan.store.imports.propose import column_cells
from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import format_day
from bakeryplan.ui.wizards.labels import plain_label

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.import_wizard import ImportWizard


def order_label(order: DateOrder) -> str:
    """A choice of the order of day, month and year, with an example."""
    return {
        DateOrder.DAY_FIRST: translate("ImportWizard", "&Day first (31/01/2024)"),
        DateOrder.MONTH_FIRST: translate("ImportWizard", "&Month first (01/31/2024)"),
        DateOrder.YEAR_FIRST: translate("ImportWizard", "&Year first (2024/01/31)"),
    }[order]


def fill_columns(combo: QComboBox, wizard: ImportWizard, *, none: str | None = None) -> None:
    """The file's columns by name as the combo's items, their index as data."""
    combo.blockSignals(True)
    combo.clear()
    if none is not None:
        combo.addItem(none, -1)
    if wizard.table is not None:
        for index, name in enumerate(wizard.table.column_names()):
            combo.addItem(name, index)
    combo.blockSignals(False)


def select_column(combo: QComboBox, column: Column | None) -> None:
    found = combo.findData(column.index if column is not None else -1)
    combo.setCurrentIndex(max(found, 0))


def chosen_column(combo: QComboBox, wizard: ImportWizard) -> Column | None:
    index = combo.currentData()
    if index is None or index < 0 or wizard.table is None:
        return None
    header = wizard.table.header
    return Column(int(index), header[index].strip() if index < len(header) else "")


class DatePage(QWizardPage):
    """Which column holds the day, and in which order its numbers are written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "The date"))
        self.setSubTitle(
            translate("ImportWizard", "Say which column holds the day, and how it is written.")
        )
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("importDateColumn")
        self.column_combo.currentIndexChanged.connect(self._changed)
        self.orders = QButtonGroup(self)
        order_box = QGroupBox(translate("ImportWizard", "Order of day, month and year"))
        order_layout = QVBoxLayout(order_box)
        for number, order in enumerate(DateOrder):
            button = QRadioButton(order_label(order))
            button.setObjectName(f"importOrder_{order.value}")
            self.orders.addButton(button, number)
            order_layout.addWidget(button)
        self.orders.idToggled.connect(self._toggled)
        self.examples = plain_label("")
        self.examples.setObjectName("importDateExamples")
        form = QFormLayout()
        form.addRow(translate("ImportWizard", "Date &column:"), self.column_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(order_box)
        layout.addWidget(self.examples, 1, Qt.AlignmentFlag.AlignTop)

    def initializePage(self) -> None:
        mapping = self._wizard.mapping
        fill_columns(self.column_combo, self._wizard)
        self.column_combo.blockSignals(True)
        select_column(self.column_combo, mapping.date_column)
        self.column_combo.blockSignals(False)
        self.orders.blockSignals(True)
        self.orders.button(list(DateOrder).index(mapping.date_order)).setChecked(True)
        self.orders.blockSignals(False)
        self._show_examples()

    def _toggled(self, _id: int, on: bool) -> None:
        if on:  # the button switched off reports too
            self._changed()

    def _changed(self) -> None:
        order = list(DateOrder)[max(self.orders.checkedId(), 0)]
        self._wizard.change_mapping(
            date_column=chosen_column(self.column_combo, self._wizard), date_order=order
        )
        self._show_examples()
        self.completeChanged.emit()

    def _show_examples(self) -> None:
        """A few different cells of the column, each with the day it is read as."""
        column = self._wizard.mapping.date_column
        table = self._wizard.table
        if column is None or table is None:
            self.examples.setText(
                translate("ImportWizard", "Choose the column that holds the date.")
            )
            return
        read = DayReader(self._wizard.mapping.date_order)
        cells = list(dict.fromkeys(column_cells(table, column.index, 500)))
        picked = cells[:3] + cells[-2:] if len(cells) > 5 else cells
        lines = []
        for cell in dict.fromkeys(picked):
            day = read(cell)
            business = self._wizard.document.plan.business
            said = (
                format_day(day, business, "long")
                if day
                else translate("ImportWizard", "not a date")
            )
            lines.append(f"{cell}  \u2192  {said}")
        self.examples.setText(translate("ImportWizard", "In this file:") + "\n" + "\n".join(lines))

    def isComplete(self) -> bool:
        return self._wizard.mapping.date_column is not None
