"""Entries are entries: any number on one day, none dropped, none in the future; the grid's
planned figures are the periods' as the domain counts them. Typed as a person would;
results checked in the plan file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from bakeryplan.domain.measure_status import measure_status
from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui.models import DATE, EXPECTED, FIGURE, VALUE, VARIANCE
from bakeryplan.ui.panels import format_amount
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

REVENUE, UNSOLD_BREAD = 1, 5  # the demo's weekly till total and a weekly latest figure


@pytest.fixture
def panel(document: PlanDocument, qtbot) -> ActualsPanel:
    widget = ActualsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    with qtbot.waitActive(widget):
        widget.show()
    return widget


def type_over(panel: ActualsPanel, qtbot, row: int, column: int, text: str) -> None:
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClicks(panel.table, text[0])
    qtbot.keyClicks(panel.table.focusWidget(), text[1:])


def add_typed(panel: ActualsPanel, qtbot, day: str, value: str) -> None:
    """In the empty last row: the date, Tab, the value, Enter."""
    type_over(panel, qtbot, panel.model.new_row, DATE, day)
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.table.focusWidget(), value)
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)


def editor_text(panel: ActualsPanel) -> str:
    editor = panel.table.focusWidget()
    return editor.text() if isinstance(editor, QLineEdit) else ""


def on_disk(document: PlanDocument, measure_id: int):
    return plan_on_disk(document.path).actuals_of(measure_id)


def test_several_entries_on_one_day_are_all_kept(panel: ActualsPanel, qtbot) -> None:
    document = panel.document
    panel.set_measure(UNSOLD_BREAD)
    before = on_disk(document, UNSOLD_BREAD)
    for value in ("7.5", "7.5", "6.9"):
        count = len(on_disk(document, UNSOLD_BREAD))
        add_typed(panel, qtbot, "27/11/2026", value)
        qtbot.waitUntil(lambda count=count: len(on_disk(document, UNSOLD_BREAD)) == count + 1)
        qtbot.waitUntil(lambda count=count: panel.model.new_row == count + 1)  # shown
    added = [a for a in on_disk(document, UNSOLD_BREAD) if a not in before]
    assert [(a.on, a.value) for a in added] == [(DEMO_TODAY, v) for v in (7.5, 7.5, 6.9)]
    qtbot.waitUntil(lambda: panel.model.new_row == len(before) + 3)
    shown = [panel.model.index(r, VALUE).data() for r in range(panel.model.new_row)]
    assert shown[-3:] == ["7.5%", "7.5%", "6.9%"]
    # The week's latest figure is the last entry recorded: 6.9, so far.
    last = panel.model.new_row - 1
    assert panel.model.index(last, FIGURE).data() == "6.9% so far"
    assert [panel.model.index(r, FIGURE).data() for r in (last - 2, last - 1)] == ["", ""]


def test_a_date_after_today_is_refused_in_plain_words(panel: ActualsPanel, qtbot) -> None:
    document = panel.document
    before = plan_on_disk(document.path)
    type_over(panel, qtbot, panel.model.new_row, DATE, "28/11/2026")  # tomorrow
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.problem.isVisible)
    assert panel.problem.text() == (
        "28 Nov 2026 is after today: record what has happened, on the day it happened."
    )
    qtbot.waitUntil(lambda: editor_text(panel) == "28/11/2026")  # reopened to be corrected
    assert panel.table.currentIndex() == panel.model.index(panel.model.new_row, DATE)
    qtbot.keyClicks(panel.table.focusWidget(), "27/11/2026")  # the text is selected: replaced
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.table.focusWidget(), "812.40")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(plan_on_disk(document.path).actuals) == len(before.actuals) + 1)
    (added,) = [a for a in plan_on_disk(document.path).actuals if a not in before.actuals]
    assert (added.on, added.value) == (DEMO_TODAY, 812.4)


def test_moving_an_entry_after_today_is_refused(panel: ActualsPanel, qtbot) -> None:
    document = panel.document
    before = plan_on_disk(document.path)
    type_over(panel, qtbot, 0, DATE, "1/1/2027")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(panel.problem.isVisible)
    assert panel.problem.text().startswith("1 Jan 2027 is after today")
    assert plan_on_disk(document.path) == before


def test_a_second_refused_cell_after_escape_is_reopened_once(panel: ActualsPanel, qtbot) -> None:
    """A refused new row, Escape, then a refused edit of another row: the grid reopens the
    typist's cell and settles (two stale editors used to reopen each other forever)."""
    before = plan_on_disk(panel.document.path)
    type_over(panel, qtbot, panel.model.new_row, DATE, "28/11/2026")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.problem.isVisible)
    panel.problem.clear()
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Escape)
    type_over(panel, qtbot, 0, DATE, "1/1/2027")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_text(panel) == "1/1/2027")
    qtbot.wait(50)
    assert panel.table.currentIndex() == panel.model.index(0, DATE)
    assert "1 Jan 2027 is after today" in panel.problem.text()
    assert plan_on_disk(panel.document.path) == before


def test_a_weekly_totals_planned_figures_are_the_weeks_as_the_status_gives_them(
    panel: ActualsPanel,
) -> None:
    """Daily till entries of a weekly total: the plan is a week's; the current week is
    compared "so far" with the part of its plan due by today."""
    plan = panel.document.plan
    measure = plan.measure(REVENUE)
    status = measure_status(measure, plan.actuals_of(REVENUE), DEMO_TODAY, business=plan.business)
    model = panel.model
    assert model.headerData(FIGURE, Qt.Orientation.Horizontal) == "Week's total"
    rows = [r for r in range(model.new_row) if model.period_at(r) is not None]
    current, last_complete = rows[-1], rows[-2]
    b, unit = plan.business, measure.unit

    def amount(value: float) -> str:
        return format_amount(float(round(value)), unit, b)

    assert model.period_at(current).span == status.current.span
    assert model.index(current, FIGURE).data() == (
        f"{format_amount(status.current.actual, unit, b)} so far"
    )
    assert model.index(current, EXPECTED).data() == amount(status.current.planned_so_far)
    assert model.period_at(last_complete).span == status.last_complete.span
    assert model.index(last_complete, FIGURE).data() == format_amount(
        status.last_complete.actual, unit, b
    )
    assert model.index(last_complete, EXPECTED).data() == amount(status.last_complete.planned)
    assert model.index(last_complete, VARIANCE).data().endswith(("(ahead)", "(short)"))
    # Every day's entry of the week is kept, and only the week's last one has figures.
    week = [r for r in range(model.new_row) if model.actuals[r].on in status.last_complete.span]
    assert len(week) == status.last_complete.entries == 7
    assert [model.index(r, EXPECTED).data() for r in week[:-1]] == [""] * 6
    tooltip = model.index(last_complete, FIGURE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Week of ") and "the total for the week of 7 entries" in tooltip


def test_the_summary_says_how_the_measure_is_counted(panel: ActualsPanel) -> None:
    assert "counted as the total for the week" in panel.summary.text()
    panel.set_measure(UNSOLD_BREAD)
    assert "counted as the latest figure" in panel.summary.text()
