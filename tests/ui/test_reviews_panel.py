"""The Reviews tab, driven with clicks and keys; checked against the plan file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bakeryplan.domain.model import Review, ReviewKind
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import format_day
from bakeryplan.ui.panels.reviews_panel import DECISIONS, NOTES, ReviewsPanel
from tests.ui.conftest import DEMO_TODAY, fill_form, on_screen, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

CLICK = Qt.MouseButton.LeftButton


def _stored(path: Path, review_id: int) -> Review | None:
    return next((r for r in plan_on_disk(path).reviews if r.id == review_id), None)


def test_add_edit_delete_each_undoable(
    document: PlanDocument, plan_path: Path, qtbot, monkeypatch
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    form = fill_form(
        {
            "held": date(2026, 11, 26),
            "kind": ("choice", ReviewKind.HUDDLE),
            "notes": "Ovens ran late.\nMonday waste down.",
            "decisions": "Start the proofer at five.",
        }
    )
    monkeypatch.setattr(dialogs, "exec_dialog", form)
    qtbot.mouseClick(panel.add_button, CLICK)
    added = next(r for r in plan_on_disk(plan_path).reviews if r.held == date(2026, 11, 26))
    assert (added.kind, added.notes, added.decisions) == (
        ReviewKind.HUDDLE,
        "Ovens ran late.\nMonday waste down.",
        "Start the proofer at five.",
    )
    assert form.seen[0].windowTitle() == "New review"
    assert panel.selected_id() == added.id
    assert panel.table.currentRow() == 0  # newest first
    assert panel.table.item(0, NOTES).text() == "Ovens ran late."
    assert panel.notes.toPlainText() == added.notes  # in full below the list
    assert panel.decisions.toPlainText() == added.decisions
    document.undo_stack.undo()
    assert _stored(plan_path, added.id) is None
    document.undo_stack.redo()
    assert _stored(plan_path, added.id) == added

    # Enter on the selected row edits it.
    assert panel.select("review", added.id)
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"decisions": "Proofer at half four."}))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    edited = replace(added, decisions="Proofer at half four.")
    assert _stored(plan_path, added.id) == edited
    assert panel.decisions.toPlainText() == "Proofer at half four."
    document.undo_stack.undo()
    assert _stored(plan_path, added.id) == added
    document.undo_stack.redo()
    assert _stored(plan_path, added.id) == edited

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or True)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _stored(plan_path, added.id) is None
    assert format_day(added.held, document.plan.business) in asked[0]
    document.undo_stack.undo()
    assert _stored(plan_path, added.id) == edited
    document.undo_stack.redo()
    assert _stored(plan_path, added.id) is None


def test_delete_refused_keeps_the_review(
    document: PlanDocument, plan_path: Path, qtbot, monkeypatch
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    review = document.plan.reviews[0]
    assert panel.select("review", review.id)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: False)
    qtbot.mouseClick(panel.delete_button, CLICK)
    assert _stored(plan_path, review.id) == review
    assert document.undo_stack.count() == 0


def test_new_review_defaults_to_today_and_the_last_kind(
    document: PlanDocument, qtbot, monkeypatch
) -> None:
    panel = on_screen(ReviewsPanel(document), qtbot)
    seen: list[dict] = []

    def cancel(form) -> int:
        seen.append(form.values())
        return 0

    monkeypatch.setattr(dialogs, "exec_dialog", cancel)
    qtbot.mouseClick(panel.add_button, CLICK)
    assert seen[0]["held"] == DEMO_TODAY
    assert seen[0]["kind"] == document.plan.reviews[0].kind
    assert document.undo_stack.count() == 0


def test_read_only_plan_disables_editing(plan_path: Path, qtbot) -> None:
    document = PlanDocument(
        PlanRepository.open(plan_path, read_only=True), today=lambda: DEMO_TODAY
    )
    try:
        panel = on_screen(ReviewsPanel(document), qtbot)
        assert panel.selected_id() == document.plan.reviews[0].id
        for button in (panel.add_button, panel.edit_button, panel.delete_button):
            assert not button.isEnabled()
        panel.edit_selected()  # Enter, double click and the Delete key do nothing either
        panel.delete_selected()
        assert document.undo_stack.count() == 0
    finally:
        document.close()


def test_digest_counts_what_changed_since_the_last_review(document: PlanDocument, qtbot) -> None:
    plan = document.plan
    since = max(r.held for r in plan.reviews if r.held <= DEMO_TODAY)

    def after(day: date | None) -> bool:
        return day is not None and since < day <= DEMO_TODAY

    actuals = sum(after(a.on) for a in plan.actuals)
    steps = sum(after(s.done) for s in plan.steps)
    feedback = sum(after(f.received) for f in plan.feedback)
    assert actuals > 1 and steps + feedback > 0  # the demo plan has something to show
    panel = on_screen(ReviewsPanel(document), qtbot)
    day = format_day(since, plan.business)
    step_words = "1 step done" if steps == 1 else f"{steps} steps done"
    assert panel.digest_label.text() == (
        f"Since the last review ({day}): 1 measure changed health, 0 changes to the plan, "
        f"{actuals} actuals recorded, {step_words}, 1 newly overdue, {feedback} new feedback"
    )

    # A review held today without a snapshot: nothing has changed since, and what changed
    # in the plan itself cannot be known.
    document.push(commands.AddReview(document, Review(held=DEMO_TODAY)))
    day = format_day(DEMO_TODAY, plan.business)
    assert panel.digest_label.text() == (
        f"Since the last review ({day}): 0 measures changed health, 0 actuals recorded, "
        "0 steps done, 0 newly overdue, 0 new feedback"
    )
    for review in document.plan.reviews:
        document.push(commands.DeleteReview(document, review.id))
    assert panel.digest_label.text() == "No review held yet."
    assert panel.table.rowCount() == 0 and not panel.edit_button.isEnabled()


def test_review_text_with_html_shows_literally(document: PlanDocument, qtbot) -> None:
    first = document.plan.reviews[0]
    html = replace(first, notes="<b>x</b>\nmore", decisions="<i>y</i> & z")
    document.push(commands.EditReview(document, html))
    panel = on_screen(ReviewsPanel(document), qtbot)
    assert panel.select("review", first.id)
    row = panel.table.currentRow()
    assert panel.table.item(row, NOTES).text() == "<b>x</b>"
    assert panel.table.item(row, DECISIONS).text() == "<i>y</i> & z"
    assert "&lt;b&gt;x&lt;/b&gt;" in panel.table.item(row, NOTES).toolTip()
    assert panel.notes.toPlainText() == "<b>x</b>\nmore"
    assert panel.decisions.toPlainText() == "<i>y</i> & z"
    assert panel.digest_label.textFormat() == Qt.TextFormat.PlainText
