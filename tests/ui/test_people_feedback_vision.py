"""The People, Feedback and Vision tabs, driven with clicks; checked against the plan file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bakeryplan.domain.model import FeedbackSource, FeedbackStatus
from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels.feedback_panel import FeedbackPanel
from bakeryplan.ui.panels.people_panel import PeoplePanel
from bakeryplan.ui.panels.vision_panel import VisionPanel
from tests.ui.conftest import fill_form, on_screen, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")


# --- people ------------------------------------------------------------------------------


def test_people_add_edit_deactivate_delete(
    document: PlanDocument,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    panel = on_screen(PeoplePanel(document), qtbot)
    click = Qt.MouseButton.LeftButton
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"name": "Lena", "role": "Baker"}))
    qtbot.mouseClick(panel.add_button, click)
    lena = next(p for p in plan_on_disk(plan_path).people if p.name == "Lena")
    assert lena.role == "Baker" and lena.active
    assert panel.selected_id() == lena.id

    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"role": "Head baker"}))
    qtbot.mouseClick(panel.edit_button, click)
    assert plan_on_disk(plan_path).person(lena.id).role == "Head baker"

    qtbot.mouseClick(panel.active_button, click)
    assert not plan_on_disk(plan_path).person(lena.id).active
    assert panel.active_button.text().replace("&", "") == "Reactivate"

    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    qtbot.mouseClick(panel.delete_button, click)
    assert plan_on_disk(plan_path).person(lena.id) is None
    for _ in range(4):
        document.undo_stack.undo()
    assert plan_on_disk(plan_path).person(lena.id) is None  # back before the add
    document.undo_stack.redo()
    assert plan_on_disk(plan_path).person(lena.id) == lena


def test_people_show_what_each_owns(document: PlanDocument, qtbot) -> None:
    panel = on_screen(PeoplePanel(document), qtbot)
    plan = document.plan
    owner = next(p for p in plan.people if any(g.owner_id == p.id for g in plan.goals))
    goals = sum(1 for g in plan.goals if g.owner_id == owner.id)
    assert panel.select("person", owner.id)
    row = panel.table.currentRow()
    assert panel.table.item(row, 3).text().startswith(f"{goals} goals")


# --- feedback ----------------------------------------------------------------------------


def test_feedback_add_link_status_respond_delete(
    document: PlanDocument,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:
    panel = on_screen(FeedbackPanel(document), qtbot)
    click = Qt.MouseButton.LeftButton
    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        fill_form(
            {
                "text": "Gluten-free loaf?",
                "source": ("choice", FeedbackSource.CUSTOMER),
                "from_name": "Mrs Khan",
            }
        ),
    )
    qtbot.mouseClick(panel.add_button, click)
    item = next(f for f in plan_on_disk(plan_path).feedback if f.text == "Gluten-free loaf?")
    assert (item.source, item.from_name, item.status) == (
        FeedbackSource.CUSTOMER,
        "Mrs Khan",
        FeedbackStatus.NEW,
    )
    assert panel.selected_id() == item.id

    goal = document.plan.goals[1]
    options: list[list[str]] = []

    def pick(parent, title, text, choices):
        options.append(choices)
        return choices.index(goal.title)

    monkeypatch.setattr(dialogs, "choose", pick)
    qtbot.mouseClick(panel.link_button, click)
    assert _feedback(plan_path, item.id).goal_id == goal.id

    panel.status_combo.activated.emit(panel.status_combo.findData(FeedbackStatus.PARKED))
    assert _feedback(plan_path, item.id).status == FeedbackStatus.PARKED

    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        fill_form(
            {"response": "Trying it in spring", "status": ("choice", FeedbackStatus.ADOPTED)}
        ),
    )
    qtbot.mouseClick(panel.edit_button, click)
    stored = _feedback(plan_path, item.id)
    assert (stored.response, stored.status) == ("Trying it in spring", FeedbackStatus.ADOPTED)

    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _feedback(plan_path, item.id) is None
    document.undo_stack.undo()
    assert _feedback(plan_path, item.id) == stored


def _feedback(path: Path, feedback_id: int):
    return next((f for f in plan_on_disk(path).feedback if f.id == feedback_id), None)


def test_feedback_text_with_html_shows_literally(document: PlanDocument, qtbot) -> None:
    from dataclasses import replace

    from bakeryplan.editing import commands

    first = document.plan.feedback[0]
    document.push(commands.EditFeedback(document, replace(first, text="<i>crusty</i>")))
    panel = on_screen(FeedbackPanel(document), qtbot)
    assert panel.select("feedback", first.id)
    item = panel.table.item(panel.table.currentRow(), 3)
    assert item.text() == "<i>crusty</i>"
    assert "&lt;i&gt;crusty&lt;/i&gt;" in item.toolTip()  # escaped: tooltips guess HTML


# --- vision ------------------------------------------------------------------------------


def test_vision_shows_current_and_earlier_revisions(document: PlanDocument, qtbot) -> None:
    panel = on_screen(VisionPanel(document), qtbot)
    plan = document.plan
    assert panel.statement.text() == plan.vision.text
    assert panel.revisions.count() == len(plan.visions) - 1
    panel.revisions.setCurrentRow(panel.revisions.count() - 1)
    assert panel.revision_text.toPlainText().startswith(plan.visions[0].text)


def test_vision_revise_button_runs_the_wizard(document: PlanDocument, qtbot, monkeypatch) -> None:
    import importlib

    wizard = importlib.import_module("bakeryplan.ui.wizards.vision_wizard")
    calls: list[object] = []
    monkeypatch.setattr(wizard, "run_vision_wizard", lambda parent, doc: calls.append(doc) or True)
    panel = on_screen(VisionPanel(document), qtbot)
    qtbot.mouseClick(panel.revise_button, Qt.MouseButton.LeftButton)
    assert calls == [document]
