"""The import assistant's third page: the measure, what makes a day's value, which rows
count, how amounts are written, and where the note is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.domain.import_mapping import ColumnFilter, SignFilter, ValueRule
from bakeryplan.store.imports.propose import column_cells
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.fit import fit_combo
from bakeryplan.ui.wizards.import_date_page import chosen_column, fill_columns, select_column

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.import_wizard import ImportWizard

FILTER_VALUES = 300


class ValuePage(QWizardPage):
    """The measure, what makes a day's value, which rows count, and the note."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "The value"))
        self.setSubTitle(
            translate(
                "ImportWizard", "Say which measure gets the figures and what makes a day's value."
            )
        )
        self.measure_combo = QComboBox()
        fit_combo(self.measure_combo)
        self.measure_combo.setObjectName("importMeasure")
        plan = wizard.document.plan
        for goal in plan.goals:
            for measure in plan.measures_of(goal.id):
                self.measure_combo.addItem(f"{goal.title} \u203a {measure.name}", measure.id)
        self.rules = QButtonGroup(self)
        self.amount_radio = QRadioButton(translate("ImportWizard", "The &amounts in"))
        self.rows_radio = QRadioButton(translate("ImportWizard", "The number of &rows"))
        self.distinct_radio = QRadioButton(
            translate("ImportWizard", "The number of different &values in")
        )
        for number, button in enumerate((self.amount_radio, self.rows_radio, self.distinct_radio)):
            self.rules.addButton(button, number)
        self.amount_combo = QComboBox()
        self.amount_combo.setObjectName("importValueColumn")
        self.distinct_combo = QComboBox()
        self.distinct_combo.setObjectName("importDistinctColumn")
        rule_box = QGroupBox(translate("ImportWizard", "A day's value is"))
        grid = QGridLayout(rule_box)
        grid.addWidget(self.amount_radio, 0, 0)
        grid.addWidget(self.amount_combo, 0, 1)
        grid.addWidget(self.rows_radio, 1, 0)
        grid.addWidget(self.distinct_radio, 2, 0)
        grid.addWidget(self.distinct_combo, 2, 1)
        self.sign_combo = QComboBox()
        self.sign_combo.setObjectName("importSign")
        for sign, label in (
            (SignFilter.ALL, translate("ImportWizard", "All amounts")),
            (SignFilter.INCOME, translate("ImportWizard", "Only income (amounts above zero)")),
            (
                SignFilter.EXPENSES,
                translate(
                    "ImportWizard", "Only expenses (amounts below zero, counted as positive)"
                ),
            ),
        ):
            self.sign_combo.addItem(label, sign.value)
        self.mark_combo = QComboBox()
        self.mark_combo.setObjectName("importDecimalMark")
        self.mark_combo.addItem(translate("ImportWizard", "As detected"), "")
        self.mark_combo.addItem(translate("ImportWizard", "Decimal point: 1,234.56"), ".")
        self.mark_combo.addItem(translate("ImportWizard", "Decimal comma: 1.234,56"), ",")
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("importFilterColumn")
        self.filter_values = QListWidget()
        self.filter_values.setObjectName("importFilterValues")
        self.filter_values.setAccessibleName(
            translate("ImportWizard", "Only rows with these values")
        )
        self.note_combo = QComboBox()
        self.note_combo.setObjectName("importNoteColumn")
        form = QFormLayout()
        form.addRow(translate("ImportWizard", "&Measure:"), self.measure_combo)
        form.addRow(rule_box)
        form.addRow(translate("ImportWizard", "&Which amounts:"), self.sign_combo)
        form.addRow(translate("ImportWizard", "Amounts are &written with:"), self.mark_combo)
        form.addRow(translate("ImportWizard", "Only rows where:"), self.filter_combo)
        form.addRow(translate("ImportWizard", "is one of:"), self.filter_values)
        form.addRow(translate("ImportWizard", "&Note from:"), self.note_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for combo in (self.distinct_combo, self.sign_combo, self.note_combo, self.mark_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.amount_combo.currentIndexChanged.connect(self._amount_column_changed)
        self.measure_combo.currentIndexChanged.connect(self._changed)
        self.rules.idToggled.connect(self._toggled)
        self.filter_combo.currentIndexChanged.connect(self._filter_column_changed)
        self.filter_values.itemChanged.connect(self._changed)
        self._filling = False

    def initializePage(self) -> None:
        wizard, mapping = self._wizard, self._wizard.mapping
        self._filling = True
        try:
            found = self.measure_combo.findData(wizard.measure_id)
            self.measure_combo.setCurrentIndex(max(found, 0))
            fill_columns(self.amount_combo, wizard)
            fill_columns(self.distinct_combo, wizard)
            fill_columns(self.filter_combo, wizard, none=translate("ImportWizard", "(all rows)"))
            fill_columns(self.note_combo, wizard, none=translate("ImportWizard", "(no note)"))
            rule_button = {
                ValueRule.AMOUNT: self.amount_radio,
                ValueRule.COUNT_ROWS: self.rows_radio,
                ValueRule.COUNT_DISTINCT: self.distinct_radio,
            }[mapping.rule]
            rule_button.setChecked(True)
            select_column(self.amount_combo, mapping.value_column)
            select_column(self.distinct_combo, mapping.value_column)
            self.sign_combo.setCurrentIndex(max(self.sign_combo.findData(mapping.sign.value), 0))
            self.mark_combo.setCurrentIndex(max(self.mark_combo.findData(mapping.decimal_mark), 0))
            select_column(self.note_combo, mapping.note_column)
            first = mapping.filters[0] if mapping.filters else None
            select_column(self.filter_combo, first.column if first else None)
            self._fill_values(first.values if first else ())
        finally:
            self._filling = False
        self._changed()

    def _amount_column_changed(self) -> None:
        """Another column may write its amounts another way: detect again."""
        if not self._filling:
            self._filling = True
            self.mark_combo.setCurrentIndex(0)
            self._filling = False
            self._changed()

    def _filter_column_changed(self) -> None:
        if not self._filling:
            self._filling = True
            try:
                self._fill_values(())
            finally:
                self._filling = False
            self._changed()

    def _fill_values(self, checked: tuple[str, ...]) -> None:
        """The filter column's different values, each with a box to tick."""
        self.filter_values.clear()
        column = chosen_column(self.filter_combo, self._wizard)
        self.filter_values.setEnabled(column is not None)
        if column is None or self._wizard.table is None:
            return
        wanted = {value.strip().casefold() for value in checked}
        cells = column_cells(self._wizard.table, column.index, len(self._wizard.table.rows))
        for value in list(dict.fromkeys(cells))[:FILTER_VALUES]:
            item = QListWidgetItem(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = value.strip().casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.filter_values.addItem(item)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:  # the button switched off reports too
            self._changed()

    def _changed(self) -> None:
        if self._filling:
            return
        wizard = self._wizard
        rule = list(ValueRule)[max(self.rules.checkedId(), 0)]
        value = None
        if rule is ValueRule.AMOUNT:
            value = chosen_column(self.amount_combo, wizard)
        elif rule is ValueRule.COUNT_DISTINCT:
            value = chosen_column(self.distinct_combo, wizard)
        self.amount_combo.setEnabled(rule is ValueRule.AMOUNT)
        self.sign_combo.setEnabled(rule is ValueRule.AMOUNT)
        self.mark_combo.setEnabled(rule is ValueRule.AMOUNT)
        self.distinct_combo.setEnabled(rule is ValueRule.COUNT_DISTINCT)
        filters: tuple[ColumnFilter, ...] = ()
        column = chosen_column(self.filter_combo, wizard)
        ticked = tuple(
            self.filter_values.item(i).text()
            for i in range(self.filter_values.count())
            if self.filter_values.item(i).checkState() == Qt.CheckState.Checked
        )
        if column is not None and ticked:
            filters = (ColumnFilter(column, ticked),)
        sign = SignFilter(self.sign_combo.currentData() or SignFilter.ALL.value)
        measure_id = self.measure_combo.currentData()
        wizard.measure_id = int(measure_id) if measure_id is not None else None
        wizard.change_mapping(
            rule=rule,
            value_column=value,
            filters=filters,
            sign=sign if rule is ValueRule.AMOUNT else SignFilter.ALL,
            note_column=chosen_column(self.note_combo, wizard),
            decimal_mark=self.mark_combo.currentData() or "",
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self._wizard.mapping
        has_value = mapping.rule is ValueRule.COUNT_ROWS or mapping.value_column is not None
        return self._wizard.measure_id is not None and has_value
