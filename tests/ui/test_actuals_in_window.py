"""The actuals grid inside the main window: a refused cell never holds the keyboard hostage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bakeryplan.domain.model import Person
from bakeryplan.editing import commands
from bakeryplan.ui.main_window import MainWindow
from bakeryplan.ui.models import DATE

pytestmark = pytest.mark.usefixtures("no_windows_left")


def test_leaving_a_refused_date_for_another_tab_gives_the_keyboard_back(
    window: MainWindow, qtbot
) -> None:
    document = window.document
    assert document is not None
    document.push(commands.AddPerson(document, Person(name="Noor")))
    actuals = window.panels["actuals"]
    window.tabs.setCurrentWidget(actuals)
    table = actuals.table
    table.setFocus()
    table.setCurrentIndex(actuals.model.index(actuals.model.new_row, DATE))
    qtbot.keyClicks(table, "3")
    qtbot.keyClicks(table.focusWidget(), "1/13/2026")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "31/13/2026" in actuals.problem.text())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Goals
    goals = window.panels["goals"]
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is goals)
    goals.tree.setFocus()
    qtbot.wait(20)  # any deferred reopening of the refused cell has run by now
    focus = QApplication.focusWidget()
    assert focus is not None and not actuals.isAncestorOf(focus)
    before = document.undo_stack.index()
    qtbot.keyClick(goals.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.undo_stack.index() == before - 1  # Ctrl+Z reached the window
