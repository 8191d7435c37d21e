"""The goal wizard's measure: it refuses what contradicts itself, and its target date
follows the goal's due date until picked by hand. Driven as a person would; results
checked in the plan file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from bakeryplan.domain.model import Business, CurveKind, Direction, Measure, Plan
from bakeryplan.domain.quarters import quarterly_steps
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.formatter import formatter_for
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from bakeryplan.ui.wizards.measure_editor import MeasureEditor
from tests.ui.wizard_driving import click, type_date, type_number

TODAY = date(2026, 11, 27)
FIRST_DUE = date(2027, 6, 30)
LATER_DUE = date(2027, 12, 31)
NEXT, BACK, FINISH = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.FinishButton,
)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "rules.bakeryplan"
    PlanRepository.create(path, Plan(business=Business("Corner Bakery"))).close()
    return path


@pytest.fixture
def wizard(qtbot, plan_path: Path) -> Iterator[GoalWizard]:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    wizard = GoalWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.close()
    document.close()


def stored_measure(path: Path) -> Measure:
    with PlanRepository.open(path, read_only=True) as repository:
        (measure,) = repository.load().measures
    return measure


def goal_page_due(qtbot, wizard: GoalWizard, due: date) -> None:
    if not wizard.goal_page.title_edit.text():
        qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    type_date(qtbot, wizard.goal_page.due_edit, due)
    click(qtbot, wizard, NEXT)


def measure_page(qtbot, wizard: GoalWizard, baseline: str, target: str) -> MeasureEditor:
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Sourdough loaves a week")
    type_number(qtbot, editor.baseline_spin, baseline)
    type_number(qtbot, editor.target_spin, target)
    return editor


def finish_from_measure_page(qtbot, wizard: GoalWizard) -> str:
    """Next, Next, Finish; returns the summary the owner saw."""
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    summary = wizard.summary_page.text.toPlainText()
    click(qtbot, wizard, FINISH)
    return summary


def choose_direction(qtbot, editor: MeasureEditor, direction: Direction) -> None:
    """By keyboard: the list reads Higher is better, Lower is better, Keep within a range."""
    editor.direction_combo.setFocus()
    qtbot.keyClick(editor.direction_combo, Qt.Key.Key_Home)
    for _ in range([Direction.UP, Direction.DOWN, Direction.BAND].index(direction)):
        qtbot.keyClick(editor.direction_combo, Qt.Key.Key_Down)
    assert editor.direction() is direction


def test_a_changed_due_date_moves_the_target_date_not_picked_by_hand(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    goal_page_due(qtbot, wizard, FIRST_DUE)
    editor = measure_page(qtbot, wizard, "250", "400")
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData("stepped"))
    assert editor.target_date() == FIRST_DUE
    click(qtbot, wizard, BACK)
    type_date(qtbot, wizard.goal_page.due_edit, LATER_DUE)
    click(qtbot, wizard, NEXT)
    assert editor.target_date() == LATER_DUE
    assert not wizard.measure_page.problem.isVisible()
    summary = finish_from_measure_page(qtbot, wizard)

    day = formatter_for(wizard.document.plan.business).date(LATER_DUE, "long")
    assert f"Due: {day}" in summary
    assert f"by {day}" in summary and "Warning" not in summary
    measure = stored_measure(plan_path)
    assert measure.target_date == LATER_DUE
    assert measure.curve is CurveKind.STEPPED
    assert measure.points == tuple(quarterly_steps(TODAY, LATER_DUE, 250, 400))


def test_a_target_date_picked_by_hand_stays_and_is_warned_about_when_after_the_goal(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    own_date = date(2027, 5, 31)
    goal_page_due(qtbot, wizard, FIRST_DUE)
    editor = measure_page(qtbot, wizard, "250", "400")
    type_date(qtbot, editor.target_date_edit, own_date)
    click(qtbot, wizard, BACK)
    type_date(qtbot, wizard.goal_page.due_edit, LATER_DUE)
    click(qtbot, wizard, NEXT)
    assert editor.target_date() == own_date  # before the goal is due: nothing to say
    assert not wizard.measure_page.problem.isVisible()

    earlier_due = date(2027, 3, 31)
    click(qtbot, wizard, BACK)
    type_date(qtbot, wizard.goal_page.due_edit, earlier_due)
    click(qtbot, wizard, NEXT)
    page = wizard.measure_page
    assert editor.target_date() == own_date
    assert page.problem.isVisible()
    assert "after the goal is due" in page.problem.text()
    assert (
        formatter_for(wizard.document.plan.business).date(earlier_due, "long")
        in page.problem.text()
    )
    summary = finish_from_measure_page(qtbot, wizard)  # a warning does not hold Next back

    assert "Warning: The measure's target date" in summary
    assert stored_measure(plan_path).target_date == own_date


@pytest.mark.parametrize(
    ("direction", "baseline", "wrong", "right", "words"),
    [
        (Direction.DOWN, "12", "20", "4", "“Lower is better”, but the target is above"),
        (Direction.UP, "400", "250", "500", "“Higher is better”, but the target is below"),
    ],
)
def test_a_target_the_wrong_way_holds_next_back_until_put_right(
    qtbot,
    wizard: GoalWizard,
    plan_path: Path,
    direction: Direction,
    baseline: str,
    wrong: str,
    right: str,
    words: str,
) -> None:
    goal_page_due(qtbot, wizard, FIRST_DUE)
    editor = measure_page(qtbot, wizard, baseline, wrong)
    choose_direction(qtbot, editor, direction)
    page = wizard.measure_page
    assert page.problem.isVisible() and page.problem.text().startswith(words)
    assert not wizard.button(NEXT).isEnabled()
    type_number(qtbot, editor.target_spin, right)
    assert not page.problem.isVisible()
    finish_from_measure_page(qtbot, wizard)

    measure = stored_measure(plan_path)
    assert (measure.direction, measure.baseline, measure.target) == (
        direction,
        float(baseline),
        float(right),
    )


def test_a_band_needs_its_low_limit_below_its_high_limit(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    goal_page_due(qtbot, wizard, FIRST_DUE)
    editor = measure_page(qtbot, wizard, "33", "30")
    choose_direction(qtbot, editor, Direction.BAND)  # both limits still 0: keep 0 to 0
    page = wizard.measure_page
    assert "low limit must be below its high limit" in page.problem.text()
    assert not wizard.button(NEXT).isEnabled()
    type_number(qtbot, editor.band_low_spin, "32")
    type_number(qtbot, editor.band_high_spin, "28")
    assert not wizard.button(NEXT).isEnabled()
    type_number(qtbot, editor.band_low_spin, "28")
    type_number(qtbot, editor.band_high_spin, "32")
    assert wizard.button(NEXT).isEnabled() and not page.problem.isVisible()
    finish_from_measure_page(qtbot, wizard)

    measure = stored_measure(plan_path)
    assert (measure.direction, measure.band_low, measure.band_high) == (Direction.BAND, 28, 32)


def test_a_target_date_before_the_start_holds_next_back(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    goal_page_due(qtbot, wizard, FIRST_DUE)
    editor = measure_page(qtbot, wizard, "250", "400")
    type_date(qtbot, editor.target_date_edit, TODAY - timedelta(days=1))
    assert "target date is before the start date" in wizard.measure_page.problem.text()
    assert not wizard.button(NEXT).isEnabled()
    type_date(qtbot, editor.target_date_edit, FIRST_DUE)
    finish_from_measure_page(qtbot, wizard)
    assert stored_measure(plan_path).target_date == FIRST_DUE


def test_skipping_a_measure_that_contradicts_itself_adds_no_measure(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    goal_page_due(qtbot, wizard, FIRST_DUE)
    measure_page(qtbot, wizard, "400", "250")
    page = wizard.measure_page
    assert not wizard.button(NEXT).isEnabled()
    page.add_check.setFocus()
    qtbot.keyClick(page.add_check, Qt.Key.Key_Space)
    assert not page.problem.isVisible()
    finish_from_measure_page(qtbot, wizard)
    with PlanRepository.open(plan_path, read_only=True) as repository:
        plan = repository.load()
    assert len(plan.goals) == 1 and plan.measures == ()
