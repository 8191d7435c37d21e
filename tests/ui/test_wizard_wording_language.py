"""The wizards check the wording in the plan's language, not in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from bakeryplan.domain.model import Business, Person, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from bakeryplan.ui.wizards.vision_wizard import VisionWizard
from bakeryplan.ui.wizards.wording_feedback import highlighted_ranges
from tests.ui.wizard_driving import click

TODAY = date(2026, 11, 27)
ANA = 1


@pytest.fixture
def open_plan(tmp_path: Path) -> Iterator[Callable[[str], PlanDocument]]:
    documents: list[PlanDocument] = []

    def opened(locale: str) -> PlanDocument:
        path = tmp_path / f"{locale}.bakeryplan"
        plan = Plan(
            business=Business("Bäckerei Kern", owner="Ana", locale=locale),
            people=(Person("Ana", "Inhaberin", id=ANA),),
        )
        PlanRepository.create(path, plan).close()
        documents.append(PlanDocument(PlanRepository.open(path), today=lambda: TODAY))
        return documents[-1]

    yield opened
    for document in documents:
        document.close()


def draft_page_of(qtbot, document: PlanDocument) -> VisionWizard:
    wizard = VisionWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.draft_page:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    return wizard


def test_a_german_vision_gets_german_jargon_marked(qtbot, open_plan) -> None:
    wizard = draft_page_of(qtbot, open_plan("de_DE"))
    editor, feedback = wizard.draft_page.editor, wizard.draft_page.feedback
    editor.selectAll()
    qtbot.keyClicks(editor, "Wir wollen proaktiv Synergien heben.")
    qtbot.waitUntil(lambda: "synergien" in feedback.jargon_label.text(), timeout=2000)
    text = editor.toPlainText()
    marked = {text[start:end] for start, end in highlighted_ranges(editor)}
    assert marked == {"proaktiv", "Synergien"}
    wizard.reject()


def test_a_polish_vision_shows_no_reading_score(qtbot, open_plan) -> None:
    wizard = draft_page_of(qtbot, open_plan("pl_PL"))
    editor, feedback = wizard.draft_page.editor, wizard.draft_page.feedback
    editor.selectAll()
    qtbot.keyClicks(editor, "Pieczemy dobry chleb dla miasta.")
    no_score = "No score for this language"
    qtbot.waitUntil(lambda: no_score in feedback.reading_label.text(), timeout=2000)
    assert "100" not in feedback.reading_label.text()
    wizard.reject()


def test_a_german_goal_dated_by_a_month_name_is_specific(qtbot, open_plan) -> None:
    wizard = GoalWizard(open_plan("de_DE"))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.goal_page
    # Typed as a paste: QTest types ASCII keys only.
    page.title_edit.setText("Bis Juni wöchentlich 400 Brote verkaufen")
    page.has_due.setChecked(False)
    page.owner_combo.set_owner_id(ANA)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    checks = wizard.measure_page
    assert checks.number_check.text().startswith("✓")
    assert checks.date_check.text().startswith("✓")
    assert checks.owner_check.text().startswith("✓")
    wizard.reject()


def test_warm_up_reads_the_language_in_the_background() -> None:
    from bakeryplan.domain import wording_rules
    from bakeryplan.ui.wizards import wording_loader

    wording_loader.warm_up("it")
    wording_loader._started["it"].join(timeout=60)
    assert "it" in wording_rules._built
