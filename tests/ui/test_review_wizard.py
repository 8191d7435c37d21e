"""The review wizard, driven as a person would; the results checked in the plan file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from bakeryplan.domain.model import (
    Explanation,
    FeedbackStatus,
    Plan,
    ReviewCadence,
    ReviewKind,
)
from bakeryplan.domain.plan_changes import ChangeField
from bakeryplan.domain.review_digest import changes_at_review
from bakeryplan.domain.snapshot import take_snapshot
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo_figures import CAFE_GOAL, CAFES, REVENUE, SAM, TOMAS, WASTE, WASTE_GOAL
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.wizards.review_wizard import ReviewWizard, run_review_wizard
from tests.ui.conftest import DEMO_TODAY, plan_on_disk
from tests.ui.wizard_driving import click, type_date

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton
CLICK = Qt.MouseButton.LeftButton


class Calendar:
    """The document's today, moved on by the test."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def calendar() -> Calendar:
    return Calendar(DEMO_TODAY)


@pytest.fixture
def document(plan_path: Path, calendar: Calendar, qapp) -> Iterator[PlanDocument]:
    doc = PlanDocument(PlanRepository.open(plan_path), today=calendar)
    yield doc
    doc.close()


@pytest.fixture
def open_wizard(qtbot, document: PlanDocument) -> Callable[[], ReviewWizard]:
    def make() -> ReviewWizard:
        wizard = ReviewWizard(document)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def test_a_whole_review_is_held_and_one_undo_takes_it_back(
    qtbot, open_wizard: Callable[[], ReviewWizard], document: PlanDocument, plan_path: Path
) -> None:
    before = plan_on_disk(plan_path)
    wizard = open_wizard()

    # 1. What changed since the review of 7 November: the measure whose health changed,
    # with its figures; the step that fell overdue; the feedback received.
    rows = wizard.changes_page.texts()
    assert "Measures whose health changed (1)" in rows
    (waste_row,) = [r for r in rows if r.startswith("Unsold bread | ")]
    assert "On track → Behind" in waste_row and "planned" in waste_row
    assert any(r.startswith("Buy a second set of delivery crates | ") for r in rows)
    assert "Feedback received (2)" in rows
    assert "Decided at the last review (3)" in rows
    click(qtbot, wizard, NEXT)

    # 2. An explanation for each measure behind or at risk.
    page = wizard.explanations_page
    assert sorted(s.measure.id for s in page.needing) == [CAFES, WASTE]
    qtbot.keyClicks(page.explanation_edit(WASTE), "Mondays are still baked like Fridays")
    click(qtbot, wizard, NEXT)

    # 3. Decisions: one becomes a step, one a new target, one is only noted.
    decisions = wizard.decisions_page
    qtbot.keyClicks(decisions.text_edit, "Bake the Monday batch to order")
    qtbot.mouseClick(decisions.step_radio, CLICK)
    decisions.goal_combo.setCurrentIndex(decisions.goal_combo.findData(WASTE_GOAL))
    decisions.owner_combo.set_owner_id(SAM)
    type_date(qtbot, decisions.due_edit, "7 December 2026")
    qtbot.mouseClick(decisions.add_button, CLICK)
    qtbot.keyClicks(decisions.text_edit, "Aim for 5 % unsold bread this winter")
    qtbot.mouseClick(decisions.target_radio, CLICK)
    decisions.measure_combo.setCurrentIndex(decisions.measure_combo.findData(WASTE))
    qtbot.keyClicks(decisions.target_edit, "5")
    qtbot.keyClick(decisions.text_edit, Qt.Key.Key_Return)  # Enter adds it too
    qtbot.keyClicks(decisions.text_edit, "Ask Harbour Cafe about Saturdays")
    assert decisions.table.rowCount() == 2
    click(qtbot, wizard, NEXT)  # the decision still in the editor is kept, not lost
    assert decisions.table.rowCount() == 3

    # 4. Notes, then Finish.
    finish = wizard.finish_page
    qtbot.keyClicks(finish.notes_edit, "Waste is the worry.")
    summary = finish.summary.toPlainText()
    assert "Explanations: 1 (none yet for: Cafes supplied)" in summary
    assert "Decisions: 3" in summary
    assert "Unsold bread: target 4% → 5%" in summary
    click(qtbot, wizard, FINISH)
    assert wizard.pushed and document.undo_stack.count() == 1

    after = plan_on_disk(plan_path)
    (review,) = [r for r in after.reviews if r.held == DEMO_TODAY]
    assert review.kind is ReviewKind.MONTHLY
    assert review.notes == "Waste is the worry."
    assert review.decisions.splitlines() == [
        "Bake the Monday batch to order",
        "Aim for 5 % unsold bread this winter",
        "Ask Harbour Cafe about Saturdays",
    ]
    assert review.explanations == (Explanation(WASTE, "Mondays are still baked like Fridays"),)
    assert review.snapshot == take_snapshot(before, DEMO_TODAY)  # the plan as reviewed
    (step,) = [s for s in after.steps if s.title == "Bake the Monday batch to order"]
    assert (step.goal_id, step.owner_id, step.due) == (WASTE_GOAL, SAM, date(2026, 12, 7))
    assert step.position == max(s.position for s in before.steps_of(WASTE_GOAL)) + 1
    assert after.measure(WASTE).target == 5.0  # type: ignore[union-attr]

    document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before
    document.undo_stack.redo()
    assert plan_on_disk(plan_path) == after


def hold_a_plain_review(qtbot, wizard: ReviewWizard) -> None:
    for _ in range(3):
        click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    assert wizard.pushed


def test_two_reviews_a_month_apart_name_the_target_changed_in_between(
    qtbot,
    open_wizard: Callable[[], ReviewWizard],
    document: PlanDocument,
    plan_path: Path,
    calendar: Calendar,
) -> None:
    hold_a_plain_review(qtbot, open_wizard())
    revenue = document.plan.measure(REVENUE)
    assert revenue is not None
    document.push(commands.EditMeasure(document, dataclasses.replace(revenue, target=9500.0)))

    calendar.day = DEMO_TODAY + timedelta(days=30)
    later = open_wizard()
    assert "Weekly revenue | target €9,000 → €9,500 | " in later.changes_page.texts()
    hold_a_plain_review(qtbot, later)

    reviews = plan_on_disk(plan_path).reviews
    newest = max(reviews, key=lambda r: r.held)
    assert newest.held == DEMO_TODAY + timedelta(days=30)
    found = changes_at_review(reviews, newest)
    assert found is not None
    _health, changes = found
    assert [(c.name, c.field, c.before, c.after) for c in changes] == [
        ("Weekly revenue", ChangeField.TARGET, 9000.0, 9500.0)
    ]


def test_a_decision_about_feedback_becomes_a_step_and_adopts_it(
    qtbot, open_wizard: Callable[[], ReviewWizard], plan_path: Path
) -> None:
    wizard = open_wizard()
    harbour = next(f for f in wizard.plan.feedback if f.from_name == "Harbour Cafe")
    for _ in range(2):
        click(qtbot, wizard, NEXT)
    decisions = wizard.decisions_page
    decisions.feedback_combo.setCurrentIndex(decisions.feedback_combo.findData(harbour.id))
    decisions.feedback_combo.activated.emit(decisions.feedback_combo.currentIndex())
    assert decisions.text_edit.text() == harbour.text  # its words, to edit
    assert decisions.step_radio.isChecked()  # and its goal, ready for a step
    assert decisions.goal_combo.currentData() == CAFE_GOAL
    decisions.text_edit.clear()
    qtbot.keyClicks(decisions.text_edit, "Deliver to Harbour Cafe before 7:30")
    decisions.owner_combo.set_owner_id(TOMAS)
    qtbot.mouseClick(decisions.add_button, CLICK)
    click(qtbot, wizard, NEXT)
    assert "Feedback answered: We would take 20 loaves" in wizard.finish_page.summary.toPlainText()
    click(qtbot, wizard, FINISH)
    plan = plan_on_disk(plan_path)
    answered = next(f for f in plan.feedback if f.id == harbour.id)
    assert answered.status is FeedbackStatus.ADOPTED
    assert answered.response == "Deliver to Harbour Cafe before 7:30"
    step = next(s for s in plan.steps if s.title == "Deliver to Harbour Cafe before 7:30")
    assert (step.goal_id, step.owner_id) == (CAFE_GOAL, TOMAS)


def test_a_target_against_the_measures_direction_is_refused_on_the_page(
    qtbot, open_wizard: Callable[[], ReviewWizard]
) -> None:
    wizard = open_wizard()
    for _ in range(2):
        click(qtbot, wizard, NEXT)
    decisions = wizard.decisions_page
    qtbot.keyClicks(decisions.text_edit, "Let waste rise")
    qtbot.mouseClick(decisions.target_radio, CLICK)
    decisions.measure_combo.setCurrentIndex(decisions.measure_combo.findData(WASTE))
    qtbot.keyClicks(decisions.target_edit, "15")  # above the 12 % it starts from
    qtbot.mouseClick(decisions.add_button, CLICK)
    assert decisions.table.rowCount() == 0
    assert decisions.problem.isVisible() and "target" in decisions.problem.text().lower()
    decisions.target_edit.clear()
    qtbot.keyClicks(decisions.target_edit, "lots")
    qtbot.mouseClick(decisions.add_button, CLICK)
    assert decisions.problem.text() == "Type the new target as a number, like 9500."
    assert not wizard.validateCurrentPage()  # Next stays on the page with it


def test_the_first_review_shows_where_each_measure_stands_and_sets_the_rhythm(
    qtbot, plan_path: Path, calendar: Calendar
) -> None:
    with PlanRepository.open(plan_path) as repository:
        for review in repository.load().reviews:
            repository.delete_review(review.id)
        business = repository.load().business
        repository.set_business(dataclasses.replace(business, review_cadence=ReviewCadence.NONE))
    document = PlanDocument(PlanRepository.open(plan_path), today=calendar)
    try:
        wizard = ReviewWizard(document)
        qtbot.addWidget(wizard)
        wizard.show()
        rows = wizard.changes_page.texts()
        assert rows[0] == "Measures (6)"
        assert any(r.startswith("Unsold bread | Behind | ") for r in rows)
        for _ in range(3):
            click(qtbot, wizard, NEXT)
        finish = wizard.finish_page
        finish.kind_combo.setCurrentIndex(finish.kind_combo.findData(ReviewKind.HUDDLE))
        finish.cadence_combo.setCurrentIndex(finish.cadence_combo.findData(ReviewCadence.WEEKLY))
        assert "The plan will be reviewed: every week" in finish.summary.toPlainText()
        click(qtbot, wizard, FINISH)
        plan: Plan = plan_on_disk(plan_path)
        assert plan.business.review_cadence is ReviewCadence.WEEKLY
        assert [r.kind for r in plan.reviews] == [ReviewKind.HUDDLE]
        document.undo_stack.undo()
        plan = plan_on_disk(plan_path)
        assert plan.business.review_cadence is ReviewCadence.NONE and plan.reviews == ()
    finally:
        document.close()


def test_a_read_only_plan_is_told_instead(plan_path: Path, calendar: Calendar, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: pytest.fail("no wizard"))
    document = PlanDocument(PlanRepository.open(plan_path, read_only=True), today=calendar)
    try:
        assert not run_review_wizard(None, document)
    finally:
        document.close()
    assert told and "read-only" in told[0]


def test_a_decision_step_takes_a_typed_month_name_and_refuses_no_date(
    qtbot, open_wizard: Callable[[], ReviewWizard], plan_path: Path
) -> None:
    wizard = open_wizard()
    for _ in range(2):
        click(qtbot, wizard, NEXT)
    decisions = wizard.decisions_page
    qtbot.keyClicks(decisions.text_edit, "Try a rye loaf")
    qtbot.mouseClick(decisions.step_radio, CLICK)
    decisions.goal_combo.setCurrentIndex(decisions.goal_combo.findData(WASTE_GOAL))
    type_date(qtbot, decisions.due_edit, "next week")
    qtbot.mouseClick(decisions.add_button, CLICK)
    assert decisions.table.rowCount() == 0
    assert decisions.problem.text() == "By when: please type a date, like 3 Mar 2027"
    type_date(qtbot, decisions.due_edit, "3 March 2027")
    qtbot.keyClick(decisions.due_edit.line, Qt.Key.Key_Return)  # Enter adds it
    assert decisions.table.rowCount() == 1 and wizard.currentPage() is decisions
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    step = next(s for s in plan_on_disk(plan_path).steps if s.title == "Try a rye loaf")
    assert step.due == date(2027, 3, 3)
