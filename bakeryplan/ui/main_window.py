"""The main window: assembles the panels, menus and status bar around one PlanDocument.

It has no logic of its own and is made of parts it holds: ``menus`` (``WindowMenus``, every
QAction) and ``tasks`` (``MenuTasks``, what the items do); editing lives in the panels and
the editing layer's commands, opening/printing/exporting in their own modules, imported only
when their menu item is used (so the window appears fast and a missing part never stops
it). Panels too are imported and built only when their tab is first shown (see
``lazy_tabs``); the plan's backups start once the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from bakeryplan import APP_NAME
from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.paths import PLAN_SUFFIX
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs, settings
from bakeryplan.ui.after_first_paint import after_first_paint
from bakeryplan.ui.lazy_tabs import LazyPanels, PanelFactory
from bakeryplan.ui.menu_tasks import MenuTasks
from bakeryplan.ui.widgets.read_only_banner import read_only_banner
from bakeryplan.ui.window_menus import WindowMenus


def _home(document: PlanDocument, parent: QWidget) -> QWidget:  # home: the "This week" tab
    from bakeryplan.ui.panels.home_panel import HomePanel

    return HomePanel(document, parent)


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


PanelBuilder = Callable[[PlanDocument, QWidget], QWidget]

# The tabs in order: (key, builder); each panel's module is imported, and the panel built,
# when its tab is first shown.
PANELS: tuple[tuple[str, PanelBuilder], ...] = (
    ("home", _home),  # home: first tab; it holds the findings the Alignment tab showed
    ("vision", _vision),
    ("goals", _goals),
    ("chart", _chart),
    ("actuals", _actuals),
    ("people", _people),
    ("feedback", _feedback),
    ("reviews", _reviews),
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
    "actuals": "actuals",  # home: a measure's entries (id: the measure)
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
        name = translate("MainWindow", "{name} (read-only)").format(name=name)
    return f"{name} — {APP_NAME}"


def display_path(path: Path) -> str:
    """The path as the owner knows it: ``~/Documents/...``, not ``/home/maria/...``."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class MainWindow(QMainWindow):
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
        self.tasks = MenuTasks(self)
        self.menus = WindowMenus(self, self.tasks)
        self.toolbar = self.menus.build_toolbar(tasks=self.tasks)  # everyday actions
        self.read_only_banner = read_only_banner(self)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_only_banner)
        for number in range(1, 10):  # Ctrl+1 ... Ctrl+9 bring a tab to the front
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        self.set_document(document)
        self._restore_geometry()

    # --- the document ----------------------------------------------------------------------

    def set_document(self, document: PlanDocument) -> None:
        """Shows ``document``; the previous one is closed (its file and lock released)."""
        old = self.document
        if old is not None and old is not document:
            old.plan_changed.disconnect(self._plan_changed)
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
            "home": translate("MainWindow", "This week"),  # home
            "vision": translate("MainWindow", "Vision"),
            "goals": translate("MainWindow", "Goals"),
            "chart": translate("MainWindow", "Progress chart"),
            "actuals": translate("MainWindow", "Actuals"),
            "people": translate("MainWindow", "People"),
            "feedback": translate("MainWindow", "Feedback"),
            "reviews": translate("MainWindow", "Reviews"),
        }
        if current < 0:
            current = tab_index(settings.read(settings.CURRENT_TAB))
        for number, (key, builder) in enumerate(PANELS, start=1):
            self.panels.add(
                key,
                labels[key],
                _panel_factory(document, builder),
                tooltip=translate("MainWindow", "Ctrl+{number}").format(number=number),
                now=number - 1 == current,  # the tab on screen is built in place
            )
        self.setCentralWidget(self.tabs)
        self.tabs.setCurrentIndex(current)
        self.panels.activate()

        self.menus.follow(document)
        document.plan_changed.connect(self._plan_changed)
        document.selection_requested.connect(self._go_to)
        document.edit_refused.connect(self._edit_refused)
        document.backup_failed.connect(self._backup_failed)
        self._update_title()
        if not document.read_only:
            settings.add_recent_file(document.path)
        if self._exposed:
            QTimer.singleShot(0, document, document.start_backups)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching_exposure:
            self._watching_exposure = True
            after_first_paint(self, self._first_exposed)

    def _first_exposed(self) -> None:
        """The window is on screen: now the work that must not delay it."""
        self._exposed = True
        if self.document is not None:
            self.document.start_backups()

    def _plan_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(ChangeKind.BUSINESS):  # the title is the business's name
            self._update_title()

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        self.setWindowTitle(window_title(document.plan.business.name, read_only=document.read_only))
        self.path_label.setText(display_path(document.path))
        self.mode_label.setText(translate("MainWindow", "Read-only") if document.read_only else "")
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
        dialogs.show_error(self, translate("MainWindow", "Not changed"), message)

    def _backup_failed(self, reason: str) -> None:
        """Said once per plan: go on without backups, or close the plan and make room."""
        document = self.document
        if document is None:
            return
        text = translate(
            "MainWindow",
            'No backup of "{name}" could be made: {reason}.\n\n'
            "The plan itself is fine and every change is still saved to it, but until a "
            "backup can be made a mistake cannot be undone from a backup. Continue without a "
            "backup, or close the plan (and free some space or fix the folder first)?",
        ).format(name=document.path.name, reason=reason)
        choice = dialogs.ask_among(
            self,
            translate("MainWindow", "No backup"),
            text,
            [
                translate("MainWindow", "Continue without a backup"),
                translate("MainWindow", "Close the plan"),
            ],
        )
        if choice == 1:
            QTimer.singleShot(0, self, self.close)

    def show_panel(self, key: str) -> QWidget | None:
        """Brings the tab ``key`` to the front (building its panel if need be)."""
        panel = self.panels.get(key)
        if panel is not None:
            self.tabs.setCurrentWidget(panel)
        return panel

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
        self.tasks.open_path(path)


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
