"""The rhythm on the Reviews tab, a step made from feedback, and the menu items of #15."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bakeryplan.domain.model import FeedbackStatus, ReviewCadence
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo_figures import CAFE_GOAL, TOMAS
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels.feedback_panel import FeedbackPanel
from bakeryplan.ui.panels.reviews_panel import ReviewsPanel
from tests.ui.conftest import DEMO_TODAY, fill_form, on_screen, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

CLICK = Qt.MouseButton.LeftButton


def test_the_rhythm_is_chosen_on_the_reviews_tab_and_says_when_the_next_is_due(
    document: PlanDocument, plan_path: Path, qtbot
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    rhythm = panel.rhythm
    assert rhythm.combo.currentData() == ReviewCadence.MONTHLY  # the demo reviews monthly
    assert rhythm.due_label.text() == "Next review due 7 Dec 2026."
    rhythm.combo.activated.emit(rhythm.combo.findData(ReviewCadence.WEEKLY))
    assert plan_on_disk(plan_path).business.review_cadence is ReviewCadence.WEEKLY
    assert rhythm.due_label.text() == "The next review is 13 days overdue (due 14 Nov 2026)."
    document.undo_stack.undo()
    assert plan_on_disk(plan_path).business.review_cadence is ReviewCadence.MONTHLY
    assert rhythm.combo.currentData() == ReviewCadence.MONTHLY


def test_the_selected_review_shows_what_it_kept(document: PlanDocument, qtbot) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    kept = panel.kept.toPlainText()
    assert kept.startswith("Explanations\n  Cafes supplied: Only Harbour Cafe so far")
    assert "The first review with a snapshot" in kept


def test_hold_a_review_opens_the_wizard_from_the_tab(
    document: PlanDocument, qtbot, monkeypatch
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    shown: list[QDialog] = []

    def finish(wizard) -> int:
        shown.append(wizard)
        wizard.show()
        for _ in range(3):
            wizard.next()
        wizard.accept()
        wizard.hide()
        return wizard.result()

    monkeypatch.setattr(dialogs, "exec_dialog", finish)
    qtbot.mouseClick(panel.hold_button, CLICK)
    assert shown and shown[0].windowTitle() == "Hold a review"
    newest = max(document.plan.reviews, key=lambda r: r.id)
    assert newest.held == DEMO_TODAY and newest.snapshot is not None
    assert panel.selected_id() == newest.id


def test_feedback_becomes_a_step_in_one_undoable_edit(
    document: PlanDocument, plan_path: Path, qtbot, monkeypatch
) -> None:
    panel = on_screen(FeedbackPanel(document), qtbot)
    harbour = next(f for f in document.plan.feedback if f.from_name == "Harbour Cafe")
    before = plan_on_disk(plan_path)
    assert panel.select("feedback", harbour.id)
    form = fill_form({"title": "Deliver to Harbour Cafe by 7:30", "owner_id": ("choice", TOMAS)})
    monkeypatch.setattr(dialogs, "exec_dialog", form)
    qtbot.mouseClick(panel.step_button, CLICK)
    assert form.seen[0].windowTitle() == "Make a step of feedback"
    after = plan_on_disk(plan_path)
    step = next(s for s in after.steps if s.title == "Deliver to Harbour Cafe by 7:30")
    assert (step.goal_id, step.owner_id) == (CAFE_GOAL, TOMAS)  # the feedback's goal
    assert step.due == DEMO_TODAY + timedelta(days=14)
    answered = next(f for f in after.feedback if f.id == harbour.id)
    assert answered.status is FeedbackStatus.ADOPTED
    assert answered.response == "Made a step: Deliver to Harbour Cafe by 7:30"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before


def test_feedback_without_any_goal_in_the_plan_is_told_to_add_one(
    document: PlanDocument, qtbot, no_dialogs
) -> None:
    from bakeryplan.editing import commands

    for goal in [g for g in document.plan.goals if g.parent_id is None]:
        document.push(commands.DeleteGoal(document, goal.id))
    panel = on_screen(FeedbackPanel(document), qtbot)
    assert panel.select("feedback", document.plan.feedback[0].id)
    qtbot.mouseClick(panel.step_button, CLICK)
    assert "Add a goal" in no_dialogs["show_info"][0][1]


def test_the_menus_hold_a_review_and_print_the_check_in_sheet(window, monkeypatch) -> None:
    from tests.ui.test_main_window import _menu_actions

    actions = _menu_actions(window)
    assert "Hold a review…" in actions and "Print check-in sheet…" in actions
    asked: list[list[str]] = []
    previewed: list[str] = []

    def pick_next_week(parent, title, text, options):
        asked.append(options)
        return 0

    def preview(dialog) -> int:
        previewed.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(dialogs, "choose", pick_next_week)
    monkeypatch.setattr(dialogs, "exec_dialog", preview)
    actions["Print check-in sheet…"].trigger()
    assert asked == [["Next week, from 30 Nov 2026", "This week, from 23 Nov 2026"]]
    assert previewed == ["Print the check-in sheet"]


def test_the_check_in_sheet_paints_on_a_printer(document: PlanDocument, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from bakeryplan.reports.checkin_content import next_week
    from bakeryplan.ui.checkin_printing import paint_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_sheet(printer, document, next_week(document.plan, DEMO_TODAY))
    text = " ".join(PdfReader(tmp_path / "printed.pdf").pages[0].extract_text().split())
    assert "week of 30 Nov 2026" in text and "Sun 6" in text


def test_business_details_set_the_rhythm(window, plan_path: Path, monkeypatch) -> None:
    from tests.ui.test_main_window import _menu_actions

    monkeypatch.setattr(
        dialogs, "exec_dialog", fill_form({"review_cadence": ("choice", ReviewCadence.QUARTERLY)})
    )
    _menu_actions(window)["Business details…"].trigger()
    assert plan_on_disk(plan_path).business.review_cadence is ReviewCadence.QUARTERLY


def test_editing_a_review_with_the_form_keeps_its_snapshot_and_explanations(
    document: PlanDocument, plan_path: Path, qtbot, monkeypatch
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    kept = document.plan.reviews[0]
    assert kept.snapshot is not None and kept.explanations
    assert panel.select("review", kept.id)
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"notes": "Shorter notes."}))
    qtbot.mouseClick(panel.edit_button, CLICK)
    (stored,) = plan_on_disk(plan_path).reviews
    assert stored.notes == "Shorter notes."
    assert (stored.snapshot, stored.explanations) == (kept.snapshot, kept.explanations)
