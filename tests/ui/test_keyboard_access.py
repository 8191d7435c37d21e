"""Every button and labelled field on a page has its own Alt key, and labels lead to fields."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui.main_window import MainWindow
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard
from tests.ui.conftest import DEMO_TODAY

pytestmark = pytest.mark.usefixtures("no_windows_left")

WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def mnemonic(text: str) -> str:
    """The Alt key a text gives its widget ("" when none)."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+")


def alt_keys(page: QWidget) -> list[tuple[str, str]]:
    """(key, text) of every button, and every label with a buddy, shown on ``page``."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            key = mnemonic(widget.text())
            if key:
                found.append((key, widget.text()))
    return found


def clashes(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _text in keys)
    return {k: [t for key, t in keys if key == k] for k, n in counts.items() if n > 1}


def unlabelled_buttons(page: QWidget) -> list[str]:
    return [
        button.text()
        for button in page.findChildren(QAbstractButton)
        if button.isVisibleTo(page) and button.text() and not mnemonic(button.text())
    ]


def wizard_pages(wizard: QWizard) -> Iterator[tuple[str, QWidget, list[tuple[str, str]]]]:
    """Each page with the Alt keys of the wizard's own buttons, which are on every page."""
    own = [(mnemonic(wizard.buttonText(b)), wizard.buttonText(b)) for b in WIZARD_BUTTONS]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        yield type(page).__name__, page, [k for k in own if k[0]]


def test_the_chart_label_leads_to_the_picker(window: MainWindow, qtbot) -> None:
    panel = window.panels["chart"]
    window.tabs.setCurrentWidget(panel)
    assert panel.picker_label.buddy() is panel.picker
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert panel.picker.hasFocus()


def test_the_chart_tab_has_its_own_alt_keys(window: MainWindow, qtbot) -> None:
    panel = window.panels["chart"]
    window.tabs.setCurrentWidget(panel)
    menus = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    assert clashes(alt_keys(panel) + menus) == {}
    assert unlabelled_buttons(panel) == []
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # clicks in 100 ms
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.table_page)
    assert mnemonic(panel.table_button.text()) == "T"  # the same key switches back
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.chart_page)


def test_new_plan_wizard_pages_have_unique_alt_keys(qtbot) -> None:
    wizard = NewPlanWizard(DEMO_TODAY)
    qtbot.addWidget(wizard)
    for name, page, own in wizard_pages(wizard):
        assert clashes(alt_keys(page) + own) == {}, name
        assert unlabelled_buttons(page) == [], name
    file_page = wizard.file_page
    labels = [label for label in file_page.findChildren(QLabel) if label.buddy()]
    assert [label.buddy() for label in labels] == [file_page.path_edit]


def test_goal_wizard_pages_have_unique_alt_keys(qtbot, document: PlanDocument) -> None:
    wizard = GoalWizard(document)
    qtbot.addWidget(wizard)
    for name, page, own in wizard_pages(wizard):
        assert clashes(alt_keys(page) + own) == {}, name
    steps = wizard.steps_page
    assert unlabelled_buttons(steps) == []
    buddies = [label.buddy() for label in steps.findChildren(QLabel) if label.buddy()]
    assert buddies == [steps.add_person.name_edit]
