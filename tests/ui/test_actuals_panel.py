"""The actuals grid, typed into like a spreadsheet; checked against the plan file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

from bakeryplan.domain.model import ActualSource
from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui import dialogs
from bakeryplan.ui.models import DATE, EXPECTED, NOTE, VALUE, VARIANCE
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from tests.ui.conftest import plan_on_disk
from tests.ui.import_driving import finish_import

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")


@pytest.fixture
def panel(document: PlanDocument, qtbot) -> ActualsPanel:
    widget = ActualsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    with qtbot.waitActive(widget):
        widget.show()
    return widget


def _type_into(panel: ActualsPanel, qtbot, row: int, column: int, text: str) -> None:
    """Select a cell and type over it, as a person does (typing starts the editor)."""
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClicks(panel.table, text[0])
    editor = panel.table.focusWidget()
    qtbot.keyClicks(editor, text[1:])


def _enter(panel: ActualsPanel, qtbot) -> None:
    """Press Enter in the open editor and wait for the view to commit it (Qt queues that)."""
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1)


def _actuals(path: Path, measure_id: int):
    return plan_on_disk(path).actuals_of(measure_id)


def test_enter_in_last_row_adds_an_actual_today(
    panel: ActualsPanel, plan_path: Path, qtbot
) -> None:
    measure_id = panel.current_measure_id()
    count = len(_actuals(plan_path, measure_id))
    _type_into(panel, qtbot, panel.model.new_row, VALUE, "7123.5")
    _enter(panel, qtbot)
    qtbot.waitUntil(lambda: len(_actuals(plan_path, measure_id)) == count + 1)
    added = [a for a in _actuals(plan_path, measure_id) if a.value == 7123.5]
    assert added and added[0].on == date(2026, 11, 27) and added[0].source == ActualSource.TYPED
    assert panel.document.undo_stack.count() == 1


def test_date_tab_value_enter(panel: ActualsPanel, plan_path: Path, qtbot) -> None:
    measure_id = panel.current_measure_id()
    before = _actuals(plan_path, measure_id)
    assert any(a.on == date(2026, 11, 21) for a in before)  # the till's entry of that day
    _type_into(panel, qtbot, panel.model.new_row, NOTE, "Market day")
    _enter(panel, qtbot)
    _type_into(panel, qtbot, panel.model.new_row, DATE, "21/11/2026")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)  # commits, moves to Value
    qtbot.keyClicks(panel.table.focusWidget(), "6,900")
    _enter(panel, qtbot)
    qtbot.waitUntil(lambda: len(_actuals(plan_path, measure_id)) == len(before) + 1)
    (added,) = [a for a in _actuals(plan_path, measure_id) if a not in before]
    assert (added.on, added.value, added.note) == (date(2026, 11, 21), 6900.0, "Market day")
    assert set(before) <= set(_actuals(plan_path, measure_id))  # another entry that day
    # ready for the next line: the cursor is back in the empty row, on its date
    qtbot.waitUntil(lambda: panel.model.row_of(added.id) is not None)
    current = panel.table.currentIndex()
    assert (current.row(), current.column()) == (panel.model.new_row, DATE)


def test_edit_a_cell_then_undo(panel: ActualsPanel, plan_path: Path, qtbot) -> None:
    measure_id = panel.current_measure_id()
    first = _actuals(plan_path, measure_id)[0]
    _type_into(panel, qtbot, 0, VALUE, "42")
    _enter(panel, qtbot)
    qtbot.waitUntil(lambda: _actuals(plan_path, measure_id)[0].value == 42.0)
    assert _actuals(plan_path, measure_id)[0].id == first.id
    panel.document.undo_stack.undo()
    assert _actuals(plan_path, measure_id)[0] == first


def _editor_text(panel: ActualsPanel) -> str:
    editor = panel.table.focusWidget()
    return editor.text() if isinstance(editor, QLineEdit) else ""


def test_text_that_is_not_a_number_is_refused(panel: ActualsPanel, plan_path: Path, qtbot) -> None:
    before = plan_on_disk(plan_path)
    _type_into(panel, qtbot, panel.model.new_row, VALUE, "lots")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "lots" in panel.problem.text() and panel.problem.isVisible())
    qtbot.waitUntil(lambda: _editor_text(panel) == "lots")  # reopened to be corrected
    assert panel.table.currentIndex() == panel.model.index(panel.model.new_row, VALUE)
    assert plan_on_disk(plan_path) == before


def test_a_mistyped_date_stays_to_be_corrected_and_is_never_replaced_by_today(
    panel: ActualsPanel, plan_path: Path, qtbot
) -> None:
    measure_id = panel.current_measure_id()
    before = _actuals(plan_path, measure_id)
    panel.focus_new_row()  # where the panel puts the cursor: the empty row's date
    assert panel.table.currentIndex() == panel.model.index(panel.model.new_row, DATE)
    _type_into(panel, qtbot, panel.model.new_row, DATE, "31/02/2026")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "31/02/2026" in panel.problem.text())
    qtbot.waitUntil(lambda: _editor_text(panel) == "31/02/2026")
    assert panel.table.currentIndex() == panel.model.index(panel.model.new_row, DATE)
    qtbot.keyClicks(panel.table.focusWidget(), "21/02/2026")  # the text is selected: replaced
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: panel.table.currentIndex() == panel.model.index(panel.model.new_row, VALUE)
    )
    qtbot.keyClicks(panel.table.focusWidget(), "7777")  # Tab opened the value's editor
    _enter(panel, qtbot)
    qtbot.waitUntil(lambda: len(_actuals(plan_path, measure_id)) == len(before) + 1)
    added = [a for a in _actuals(plan_path, measure_id) if a not in before]
    assert [(a.on, a.value) for a in added] == [(date(2026, 2, 21), 7777.0)]


def test_delete_key_removes_selected_rows_with_undo(
    panel: ActualsPanel, plan_path: Path, qtbot
) -> None:
    measure_id = panel.current_measure_id()
    before = _actuals(plan_path, measure_id)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _actuals(plan_path, measure_id) == before[1:]
    panel.document.undo_stack.undo()
    assert _actuals(plan_path, measure_id) == before


def test_planned_and_difference_columns(panel: ActualsPanel) -> None:
    """A weekly total's plan is the week's: shown on the week's last entry, not on each day."""
    first = panel.model.actuals[0]
    week_end = next(row for row in range(panel.model.new_row) if panel.model.period_at(row))
    assert week_end > 0  # the first week has several daily entries
    for row in range(week_end):
        assert panel.model.index(row, EXPECTED).data() == ""
        assert panel.model.index(row, VARIANCE).data() == ""
    planned = panel.model.index(week_end, EXPECTED).data()
    difference = panel.model.index(week_end, VARIANCE).data()
    assert planned and difference
    assert ("ahead" in difference) or ("short" in difference)
    assert panel.model.index(0, VALUE).data(Qt.ItemDataRole.EditRole) == f"{first.value:g}"


def test_an_import_is_one_undo_step(
    panel: ActualsPanel,
    plan_path: Path,
    tmp_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    csv = tmp_path / "till.csv"
    csv.write_text("date;value;note\n01.10.2025;1.234,50;first\n02.10.2025;1.300,00;\nbad;x;\n")
    seen: list = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: csv)
    monkeypatch.setattr(dialogs, "exec_dialog", finish_import(qtbot, seen))
    measure_id = panel.current_measure_id()
    before = _actuals(plan_path, measure_id)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert seen[0].measure_id == measure_id  # the assistant starts on this tab's measure
    assert "Lines skipped: 1" in seen[0].result_page.summary.text()
    assert seen[0].result_page.skipped.item(0, 0).text() == "4"
    imported = [a for a in _actuals(plan_path, measure_id) if a not in before]
    assert sorted(a.value for a in imported) == [1234.5, 1300.0]
    assert {a.source for a in imported} == {ActualSource.IMPORTED}
    assert {a.source_name for a in imported} == {"till.csv"}
    assert panel.document.undo_stack.count() == 1
    panel.document.undo_stack.undo()
    assert _actuals(plan_path, measure_id) == before


def test_importing_the_same_file_again_replaces_or_skips_its_days(
    panel: ActualsPanel, plan_path: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    csv = tmp_path / "till.csv"
    csv.write_text("date,value\n2025-10-01,1234.5\n2025-10-02,1300\n")
    answers = iter(["skip", "replace"])
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: csv)
    monkeypatch.setattr(dialogs, "exec_dialog", finish_import(qtbot))
    monkeypatch.setattr(
        dialogs, "ask_repeat_import", lambda p, t, text: asked.append(text) or next(answers)
    )
    measure_id = panel.current_measure_id()
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    after_first = _actuals(plan_path, measure_id)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)  # skip: nothing new
    assert _actuals(plan_path, measure_id) == after_first
    assert asked[0].startswith("2 of these days")
    # One row changed since: replacing puts the new figure in place of the old one.
    csv.write_text("date,value\n2025-10-01,1234.5\n2025-10-02,1310\n")
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    values = [a.value for a in _actuals(plan_path, measure_id) if a.source_name == "till.csv"]
    assert sorted(values) == [1234.5, 1310.0] and len(asked) == 2
    # A row repeated inside one file is a real row: both count, in the day's one entry.
    csv.write_text("date,value\n2025-11-05,99\n2025-11-05,99\n")
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    day = [a for a in _actuals(plan_path, measure_id) if a.on == date(2025, 11, 5)]
    assert [a.value for a in day] == [198.0]


def test_date_tab_value_tab_note_enter_adds_one_actual_with_its_note(
    panel: ActualsPanel, plan_path: Path, qtbot
) -> None:
    measure_id = panel.current_measure_id()
    before = _actuals(plan_path, measure_id)
    _type_into(panel, qtbot, panel.model.new_row, DATE, "20/11/2026")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.table.focusWidget(), "6900")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)  # on to the note: nothing added
    qtbot.wait(5)
    assert _actuals(plan_path, measure_id) == before
    assert panel.table.currentIndex() == panel.model.index(panel.model.new_row, NOTE)
    qtbot.keyClicks(panel.table.focusWidget(), "Market day")
    _enter(panel, qtbot)
    qtbot.waitUntil(lambda: len(_actuals(plan_path, measure_id)) == len(before) + 1)
    added = [a for a in _actuals(plan_path, measure_id) if a not in before]
    assert [(a.on, a.value, a.note) for a in added] == [(date(2026, 11, 20), 6900.0, "Market day")]
    assert panel.document.undo_stack.count() == 1
    qtbot.waitUntil(
        lambda: panel.table.currentIndex() == panel.model.index(panel.model.new_row, DATE)
    )
    panel.document.undo_stack.undo()
    assert _actuals(plan_path, measure_id) == before


def test_the_hint_names_the_note(panel: ActualsPanel) -> None:
    hints = [label.text() for label in panel.findChildren(QLabel) if "Tab" in label.text()]
    assert hints and "note" in hints[0]


@pytest.mark.parametrize(
    ("column", "typed", "words"),
    [
        (VALUE, "1e13", "outside the range -1,000,000,000,000 to 1,000,000,000,000"),
        (VALUE, "9" * 309, "outside the range"),
        (DATE, "9999-12-31", "outside the years 1900 to 2199"),
        (DATE, "01/01/0001", "outside the years 1900 to 2199"),
    ],
)
def test_a_value_or_date_outside_the_bounds_is_refused_in_the_grid(
    panel: ActualsPanel, plan_path: Path, qtbot, column: int, typed: str, words: str
) -> None:
    before = plan_on_disk(plan_path)
    _type_into(panel, qtbot, panel.model.new_row, column, typed)
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: words in panel.problem.text() and panel.problem.isVisible())
    assert plan_on_disk(plan_path) == before
