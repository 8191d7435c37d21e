"""Fit any name: a 300-character goal never makes the window wider than a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from bakeryplan.ui import dialogs
from bakeryplan.ui.widgets.fit import ElidedLabel
from tests.ui.conftest import fill_form, plan_on_disk

LONG_GOAL = ("Open a second shop by the river with a wood-fired oven " * 8)[:300]


def test_a_300_character_goal_keeps_the_window_under_1024_pixels(
    window, plan_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    goals = window.panels["goals"]
    window.tabs.setCurrentWidget(goals)
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"title": LONG_GOAL}))
    qtbot.mouseClick(goals.quick_goal_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        fill_form({"name": "Loaves " * 40, "unit": "loaves", "baseline": "10", "target": "20"}),
    )
    qtbot.mouseClick(goals.add_measure_button, Qt.MouseButton.LeftButton)
    plan = plan_on_disk(plan_path)
    goal = next(g for g in plan.goals if g.title == LONG_GOAL)
    assert plan.measures_of(goal.id), "the measure was added to the long goal"
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        width = window.minimumSizeHint().width()
        assert width < 1024, f"{tabs.tabText(index)} makes the window {width} px wide"
    combo = window.panels["actuals"].measure_combo
    assert isinstance(combo, QComboBox)
    at = combo.findData(plan.measures_of(goal.id)[0].id)
    assert LONG_GOAL in combo.itemData(at, Qt.ItemDataRole.ToolTipRole)


def test_an_elided_label_cuts_a_long_text_and_tooltips_it_whole(qtbot) -> None:
    label = ElidedLabel(LONG_GOAL)
    qtbot.addWidget(label)
    label.resize(200, 30)
    label.show()
    assert label.text().endswith("\u2026") and len(label.text()) < 100
    assert "wood-fired" in label.toolTip()
    assert label.minimumSizeHint().width() < 200


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QTableWidgetItem, QToolTip

    from bakeryplan.ui.widgets.record_table import RecordTable

    table = RecordTable(1)
    qtbot.addWidget(table)
    table.setRowCount(1)
    table.setItem(0, 0, QTableWidgetItem(LONG_GOAL))
    table.setColumnWidth(0, 120)
    table.resize(300, 200)
    table.show()
    qtbot.waitExposed(table)
    where = table.visualRect(table.model().index(0, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where))
    QApplication.sendEvent(table.viewport(), event)
    assert "wood-fired" in QToolTip.text()
    QToolTip.hideText()
