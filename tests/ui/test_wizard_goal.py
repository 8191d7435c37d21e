"""The goal-breakdown wizard, driven as a person would; results checked in the plan file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWizard

from bakeryplan.domain.model import (
    Business,
    CurveKind,
    CurvePoint,
    Direction,
    Person,
    Perspective,
    Plan,
)
from bakeryplan.domain.quarters import quarterly_steps
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.goal_wizard import GoalWizard, run_goal_wizard
from tests.ui.wizard_driving import click, type_date, type_number

TODAY = date(2026, 11, 27)
GOAL_DUE = date(2027, 6, 30)
ANA, BEN = 1, 2


def load(path: Path) -> Plan:
    with PlanRepository.open(path, read_only=True) as repository:
        return repository.load()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "goals.bakeryplan"
    plan = Plan(
        business=Business("Corner Bakery", owner="Ana"),
        people=(Person("Ana", "Owner", id=ANA), Person("Ben", "Baker", id=BEN)),
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
    wizard = GoalWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_goal_page(qtbot, wizard: GoalWizard) -> None:
    page = wizard.goal_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(page.title_edit, "Sell more sourdough")
    page.perspective_combo.setCurrentIndex(page.perspective_combo.findData("customer"))
    page.owner_combo.set_owner_id(ANA)
    type_date(qtbot, page.due_edit, GOAL_DUE)
    qtbot.keyClicks(page.why_edit, "Regulars ask for it.")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def fill_measure_page(qtbot, wizard: GoalWizard) -> None:
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Sourdough loaves a week")
    qtbot.keyClicks(editor.unit_edit, "loaves")
    type_number(qtbot, editor.baseline_spin, "250")
    type_number(qtbot, editor.target_spin, "400")
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData("stepped"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def test_start_to_finish_adds_goal_measure_steps_and_person(
    qtbot, wizard: GoalWizard, document: PlanDocument, plan_path: Path
) -> None:
    fill_goal_page(qtbot, wizard)
    assert wizard.measure_page.editor.target_date() == GOAL_DUE
    fill_measure_page(qtbot, wizard)
    steps = wizard.steps_page
    qtbot.keyClicks(steps.title_edit(0), "Test three recipes")
    qtbot.keyClicks(steps.add_person.name_edit, "Lee")
    qtbot.keyClicks(steps.add_person.role_edit, "Apprentice")
    qtbot.mouseClick(steps.add_person.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(steps.add_step_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(steps.title_edit(1), "Teach Lee to shape loaves")
    steps.owner_combo(1).set_owner_id(-1)
    type_date(qtbot, steps.due_edit(1), date(2027, 3, 1))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.summary_page.text.toPlainText()
    assert "Sell more sourdough" in summary and "Lee" in summary
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.pushed and document.undo_stack.count() == 1
    plan = load(plan_path)
    (goal,) = plan.goals
    assert goal.title == "Sell more sourdough"
    assert goal.perspective is Perspective.CUSTOMER
    assert goal.owner_id == ANA and goal.due == GOAL_DUE and goal.start == TODAY
    assert goal.why == "Regulars ask for it."
    (measure,) = plan.measures_of(goal.id)
    assert (measure.name, measure.unit, measure.direction) == (
        "Sourdough loaves a week",
        "loaves",
        Direction.UP,
    )
    assert (measure.baseline, measure.target) == (250, 400)
    assert measure.curve is CurveKind.STEPPED
    assert measure.points == tuple(quarterly_steps(TODAY, GOAL_DUE, 250, 400))
    lee = next(p for p in plan.people if p.name == "Lee")
    assert lee.role == "Apprentice" and lee.id > BEN
    assert [(s.title, s.owner_id, s.due) for s in plan.steps_of(goal.id)] == [
        ("Test three recipes", ANA, date(2026, 12, 25)),
        ("Teach Lee to shape loaves", lee.id, date(2027, 3, 1)),
    ]


def test_undo_removes_the_whole_breakdown_in_one_step(
    qtbot, wizard: GoalWizard, document: PlanDocument, plan_path: Path
) -> None:
    fill_goal_page(qtbot, wizard)
    fill_measure_page(qtbot, wizard)
    qtbot.keyClicks(wizard.steps_page.title_edit(0), "Test three recipes")
    qtbot.keyClicks(wizard.steps_page.add_person.name_edit, "Lee")
    qtbot.mouseClick(wizard.steps_page.add_person.add_button, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert load(plan_path).goals
    document.undo_stack.undo()
    plan = load(plan_path)
    assert (plan.goals, plan.measures, plan.steps) == ((), (), ())
    assert [p.name for p in plan.people] == ["Ana", "Ben"]
    document.undo_stack.redo()
    plan = load(plan_path)
    assert len(plan.goals) == 1 and len(plan.steps) == 1 and len(plan.people) == 3


def test_a_step_due_after_the_goal_is_warned_about(qtbot, wizard: GoalWizard) -> None:
    fill_goal_page(qtbot, wizard)
    fill_measure_page(qtbot, wizard)
    steps = wizard.steps_page
    qtbot.keyClicks(steps.title_edit(0), "Open on Sundays")
    assert not steps.warning.isVisible()
    type_date(qtbot, steps.due_edit(0), date(2027, 8, 1))
    assert steps.warning.isVisible()
    assert '"Open on Sundays" is due after the goal' in steps.warning.text()
    type_date(qtbot, steps.due_edit(0), date(2027, 6, 1))
    assert not steps.warning.isVisible()
    wizard.reject()


def test_the_measure_page_checks_number_date_and_owner(qtbot, wizard: GoalWizard) -> None:
    qtbot.keyClicks(wizard.goal_page.title_edit, "Be nicer")
    wizard.goal_page.has_due.setChecked(False)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.measure_page
    assert page.number_check.text().startswith("✗")
    assert page.date_check.text().startswith("✗")
    assert page.owner_check.text().startswith("✗")
    qtbot.keyClicks(page.editor.name_edit, "Smiles a day")
    type_number(qtbot, page.editor.target_spin, "50")
    assert page.number_check.text().startswith("✓")
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    wizard.goal_page.has_due.setChecked(True)
    wizard.goal_page.owner_combo.set_owner_id(BEN)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.date_check.text().startswith("✓")
    assert page.owner_check.text().startswith("✓")
    wizard.reject()


def test_back_keeps_every_page(qtbot, wizard: GoalWizard) -> None:
    fill_goal_page(qtbot, wizard)
    fill_measure_page(qtbot, wizard)
    qtbot.keyClicks(wizard.steps_page.title_edit(0), "Test three recipes")
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.goal_page.title_edit.text() == "Sell more sourdough"
    assert wizard.goal_page.owner_combo.owner_id() == ANA
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.measure_page.editor.name_edit.text() == "Sourdough loaves a week"
    assert wizard.measure_page.editor.target_spin.value() == 400
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.steps_page.table.rowCount() == 1
    assert wizard.steps_page.title_edit(0).text() == "Test three recipes"
    wizard.reject()


def test_a_seasonal_curve_keeps_its_own_points(qtbot, wizard: GoalWizard, plan_path: Path) -> None:
    fill_goal_page(qtbot, wizard)
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Cakes a month")
    type_number(qtbot, editor.target_spin, "120")
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData("custom"))
    assert editor.points_table.rowCount() == 2
    qtbot.mouseClick(editor.add_point_button, Qt.MouseButton.LeftButton)
    editor.points_table.cellWidget(2, 0).setDate(QDate(2026, 12, 24))
    type_number(qtbot, editor.points_table.cellWidget(2, 1), "90")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    (measure,) = load(plan_path).measures
    assert measure.curve is CurveKind.CUSTOM
    assert measure.points == (
        CurvePoint(TODAY, 0.0),
        CurvePoint(date(2026, 12, 24), 90.0),
        CurvePoint(GOAL_DUE, 120.0),
    )


def test_quarterly_steps_end_on_the_target() -> None:
    points = quarterly_steps(date(2026, 11, 27), date(2027, 6, 30), 0, 300)
    assert [p.on for p in points] == [
        date(2026, 11, 27),
        date(2026, 12, 31),
        date(2027, 3, 31),
        date(2027, 6, 30),
    ]
    assert [p.value for p in points] == [0, 100, 200, 300]


def test_run_goal_wizard_refuses_a_read_only_plan(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: pytest.fail("no wizard expected"))
    document = PlanDocument(PlanRepository.open(plan_path, read_only=True), today=lambda: TODAY)
    try:
        assert run_goal_wizard(None, document) is False
    finally:
        document.close()
    assert shown and "read-only" in shown[0]


def test_run_goal_wizard_cancelled_adds_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, document: PlanDocument, plan_path: Path
) -> None:
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    assert run_goal_wizard(None, document) is False
    assert load(plan_path).goals == ()


def test_untouched_steps_follow_the_numbers_until_edited(qtbot, wizard: GoalWizard) -> None:
    fill_goal_page(qtbot, wizard)
    editor = wizard.measure_page.editor
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData("stepped"))
    type_number(qtbot, editor.target_spin, "300")
    assert editor.points_table.points() == tuple(quarterly_steps(TODAY, GOAL_DUE, 0, 300))
    type_number(qtbot, editor.points_table.cellWidget(1, 1), "80")
    type_number(qtbot, editor.target_spin, "600")
    assert editor.points_table.points()[1].value == 80  # the owner's own number stays
    assert editor.points_table.points()[-1].value == 300
    qtbot.mouseClick(editor.quarterly_button, Qt.MouseButton.LeftButton)
    assert editor.points_table.points()[-1].value == 600
    wizard.reject()


def test_finish_that_could_not_be_saved_keeps_the_wizard_open(
    qtbot, wizard: GoalWizard, document: PlanDocument, plan_path: Path, monkeypatch
) -> None:
    fill_goal_page(qtbot, wizard)
    fill_measure_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.summary_page.text.toPlainText()
    assert "from 250 loaves to 400 loaves" in summary

    def disk_full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(document.repository, "add_goal", disk_full)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    assert not wizard.pushed and load(plan_path).goals == ()
    problem = wizard.currentPage().findChild(ProblemLabel)
    assert problem is not None and problem.isVisible() and "disk is full" in problem.text()
    monkeypatch.undo()  # space freed: Finish again saves it all
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.pushed and not wizard.isVisible()
    assert [g.title for g in load(plan_path).goals] == ["Sell more sourdough"]


def test_a_large_baseline_reads_in_full_in_the_summary(qtbot, wizard: GoalWizard) -> None:
    fill_goal_page(qtbot, wizard)
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Sales a year")
    type_number(qtbot, editor.baseline_spin, "1234567")
    type_number(qtbot, editor.target_spin, "1500000")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.summary_page.text.toPlainText()
    assert "e+06" not in summary and "1,234,567" in summary and "1,500,000" in summary
    wizard.reject()


def test_the_measure_page_says_honestly_whether_a_measure_is_added(
    qtbot, wizard: GoalWizard, plan_path: Path
) -> None:
    fill_goal_page(qtbot, wizard)
    page = wizard.measure_page
    assert not page.add_check.isChecked()  # nothing typed: nothing will be added
    assert page.state.text().startswith("No measure will be added")
    qtbot.keyClicks(page.editor.name_edit, "Loaves a week")
    assert page.add_check.isChecked() and "will be added" in page.state.text()
    page.add_check.setFocus()
    qtbot.keyClick(page.add_check, Qt.Key.Key_Space)  # the owner skips it after all
    assert not page.add_check.isChecked() and page.state.text().startswith("No measure")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "No measure" in wizard.summary_text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    plan = load(plan_path)
    assert len(plan.goals) == 1 and plan.measures == ()


def test_ticking_add_without_a_name_asks_for_the_name(qtbot, wizard: GoalWizard) -> None:
    fill_goal_page(qtbot, wizard)
    page = wizard.measure_page
    page.add_check.setFocus()
    qtbot.keyClick(page.add_check, Qt.Key.Key_Space)
    assert page.add_check.isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Type a name" in page.state.text()
    qtbot.keyClicks(page.editor.name_edit, "Loaves a week")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
