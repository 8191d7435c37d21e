"""The Goals tab, driven with the mouse and keyboard; checked against the plan file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from bakeryplan.domain.model import Perspective
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import KIND_ROLE
from bakeryplan.ui.panels.goals_panel import STATUS, TITLE, GoalsPanel
from tests.ui.conftest import fill_form, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")


@pytest.fixture
def panel(document: PlanDocument, qtbot) -> GoalsPanel:
    widget = GoalsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitActive(widget):
        widget.show()
    return widget


class Row:
    """A row of the Goals tree as the tests read and tick it."""

    def __init__(self, index: QModelIndex) -> None:
        self.index = index.siblingAtColumn(TITLE)

    def text(self, column: int) -> str:
        return self.index.siblingAtColumn(column).data() or ""

    def icon(self, column: int) -> QIcon:
        return self.index.siblingAtColumn(column).data(Qt.ItemDataRole.DecorationRole) or QIcon()

    def data(self, column: int, role: int):  # type: ignore[no-untyped-def]
        return self.index.siblingAtColumn(column).data(role)

    def childCount(self) -> int:
        return self.index.model().rowCount(self.index)

    def child(self, row: int) -> Row:
        return Row(self.index.model().index(row, TITLE, self.index))

    def setCheckState(self, column: int, state: Qt.CheckState) -> None:
        self.index.model().setData(
            self.index.siblingAtColumn(column), state.value, Qt.ItemDataRole.CheckStateRole
        )


def _item(panel: GoalsPanel, kind: str, item_id: int) -> Row:
    assert panel.select(kind, item_id)
    return Row(panel.tree.currentIndex())


def test_tree_shows_perspectives_goals_measures_and_steps(panel: GoalsPanel) -> None:
    plan = panel.document.plan
    tops = [panel.model.index(i, TITLE).data() for i in range(panel.model.rowCount())]
    assert tops == [perspective_name(p) for p in Perspective]
    goal = plan.goals[0]
    item = _item(panel, "goal", goal.id)
    assert item.text(TITLE) == goal.title
    assert item.text(STATUS)  # a word, not only a colour
    assert not item.icon(STATUS).isNull()
    kinds = {item.child(i).data(TITLE, KIND_ROLE)[0] for i in range(item.childCount())}
    assert {"measure", "step"} <= kinds


def test_add_goal_by_button_then_undo(
    panel: GoalsPanel,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    panel.select("perspective", 1)  # Customer
    owner = panel.document.plan.people[0]
    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        fill_form({"title": "Sell wedding cakes", "owner_id": ("choice", owner.id)}),
    )
    qtbot.mouseClick(panel.quick_goal_button, Qt.MouseButton.LeftButton)
    goal = next(g for g in plan_on_disk(plan_path).goals if g.title == "Sell wedding cakes")
    assert goal.perspective == Perspective.CUSTOMER and goal.owner_id == owner.id
    assert panel.selected() == ("goal", goal.id)
    panel.document.undo_stack.undo()
    assert all(g.title != "Sell wedding cakes" for g in plan_on_disk(plan_path).goals)


def test_edit_goal_with_f2(panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch) -> None:
    goal = panel.document.plan.goals[0]
    monkeypatch.setattr(
        dialogs, "exec_dialog", fill_form({"title": "Renamed", "due": date(2027, 9, 30)})
    )
    _item(panel, "goal", goal.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    stored = plan_on_disk(plan_path).goal(goal.id)
    assert stored.title == "Renamed" and stored.due == date(2027, 9, 30)
    panel.document.undo_stack.undo()
    assert plan_on_disk(plan_path).goal(goal.id) == goal


def test_cancelled_form_changes_nothing(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "exec_dialog", lambda form: 0)
    before = plan_on_disk(plan_path)
    qtbot.mouseClick(panel.quick_goal_button, Qt.MouseButton.LeftButton)
    assert plan_on_disk(plan_path) == before
    assert panel.document.undo_stack.count() == 0


def test_delete_goal_with_delete_key_and_undo(
    panel: GoalsPanel,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    plan = panel.document.plan
    goal = next(g for g in plan.goals if plan.measures_of(g.id) and plan.steps_of(g.id))
    before = plan_on_disk(plan_path)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or True)
    _item(panel, "goal", goal.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert asked and goal.title in asked[0]
    after = plan_on_disk(plan_path)
    assert after.goal(goal.id) is None and not after.measures_of(goal.id)
    panel.document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before
    assert panel.select("goal", goal.id)


def test_delete_refused_at_confirmation(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    goal = panel.document.plan.goals[0]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: False)
    _item(panel, "goal", goal.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert plan_on_disk(plan_path).goal(goal.id) == goal


def test_move_goal_down_with_alt_down(panel: GoalsPanel, plan_path: Path, qtbot) -> None:
    plan = panel.document.plan
    perspective = next(
        p
        for p in Perspective
        if sum(g.perspective == p and not g.parent_id for g in plan.goals) > 1
    )

    def order() -> list[int]:
        goals = plan_on_disk(plan_path).goals
        mine = [g for g in goals if g.perspective == perspective and g.parent_id is None]
        return [g.id for g in sorted(mine, key=lambda g: g.position)]

    first, second = order()[:2]
    _item(panel, "goal", first)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order()[:2] == [second, first]
    assert panel.selected() == ("goal", first)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert order()[:2] == [first, second]


def test_mark_step_done_by_button_and_by_check_box(
    panel: GoalsPanel, plan_path: Path, qtbot
) -> None:
    open_steps = [s for s in panel.document.plan.steps if s.done is None]
    step, other = open_steps[0], open_steps[1]
    _item(panel, "step", step.id)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    stored = next(s for s in plan_on_disk(plan_path).steps if s.id == step.id)
    assert stored.done == date(2026, 11, 27)

    item = _item(panel, "step", other.id)
    item.setCheckState(TITLE, Qt.CheckState.Checked)  # what a click on the box does
    qtbot.waitUntil(
        lambda: next(s for s in plan_on_disk(plan_path).steps if s.id == other.id).done is not None
    )
    panel.document.undo_stack.undo()
    assert next(s for s in plan_on_disk(plan_path).steps if s.id == other.id).done is None


def test_add_measure_and_step_to_selected_goal(
    panel: GoalsPanel,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    goal = panel.document.plan.goals[0]
    _item(panel, "goal", goal.id)
    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        fill_form({"name": "Loaves sold", "unit": "loaves", "baseline": "1", "target": "1,5"}),
    )
    qtbot.mouseClick(panel.add_measure_button, Qt.MouseButton.LeftButton)
    measure = next(m for m in plan_on_disk(plan_path).measures if m.name == "Loaves sold")
    assert (measure.goal_id, measure.baseline, measure.target) == (goal.id, 1.0, 1.5)

    _item(panel, "goal", goal.id)
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"title": "Order flour"}))
    qtbot.mouseClick(panel.add_step_button, Qt.MouseButton.LeftButton)
    assert any(s.title == "Order flour" for s in plan_on_disk(plan_path).steps_of(goal.id))


def test_move_step_and_edit_measure(panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch) -> None:
    plan = panel.document.plan
    goal = next(g for g in plan.goals if len(plan.steps_of(g.id)) >= 2)

    def order() -> list[int]:
        steps = plan_on_disk(plan_path).steps_of(goal.id)
        return [s.id for s in sorted(steps, key=lambda s: s.position)]

    first, second = order()[:2]
    _item(panel, "step", second)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert order()[:2] == [second, first]

    measure = plan.measures_of(goal.id)[0]
    _item(panel, "measure", measure.id)
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"target": "12000", "unit": "EUR"}))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    stored = plan_on_disk(plan_path).measure(measure.id)
    assert (stored.target, stored.unit) == (12000.0, "EUR")
    panel.document.undo_stack.undo()
    assert plan_on_disk(plan_path).measure(measure.id) == measure


def test_part_of_never_offers_the_goal_itself_or_anything_below_it(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch, no_dialogs
) -> None:
    plan = panel.document.plan
    top = next(g for g in plan.goals if any(c.parent_id == g.id for c in plan.goals))
    child = next(g for g in plan.goals if g.parent_id == top.id)
    grandchild = replace(child, id=0, title="Label the starter jars", parent_id=child.id)
    assert panel.document.push(commands.AddGoal(panel.document, grandchild))
    offered: list[list[str]] = []

    def look_then_press_enter(form) -> int:
        combo = form.widget("parent_id")
        offered.append([combo.itemText(i) for i in range(combo.count())])
        form.show()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last goal offered
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(dialogs, "exec_dialog", look_then_press_enter)
    refused: list[str] = []
    panel.document.edit_refused.connect(refused.append)
    _item(panel, "goal", top.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    (titles,) = offered
    assert top.title not in titles and child.title not in titles
    assert "Label the starter jars" not in titles
    assert len(titles) == 1 + len(plan.goals) - 2  # "Nothing" and every other goal
    picked = next(g for g in plan.goals if g.title == titles[-1])
    assert plan_on_disk(plan_path).goal(top.id).parent_id == picked.id
    assert refused == [] and no_dialogs["show_error"] == []


def test_a_goals_steps_are_counted_in_words_that_agree(panel: GoalsPanel) -> None:
    """One step is "1 of 1 step done", never "1 of 1 steps done"."""
    from bakeryplan.store.demo_figures import COST_GOAL, REVENUE_GOAL
    from bakeryplan.ui.panels.goal_tree import PROGRESS

    assert _item(panel, "goal", COST_GOAL).text(PROGRESS) == "1 of 1 step done"
    assert _item(panel, "goal", REVENUE_GOAL).text(PROGRESS) == "2 of 3 steps done"
