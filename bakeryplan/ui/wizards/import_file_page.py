"""The import assistant's first page: the file, and how it is read.

The owner sees the first rows as read, with the encoding, delimiter, header line and any
preamble that were detected, and can change each. A file that is a report, not data, is
refused here in one sentence; a file whose header matches a saved recipe offers it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.store.imports.table import DELIMITERS
from bakeryplan.store.imports.text import ENCODINGS
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import compact_rows
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.labels import plain_label

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.import_wizard import ImportWizard

PREVIEW_COLUMNS = 12


class PathEdit(QLineEdit):
    """Enter reads the typed file and stays on the page, so its first rows can be checked
    (in a wizard Enter would otherwise press Next at once)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class FilePage(QWizardPage):
    """Choose the file; check and change how it is read, looking at its first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._filling = False
        self.setTitle(translate("ImportWizard", "The file"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Choose the export from your till, card terminal, bank, web shop or accounts.",
            )
        )
        self.path_edit = PathEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(translate("ImportWizard", "File"))
        self.path_edit.setPlaceholderText(
            translate("ImportWizard", "The CSV or text file to import")
        )
        self.path_edit.editingFinished.connect(self._path_typed)
        self.choose_button = QPushButton(translate("ImportWizard", "&Choose…"))
        self.choose_button.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.addItem(translate("ImportWizard", "As detected"), "")
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("importDelimiter")
        self.delimiter_combo.addItem(translate("ImportWizard", "As detected"), "")
        for mark in DELIMITERS:
            self.delimiter_combo.addItem(delimiter_label(mark), mark)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderLine")
        self.header_spin.setRange(0, 100_000)
        self.header_spin.setSpecialValueText(translate("ImportWizard", "no header"))
        self.header_spin.setPrefix(translate("ImportWizard", "line "))
        for widget in (self.encoding_combo, self.delimiter_combo):
            widget.currentIndexChanged.connect(self._reread)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self._header_touched = False
        self.detected = plain_label("")
        self.detected.setObjectName("importDetected")
        self.preamble = plain_label("")
        self.preamble.setObjectName("importPreamble")
        self.recipe_check = QCheckBox()
        self.recipe_check.setObjectName("importUseRecipe")
        self.recipe_check.hide()
        self.recipe_check.toggled.connect(self._wizard.use_recipe)

        form = QFormLayout()
        file_label = QLabel(translate("ImportWizard", "&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(translate("ImportWizard", "&Encoding:"), self.encoding_combo)
        form.addRow(translate("ImportWizard", "&Delimiter:"), self.delimiter_combo)
        form.addRow(translate("ImportWizard", "&Header:"), self.header_spin)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(translate("ImportWizard", "The first rows as read"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        compact_rows(self.preview)
        self.problem = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.preamble)
        layout.addWidget(self.recipe_check)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)

    def _choose(self) -> None:
        path = dialogs.ask_open_file(
            self,
            translate("ImportWizard", "Import actuals"),
            translate("ImportWizard", "CSV and text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path is not None:
            self.path_edit.setText(str(path))
            self._path_typed()

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if text and text != self._wizard.path_text:
            self._filling = True  # a new file is read as detected, whatever the last one was
            self.encoding_combo.setCurrentIndex(0)
            self.delimiter_combo.setCurrentIndex(0)
            self._header_touched = False
            self._filling = False
            self._wizard.load_file(text)
            self.show_table()

    def _header_chosen(self) -> None:
        if not self._filling:
            self._header_touched = True
            self._reread()

    def _reread(self) -> None:
        if self._filling:
            return
        self._wizard.reread(
            encoding=self.encoding_combo.currentData() or "",
            delimiter=self.delimiter_combo.currentData() or "",
            header_line=self.header_spin.value() if self._header_touched else None,
        )
        self.show_table()

    def show_table(self) -> None:
        """Show what the wizard read: the detected settings, the preamble, the first rows."""
        wizard = self._wizard
        table = wizard.shown_table
        self.problem.clear()
        if wizard.refusal:
            self.problem.show_problem(wizard.refusal)
        self._filling = True
        try:
            self._show_settings()
        finally:
            self._filling = False
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.completeChanged.emit()
            return
        records = table.first_records
        columns = min(max((len(cells) for _, cells in records), default=0), PREVIEW_COLUMNS)
        self.preview.setRowCount(len(records))
        self.preview.setColumnCount(columns)
        self.preview.setHorizontalHeaderLabels([str(i + 1) for i in range(columns)])
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in records])
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for row, (line, cells) in enumerate(records):
            for column, cell in enumerate(cells[:columns]):
                item = QTableWidgetItem(cell)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if line == table.header_line:
                    item.setFont(bold)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def _show_settings(self) -> None:
        wizard = self._wizard
        table = wizard.shown_table
        if table is None:
            self.detected.setText("")
            self.preamble.setText("")
            self.recipe_check.hide()
            return
        header = (
            translate("ImportWizard", "line {line}").format(line=table.header_line)
            if table.header_line
            else translate("ImportWizard", "no header")
        )
        rows = len(table.rows)
        # (lupdate misses a counted text with a comma after its count)
        # fmt: off
        self.detected.setText(
            translate(
                "ImportWizard",
                "Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).",
                None,
                PLURAL,
                rows
            )
            .replace(str(rows), f"{rows:,}")
            .format(
                encoding=table.encoding,
                delimiter=delimiter_label(table.delimiter),
                header=header,
            )
        )
        # fmt: on

        self.header_spin.setValue(table.header_line)
        if table.preamble:
            shown = "\n".join(table.preamble[:4])
            count = len(table.preamble)
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            self.preamble.setText(
                translate(
                    "ImportWizard",
                    "Above the table (%n line(s), not imported):\n{lines}",
                    None,
                    PLURAL,
                    count
                ).format(lines=shown)
            )
            # fmt: on
        else:
            self.preamble.setText("")
        recipe = wizard.offered_recipe
        self.recipe_check.setVisible(recipe is not None)
        if recipe is not None:
            self.recipe_check.setText(
                translate(
                    "ImportWizard", 'Read it with the recipe "{name}" (this file\'s header matches)'
                ).format(
                    name=recipe.name.replace("&", "&&")  # a name's "&" is no shortcut
                )
            )
            self.recipe_check.setChecked(wizard.recipe is recipe)

    def isComplete(self) -> bool:
        return self._wizard.table is not None and not self._wizard.refusal

    def nextId(self) -> int:
        """With a recipe, Next goes straight to the result: the recipe has the answers
        (Back still shows them)."""
        wizard = self._wizard
        if wizard.recipe is not None and wizard.recipe.mapping.date_column is not None:
            return wizard.pageIds()[-1]
        return super().nextId()


def delimiter_label(mark: str) -> str:
    """A separator by its name ("semicolon"), or the character itself when it has none."""
    names = {
        ",": translate("ImportWizard", "comma"),
        ";": translate("ImportWizard", "semicolon"),
        "\t": translate("ImportWizard", "tab"),
        "|": translate("ImportWizard", "vertical bar"),
    }
    return names.get(mark, mark)
