"""The first hour: empty tabs say what they are for, a new plan offers its first goal, and
Help explains the ideas behind a plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from bakeryplan.domain.alignment import Case
from bakeryplan.domain.model import Business, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs, opening
from bakeryplan.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_TODAY
from tests.ui.wizard_driving import click

pytestmark = pytest.mark.usefixtures("no_windows_left")

# tab: (words its sentence holds, the dialog its button opens)
EMPTY_TABS = {
    "goals": ("what the business wants to reach", "GoalWizard"),
    "actuals": ("record the real figures", "GoalWizard"),
    "chart": ("how a number moves against its plan", "GoalWizard"),
    "people": ("Everyone who owns a goal or a step", "FormDialog"),
    "feedback": ("team, customers and suppliers", "FormDialog"),
    "reviews": ("regular rhythm", "ReviewWizard"),
}


@pytest.fixture
def empty_window(tmp_path: Path, qtbot, no_dialogs) -> Iterator[MainWindow]:
    path = tmp_path / "new.bakeryplan"
    PlanRepository.create(path, Plan(Business("Riverside Rolls"))).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    main = MainWindow(document)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


@pytest.mark.parametrize("key", list(EMPTY_TABS))
def test_an_empty_tab_says_what_it_is_for_and_its_button_fills_it(
    empty_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    words, dialog_name = EMPTY_TABS[key]
    panel = empty_window.panels[key]
    empty_window.tabs.setCurrentWidget(panel)
    cover = panel.empty_state.state  # made at once: the tab is empty
    assert cover is not None
    qtbot.waitUntil(cover.isVisible)
    assert words in cover.sentence.text()
    assert cover.sentence.text().count(". ") <= 1  # one sentence (two where a goal comes first)
    assert cover.geometry().width() > 200  # it covers the list, not a corner of it
    opened: list[str] = []

    def record(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", record)
    qtbot.mouseClick(cover.button, Qt.MouseButton.LeftButton)
    assert opened == [dialog_name]


def test_the_cover_goes_once_the_tab_has_something(empty_window: MainWindow, qtbot) -> None:
    from bakeryplan.domain.model import Person
    from bakeryplan.editing import commands

    people = empty_window.panels["people"]
    empty_window.tabs.setCurrentWidget(people)
    cover = people.empty_state.state
    assert cover is not None
    qtbot.waitUntil(cover.isVisible)
    empty_window.document.push(commands.AddPerson(empty_window.document, Person("Jo")))
    assert not cover.isVisible()
    assert people.table.rowCount() == 1


def test_an_empty_plan_home_page_says_where_to_start(empty_window: MainWindow, qtbot) -> None:
    home = empty_window.panels["home"]
    qtbot.waitUntil(lambda: home.attention is not None)
    assert Case.NO_VISION in [f.case for f in home.attention.findings]
    assert not home.record_button.isEnabled()  # nothing to record before a measure


def test_after_the_new_plan_wizard_the_goal_wizard_is_offered(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.ui.wizards.goal_wizard import GoalWizard
    from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard
    from tests.ui.test_wizard_new_plan import fill_business_and_team

    seen: list[str] = []

    def drive(dialog: QDialog) -> int:
        if isinstance(dialog, NewPlanWizard):
            dialog.show()
            fill_business_and_team(qtbot, dialog)
            dialog.file_page.write_vision_next.setChecked(False)
            click(qtbot, dialog, QWizard.WizardButton.FinishButton)
            seen.append("new plan")
            return dialog.result()
        assert isinstance(dialog, GoalWizard)
        seen.append("goal wizard")
        return QDialog.DialogCode.Rejected

    def ask(_parent, title: str, _text: str, action: str) -> bool:
        seen.append(f"{title} / {action}")
        return True

    monkeypatch.setattr(dialogs, "exec_dialog", drive)
    monkeypatch.setattr(dialogs, "ask", ask)
    document = opening.new_plan_interactive(None)
    assert document is not None
    document.close()
    assert seen == ["new plan", "Add your first goal / Add your first goal…", "goal wizard"]


def test_add_goal_opens_the_goal_wizard_and_the_form_is_one_click_away(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", record)
    goals = window.panels["goals"]
    window.tabs.setCurrentWidget(goals)
    qtbot.mouseClick(goals.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(goals.quick_goal_button, Qt.MouseButton.LeftButton)
    assert opened == ["GoalWizard", "FormDialog"]


def test_help_explains_how_bakeryplan_works(window, qtbot) -> None:
    from bakeryplan.ui.guide import GuideDialog

    action = next(a for a in window.toolbar.actions() if a.text() == "Help")
    action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for idea in ("clear vision", "owner", "Numbers that show progress", "Feedback", "reviews"):
        assert idea in text, idea
    assert "balanced scorecard" in text
    for side in ("Money", "Customers", "How we work", "Team and skills"):
        assert side in text
    menu_item = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text().replace("&", "") == "How BakeryPlan works"
    )
    menu_item.trigger()
    assert window.findChildren(GuideDialog) == [guide]  # the same window, brought forward
    guide.close()


def test_the_toolbar_holds_the_everyday_actions_with_text_under_icons(window) -> None:
    bar = window.toolbar
    texts = [a.text() for a in bar.actions() if not a.isSeparator()]
    assert texts == [
        "This week",
        "Add goal",
        "Record figures",
        "Import",
        "Review",
        "Huddle sheet",
        "One-page plan",
        "Help",
    ]
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert all(not a.icon().isNull() for a in bar.actions() if not a.isSeparator())
    window.tabs.setCurrentWidget(window.panels["people"])
    next(a for a in bar.actions() if a.text() == "This week").trigger()
    assert window.tabs.currentWidget() is window.panels["home"]


def test_a_tab_with_records_makes_its_cover_only_once_it_empties(
    tmp_path: Path, qtbot, no_dialogs
) -> None:
    from bakeryplan.domain.model import Person
    from bakeryplan.editing import commands

    path = tmp_path / "one person.bakeryplan"
    PlanRepository.create(path, Plan(Business("Riverside Rolls"), people=(Person("Jo"),))).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    main = MainWindow(document)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    people = main.show_panel("people")
    assert people is not None
    assert people.empty_state.state is None  # nothing to cover: not even made
    (jo,) = document.plan.people
    document.push(commands.DeletePerson(document, jo.id))
    cover = people.empty_state.state
    assert cover is not None
    qtbot.waitUntil(cover.isVisible)
    assert "Everyone who owns a goal or a step" in cover.sentence.text()
    assert cover.geometry().width() > 200
    main.close()
