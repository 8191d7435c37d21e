"""Panels follow the editing layer's change notices: an edit updates what it touches only."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt

from bakeryplan.editing import commands
from bakeryplan.ui.main_window import PANELS, MainWindow
from bakeryplan.ui.models import VALUE

pytestmark = pytest.mark.usefixtures("no_windows_left")


class ModelSignals:
    """Counts a model's resets, inserted and removed rows, and the rows it repainted."""

    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.count: Counter[str] = Counter()
        self.changed_rows: set[int] = set()
        model.modelReset.connect(lambda: self.count.update(["reset"]))
        model.rowsInserted.connect(lambda *_: self.count.update(["inserted"]))
        model.rowsRemoved.connect(lambda *_: self.count.update(["removed"]))
        model.layoutChanged.connect(lambda *_: self.count.update(["layout"]))
        model.dataChanged.connect(self._changed)

    def _changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        self.count.update(["data"])
        self.changed_rows.update(range(first.row(), last.row() + 1))


def every_panel_built(window: MainWindow, qtbot) -> dict:  # type: ignore[no-untyped-def]
    panels = {}
    for key, _builder in PANELS:
        panels[key] = window.show_panel(key)
        qtbot.wait(5)
    return panels


def type_value(window: MainWindow, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types a value into the grid's empty row (today's date kept) and presses Enter."""
    actuals = window.show_panel("actuals")
    table = actuals.table
    table.setFocus()
    table.setCurrentIndex(actuals.model.index(actuals.model.new_row, VALUE))
    qtbot.keyClicks(table, text[0])
    qtbot.keyClicks(table.focusWidget(), text[1:])
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)


def test_a_typed_actual_updates_its_grid_rows_and_the_chart_only(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    document = window.document
    assert document is not None
    panels = every_panel_built(window, qtbot)
    chart, actuals, goals = panels["chart"], panels["actuals"], panels["goals"]
    measure_id = chart.subject[1]
    assert chart.subject[0] == "measure"
    actuals.set_measure(measure_id)
    window.show_panel("actuals")
    qtbot.wait(10)

    refreshed: Counter[str] = Counter()
    for key in ("home", "vision", "people", "feedback", "reviews", "goals"):
        monkeypatch.setattr(panels[key], "refresh", lambda _k=key: refreshed.update([_k]))
    monkeypatch.setattr(actuals, "refresh", lambda: refreshed.update(["actuals"]))
    chart_scheduled: list[int] = []
    original_schedule = chart.schedule_refresh
    monkeypatch.setattr(
        chart, "schedule_refresh", lambda: (chart_scheduled.append(1), original_schedule())
    )
    grid, tree = ModelSignals(actuals.model), ModelSignals(goals.model)
    rows_before = actuals.model.rowCount()
    entries_before = {a.id for a in document.plan.actuals_of(measure_id)}

    type_value(window, qtbot, "765")
    qtbot.waitUntil(lambda: actuals.model.rowCount() == rows_before + 1)
    qtbot.wait(10)

    new = [a for a in document.plan.actuals_of(measure_id) if a.id not in entries_before]
    assert [a.value for a in new] == [765.0]
    assert refreshed == Counter(), "no panel was rebuilt, the grid's neither"
    assert grid.count["reset"] == 0 and grid.count["inserted"] == 1
    assert grid.count["removed"] == 0
    # Repainted: the new row, the empty row below it, and the period rows whose figure moved.
    new_row = actuals.model.row_of(new[0].id)
    assert grid.changed_rows <= {new_row - 1, new_row, new_row + 1}, grid.changed_rows
    assert tree.count == Counter(), "the hidden Goals tree waits until it is shown"
    assert goals.follower.pending
    assert chart_scheduled, "the chart of the measure typed into is redrawn"
    assert new_row is not None

    # Shown again, the chart redraws its data lines over the frame it kept.
    monkeypatch.undo()
    redraws = chart.redraw_count
    window.show_panel("chart")
    qtbot.waitUntil(lambda: chart.redraw_count > redraws)
    assert not chart.chart.needs_full_draw
    # And the tree changes the measure's cells in place: no row added or removed.
    window.show_panel("goals")
    qtbot.waitUntil(lambda: not goals.follower.pending)
    assert tree.count["reset"] == tree.count["inserted"] == tree.count["removed"] == 0


def test_an_actual_of_another_measure_leaves_the_grid_and_chart_alone(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    document = window.document
    assert document is not None
    panels = every_panel_built(window, qtbot)
    chart, actuals = panels["chart"], panels["actuals"]
    shown = chart.subject[1]
    actuals.set_measure(shown)
    other = next(m for m in document.plan.measures if m.id != shown)
    window.show_panel("actuals")
    grid = ModelSignals(actuals.model)
    scheduled: list[int] = []
    monkeypatch.setattr(chart, "schedule_refresh", lambda: scheduled.append(1))
    last = document.plan.actuals_of(other.id)[-1]
    from dataclasses import replace

    assert document.push(commands.EditActual(document, replace(last, value=last.value + 1)))
    qtbot.wait(20)
    assert grid.count == Counter() and scheduled == []


def test_selection_in_the_goals_tree_survives_edits(window: MainWindow, qtbot) -> None:
    document = window.document
    assert document is not None
    goals = window.show_panel("goals")
    plan = document.plan
    goal = next(g for g in plan.goals if len(plan.steps_of(g.id)) >= 2)
    step = plan.steps_of(goal.id)[1]
    assert goals.select("step", step.id)
    tree = ModelSignals(goals.model)
    from dataclasses import replace

    renamed = replace(goal, title="Renamed goal")
    assert document.push(commands.EditGoal(document, renamed))
    assert goals.selected() == ("step", step.id)
    assert goals.current_item() is not None and goals.current_item().text() == step.title
    assert tree.count["reset"] == tree.count["inserted"] == tree.count["removed"] == 0
    assert tree.count["data"] == 1, "only the goal's title cell is written again"
    assert document.push(commands.DeleteStep(document, plan.steps_of(goal.id)[0].id))
    assert goals.selected() == ("step", step.id)
    assert tree.count["removed"] == 1 and tree.count["reset"] == 0
    document.undo_stack.undo()
    assert tree.count["inserted"] == 1
    assert goals.selected() == ("step", step.id)


def test_renaming_a_goal_renames_the_grid_picker_and_keeps_the_grid(
    window: MainWindow, qtbot
) -> None:
    document = window.document
    assert document is not None
    actuals = window.show_panel("actuals")
    measure = document.plan.measures[0]
    actuals.set_measure(measure.id)
    qtbot.wait(20)  # showing the tab puts the cursor in the empty row first
    actuals.table.setCurrentIndex(actuals.model.index(1, VALUE))
    grid = ModelSignals(actuals.model)
    goal = document.plan.goal(measure.goal_id)
    from dataclasses import replace

    assert document.push(commands.EditGoal(document, replace(goal, title="Bake more")))
    qtbot.waitUntil(lambda: actuals.measure_combo.currentText().startswith("Bake more"))
    assert actuals.current_measure_id() == measure.id
    assert grid.count == Counter(), "the grid of the measure shown stays as it was"
    assert actuals.table.currentIndex().row() == 1

    other = next(m for m in document.plan.measures if m.id != measure.id)
    assert document.push(commands.EditMeasure(document, replace(measure, name="Takings")))
    qtbot.waitUntil(lambda: grid.count["reset"] == 1)  # its own measure: shown again
    assert document.push(commands.EditMeasure(document, replace(other, name="Other")))
    qtbot.wait(20)
    assert grid.count["reset"] == 1


def test_the_chart_redraws_for_its_own_measure_and_goal_only(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    document = window.document
    assert document is not None
    chart = window.show_panel("chart")
    qtbot.waitUntil(lambda: chart.redraw_count > 0)
    measure = document.plan.measure(chart.subject[1])
    scheduled: list[int] = []
    monkeypatch.setattr(chart, "schedule_refresh", lambda: scheduled.append(1))
    from dataclasses import replace

    plan = document.plan
    elsewhere = next(s for s in plan.steps if s.goal_id != measure.goal_id)
    assert document.push(commands.EditStep(document, replace(elsewhere, title="Other step")))
    other_goal = next(g for g in plan.goals if g.id != measure.goal_id)
    assert document.push(commands.EditGoal(document, replace(other_goal, title="Other goal")))
    assert scheduled == []
    goal = plan.goal(measure.goal_id)
    assert document.push(commands.EditGoal(document, replace(goal, title="Its goal")))
    assert scheduled == [1]  # the goal's title is the chart's subtitle
    assert document.push(commands.EditMeasure(document, replace(measure, name="Takings")))
    assert scheduled == [1, 1]
