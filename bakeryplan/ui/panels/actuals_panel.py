"""Actuals: pick a measure and type what happened, keyboard first.

Type in the last (empty) row: a date (or keep today), Tab, a value, Enter adds the actual;
Tab after the value goes on to the note, and Enter there adds the actual with its note.
Editing a cell is one undoable edit; Delete removes the selected rows (undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Measure
from bakeryplan.editing import commands
from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.models import DATE, NOTE, ActualsModel
from bakeryplan.ui.panels import (
    compact_rows,
    format_amount,
    format_day,
    make_button,
    plain_label,
)
from bakeryplan.ui.widgets.counting_fields import counting_label
from bakeryplan.ui.widgets.fit import fit_combo
from bakeryplan.ui.widgets.problem_label import ProblemLabel


class TabAwareDelegate(QStyledItemDelegate):
    """Tells the model when a cell is committed by Tab: a value then waits for its note."""

    def __init__(self, model: ActualsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        tab = (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        )
        if tab:
            self._model.moving_on = True
            try:
                return super().eventFilter(editor, event)
            finally:
                self._model.moving_on = False
        return super().eventFilter(editor, event)


class ActualsPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._refresh_scheduled = False

        self.measure_combo = QComboBox(self)
        self.measure_combo.setAccessibleName(translate("ActualsPanel", "Measure"))
        fit_combo(self.measure_combo, 36)  # a long name is cut, never widens the window
        self.measure_combo.currentIndexChanged.connect(self._measure_picked)
        picker_label = QLabel(translate("ActualsPanel", "&Measure:"), self)
        picker_label.setBuddy(self.measure_combo)
        self.summary = plain_label("", self, wrap=True)
        self.problem = ProblemLabel(self, keep_space=True)
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.setInterval(6000)
        self._problem_timer.timeout.connect(self.problem.clear)

        self.model = ActualsModel(document, self)
        self.model.problem.connect(self._show_problem)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(TabAwareDelegate(self.model, self.table))
        self.table.setAccessibleName(translate("ActualsPanel", "Recorded actuals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(True)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)

        self.import_button = make_button(translate("ActualsPanel", "&Import…"), self)
        self.import_button.clicked.connect(self.import_csv)
        self.delete_button = make_button(translate("ActualsPanel", "&Delete selected"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.measure_combo, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        self.hint = plain_label("", self, wrap=True)
        # The hint colour (4.5:1 or better), not the disabled grey that read 1.6:1.
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)

        self._pending_refresh: set[str] = set()
        document.plan_changed.connect(self._plan_changed)
        document.selection_requested.connect(self._selection_requested)
        self.refresh()
        from bakeryplan.ui.panels.empty_states import actuals_cover  # while no measure

        self.empty_state = actuals_cover(self, self.table)

    # --- showing -------------------------------------------------------------------------

    def current_measure_id(self) -> int | None:
        data = self.measure_combo.currentData()
        return int(data) if data is not None else None

    def set_measure(self, measure_id: int) -> None:
        index = self.measure_combo.findData(measure_id)
        if index >= 0:
            self.measure_combo.setCurrentIndex(index)

    def _plan_changed(self, notice: ChangeNotice) -> None:
        """The measure shown changed, or the business (formats): all again; other measures or
        goals: the picker's names; entries of the measure shown: only their rows."""
        shown = self.model.measure.id if self.model.measure is not None else None
        measures = notice.ids_of(ChangeKind.MEASURE)
        if notice.touches(ChangeKind.BUSINESS) or shown in measures or (shown is None and measures):
            self._schedule_refresh("whole")
            return
        if notice.touches(ChangeKind.MEASURE, ChangeKind.GOAL):
            self._schedule_refresh("picker")
        entries = notice.ids_of(ChangeKind.ACTUAL)
        if entries and shown in self.document.measures_of_actuals(entries):
            self._schedule_refresh("entries")

    def _schedule_refresh(self, what: str) -> None:
        # A cell edit reloads the plan from inside the view's commit; update afterwards.
        self._pending_refresh.add(what)
        if not self._refresh_scheduled:
            self._refresh_scheduled = True
            QTimer.singleShot(0, self._scheduled_refresh)

    def _scheduled_refresh(self) -> None:
        pending, self._pending_refresh = self._pending_refresh, set()
        if "whole" in pending:
            self.refresh()
            return
        self._refresh_scheduled = False
        if "picker" in pending:
            self._fill_picker()
            shown = self.model.measure.id if self.model.measure is not None else None
            if self.current_measure_id() != shown:  # the one shown is gone
                self._show_measure()
                return
        if "entries" in pending:
            self.model.update_entries()
            self._show_entries()

    def _fill_picker(self) -> None:
        """Every measure under its goal's title, the one shown kept; untouched when the same."""
        plan = self.document.plan
        items = [
            (f"{goal.title} \u203a {measure.name}", measure.id)
            for goal in plan.goals
            for measure in plan.measures_of(goal.id)
        ]
        combo = self.measure_combo
        if items == [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]:
            return
        keep = self.current_measure_id()
        combo.blockSignals(True)
        combo.clear()
        for text, measure_id in items:
            combo.addItem(text, measure_id)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._refresh_scheduled = False
        self._fill_picker()
        if self.document.read_only:
            self.hint.setText(
                translate("ActualsPanel", "This plan is open read-only: entries can be read here.")
            )
        else:
            self.hint.setText(
                translate(
                    "ActualsPanel",
                    "Type in the last row: a date (like {example}), Tab, a value, then Enter, "
                    "or Tab, a note and Enter. Delete removes the selected rows. Every change "
                    "can be undone.",
                ).format(example=self.model.date_examples())
            )
        self._show_measure()

    def _measure_picked(self) -> None:
        self._show_measure()
        self.focus_new_row()

    def _show_measure(self) -> None:
        current = self.table.currentIndex()
        self.model.set_measure(self.current_measure_id())
        self._show_entries(current)

    def _show_entries(self, current: QModelIndex | None = None) -> None:
        """The summary, the buttons and the cursor for the entries the model holds."""
        current = self.table.currentIndex() if current is None else current
        measure = self.model.measure
        self.summary.setText(
            self._summary(measure) if measure else translate("ActualsPanel", "No measure yet.")
        )
        writable = not self.document.read_only
        if not writable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_button.setEnabled(writable and measure is not None)
        self.delete_button.setEnabled(writable and measure is not None)
        if self.model.added_from_new_row:
            self.model.added_from_new_row = False
            index = self.model.index(self.model.new_row, DATE)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        elif current.isValid():
            row = min(current.row(), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(max(row, 0), current.column()))
        else:
            self.table.scrollToBottom()

    def _summary(self, measure: Measure) -> str:
        business = self.document.plan.business
        target = format_amount(measure.target, measure.unit, business)
        by = format_day(measure.target_date, business)
        count = len(self.model.actuals)
        counted = counting_label(measure.counting, measure.period)
        # (lupdate misses a counted text with a comma after its count)
        # fmt: off
        return translate(
            "ActualsPanel",
            "Target {target} by {by}, counted as {counted}. %n value(s) recorded.",
            None,
            PLURAL,
            count
        ).format(target=target, by=by, counted=counted)
        # fmt: on

    def focus_new_row(self) -> None:
        """The cursor on the empty row's date, where the hint says typing starts."""
        if self.model.measure is not None:
            index = self.model.index(self.model.new_row, DATE)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            if self.isVisible():  # a deferred call must not take the keys from another tab
                self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to this tab puts the cursor in the empty row, ready to type."""
        super().showEvent(event)
        if not self.table.currentIndex().isValid():
            QTimer.singleShot(0, self.focus_new_row)

    def _show_problem(self, text: str, row: int, column: int) -> None:
        """Say what was wrong and put the cursor back on the cell, still in view."""
        self.problem.show_problem(text)
        self._problem_timer.start()
        # After the view has moved on (Tab or Enter still close the editor) and the layout
        # has settled (a longer message may take a second line).
        QTimer.singleShot(0, lambda: self._correct_again(row, column))

    def _correct_again(self, row: int, column: int) -> None:
        """Reopen the refused cell with the refused text, so nothing is saved without it.

        Moving on would keep today's date for a mistyped one, or drop a mistyped value. Only
        while the typist is still in the grid (Tab, Enter): one who went to another tab or
        control is never pulled back (the refusal message stays to say what was dropped).
        Only on the typist's row, too: a stale editor of another row, committed as the
        cursor moves, must not pull it there (two such cells reopened each other forever).
        """
        index = self.model.index(row, column)
        focus = QApplication.focusWidget()
        left = focus is not None and focus is not self.table and not self.table.isAncestorOf(focus)
        elsewhere = self.table.currentIndex().isValid() and self.table.currentIndex().row() != row
        if not index.isValid() or not self.isVisible() or left or elsewhere:
            return
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)
        editor = self.table.focusWidget()  # the delegate's editor, just opened
        if isinstance(editor, QLineEdit) and self.model.rejected_text:
            editor.setText(self.model.rejected_text)
            editor.selectAll()

    def _selection_requested(self, kind: str, item_id: int) -> None:
        if kind in ("measure", "actuals"):  # "actuals": the home page's entries
            self.set_measure(item_id)

    # --- editing -------------------------------------------------------------------------

    def selected_actual_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        ids = []
        for row in sorted(rows):
            actual = self.model.actual_at(row)
            if actual is not None:
                ids.append(actual.id)
        return ids

    def delete_selected(self) -> None:
        ids = self.selected_actual_ids()
        if not ids:
            return
        first_row = min(r for r in (self.model.row_of(i) for i in ids) if r is not None)
        if self.document.push(commands.delete_actuals(self.document, ids)):
            QTimer.singleShot(0, lambda: self._put_cursor(first_row))

    def _put_cursor(self, row: int) -> None:
        row = min(row, self.model.rowCount() - 1)
        index = self.model.index(max(row, 0), DATE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def import_csv(self) -> None:
        """The import assistant, with this tab's measure chosen."""
        from bakeryplan.ui.wizards.import_wizard import run_import_wizard

        run_import_wizard(self, self.document, self.current_measure_id())
