"""The import assistant's last page: the result per day, before anything is written.

Days with their values and rows, every skipped line with its reason, rows the filters left
out, and the days the same source brought in before. "Save as recipe" names the mapping
so the next file of this kind is one click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import compact_rows, format_amount, format_day
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.labels import plain_label

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.import_wizard import ImportWizard

SHOWN_SKIPS = 2000


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    compact_rows(table)
    return table


class ResultPage(QWizardPage):
    """What Finish will write, and what it leaves out and why."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "The result"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Check the figures. Finish adds them to the plan; Undo takes them out.",
            )
        )
        self.summary = plain_label("")
        self.summary.setObjectName("importSummary")
        self.days = _table(
            "importDays",
            [
                translate("ImportWizard", "Day"),
                translate("ImportWizard", "Value"),
                translate("ImportWizard", "Rows"),
            ],
        )
        self.days.horizontalHeader().setStretchLastSection(False)
        self.skipped = _table(
            "importSkipped",
            [translate("ImportWizard", "Line"), translate("ImportWizard", "Skipped because")],
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.days)
        split.addWidget(self.skipped)
        self.save_check = QCheckBox(translate("ImportWizard", "&Save as a recipe named"))
        self.save_check.setObjectName("importSaveRecipe")
        self.recipe_name = QLineEdit()
        self.recipe_name.setObjectName("importRecipeName")
        self.recipe_name.setAccessibleName(translate("ImportWizard", "Recipe name"))
        self.recipe_name.setPlaceholderText(
            translate("ImportWizard", 'e.g. "Till, daily sales" or "Bank account"')
        )
        self.save_check.toggled.connect(self.completeChanged)
        self.recipe_name.textChanged.connect(self._name_typed)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_check)
        save_row.addWidget(self.recipe_name, 1)
        self.problem = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.problem)

    def _name_typed(self, text: str) -> None:
        if text.strip() and not self.save_check.isChecked():
            self.save_check.setChecked(True)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        wizard = self._wizard
        self.problem.clear()
        recipe = wizard.recipe
        self.recipe_name.setText(recipe.name if recipe is not None else "")
        self.save_check.setChecked(False)
        preview = wizard.compute_preview()
        self.days.setRowCount(0)
        self.skipped.setRowCount(0)
        if preview is None:
            self.summary.setText("")
            self.problem.show_problem(wizard.preview_problem)
            self.completeChanged.emit()
            return
        business = wizard.document.plan.business
        measure = wizard.document.plan.measure(wizard.measure_id)
        unit = measure.unit if measure is not None else ""
        self.days.setRowCount(len(preview.days))
        for row, day in enumerate(preview.days):
            self.days.setItem(row, 0, _item(format_day(day.on, business)))
            self.days.setItem(row, 1, _item(format_amount(day.value, unit, business), right=True))
            self.days.setItem(row, 2, _item(f"{day.rows:,}", right=True))
        shown = preview.skipped[:SHOWN_SKIPS]
        self.skipped.setRowCount(len(shown))
        for row, skip in enumerate(shown):
            self.skipped.setItem(row, 0, _item(str(skip.line), right=True))
            self.skipped.setItem(row, 1, _item(skip.reason))
        self.days.resizeColumnsToContents()
        self.skipped.resizeColumnToContents(0)
        self.summary.setText(wizard.summary_text(preview))
        if not preview.days:
            self.problem.show_problem(
                translate("ImportWizard", "No day's figure could be read with these settings.")
            )
        self.completeChanged.emit()

    def recipe_to_save(self) -> str | None:
        name = self.recipe_name.text().strip()
        return name if self.save_check.isChecked() and name else None

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if preview is None or not preview.days:
            return False
        return not self.save_check.isChecked() or bool(self.recipe_name.text().strip())
