"""The goal and review wizards' dates: shown and typed as the rest of the window writes
them, month names included; a date that is no date is refused in words. Driven as a
person would, checked in the plan file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from bakeryplan.domain.model import Business, Person, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from tests.ui.conftest import on_screen
from tests.ui.wizard_driving import click, type_date, type_number

TODAY = date(2026, 11, 27)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "dates.bakeryplan"
    plan = Plan(
        business=Business("Corner Bakery", owner="Ana", locale="en_GB"),
        people=(Person("Ana", "Owner", id=1),),
    )
    PlanRepository.create(path, plan).close()
    return path


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    yield document
    document.close()


@pytest.fixture
def wizard(qtbot, document: PlanDocument) -> GoalWizard:
    return on_screen(GoalWizard(document), qtbot)


def load(path: Path) -> Plan:
    with PlanRepository.open(path, read_only=True) as repository:
        return repository.load()


def test_the_due_date_is_shown_as_the_window_writes_dates(wizard: GoalWizard) -> None:
    assert wizard.goal_page.due_edit.line.text() == "27 Nov 2027"  # a year from today


def test_typed_month_names_land_in_the_plan_file(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    page = wizard.goal_page
    qtbot.keyClicks(page.title_edit, "Sell more sourdough")
    type_date(qtbot, page.due_edit, "3 March 2027")
    assert page.due_edit.line.text() == "3 Mar 2027"  # shown back the window's way
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)  # no measure
    steps = wizard.steps_page
    qtbot.keyClicks(steps.title_edit(0), "Test three recipes")
    type_date(qtbot, steps.due_edit(0), "3 March 2027")
    qtbot.mouseClick(steps.add_step_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(steps.title_edit(1), "Order the flour")
    type_date(qtbot, steps.due_edit(1), "")  # no date yet
    click(qtbot, wizard, NEXT)
    assert "Due: 3 March 2027" in wizard.summary_page.text.toPlainText()
    click(qtbot, wizard, FINISH)

    plan = load(plan_path)
    (goal,) = plan.goals
    assert goal.due == date(2027, 3, 3)
    assert [(s.title, s.due) for s in plan.steps_of(goal.id)] == [
        ("Test three recipes", date(2027, 3, 3)),
        ("Order the flour", None),
    ]


def test_a_due_date_that_is_no_date_is_refused_in_words(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    page = wizard.goal_page
    qtbot.keyClicks(page.title_edit, "Sell more sourdough")
    type_date(qtbot, page.due_edit, "31 Marchember")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page
    assert page.problem.isVisible()
    assert page.problem.text() == "Due by: please type a date, like 3 Mar 2027"
    type_date(qtbot, page.due_edit, "30 June 2027")
    assert not page.problem.isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.measure_page


def test_a_step_date_that_is_no_date_is_refused_in_words(qtbot, wizard: GoalWizard) -> None:
    qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    steps = wizard.steps_page
    qtbot.keyClicks(steps.title_edit(0), "Test three recipes")
    type_date(qtbot, steps.due_edit(0), "soon")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is steps
    assert steps.problem.text() == (
        '"Test three recipes": By when: please type a date, like 3 Mar 2027'
    )
    type_date(qtbot, steps.due_edit(0), "3/3/2027")  # the locale's numbers: day first
    assert steps.due_edit(0).line.text() == "3 Mar 2027"
    assert not steps.problem.isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.summary_page
    wizard.reject()


def test_a_typed_date_alone_counts_as_typing(
    qtbot, wizard: GoalWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_discard_typing", lambda parent, title: not asked.append(title)
    )
    type_date(qtbot, wizard.goal_page.due_edit, "3 March 2027")
    wizard.close()
    assert asked, "closing with a typed date asks first"


def test_a_measure_takes_typed_dates_and_refuses_no_date(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    type_date(qtbot, wizard.goal_page.due_edit, "30 June 2027")
    click(qtbot, wizard, NEXT)
    page = wizard.measure_page
    editor = page.editor
    assert editor.target_date_edit.line.text() == "30 Jun 2027"  # follows the goal
    qtbot.keyClicks(editor.name_edit, "Sourdough loaves a week")
    type_number(qtbot, editor.target_spin, "400")
    type_date(qtbot, editor.start_edit, "first of March")
    assert not wizard.button(NEXT).isEnabled()
    assert page.problem.text() == "Start date: please type a date, like 3 Mar 2027"
    type_date(qtbot, editor.start_edit, "1 December 2026")
    type_date(qtbot, editor.target_date_edit, "3 March 2027")
    assert not page.problem.isVisible()
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    (measure,) = load(plan_path).measures
    assert (measure.start, measure.target_date) == (date(2026, 12, 1), date(2027, 3, 3))
