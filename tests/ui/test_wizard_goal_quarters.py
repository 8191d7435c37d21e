"""Quarterly steps in the goal wizard follow the business's fiscal year, and the points
buttons are reachable with Alt. Driven as a person would; results checked in the plan file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWizard

from bakeryplan.domain.model import Business, CurveKind, CurvePoint, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from bakeryplan.ui.wizards.measure_editor import MeasureEditor
from tests.ui.wizard_driving import click, type_date, type_number

TODAY = date(2026, 11, 27)
GOAL_DUE = date(2027, 6, 30)
# Counted by hand: 250 to 400 in three equal steps of 50, on each quarter's last day.
CALENDAR_STEPS = (
    CurvePoint(TODAY, 250),
    CurvePoint(date(2026, 12, 31), 300),  # quarter Oct-Dec (calendar Q4, April-year Q3)
    CurvePoint(date(2027, 3, 31), 350),  # quarter Jan-Mar
    CurvePoint(GOAL_DUE, 400),  # the target date closes the last quarter (Apr-Jun)
)
FEBRUARY_YEAR_STEPS = (
    CurvePoint(TODAY, 250),
    CurvePoint(date(2027, 1, 31), 300),  # quarter Nov-Jan
    CurvePoint(date(2027, 4, 30), 350),  # quarter Feb-Apr
    CurvePoint(GOAL_DUE, 400),  # inside quarter May-Jul
)
ALT = Qt.KeyboardModifier.AltModifier
OpenWizard = Callable[[int], tuple[GoalWizard, Path]]


@pytest.fixture
def open_wizard(qtbot, tmp_path: Path) -> Iterator[OpenWizard]:
    """Opens the goal wizard on a new plan whose business year starts in the given month."""
    documents: list[PlanDocument] = []

    def open_for(fiscal_year_start: int) -> tuple[GoalWizard, Path]:
        path = tmp_path / f"fiscal-{fiscal_year_start}.bakeryplan"
        business = Business("Corner Bakery", fiscal_year_start=fiscal_year_start)
        PlanRepository.create(path, Plan(business=business)).close()
        document = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
        documents.append(document)
        wizard = GoalWizard(document)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)  # Alt mnemonics reach the active window only
        return wizard, path

    yield open_for
    for document in documents:
        document.close()


def alt(qtbot, wizard: QWizard, key: Qt.Key, done: Callable[[], bool]) -> None:
    """Alt+key as typed; a button's mnemonic clicks it after a short animation."""
    qtbot.keyClick(wizard.focusWidget(), key, ALT)
    qtbot.waitUntil(done, timeout=2000)


def reach_measure_page(qtbot, wizard: GoalWizard) -> MeasureEditor:
    qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    type_date(qtbot, wizard.goal_page.due_edit, GOAL_DUE)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    editor = wizard.measure_page.editor
    qtbot.keyClicks(editor.name_edit, "Sourdough loaves a week")
    type_number(qtbot, editor.baseline_spin, "250")
    type_number(qtbot, editor.target_spin, "400")
    return editor


def choose_steps_by_keyboard(qtbot, editor: MeasureEditor) -> None:
    """From "Steady" one down is "In steps (e.g. each quarter)"."""
    editor.curve_combo.setFocus()
    qtbot.keyClick(editor.curve_combo, Qt.Key.Key_Down)
    assert editor.curve() is CurveKind.STEPPED


def finish_and_load_points(qtbot, wizard: GoalWizard, path: Path) -> tuple[CurvePoint, ...]:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with PlanRepository.open(path, read_only=True) as repository:
        (measure,) = repository.load().measures
    assert measure.curve is CurveKind.STEPPED
    return measure.points


@pytest.mark.parametrize("fiscal_year_start", [1, 4])
def test_a_january_or_april_year_steps_at_the_calendar_quarter_ends(
    qtbot, open_wizard: OpenWizard, fiscal_year_start: int
) -> None:
    wizard, path = open_wizard(fiscal_year_start)
    editor = reach_measure_page(qtbot, wizard)
    choose_steps_by_keyboard(qtbot, editor)
    type_number(qtbot, editor.points_table.cellWidget(1, 1), "280")  # edited by hand ...
    alt(qtbot, wizard, Qt.Key.Key_Q, lambda: editor.points_table.points() == CALENDAR_STEPS)
    assert finish_and_load_points(qtbot, wizard, path) == CALENDAR_STEPS  # ... Alt+Q refills


def test_a_february_year_steps_at_the_end_of_january_and_april(
    qtbot, open_wizard: OpenWizard
) -> None:
    wizard, path = open_wizard(2)
    choose_steps_by_keyboard(qtbot, reach_measure_page(qtbot, wizard))
    assert finish_and_load_points(qtbot, wizard, path) == FEBRUARY_YEAR_STEPS


def test_the_editor_places_the_steps_in_the_fiscal_quarters_it_is_given(qtbot) -> None:
    editor = MeasureEditor(TODAY, fiscal_year_start=2)
    qtbot.addWidget(editor)
    editor.set_target_date(GOAL_DUE)
    type_number(qtbot, editor.baseline_spin, "250")
    type_number(qtbot, editor.target_spin, "400")
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData(CurveKind.STEPPED.value))
    assert editor.measure().points == FEBRUARY_YEAR_STEPS


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return match[1].lower() if match else None


def test_the_points_buttons_have_alt_keys_unique_on_the_page(
    qtbot, open_wizard: OpenWizard
) -> None:
    wizard, _ = open_wizard(1)
    editor = reach_measure_page(qtbot, wizard)
    choose_steps_by_keyboard(qtbot, editor)
    texts = [w.text() for w in wizard.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in wizard.findChildren(QLabel) if w.isVisible() and w.buddy()]
    texts += [w.title() for w in wizard.findChildren(QGroupBox) if w.isVisible()]
    letters = [letter for letter in map(mnemonic, texts) if letter]
    assert len(letters) == len(set(letters)), f"Alt keys used twice: {sorted(letters)}"
    buttons = (editor.quarterly_button, editor.add_point_button, editor.remove_point_button)
    assert [mnemonic(b.text()) for b in buttons] == ["q", "p", "r"]

    rows = editor.points_table.rowCount()
    alt(qtbot, wizard, Qt.Key.Key_P, lambda: editor.points_table.rowCount() == rows + 1)
    alt(qtbot, wizard, Qt.Key.Key_R, lambda: editor.points_table.rowCount() == rows)
    wizard.reject()
