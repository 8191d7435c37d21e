"""This week: what needs the owner, driven as a person would: read, tick, click, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QWidget

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.text.findings import finding_sentence
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import forecast_sentence, health_label
from bakeryplan.ui.panels.home_rows import ItemLink
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_windows_left")


def _home(window):
    home = window.panels["home"]
    assert window.tabs.currentWidget() is home  # the first tab at start
    return home


def _filled(window, qtbot):
    """The page once filled and its rows on screen (new rows show from the event loop)."""
    home = _home(window)
    qtbot.waitUntil(lambda: home.attention is not None and _all_shown(home))
    return home


def _all_shown(home) -> bool:
    return all(row.isVisible() for section in home.sections.values() for row in section.items)


def _links(row: QWidget) -> list[ItemLink]:
    return row.findChildren(ItemLink)


def _texts(row: QWidget) -> list[str]:
    return [label.text() for label in row.findChildren(QLabel)]


def _row_of(section, text: str) -> QWidget:
    return next(row for row in section.items if any(text in k.full_text for k in _links(row)))


def test_a_measure_behind_is_listed_with_its_figure_and_forecast(window, qtbot) -> None:
    home = _filled(window, qtbot)
    plan = window.document.plan
    behind = [
        m
        for m in plan.measures
        if measure_status(m, plan.actuals_of(m.id), DEMO_TODAY, business=plan.business).health
        in (Health.BEHIND, Health.AT_RISK)
    ]
    assert behind, "the demo plan has a measure behind"
    m = behind[0]
    status = measure_status(m, plan.actuals_of(m.id), DEMO_TODAY, business=plan.business)
    row = _row_of(home.measures, m.name)
    texts = _texts(row)
    assert health_label(status.health) in texts
    assert any("against" in t and "planned" in t for t in texts), texts
    assert status.forecast is not None
    sentence = forecast_sentence(formatter_for(plan.business), m, status.forecast)
    assert sentence in texts
    on_track = [m.name for m in plan.measures if m not in behind]
    listed = [link.full_text for row in home.measures.items for link in _links(row)]
    assert not any(name in text for name in on_track for text in listed)


def test_ticking_a_step_marks_it_done_in_the_file_and_undo_brings_it_back(
    window, qtbot, plan_path: Path
) -> None:
    home = _filled(window, qtbot)
    attention = home.attention
    step = (attention.overdue_steps + attention.week_steps)[0]
    row = _row_of(home.steps, step.title)
    (box,) = row.findChildren(QCheckBox)
    assert box.accessibleName() == f"Done: {step.title}"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _done(plan_path, step.id) == DEMO_TODAY)
    qtbot.waitUntil(lambda: not _listed(home.steps, step.title) and _all_shown(home))
    assert window.document.undo_stack.count() == 1  # one edit, one undo
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert _done(plan_path, step.id) is None
    qtbot.waitUntil(lambda: _listed(home.steps, step.title))


def _listed(section, text: str) -> bool:
    return any(text in link.full_text for row in section.items for link in _links(row))


def _done(path: Path, step_id: int):
    return next(s.done for s in plan_on_disk(path).steps if s.id == step_id)


def test_clicking_an_item_opens_its_tab_with_it_selected(window, qtbot) -> None:
    home = _filled(window, qtbot)
    attention = home.attention
    measure = attention.measures[0].measure
    qtbot.mouseClick(_links(_row_of(home.measures, measure.name))[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.panels["goals"]
    assert window.panels["goals"].selected() == ("measure", measure.id)

    window.tabs.setCurrentWidget(home)
    step = attention.overdue_steps[0]
    qtbot.mouseClick(_links(_row_of(home.steps, step.title))[0], Qt.MouseButton.LeftButton)
    assert window.panels["goals"].selected() == ("step", step.id)

    window.tabs.setCurrentWidget(home)
    feedback = attention.waiting_feedback[0]
    row = home.feedback.items[0]
    qtbot.mouseClick(_links(row)[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.panels["feedback"]
    assert window.panels["feedback"].selected_id() == feedback.id

    window.tabs.setCurrentWidget(home)
    entry = attention.latest[0]
    qtbot.mouseClick(_links(home.latest.items[0])[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.panels["actuals"]
    assert window.panels["actuals"].current_measure_id() == entry.measure_id


def test_needs_attention_holds_the_findings_and_show_goes_there(window, qtbot) -> None:
    home = _filled(window, qtbot)
    assert "alignment" not in [key for key in window.panels]
    person_finding = next(f for f in home.attention.findings if f.subject.kind == "person")
    sentence = finding_sentence(formatter_for(window.document.plan.business), person_finding)
    row = next(r for r in home.findings.items if sentence in _texts(r))
    (show,) = _links(row)
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.panels["people"]
    assert window.panels["people"].selected_id() == person_finding.subject.id


def test_the_next_review_and_the_actions_at_hand(window, qtbot, monkeypatch) -> None:
    home = _filled(window, qtbot)
    (review_text,) = [t for t in _texts(home.review.items[0]) if "review" in t]
    assert "due on 7 December 2026" in review_text
    qtbot.mouseClick(home.record_button, Qt.MouseButton.LeftButton)
    actuals = window.panels["actuals"]
    assert window.tabs.currentWidget() is actuals
    assert actuals.current_measure_id() == home.attention.measures[0].measure.id

    from bakeryplan.ui import dialogs

    opened: list[str] = []

    def record(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", record)
    window.tabs.setCurrentWidget(home)
    qtbot.mouseClick(home.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.hold_button, Qt.MouseButton.LeftButton)
    assert opened == ["ImportWizard", "ReviewWizard"]


def test_the_home_page_alt_keys_clash_with_nothing(window, qtbot) -> None:
    from tests.ui.test_keyboard_access import alt_keys, clashes, mnemonic

    home = _filled(window, qtbot)
    menus = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    keys = alt_keys(home)
    assert len(keys) == 4  # the three actions at hand and Hold a review
    assert clashes(keys + menus) == {}
