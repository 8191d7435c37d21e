"""File > Export chart… picks the measure in view or asks; a missing part is told, a bug is not
hidden."""

from __future__ import annotations

import re
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from bakeryplan.domain.model import Business, Measure, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_TODAY

pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The save dialog answers ``tmp_path/chart.svg``; records the names it suggested."""
    suggested: list[Path] = []

    def ask(_parent, _title, _filter, proposal: Path) -> Path:
        suggested.append(proposal)
        return tmp_path / "chart.svg"

    monkeypatch.setattr(dialogs, "ask_save_path", ask)
    return suggested


class Answers:
    """Stands in for ``dialogs.choose``: picks ``row`` (None: cancel), records the questions."""

    def __init__(self) -> None:
        self.row: int | None = 0
        self.asked: list[tuple[str, list[str]]] = []

    def __call__(self, _parent, _title: str, text: str, options: list[str]) -> int | None:
        self.asked.append((text, options))
        return self.row


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr(dialogs, "choose", answers)
    return answers


def menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise LookupError(text)


def export_chart(window: MainWindow) -> None:
    menu_action(window, "Export chart…").trigger()


def chart_title(path: Path) -> str:
    """The document title written into an exported SVG: the measure's name."""
    found = re.search(r"<dc:title>(.*?)</dc:title>", path.read_text(encoding="utf-8"))
    assert found, "no title in the SVG"
    return found.group(1)


def measure_named(document: PlanDocument, name: str) -> Measure:
    return next(m for m in document.plan.measures if m.name == name)


def show_tab(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    panel = window.panels[key]
    window.tabs.setCurrentWidget(panel)
    return panel


# --- the measure in view ---------------------------------------------------------------------


def test_a_measure_selected_on_the_goals_tab_is_exported(
    window: MainWindow, document: PlanDocument, save_as, tmp_path: Path
) -> None:
    measure = measure_named(document, "Cafes supplied")
    goals = show_tab(window, "goals")
    assert goals.select("measure", measure.id)
    export_chart(window)
    assert chart_title(tmp_path / "chart.svg") == "Cafes supplied"
    assert save_as[0].name == "Cafes supplied.png"


def test_a_goal_with_one_measure_exports_that_measure(
    window: MainWindow, document: PlanDocument, save_as, tmp_path: Path
) -> None:
    measure = measure_named(document, "Google review rating")
    goals = show_tab(window, "goals")
    assert goals.select("goal", measure.goal_id)
    export_chart(window)
    assert chart_title(tmp_path / "chart.svg") == "Google review rating"


def test_a_step_stands_for_its_goal(
    window: MainWindow, document: PlanDocument, save_as, tmp_path: Path
) -> None:
    measure = measure_named(document, "Google review rating")
    step = next(s for s in document.plan.steps if s.goal_id == measure.goal_id)
    goals = show_tab(window, "goals")
    assert goals.select("step", step.id)
    export_chart(window)
    assert chart_title(tmp_path / "chart.svg") == "Google review rating"


def test_a_goal_with_two_measures_asks_which_of_its_own(
    window: MainWindow, document: PlanDocument, save_as, answers, tmp_path: Path, qtbot
) -> None:
    from bakeryplan.editing.commands import AddMeasure

    revenue = measure_named(document, "Weekly revenue")
    second = Measure(
        goal_id=revenue.goal_id,
        name="Loaves sold a week",
        baseline=400,
        target=600,
        start=date(2026, 1, 1),
        target_date=date(2027, 5, 31),
    )
    document.push(AddMeasure(document, second))
    goals = show_tab(window, "goals")
    qtbot.waitUntil(lambda: goals.select("goal", revenue.goal_id))
    answers.row = 1
    export_chart(window)
    goal_title = document.plan.goal(revenue.goal_id).title
    assert answers.asked == [
        (
            "Which measure's chart do you want to export?",
            [f"{goal_title} — Weekly revenue", f"{goal_title} — Loaves sold a week"],
        )
    ]
    assert chart_title(tmp_path / "chart.svg") == "Loaves sold a week"


def test_nothing_selected_asks_among_every_measure(
    window: MainWindow, document: PlanDocument, save_as, answers, tmp_path: Path
) -> None:
    show_tab(window, "goals").tree.clearSelection()
    answers.row = 2
    export_chart(window)
    options = answers.asked[0][1]
    assert len(options) == len(document.plan.measures)
    third = [m for g in document.plan.goals for m in document.plan.measures_of(g.id)][2]
    assert options[2].endswith(f" — {third.name}")
    assert chart_title(tmp_path / "chart.svg") == third.name


def test_cancelling_the_question_writes_nothing(
    window: MainWindow, save_as, answers, tmp_path: Path
) -> None:
    show_tab(window, "goals").tree.clearSelection()
    answers.row = None
    export_chart(window)
    assert len(answers.asked) == 1
    assert save_as == []
    assert not (tmp_path / "chart.svg").exists()


def test_the_chart_tab_exports_the_measure_it_shows(
    window: MainWindow, document: PlanDocument, save_as, tmp_path: Path
) -> None:
    measure = measure_named(document, "Unsold bread")
    show_tab(window, "chart").select(("measure", measure.id))
    export_chart(window)
    assert chart_title(tmp_path / "chart.svg") == "Unsold bread"


def test_a_step_burnup_on_the_chart_tab_asks_for_a_measure(
    window: MainWindow, document: PlanDocument, save_as, answers, tmp_path: Path
) -> None:
    goal = next(g for g in document.plan.goals if not document.plan.measures_of(g.id))
    show_tab(window, "chart").select(("goal", goal.id))
    answers.row = 0
    export_chart(window)
    assert len(answers.asked) == 1
    first = document.plan.measures_of(document.plan.goals[0].id)[0]
    assert chart_title(tmp_path / "chart.svg") == first.name


def test_the_actuals_tab_exports_the_measure_listed(
    window: MainWindow, document: PlanDocument, save_as, tmp_path: Path
) -> None:
    measure = measure_named(document, "Sourdough bakes done alone")
    show_tab(window, "actuals").set_measure(measure.id)
    export_chart(window)
    assert chart_title(tmp_path / "chart.svg") == "Sourdough bakes done alone"


def test_a_plan_without_measures_says_so(
    qtbot, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.bakeryplan"
    PlanRepository.create(path, Plan(business=Business("Empty Shop"))).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.show()
    try:
        export_chart(main)  # no_dialogs fails the test if a choice or save dialog opens
        assert [title for title, _text in no_dialogs["show_info"]] == ["No chart to export"]
        assert "no measures" in no_dialogs["show_info"][0][1]
    finally:
        main.close()


# --- a broken part ---------------------------------------------------------


@pytest.mark.parametrize(
    "broken",
    [None, types.ModuleType("bakeryplan.reports.one_page")],
    ids=["module-inside-missing", "name-inside-missing"],
)
def test_a_broken_import_inside_a_part_is_not_called_missing(
    window: MainWindow, no_dialogs, monkeypatch: pytest.MonkeyPatch, qtbot, broken
) -> None:
    monkeypatch.delitem(sys.modules, "bakeryplan.ui.printing", raising=False)
    monkeypatch.setitem(sys.modules, "bakeryplan.reports.one_page", broken)
    with qtbot.captureExceptions() as exceptions:
        menu_action(window, "Export one-page plan as PDF…").trigger()
    assert no_dialogs["show_error"] == []
    assert len(exceptions) == 1
    error = exceptions[0][1]
    assert isinstance(error, ImportError)
    assert error.name == "bakeryplan.reports.one_page"
