"""The vision wizard, driven as a person would; results checked in the plan file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from bakeryplan.domain.model import Business, Plan, VisionRevision
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.vision_wizard import VisionWizard, run_vision_wizard
from bakeryplan.ui.wizards.wording_feedback import highlighted_ranges
from tests.ui.wizard_driving import click

TODAY = date(2026, 11, 27)
ANSWERS = {
    "who": "Families and office workers in Riverside.",
    "best": "Sourdough that rises slowly overnight",
    "known_for": "Bread that is still warm at seven",
    "future": "we run two shops and supply six cafes",
    "why": "Good bread brings people together.",
}


def load(path: Path) -> Plan:
    with PlanRepository.open(path, read_only=True) as repository:
        return repository.load()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "vision.bakeryplan"
    old = VisionRevision("We bake bread.", created=datetime(2025, 1, 5, 9, 0), id=1)
    PlanRepository.create(path, Plan(business=Business("Corner Bakery"), visions=(old,))).close()
    return path


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    yield document
    document.close()


@pytest.fixture
def wizard(qtbot, document: PlanDocument) -> VisionWizard:
    wizard = VisionWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def answer_all(qtbot, wizard: VisionWizard) -> None:
    for key, text in ANSWERS.items():
        page = wizard.question_pages[key]
        assert wizard.currentPage() is page
        qtbot.keyClicks(page.answer, text)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.draft_page


def test_answers_become_a_plain_draft_and_finish_adds_one_revision(
    qtbot, wizard: VisionWizard, document: PlanDocument, plan_path: Path
) -> None:
    answer_all(qtbot, wizard)
    draft = wizard.draft_page.editor.toPlainText()
    assert draft == (
        "We serve families and office workers in Riverside. "
        "We are best at sourdough that rises slowly overnight. "
        "We want to be known for bread that is still warm at seven. "
        "In three to five years, we run two shops and supply six cafes."
    )
    wizard.draft_page.editor.moveCursor(wizard.draft_page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(wizard.draft_page.editor, " Every baker can run a morning alone.")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.pushed
    assert document.undo_stack.count() == 1
    visions = load(plan_path).visions
    assert [v.text for v in visions[:-1]] == ["We bake bread."]
    assert visions[-1].text == draft + " Every baker can run a morning alone."
    assert visions[-1].why == ANSWERS["why"]
    assert visions[-1].created.date() == TODAY


def test_undo_removes_the_new_revision_only(
    qtbot, wizard: VisionWizard, document: PlanDocument, plan_path: Path
) -> None:
    answer_all(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert len(load(plan_path).visions) == 2
    document.undo_stack.undo()
    assert [v.text for v in load(plan_path).visions] == ["We bake bread."]


def test_back_keeps_answers_and_an_edited_draft(qtbot, wizard: VisionWizard) -> None:
    answer_all(qtbot, wizard)
    editor = wizard.draft_page.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "My own words.")
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.question_pages["why"].answer.toPlainText() == ANSWERS["why"]
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.question_pages["future"].answer.toPlainText() == ANSWERS["future"]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert editor.toPlainText() == "My own words."
    wizard.reject()


def test_an_untouched_draft_follows_changed_answers(qtbot, wizard: VisionWizard) -> None:
    answer_all(qtbot, wizard)
    for _ in range(5):
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
    page = wizard.question_pages["who"]
    page.answer.clear()
    qtbot.keyClicks(page.answer, "Students")
    for _ in range(5):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.draft_page.editor.toPlainText().startswith("We serve students.")
    wizard.reject()


def test_feedback_is_live_and_marks_jargon_in_the_editor(qtbot, wizard: VisionWizard) -> None:
    answer_all(qtbot, wizard)
    editor = wizard.draft_page.editor
    feedback = wizard.draft_page.feedback
    editor.selectAll()
    qtbot.keyClicks(editor, "We leverage synergy to be best in class.")
    qtbot.waitUntil(lambda: "synergy" in feedback.jargon_label.text(), timeout=2000)
    assert "Reading ease" in feedback.reading_label.text()
    assert "words" in feedback.length_label.text()
    text = editor.toPlainText()
    marked = {text[start:end].lower() for start, end in highlighted_ranges(editor)}
    assert "synergy" in marked
    editor.selectAll()
    qtbot.keyClicks(editor, "We bake good bread for our street.")
    qtbot.waitUntil(lambda: not highlighted_ranges(editor), timeout=2000)
    assert feedback.jargon_label.text() == "No jargon found."
    wizard.reject()


def test_finish_needs_some_text(qtbot, wizard: VisionWizard) -> None:
    for _ in range(5):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    editor = wizard.draft_page.editor
    assert editor.toPlainText() == "We bake bread."  # revising starts from the current vision
    editor.clear()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()


def test_run_vision_wizard_reports_what_happened(
    qtbot, monkeypatch: pytest.MonkeyPatch, document: PlanDocument, plan_path: Path
) -> None:
    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, VisionWizard)
        dialog.show()
        answer_all(qtbot, dialog)
        click(qtbot, dialog, QWizard.WizardButton.FinishButton)
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", drive)
    assert run_vision_wizard(None, document) is True
    assert len(load(plan_path).visions) == 2
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    assert run_vision_wizard(None, document) is False
    assert len(load(plan_path).visions) == 2


def test_finish_that_could_not_be_saved_keeps_the_wizard_open(
    qtbot, wizard: VisionWizard, document: PlanDocument, plan_path: Path, monkeypatch
) -> None:
    answer_all(qtbot, wizard)

    def disk_full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(document.repository, "add_vision", disk_full)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and not wizard.pushed
    assert len(load(plan_path).visions) == 1
    problem = wizard.currentPage().findChild(ProblemLabel)
    assert problem is not None and problem.isVisible() and "disk is full" in problem.text()
    assert wizard.draft_page.editor.toPlainText().startswith("We serve families")
    wizard.reject()


def test_skipping_every_question_asks_for_a_vision_instead_of_showing_an_empty_draft(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "new.bakeryplan"
    PlanRepository.create(path, Plan(business=Business("Corner Cafe"))).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
    wizard = VisionWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(5):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.draft_page
    assert page.editor.toPlainText() == ""
    assert "draft made from your answers" not in page.subTitle()
    assert page.subTitle().startswith("Write two or three plain sentences")
    qtbot.keyClicks(page.editor, "We bake bread for Riverside.")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert [v.text for v in load(path).visions] == ["We bake bread for Riverside."]
    document.close()
