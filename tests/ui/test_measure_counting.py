"""How a measure is counted (period, counting rule, health window) and its planned path, set
in the goal wizard and in Edit measure as a person would; results checked in the plan file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QWizard

from bakeryplan.domain.measure_rules import MeasureProblem, MeasureRule
from bakeryplan.domain.model import Business, Counting, CurveKind, Period, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.measure_problems import measure_problem_sentence
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from bakeryplan.ui.widgets.measure_form import MeasureForm
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from tests.ui.conftest import plan_on_disk
from tests.ui.test_form_rules import CANCEL, OK, press, press_ok_and_be_refused, run_form
from tests.ui.test_form_rules import shown_problem as form_problem
from tests.ui.wizard_driving import click, type_date, type_number

POINT_AFTER_TARGET_DATE = measure_problem_sentence(
    MeasureProblem("points", MeasureRule.POINT_AFTER_TARGET_DATE)
)

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

TODAY = date(2026, 11, 27)
GOAL_DUE = date(2027, 6, 30)
REVENUE, CAFES = 1, 4  # the demo's weekly revenue (seasonal) and cafes (stepped)
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item with the arrow keys, as a person does from the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def step(qtbot, edit: QDateEdit, section: QDateTimeEdit.Section, by: int) -> None:
    """Click on a part of a date (its month, its year) and press Up or Down."""
    edit.setFocus()
    edit.setCurrentSection(section)
    for _ in range(abs(by)):
        qtbot.keyClick(edit, Qt.Key.Key_Up if by > 0 else Qt.Key.Key_Down)


YEAR, MONTH = QDateTimeEdit.Section.YearSection, QDateTimeEdit.Section.MonthSection


# --- the goal wizard -------------------------------------------------------------------------


@pytest.fixture
def wizard_on(qtbot, tmp_path: Path) -> Iterator:
    documents: list[PlanDocument] = []

    def open_wizard() -> tuple[GoalWizard, Path]:
        path = tmp_path / "corner.bakeryplan"
        PlanRepository.create(path, Plan(Business("Corner Bakery", currency="EUR"))).close()
        document = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
        documents.append(document)
        wizard = GoalWizard(document)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.goal_page.title_edit, "Grow the till takings")
        type_date(qtbot, wizard.goal_page.due_edit, GOAL_DUE)
        click(qtbot, wizard, NEXT)
        return wizard, path

    yield open_wizard
    for document in documents:
        document.close()


def finish(qtbot, wizard: GoalWizard, path: Path):
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    (measure,) = plan_on_disk(path).measures
    return measure


def test_money_a_week_is_the_weeks_total_judged_over_a_window_of_the_owners(
    qtbot, wizard_on
) -> None:
    wizard, path = wizard_on()
    editor = wizard.measure_page.editor
    counting = editor.counting_fields
    qtbot.keyClicks(editor.name_edit, "Till takings a week")
    qtbot.keyClicks(editor.unit_edit, "EUR")
    type_number(qtbot, editor.baseline_spin, "6000")
    type_number(qtbot, editor.target_spin, "8000")
    assert counting.period_combo.currentText() == "a week"
    assert counting.counting_combo.currentText() == "the total for the week"
    assert items(counting.counting_combo) == [
        "the total for the week",
        "the average per day over the week",
        "the latest figure",
    ]
    assert counting.window_spin.value() == 4 and counting.window_unit.text() == "weeks"
    type_number(qtbot, counting.window_spin, "6")
    assert "health judges the last 6 weeks" in wizard.summary_text()
    measure = finish(qtbot, wizard, path)
    assert (measure.period, measure.counting, measure.health_window) == (
        Period.WEEK,
        Counting.TOTAL,
        6,
    )


def test_a_rating_is_its_latest_figure_and_a_window_left_alone_is_stored_as_the_default(
    qtbot, wizard_on
) -> None:
    wizard, path = wizard_on()
    editor = wizard.measure_page.editor
    counting = editor.counting_fields
    qtbot.keyClicks(editor.name_edit, "Google rating")
    qtbot.keyClicks(editor.unit_edit, "stars")
    type_number(qtbot, editor.baseline_spin, "4.2")
    type_number(qtbot, editor.target_spin, "4.7")
    assert counting.counting_combo.currentText() == "the latest figure"
    choose(qtbot, counting.period_combo, "a quarter")
    assert counting.window_unit.text() == "quarter"  # "the last 1 quarter"
    qtbot.keyClicks(editor.name_edit, " each week")  # picked by hand: the name no longer leads
    assert counting.period_combo.currentText() == "a quarter"
    measure = finish(qtbot, wizard, path)
    assert (measure.period, measure.counting, measure.health_window) == (
        Period.QUARTER,
        Counting.LATEST,
        None,
    )


def test_the_counting_words_follow_the_period_chosen(qtbot, wizard_on) -> None:
    wizard, path = wizard_on()
    editor = wizard.measure_page.editor
    counting = editor.counting_fields
    qtbot.keyClicks(editor.name_edit, "Loaves sold")
    type_number(qtbot, editor.target_spin, "400")
    choose(qtbot, counting.period_combo, "a month")
    choose(qtbot, counting.counting_combo, "the average per day over the month")
    assert counting.window_spin.value() == 3 and counting.window_unit.text() == "months"
    choose(qtbot, counting.period_combo, "a day")
    assert counting.counting_combo.currentText() == "the average per day"
    assert counting.window_spin.value() == 28  # the default follows while left alone
    measure = finish(qtbot, wizard, path)
    assert (measure.period, measure.counting, measure.health_window) == (
        Period.DAY,
        Counting.AVERAGE,
        None,
    )


def test_a_seasonal_point_after_the_target_date_holds_next_back_in_plain_words(
    qtbot, wizard_on
) -> None:
    wizard, path = wizard_on()
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Loaves a week")
    type_number(qtbot, editor.target_spin, "400")
    choose(qtbot, editor.curve_combo, "Seasonal (my own points)")
    assert editor.path.isVisible() and editor.path.preview.isVisible()
    qtbot.mouseClick(editor.add_point_button, Qt.MouseButton.LeftButton)  # 30 days after
    problem = wizard.measure_page.findChild(ProblemLabel)
    assert problem.text() == POINT_AFTER_TARGET_DATE
    assert not wizard.button(NEXT).isEnabled()
    late = editor.points_table.cellWidget(editor.points_table.rowCount() - 1, 0)
    assert late.date() == QDate(2027, 7, 30)  # after 30 June 2027
    step(qtbot, late, MONTH, -1)
    assert late.date() == QDate(2027, 6, 30)  # on the target date: fine
    assert wizard.button(NEXT).isEnabled() and not problem.isVisible()
    step(qtbot, late, MONTH, -1)  # to May
    measure = finish(qtbot, wizard, path)
    assert measure.curve is CurveKind.CUSTOM
    assert [p.on for p in measure.points] == [TODAY, date(2027, 5, 30), GOAL_DUE]


# --- Edit measure ----------------------------------------------------------------------------


@pytest.fixture
def panel(document: PlanDocument, qtbot) -> GoalsPanel:
    widget = GoalsPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def edit(qtbot, panel: GoalsPanel, measure_id: int) -> None:
    assert panel.select("measure", measure_id)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)


def test_edit_measure_shows_and_changes_how_it_is_counted(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    before = plan_on_disk(plan_path).measure(REVENUE)
    assert (before.period, before.counting, before.health_window) == (
        Period.WEEK,
        Counting.TOTAL,
        None,
    )

    def user(form: MeasureForm) -> None:
        counting = form.counting
        assert counting.period_combo.currentText() == "a week"
        assert counting.counting_combo.currentText() == "the total for the week"
        assert counting.window_spin.value() == 4
        choose(qtbot, counting.period_combo, "a month")
        assert counting.counting_combo.currentText() == "the total for the month"
        assert counting.window_spin.value() == 3  # the month's default: it was left alone
        choose(qtbot, counting.counting_combo, "the average per day over the month")
        type_number(qtbot, counting.window_spin, "5")
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    edit(qtbot, panel, REVENUE)
    after = plan_on_disk(plan_path).measure(REVENUE)
    assert after == replace(before, period=Period.MONTH, counting=Counting.AVERAGE, health_window=5)


def test_edit_measure_shows_the_stepped_path_and_refuses_a_step_after_the_target_date(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    before = plan_on_disk(plan_path).measure(CAFES)
    assert before.curve is CurveKind.STEPPED and len(before.points) == 4

    def user(form: MeasureForm) -> None:
        path = form.path
        assert path.isVisible() and path.curve_combo.currentText().startswith("In steps")
        assert path.points_table.points() == before.points
        assert path.preview.corners()[-1] == (before.target_date, 3.0)
        last = path.points_table.cellWidget(3, 0)
        step(qtbot, last, YEAR, 1)
        assert form_problem(form) == POINT_AFTER_TARGET_DATE
        press_ok_and_be_refused(qtbot, form, "after the target date")
        focus = form.focusWidget()
        assert focus is last or last.isAncestorOf(focus)  # the cursor on the point to move
        assert plan_on_disk(plan_path).measure(CAFES) == before
        step(qtbot, last, YEAR, -1)
        second = path.points_table.cellWidget(1, 1)
        type_number(qtbot, second, "1.5")
        assert form_problem(form) == ""
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    edit(qtbot, panel, CAFES)
    after = plan_on_disk(plan_path).measure(CAFES)
    points = list(before.points)
    points[1] = replace(points[1], value=1.5)
    assert after == replace(before, points=tuple(points))


def test_a_straight_measure_becomes_seasonal_from_edit_measure(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    rating = next(m for m in plan_on_disk(plan_path).measures if m.unit == "stars")
    assert rating.curve is CurveKind.LINEAR

    def user(form: MeasureForm) -> None:
        assert not form.path.isVisible()  # a straight line has no points to show
        choose(qtbot, form.path.curve_combo, "Seasonal (my own points)")
        assert form.path.isVisible()
        assert [p.on for p in form.path.points()] == [rating.start, rating.target_date]
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    edit(qtbot, panel, rating.id)
    after = plan_on_disk(plan_path).measure(rating.id)
    assert after.curve is CurveKind.CUSTOM
    assert [(p.on, p.value) for p in after.points] == [
        (rating.start, rating.baseline),
        (rating.target_date, rating.target),
    ]


def test_a_new_measure_in_money_is_counted_as_a_total(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    def user(form: MeasureForm) -> None:
        form.widget("name").setFocus()
        qtbot.keyClicks(form.widget("name"), "Cake orders")
        qtbot.keyClicks(form.widget("unit"), "EUR")
        assert form.counting.counting_combo.currentText() == "the total for the month"
        qtbot.keyClicks(form.widget("target"), "900")
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    assert panel.select("goal", 1)
    qtbot.mouseClick(panel.add_measure_button, Qt.MouseButton.LeftButton)
    added = next(m for m in plan_on_disk(plan_path).measures if m.name == "Cake orders")
    assert (added.period, added.counting, added.health_window) == (
        Period.MONTH,
        Counting.TOTAL,
        None,
    )


def test_cancel_keeps_the_measure_as_it_was(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    before = plan_on_disk(plan_path).measure(REVENUE)

    def user(form: MeasureForm) -> None:
        choose(qtbot, form.counting.counting_combo, "the latest figure")
        press(qtbot, form, CANCEL)

    run_form(qtbot, monkeypatch, user)
    edit(qtbot, panel, REVENUE)
    assert plan_on_disk(plan_path).measure(REVENUE) == before
    assert QDialogButtonBox  # the buttons pressed are the form's own
