"""Counts read as English does: "1 value recorded", "2 values recorded"."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bakeryplan.domain.model import Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.panels.people_panel import OWNS, PeoplePanel
from tests.ui.conftest import DEMO_TODAY, on_screen, plan_on_disk
from tests.ui.import_driving import finish_import

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

AOIFE, DECLAN = 4, 5  # the demo's two people who own nothing
REVENUE = 1  # the demo's first measure: the one the actuals panel shows first


@pytest.fixture
def open_plan(tmp_path: Path, qapp) -> Iterator[Callable[[Plan], PlanDocument]]:
    """Writes a plan to a file and opens a document over it; closes it after the test."""
    opened: list[PlanDocument] = []

    def open_it(plan: Plan) -> PlanDocument:
        path = tmp_path / "plan.bakeryplan"
        PlanRepository.create(path, plan).close()
        opened.append(PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY))
        return opened[-1]

    yield open_it
    for document in opened:
        document.close()


def _with_one_revenue_actual(plan: Plan) -> Plan:
    first = plan.actuals_of(REVENUE)[0]
    kept = tuple(a for a in plan.actuals if a.measure_id != REVENUE or a.id == first.id)
    return dataclasses.replace(plan, actuals=kept)


def test_one_recorded_value_is_singular(open_plan, qtbot) -> None:
    panel = on_screen(
        ActualsPanel(open_plan(_with_one_revenue_actual(demo_plan(DEMO_TODAY)))), qtbot
    )
    assert panel.current_measure_id() == REVENUE
    assert panel.summary.text().endswith(" 1 value recorded.")


def test_many_recorded_values_are_plural(open_plan, qtbot) -> None:
    plan = demo_plan(DEMO_TODAY)
    panel = on_screen(ActualsPanel(open_plan(plan)), qtbot)
    count = len(plan.actuals_of(REVENUE))
    assert panel.summary.text().endswith(f" {count} values recorded.")


def test_importing_one_value_says_so_in_the_singular(
    open_plan, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = open_plan(demo_plan(DEMO_TODAY))
    panel = on_screen(ActualsPanel(document), qtbot)
    csv = tmp_path / "till.csv"
    csv.write_text("date,value\n2026-11-20,1234\nsoon,5\n")
    seen: list = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: csv)
    monkeypatch.setattr(dialogs, "exec_dialog", finish_import(qtbot, seen))
    before = len(plan_on_disk(document.path).actuals_of(REVENUE))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    summary = seen[0].result_page.summary.text()
    assert summary.startswith("1 day, total ")
    assert "into “Weekly revenue”. Read from 1 row of the file." in summary
    assert "Lines skipped: 1" in summary
    assert len(plan_on_disk(document.path).actuals_of(REVENUE)) == before + 1


def _owning(plan: Plan, *, step_for: int, goal_for: int) -> Plan:
    """The demo plan with one open step given to ``step_for`` and one goal to ``goal_for``."""
    step = next(s for s in plan.steps if s.done is None)
    steps = tuple(dataclasses.replace(s, owner_id=step_for) if s == step else s for s in plan.steps)
    goal = plan.goals[0]
    goals = tuple(dataclasses.replace(g, owner_id=goal_for) if g == goal else g for g in plan.goals)
    return dataclasses.replace(plan, steps=steps, goals=goals)


def test_people_owning_one_thing_read_in_the_singular(open_plan, qtbot) -> None:
    document = open_plan(_owning(demo_plan(DEMO_TODAY), step_for=AOIFE, goal_for=DECLAN))
    panel = on_screen(PeoplePanel(document), qtbot)
    owns = {}
    for person_id in (AOIFE, DECLAN):
        assert panel.select("person", person_id)
        owns[person_id] = panel.table.item(panel.table.currentRow(), OWNS).text()
    assert owns == {AOIFE: "0 goals, 1 open step", DECLAN: "1 goal, 0 open steps"}


def test_deleting_a_person_who_owns_one_step_asks_in_the_singular(
    open_plan, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = open_plan(_owning(demo_plan(DEMO_TODAY), step_for=AOIFE, goal_for=DECLAN))
    panel = on_screen(PeoplePanel(document), qtbot)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or True)
    assert panel.select("person", AOIFE)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "The goal or step they own will have no owner." in asked[0]
    assert "1 goals" not in asked[0]
    assert plan_on_disk(document.path).person(AOIFE) is None
