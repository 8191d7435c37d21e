"""The main window's menu bar: every QAction, built once and owned here.

The window holds one ``WindowMenus``; each item calls a method of ``MenuTasks`` (what the
items do) or of the window itself. Undo and Redo are the open document's, made again when
the window shows another plan (``follow``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from bakeryplan.text.translate import translate
from bakeryplan.ui import settings

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.ui.main_window import MainWindow
    from bakeryplan.ui.menu_tasks import MenuTasks


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Shift+Z and Ctrl+Y, which people use everywhere."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        sequence = QKeySequence(extra)
        if sequence not in keys:
            keys.append(sequence)
    return keys


class WindowMenus(QObject):
    """File, Edit, Plan and Help, built into ``window``'s menu bar."""

    def __init__(self, window: MainWindow, tasks: MenuTasks) -> None:
        super().__init__(window)
        self.window = window
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        bar = window.menuBar()

        file_menu = bar.addMenu(translate("WindowMenus", "&File"))
        self._add(
            file_menu,
            translate("WindowMenus", "&New plan…"),
            tasks.new_plan,
            QKeySequence.StandardKey.New,
        )
        self._add(
            file_menu,
            translate("WindowMenus", "&Open…"),
            tasks.open_plan,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(translate("WindowMenus", "Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent_menu(tasks))
        self._add(
            file_menu, translate("WindowMenus", "Restore from &backup…"), tasks.restore_backup
        )
        file_menu.addSeparator()
        self._add(file_menu, translate("WindowMenus", "&Import actuals…"), tasks.import_actuals)
        file_menu.addSeparator()
        self._add(file_menu, translate("WindowMenus", "Export &chart…"), tasks.export_chart)
        self._add(file_menu, translate("WindowMenus", "Export progress &pack…"), tasks.export_pack)
        self._add(
            file_menu,
            translate("WindowMenus", "&Print one-page plan…"),
            tasks.print_plan,
            QKeySequence.StandardKey.Print,
        )
        self._add(
            file_menu,
            translate("WindowMenus", "Export one-page plan as P&DF…"),
            tasks.export_one_page,
        )
        self._add(
            file_menu, translate("WindowMenus", "Print check-in &sheet…"), tasks.print_checkin
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            translate("WindowMenus", "&Close"),
            window.close,
            QKeySequence.StandardKey.Close,
        )
        quit_action = self._add(file_menu, translate("WindowMenus", "&Quit"), tasks.quit, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(translate("WindowMenus", "&Edit"))
        self._before_preferences = self.edit_menu.addSeparator()  # Undo and Redo go above
        preferences = self._add(
            self.edit_menu,
            translate("WindowMenus", "&Preferences…"),
            tasks.preferences,
            QKeySequence.StandardKey.Preferences,
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        plan_menu = bar.addMenu(translate("WindowMenus", "&Plan"))
        self.plan_actions = [
            self._add(
                plan_menu,
                translate("WindowMenus", "Write &vision with wizard…"),
                tasks.vision_wizard,
            ),
            self._add(
                plan_menu, translate("WindowMenus", "New goal with &wizard…"), tasks.goal_wizard
            ),
            self._add(plan_menu, translate("WindowMenus", "&Hold a review…"), tasks.review_wizard),
        ]
        plan_menu.addSeparator()
        self.plan_actions += [
            self._add(plan_menu, translate("WindowMenus", "Add &goal…"), tasks.add_goal),
            self._add(
                plan_menu, translate("WindowMenus", "Add goal in one &form…"), tasks.add_goal_form
            ),
            self._add(plan_menu, translate("WindowMenus", "Add &person…"), tasks.add_person),
            self._add(plan_menu, translate("WindowMenus", "Add &feedback…"), tasks.add_feedback),
            self._add(plan_menu, translate("WindowMenus", "Add &review…"), tasks.add_review),
            self._add(
                plan_menu, translate("WindowMenus", "Business &details…"), tasks.edit_business
            ),
        ]

        help_menu = bar.addMenu(translate("WindowMenus", "&Help"))
        self._add(help_menu, translate("WindowMenus", "&How BakeryPlan works"), tasks.guide, "F1")
        about = self._add(help_menu, translate("WindowMenus", "&About BakeryPlan"), tasks.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def build_toolbar(self, *, tasks: MenuTasks) -> QToolBar:
        """The toolbar of everyday actions; its edits are disabled with the Plan menu."""
        from bakeryplan.ui.main_toolbar import build_toolbar

        toolbar, editing = build_toolbar(self.window, tasks)
        self.plan_actions += editing
        return toolbar

    def follow(self, document: PlanDocument) -> None:
        """Undo and Redo of ``document``; the Plan menu's edits only when it may change."""
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                self.edit_menu.removeAction(action)
                action.deleteLater()
        stack = document.undo_stack
        self.undo_action = stack.createUndoAction(self.window, translate("WindowMenus", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self.window, translate("WindowMenus", "&Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        self.edit_menu.insertActions(self._before_preferences, [self.undo_action, self.redo_action])
        for action in self.plan_actions:
            action.setEnabled(not document.read_only)

    def _fill_recent_menu(self, tasks: MenuTasks) -> None:
        self.recent_menu.clear()
        recent = [path for path in settings.recent_files() if path.exists()]
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} " + path.name.replace("&", "&&"))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: tasks.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(translate("WindowMenus", "No recent plans"))
            empty.setEnabled(False)
