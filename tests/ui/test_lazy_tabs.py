"""Tabs are built when first shown: the window opens with only the visible panel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui.lazy_tabs import LazyPanels
from bakeryplan.ui.main_window import PANELS, MainWindow, tab_index

pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture
def window(document: PlanDocument, qtbot, no_dialogs) -> Iterator[MainWindow]:
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.tabs.setCurrentIndex(2)  # Goals
    main.show()
    yield main
    main.close()


def test_only_the_visible_tab_is_built(window: MainWindow) -> None:
    built = [key for key, _builder in PANELS if window.panels.is_built(key)]
    assert built == ["home", "goals"]  # the first tab at start, then the one chosen
    assert window.tabs.count() == len(PANELS)
    assert window.tabs.currentWidget() is window.panels["goals"]


def test_showing_a_tab_builds_its_panel_in_place(window: MainWindow) -> None:
    people_index = [key for key, _builder in PANELS].index("people")
    text, tip = window.tabs.tabText(people_index), window.tabs.tabToolTip(people_index)
    window.tabs.setCurrentIndex(people_index)
    assert window.panels.is_built("people")
    assert window.tabs.currentIndex() == people_index
    assert window.tabs.currentWidget() is window.panels["people"]
    assert (window.tabs.tabText(people_index), window.tabs.tabToolTip(people_index)) == (text, tip)


def test_a_selection_request_reaches_a_panel_not_built_yet(window: MainWindow) -> None:
    document = window.document
    assert document is not None and not window.panels.is_built("feedback")
    item = document.plan.feedback[-1]
    document.selection_requested.emit("feedback", item.id)
    assert window.tabs.currentWidget() is window.panels["feedback"]
    assert window.panels["feedback"].selected_id() == item.id


def test_a_panel_that_fails_to_build_shows_a_message(qtbot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panels = LazyPanels(tabs)

    def broken(parent: QWidget) -> QWidget:
        raise RuntimeError("no chart today")

    panels.add("fine", "Fine", lambda parent: QLabel("fine", parent))
    panels.add("broken", "Broken", broken)
    panels.activate()
    assert panels.is_built("fine") and not panels.is_built("broken")
    tabs.setCurrentIndex(1)
    assert panels.get("broken") is None
    message = tabs.widget(1).findChild(QLabel)
    assert message is not None and "could not be shown" in message.text()
    assert list(panels) == ["fine"] and len(panels) == 1 and "broken" not in panels
    assert tabs.count() == 2  # the tab stays, with its message


def test_the_tab_the_window_opens_on_is_built_in_place(qtbot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panels = LazyPanels(tabs)
    made: list[str] = []

    def label(text: str):
        def build(parent: QWidget) -> QWidget:
            made.append(text)
            return QLabel(text, parent)

        return build

    def broken(parent: QWidget) -> QWidget:
        raise RuntimeError("no chart today")

    panels.add("first", "First", label("first"))
    panels.add("shown", "Shown", label("shown"), tooltip="Ctrl+2", now=True)
    panels.add("broken", "Broken", broken, now=True)
    assert made == ["shown"] and panels.is_built("shown")
    assert tabs.widget(1) is panels["shown"]  # no placeholder was swapped out
    assert tabs.tabToolTip(1) == "Ctrl+2"
    message = tabs.widget(2).findChild(QLabel)
    assert message is not None and "could not be shown" in message.text()
    assert "broken" not in panels
    tabs.setCurrentIndex(1)
    panels.activate()
    assert made == ["shown"]  # activating builds nothing twice


def test_the_window_opens_on_the_remembered_tab_built(document: PlanDocument, qtbot) -> None:
    from bakeryplan.ui import settings

    settings.write(settings.CURRENT_TAB, "goals")
    main = MainWindow(document)
    qtbot.addWidget(main)
    built = [key for key, _builder in PANELS if main.panels.is_built(key)]
    assert built == ["goals"]
    assert main.tabs.currentWidget() is main.panels["goals"]
    main.close()


def test_the_tab_is_remembered_by_name_not_position(document: PlanDocument, qtbot) -> None:
    from bakeryplan.ui import settings

    main = MainWindow(document)
    qtbot.addWidget(main)
    main.tabs.setCurrentIndex(tab_index("reviews"))
    main.close()
    assert settings.read(settings.CURRENT_TAB) == "reviews"
    assert tab_index("reviews") == [key for key, _builder in PANELS].index("reviews")
    assert tab_index("a tab of an older version") == 0
