"""A double-click on a goal opens its form and leaves the tree as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bakeryplan.ui import dialogs


def test_double_click_edits_without_collapsing(
    window, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    goals = window.panels["goals"]
    window.tabs.setCurrentWidget(goals)
    goal = window.document.plan.goals[0]
    assert goals.select("goal", goal.id)
    index = goals.tree.currentIndex()
    goals.tree.setExpanded(index, True)
    opened: list[str] = []

    def cancel(form) -> int:
        opened.append(form.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", cancel)
    goals.tree.scrollTo(index)
    where = goals.tree.visualRect(index).center()
    # A person's double-click: a click, then the second press Qt reads as a double-click.
    qtbot.mouseClick(goals.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(goals.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == ["Edit goal"]
    assert goals.tree.isExpanded(index)
