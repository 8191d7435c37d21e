"""The welcome window: try the demo, start a plan, open one, reopen a recent one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog

from bakeryplan.domain.model import Business, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.paths import default_plans_dir
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs, settings, theme
from bakeryplan.ui.welcome import WelcomeWindow
from tests.ui.contrast import best_contrast

TODAY = date(2026, 11, 27)


@pytest.fixture
def welcome(qtbot, monkeypatch: pytest.MonkeyPatch) -> WelcomeWindow:
    monkeypatch.setenv("BAKERYPLAN_TODAY", TODAY.isoformat())
    window = WelcomeWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def opened_by(qtbot, welcome: WelcomeWindow, button) -> PlanDocument:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(welcome.document_opened, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    document = blocker.args[0]
    assert isinstance(document, PlanDocument)
    return document


def test_try_the_demo_creates_and_opens_sunrise_bakery(qtbot, welcome: WelcomeWindow) -> None:
    document = opened_by(qtbot, welcome, welcome.demo_button)
    try:
        assert document.plan.business.name == "Sunrise Bakery"
        assert document.path == (default_plans_dir() / "Sunrise Bakery.bakeryplan").absolute()
        assert not document.read_only
    finally:
        document.close()
    with PlanRepository.open(document.path, read_only=True) as repository:
        plan = repository.load()
    assert plan.goals and plan.people and plan.vision is not None


def test_the_demo_file_is_reused_not_recreated(qtbot, welcome: WelcomeWindow) -> None:
    opened_by(qtbot, welcome, welcome.demo_button).close()
    path = default_plans_dir() / "Sunrise Bakery.bakeryplan"
    with PlanRepository.open(path) as repository:
        repository.set_business(Business("Sunrise Bakery & Cafe"))
    document = opened_by(qtbot, welcome, welcome.demo_button)
    try:
        assert document.plan.business.name == "Sunrise Bakery & Cafe"
    finally:
        document.close()


def test_open_a_plan_asks_for_a_file(
    qtbot, monkeypatch: pytest.MonkeyPatch, welcome: WelcomeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "Mine.bakeryplan"
    PlanRepository.create(path, Plan(business=Business("Mine"))).close()
    monkeypatch.setattr(dialogs, "ask_open_plan", lambda parent: path)
    document = opened_by(qtbot, welcome, welcome.open_button)
    try:
        assert document.plan.business.name == "Mine"
    finally:
        document.close()


def test_cancelling_a_choice_opens_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, welcome: WelcomeWindow
) -> None:
    monkeypatch.setattr(dialogs, "ask_open_plan", lambda parent: None)
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(welcome.document_opened):
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)


def test_recent_plans_that_still_exist_are_listed(qtbot, tmp_path: Path) -> None:
    kept = tmp_path / "Kept.bakeryplan"
    PlanRepository.create(kept, Plan(business=Business("Kept"))).close()
    settings.add_recent_file(tmp_path / "Gone.bakeryplan")
    settings.add_recent_file(kept)
    window = WelcomeWindow()
    qtbot.addWidget(window)
    window.show()
    items = [window.recent_list.item(i).text() for i in range(window.recent_list.count())]
    assert items == ["Kept"]
    with qtbot.waitSignal(window.document_opened, timeout=5000) as blocker:
        window.recent_list.itemActivated.emit(window.recent_list.item(0))
    blocker.args[0].close()


def test_a_recent_plan_tooltip_shows_its_path_as_written(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui
    from PySide6.QtGui import QTextDocument

    odd = tmp_path / "<b>Bakery & Co.bakeryplan"
    PlanRepository.create(odd, Plan(business=Business("Odd"))).close()
    settings.add_recent_file(odd)
    window = WelcomeWindow()
    qtbot.addWidget(window)
    tip = window.recent_list.item(0).toolTip()
    # What a tooltip shows: rich text when Qt guesses so (as it would for a bare "<b>...").
    shown = QTextDocument()
    if GuiQt.mightBeRichText(tip):
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText() == str(odd.resolve())


def test_no_recent_list_on_the_first_run(qtbot, welcome: WelcomeWindow) -> None:
    assert not welcome.recent_list.isVisible()
    assert not welcome.recent_label.isVisible()


@pytest.mark.parametrize("dark_first", [False, True], ids=["switched-to-dark", "dark"])
def test_the_button_arrows_read_on_a_dark_window(qtbot, dark_first: bool) -> None:
    app = QApplication.instance()
    theme.apply_theme(app, dark=dark_first)
    try:
        window = WelcomeWindow()
        qtbot.addWidget(window)
        window.show()
        if not dark_first:
            theme.apply_theme(app, dark=True)
            qtbot.wait(1)
        for button in (window.demo_button, window.new_button, window.open_button):
            arrow = button.icon().pixmap(button.iconSize()).toImage()
            background = button.palette().color(QPalette.ColorRole.Button)
            assert best_contrast(arrow, background) >= 4.5
    finally:
        theme.apply_theme(app, dark=False)
