"""The main window: assembles the panels, menus and status bar around one PlanDocument.

It has no logic of its own: editing lives in the panels and commands, opening/printing/
exporting in their own modules, imported only when their menu item is used (so the window
appears fast and a missing part never stops it). Panels too are imported and built only
when their tab is first shown (see ``lazy_tabs``); the plan's backups start once the
window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QTabWidget, QWidget

from bakeryplan import APP_NAME
from bakeryplan.store.paths import PLAN_SUFFIX
from bakeryplan.ui import dialogs, settings
from bakeryplan.ui.document import PlanDocument
from bakeryplan.ui.exposure import after_first_exposure
from bakeryplan.ui.lazy_tabs import LazyPanels, PanelFactory
from bakeryplan.ui.main_actions import ExternalActions
from bakeryplan.ui.widgets.read_only_banner import read_only_banner


def _vision(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.vision_panel import VisionPanel

    return VisionPanel(document, parent)


def _goals(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.goals_panel import GoalsPanel

    return GoalsPanel(document, parent)


def _chart(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.chart_panel import ChartPanel

    return ChartPanel(document, parent)


def _actuals(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.actuals_panel import ActualsPanel

    return ActualsPanel(document, parent)


def _people(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.people_panel import PeoplePanel

    return PeoplePanel(document, parent)


def _feedback(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.feedback_panel import FeedbackPanel

    return FeedbackPanel(document, parent)


def _reviews(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.reviews_panel import ReviewsPanel

    return ReviewsPanel(document, parent)


def _alignment(document: PlanDocument, parent: QWidget) -> QWidget:
    from bakeryplan.ui.panels.alignment_panel import AlignmentPanel

    return AlignmentPanel(document, parent)


PanelBuilder = Callable[[PlanDocument, QWidget], QWidget]

# The tabs in order: (key, builder); each panel's module is imported, and the panel built,
# when its tab is first shown.
PANELS: tuple[tuple[str, PanelBuilder], ...] = (
    ("vision", _vision),
    ("goals", _goals),
    ("chart", _chart),
    ("actuals", _actuals),
    ("people", _people),
    ("feedback", _feedback),
    ("reviews", _reviews),
    ("alignment", _alignment),
)

# Which tab shows the subject of a selection request.
TAB_OF_KIND = {
    "goal": "goals",
    "measure": "goals",
    "step": "goals",
    "perspective": "goals",
    "person": "people",
    "feedback": "feedback",
    "review": "reviews",
    "vision": "vision",
}


def tab_index(key: str) -> int:
    """The position of the tab ``key``; the first tab for a key no longer there.

    Tabs are remembered by key, not position, so adding a tab never reopens another one.
    """
    return next((number for number, (k, _builder) in enumerate(PANELS) if k == key), 0)


def window_title(business_name: str, *, read_only: bool) -> str:
    """The title "<name> — BakeryPlan"; "[*]" is doubled as Qt reads it as a placeholder."""
    name = business_name.replace("[*]", "[*][*]") or APP_NAME
    if read_only:
        name += " " + QCoreApplication.translate("MainWindow", "(read-only)")
    return f"{name} — {APP_NAME}"


def display_path(path: Path) -> str:
    """The path as the owner knows it: ``~/Documents/...``, not ``/home/maria/...``."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Shift+Z and Ctrl+Y, which people use everywhere."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        sequence = QKeySequence(extra)
        if sequence not in keys:
            keys.append(sequence)
    return keys


class MainWindow(ExternalActions):
    def __init__(self, document: PlanDocument) -> None:
        super().__init__()
        self.document: PlanDocument | None = None
        self.tabs = QTabWidget(self)
        self.panels = LazyPanels(self.tabs)
        self._watching_exposure = False
        self._exposed = False
        self.setAcceptDrops(True)
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mode_label = QLabel(self)
        self.mode_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.read_only_banner = read_only_banner(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_only_banner)
        self._undo_action: QAction | None = None
        self._redo_action: QAction | None = None
        self._build_menus()
        for number in range(1, 10):  # Ctrl+1 ... Ctrl+9 bring a tab to the front
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        self.set_document(document)
        self._restore_geometry()

    # --- menus ---------------------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New plan…"), self.new_plan, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.open_plan, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, self.tr("Restore from &backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import actuals…"), self.import_actuals)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Export &chart…"), self.export_chart)
        self._action(file_menu, self.tr("Export progress &pack…"), self.export_pack)
        self._action(
            file_menu,
            self.tr("&Print one-page plan…"),
            self.print_plan,
            QKeySequence.StandardKey.Print,
        )
        self._action(file_menu, self.tr("Export one-page plan as P&DF…"), self.export_one_page)
        self._action(file_menu, self.tr("Print check-in &sheet…"), self.print_checkin)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        quit_action = self._action(file_menu, self.tr("&Quit"), self.quit, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))

        plan_menu = bar.addMenu(self.tr("&Plan"))
        self.plan_actions = [
            self._action(plan_menu, self.tr("Write &vision with wizard…"), self.vision_wizard),
            self._action(plan_menu, self.tr("New goal with &wizard…"), self.goal_wizard),
            self._action(plan_menu, self.tr("&Hold a review…"), self.review_wizard),
        ]
        plan_menu.addSeparator()
        self.plan_actions += [
            self._action(
                plan_menu, self.tr("Add &goal…"), lambda: self._panel_call("goals", "add_goal")
            ),
            self._action(
                plan_menu, self.tr("Add &person…"), lambda: self._panel_call("people", "add_person")
            ),
            self._action(
                plan_menu,
                self.tr("Add &feedback…"),
                lambda: self._panel_call("feedback", "add_feedback"),
            ),
            self._action(
                plan_menu,
                self.tr("Add &review…"),
                lambda: self._panel_call("reviews", "add_review"),
            ),
            self._action(plan_menu, self.tr("Business &details…"), self.edit_business),
        ]

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(help_menu, self.tr("&About BakeryPlan"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [path for path in settings.recent_files() if path.exists()]
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} " + path.name.replace("&", "&&"))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent plans"))
            empty.setEnabled(False)

    # --- the document ----------------------------------------------------------------------

    def set_document(self, document: PlanDocument) -> None:
        """Shows ``document``; the previous one is closed (its file and lock released)."""
        old = self.document
        if old is not None and old is not document:
            old.changed.disconnect(self._update_title)
            old.selection_requested.disconnect(self._go_to)
            old.edit_refused.disconnect(self._edit_refused)
            old.backup_failed.disconnect(self._backup_failed)
            old.close()
        self.document = document
        current = self.tabs.currentIndex()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.panels = LazyPanels(self.tabs)
        labels = {
            "vision": self.tr("Vision"),
            "goals": self.tr("Goals"),
            "chart": self.tr("Progress chart"),
            "actuals": self.tr("Actuals"),
            "people": self.tr("People"),
            "feedback": self.tr("Feedback"),
            "reviews": self.tr("Reviews"),
            "alignment": self.tr("Needs attention"),
        }
        if current < 0:
            current = tab_index(settings.read(settings.CURRENT_TAB))
        for number, (key, builder) in enumerate(PANELS, start=1):
            self.panels.add(
                key,
                labels[key],
                _panel_factory(document, builder),
                tooltip=self.tr("Ctrl+{number}").format(number=number),
                now=number - 1 == current,  # the tab on screen is built in place
            )
        self.setCentralWidget(self.tabs)
        self.tabs.setCurrentIndex(current)
        self.panels.activate()

        self._connect_undo(document)
        document.changed.connect(self._update_title)
        document.selection_requested.connect(self._go_to)
        document.edit_refused.connect(self._edit_refused)
        document.backup_failed.connect(self._backup_failed)
        for action in self.plan_actions:
            action.setEnabled(not document.read_only)
        self._update_title()
        if not document.read_only:
            settings.add_recent_file(document.path)
        if self._exposed:
            QTimer.singleShot(0, document, document.start_backups)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching_exposure:
            self._watching_exposure = True
            after_first_exposure(self, self._first_exposed)

    def _first_exposed(self) -> None:
        """The window is on screen: now the work that must not delay it."""
        self._exposed = True
        if self.document is not None:
            self.document.start_backups()

    def _connect_undo(self, document: PlanDocument) -> None:
        for action in (self._undo_action, self._redo_action):
            if action is not None:
                self.edit_menu.removeAction(action)
                action.deleteLater()
        stack = document.undo_stack
        self._undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self._undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self._redo_action.setShortcuts(redo_shortcuts())
        self.edit_menu.addAction(self._undo_action)
        self.edit_menu.addAction(self._redo_action)

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        self.setWindowTitle(window_title(document.plan.business.name, read_only=document.read_only))
        self.path_label.setText(display_path(document.path))
        self.mode_label.setText(self.tr("Read-only") if document.read_only else "")
        self.read_only_banner.setVisible(document.read_only)

    def _go_to(self, kind: str, item_id: int) -> None:
        key = TAB_OF_KIND.get(kind, "")
        if key not in self.panels:
            return
        new = not self.panels.is_built(key)
        panel = self.panels.get(key)
        if panel is None:
            return
        self.tabs.setCurrentWidget(panel)
        if new and self.document is not None:
            # Built during this very signal, so the panel missed it: say it again.
            self.document.selection_requested.emit(kind, item_id)

    def _edit_refused(self, message: str) -> None:
        dialogs.show_error(self, self.tr("Not changed"), message)

    def _backup_failed(self, reason: str) -> None:
        """Said once per plan: go on without backups, or close the plan and make room."""
        document = self.document
        if document is None:
            return
        text = self.tr(
            'No backup of "{name}" could be made: {reason}.\n\n'
            "The plan itself is fine and every change is still saved to it, but until a "
            "backup can be made a mistake cannot be undone from a backup. Continue without a "
            "backup, or close the plan (and free some space or fix the folder first)?"
        ).format(name=document.path.name, reason=reason)
        choice = dialogs.ask_among(
            self,
            self.tr("No backup"),
            text,
            [self.tr("Continue without a backup"), self.tr("Close the plan")],
        )
        if choice == 1:
            QTimer.singleShot(0, self, self.close)

    def edit_business(self) -> None:
        document = self.document
        if document is None:
            return
        from bakeryplan.ui import commands
        from bakeryplan.ui.widgets import forms

        edited = forms.ask_business(self, document.plan.business)
        if edited is not None and edited != document.plan.business:
            document.push(commands.SetBusiness(document, edited))

    def _panel_call(self, key: str, method: str) -> None:
        panel = self.panels.get(key)
        if panel is not None:
            self.tabs.setCurrentWidget(panel)
            getattr(panel, method)()

    # --- actions implemented elsewhere -----------------------------------------------------
    # --- window events ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.read(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.read(settings.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.write(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.write(settings.WINDOW_STATE, self.saveState())
        settings.write(settings.CURRENT_TAB, PANELS[max(0, self.tabs.currentIndex())][0])
        if self.document is not None:
            self.document.close()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_plan(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_plan(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)


def _panel_factory(document: PlanDocument, builder: PanelBuilder) -> PanelFactory:
    def build(parent: QWidget) -> QWidget:
        return builder(document, parent)

    return build


def _dropped_plan(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().endswith(PLAN_SUFFIX):
            return Path(url.toLocalFile())
    return None
