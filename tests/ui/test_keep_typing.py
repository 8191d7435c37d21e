"""Never lose typing: wizards ask before closing, Enter acts on its field, forms start in
their first field, a vision revision keeps its "why"; driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from bakeryplan.domain.model import Business, Person, Plan, VisionRevision
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard
from bakeryplan.ui.wizards.vision_wizard import VisionWizard
from tests.ui.conftest import on_screen, plan_on_disk
from tests.ui.wizard_driving import click

TODAY = date(2026, 11, 27)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "typing.bakeryplan"
    vision = VisionRevision(
        "We bake bread for Riverside.",
        why="Good bread brings people together.",
        created=datetime(2025, 1, 5, 9, 0),
        id=1,
    )
    plan = Plan(
        business=Business("Corner Bakery", owner="Ana", locale="en_GB"),
        people=(Person("Ana", "Owner", id=1),),
        visions=(vision,),
    )
    PlanRepository.create(path, plan).close()
    return path


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    yield document
    document.close()


@pytest.fixture
def keep_editing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The owner answers "Keep editing" when asked."""
    asked: list[str] = []

    def keep(parent, title: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(dialogs, "ask_discard_typing", keep)
    return asked


def test_esc_in_a_filled_goal_wizard_asks_and_keep_editing_keeps_the_text(
    qtbot, document: PlanDocument, keep_editing: list[str]
) -> None:
    wizard = on_screen(GoalWizard(document), qtbot)
    qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    qtbot.keyClick(wizard.goal_page.title_edit, Qt.Key.Key_Escape)
    assert keep_editing, "Esc with typing asks first"
    assert wizard.isVisible()
    assert wizard.goal_page.title_edit.text() == "Sell more sourdough"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert len(keep_editing) == 2 and wizard.isVisible()
    wizard.close()  # the window's close button
    assert len(keep_editing) == 3 and wizard.isVisible()


def test_esc_in_an_untouched_wizard_closes_without_asking(
    qtbot, document: PlanDocument, keep_editing: list[str]
) -> None:
    wizard = on_screen(GoalWizard(document), qtbot)
    qtbot.keyClick(wizard.goal_page.title_edit, Qt.Key.Key_Escape)
    assert not keep_editing and not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Rejected


def test_closing_a_filled_vision_wizard_asks_and_losing_it_closes(
    qtbot, document: PlanDocument, discarding_closes: list[str]
) -> None:
    wizard = on_screen(VisionWizard(document), qtbot)
    qtbot.keyClicks(wizard.question_pages["who"].answer, "Families")
    qtbot.keyClick(wizard.question_pages["who"].answer, Qt.Key.Key_Escape)
    assert discarding_closes == ["Write your vision"]
    assert not wizard.isVisible()


def test_a_vision_revision_keeps_the_why_and_the_text(
    qtbot, document: PlanDocument, plan_path: Path
) -> None:
    wizard = on_screen(VisionWizard(document), qtbot)
    for _ in range(5):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.draft_page.editor.toPlainText() == "We bake bread for Riverside."
    qtbot.keyClick(wizard.draft_page.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(wizard.draft_page.editor, " Every morning.")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    latest = plan_on_disk(plan_path).vision
    assert latest is not None and latest.id != 1
    assert latest.text == "We bake bread for Riverside. Every morning."
    assert latest.why == "Good bread brings people together."


def test_enter_in_the_someone_new_field_adds_the_person_and_stays(
    qtbot, document: PlanDocument, plan_path: Path
) -> None:
    wizard = on_screen(GoalWizard(document), qtbot)
    qtbot.keyClicks(wizard.goal_page.title_edit, "Sell more sourdough")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    steps = wizard.steps_page
    assert wizard.currentPage() is steps
    qtbot.keyClicks(steps.title_edit(0), "Teach Lee to shape loaves")
    qtbot.keyClick(steps.title_edit(0), Qt.Key.Key_Return)
    assert wizard.currentPage() is steps and steps.table.rowCount() == 2
    qtbot.keyClicks(steps.add_person.name_edit, "Lee")
    qtbot.keyClick(steps.add_person.name_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is steps, "Enter stays on the page"
    assert steps.add_person.name_edit.text() == ""
    steps.table.setCurrentCell(0, 0)
    steps.owner_combo(0).set_owner_id(-1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    plan = plan_on_disk(plan_path)
    lee = next(p for p in plan.people if p.name == "Lee")
    assert [(s.title, s.owner_id) for s in plan.steps] == [("Teach Lee to shape loaves", lee.id)]


def test_enter_in_the_team_table_adds_a_row_and_stays(qtbot) -> None:
    wizard = on_screen(NewPlanWizard(TODAY), qtbot)
    qtbot.keyClicks(wizard.business_page.name_edit, "Corner Bakery")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    team = wizard.staff_page
    qtbot.keyClicks(team.line_edit(0, 0), "Ben")
    qtbot.keyClick(team.line_edit(0, 0), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is team.line_edit(0, 1)
    qtbot.keyClicks(team.line_edit(0, 1), "Baker")
    qtbot.keyClick(team.line_edit(0, 1), Qt.Key.Key_Return)
    assert wizard.currentPage() is team and team.table.rowCount() == 2
    assert [(p.name, p.role) for p in team.people() if p.name == "Ben"] == [("Ben", "Baker")]
    wizard.reject()


def _type_into_the_form(qtbot, text: str):
    """An exec_dialog that shows the form, types where the keyboard is, presses Enter."""
    seen: list = []

    def run(form) -> int:
        seen.append(form)
        with qtbot.waitExposed(form):
            form.show()
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        seen.append(QApplication.focusWidget())
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return form.result()

    run.seen = seen  # type: ignore[attr-defined]
    return run


def test_typing_into_a_fresh_goal_form_lands_in_its_first_field_and_enter_saves_it(
    window, plan_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    run = _type_into_the_form(qtbot, "Bake rye on Saturdays")
    monkeypatch.setattr(dialogs, "exec_dialog", run)
    window.tabs.setCurrentWidget(window.panels["goals"])
    qtbot.mouseClick(window.panels["goals"].quick_goal_button, Qt.MouseButton.LeftButton)
    form, focused = run.seen
    assert focused is form.widget("title")
    assert "Bake rye on Saturdays" in [g.title for g in plan_on_disk(plan_path).goals]


def test_typing_into_a_fresh_person_form_saves_the_name(
    window, plan_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    run = _type_into_the_form(qtbot, "Noor")
    monkeypatch.setattr(dialogs, "exec_dialog", run)
    window.panels["people"].add_button.click()
    assert "Noor" in [p.name for p in plan_on_disk(plan_path).people]


def test_a_long_title_in_a_fresh_form_shows_its_beginning_and_typing_replaces_it(
    qtbot, document: PlanDocument
) -> None:
    from bakeryplan.ui.widgets.form_dialog import FormDialog

    title = " ".join(["Open a second shop with a wood-fired oven"] * 6)
    form = FormDialog("Goal")
    form.add_text("title", "&Goal", title)
    on_screen(form, qtbot)
    line = form.widget("title")
    assert QApplication.focusWidget() is line
    assert line.selectedText() == title and line.cursorPosition() == 0
    qtbot.keyClicks(line, "Bake rye")
    assert line.text() == "Bake rye"


def test_a_forms_tab_order_follows_its_layout(qtbot, document: PlanDocument) -> None:
    from bakeryplan.ui.widgets.form_dialog import FormDialog

    form = FormDialog("Order")
    form.add_text("a", "&A")
    form.add_date("when", "&When", TODAY)
    form.add_text("b", "&B")
    on_screen(form, qtbot)
    assert QApplication.focusWidget() is form.widget("a")
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    when = form.widget("when")
    assert order[:2] == [when.editor.line, when.editor.calendar_button]
    assert order[2].text() == "Clear" and order[3] is form.widget("b")


def test_enter_in_a_point_of_the_measure_form_moves_on_and_keeps_the_form_open(
    qtbot, tmp_path: Path
) -> None:
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.ui.widgets.measure_form import MeasureForm

    plan = demo_plan(TODAY)
    form = on_screen(MeasureForm(None, plan, plan.measure(4), is_new=False), qtbot)
    table = form.path.points_table
    assert table.rowCount() >= 2
    value = table.cellWidget(0, 1)
    value.setFocus()
    value.selectAll()
    qtbot.keyClicks(value, "3")
    qtbot.keyClick(value, Qt.Key.Key_Return)
    assert form.isVisible() and form.result() == 0, "Enter did not press OK"
    assert QApplication.focusWidget() is table.cellWidget(1, 0)
    assert form.measure().points[0].value == 3
