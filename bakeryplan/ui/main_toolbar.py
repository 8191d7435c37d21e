"""The toolbar of everyday actions: the few things an owner does most, one click each.

Icons come from the desktop's icon theme when it has them, else from the simple SVGs
shipped in ``resources/icons/actions`` (drawn for this app, one stroke style), so the bar
looks the same in a virtual environment as when installed. Text sits under each icon:
a picture alone says little to someone who opens the app once a week.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar

from bakeryplan.resource_files import ACTION_ICONS, resource_path
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.ui.main_window import MainWindow
    from bakeryplan.ui.menu_tasks import MenuTasks

ICONS = resource_path(ACTION_ICONS)

# (bundled file name, freedesktop theme name) for each action's icon
THEME_NAMES = {
    "home": "go-home",
    "goal": "list-add",
    "record": "document-edit",
    "import": "document-import",
    "review": "x-office-calendar",
    "huddle": "document-print",
    "one-page": "x-office-document",
    "help": "help-contents",
}


def action_icon(name: str) -> QIcon:
    """The theme's icon for ``name``, else the bundled SVG."""
    return QIcon.fromTheme(THEME_NAMES[name], QIcon(str(ICONS / f"{name}.svg")))


def build_toolbar(window: MainWindow, tasks: MenuTasks) -> tuple[QToolBar, list[QAction]]:
    """The toolbar and the actions on it that change the plan (disabled when read-only)."""
    bar = QToolBar(translate("Toolbar", "Everyday actions"), window)
    bar.setObjectName("everydayToolbar")  # saveState() remembers it by this name
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    bar.setIconSize(QSize(24, 24))
    bar.setMovable(False)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    editing: list[QAction] = []

    def add(name: str, text: str, slot: Callable[[], None], tip: str, *, edits: bool) -> None:
        action = QAction(action_icon(name), text, window)
        action.setObjectName(f"toolbar-{name}")
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        if edits:
            editing.append(action)

    add(
        "home",
        translate("Toolbar", "This week"),
        tasks.show_home,
        translate("Toolbar", "What needs you this week"),
        edits=False,
    )
    bar.addSeparator()
    add(
        "goal",
        translate("Toolbar", "Add goal"),
        tasks.goal_wizard,
        translate("Toolbar", "Add a goal, step by step"),
        edits=True,
    )
    add(
        "record",
        translate("Toolbar", "Record figures"),
        tasks.record_figures,
        translate("Toolbar", "Type today's figures on the Actuals tab"),
        edits=True,
    )
    add(
        "import",
        translate("Toolbar", "Import"),
        tasks.import_actuals,
        translate("Toolbar", "Bring in figures from a till or bank file"),
        edits=True,
    )
    add(
        "review",
        translate("Toolbar", "Review"),
        tasks.review_wizard,
        translate("Toolbar", "Hold a review of the plan"),
        edits=True,
    )
    bar.addSeparator()
    add(
        "huddle",
        translate("Toolbar", "Huddle sheet"),
        tasks.print_checkin,
        translate("Toolbar", "Print the sheet for this week's team huddle"),
        edits=False,
    )
    add(
        "one-page",
        translate("Toolbar", "One-page plan"),
        tasks.print_plan,
        translate("Toolbar", "Print the plan on one page for the team"),
        edits=False,
    )
    bar.addSeparator()
    add(
        "help",
        translate("Toolbar", "Help"),
        tasks.guide,
        translate("Toolbar", "How BakeryPlan works"),
        edits=False,
    )
    return bar, editing
