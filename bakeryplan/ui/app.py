"""Start the desktop app: one QApplication, a font, the theme, then a plan or the welcome.

The window must be on screen fast, so this module and everything it imports before the
first window is shown stay light: no matplotlib, no babel, no text statistics (those load
when a chart, a wizard or a report first needs them).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from bakeryplan import APP_ID, APP_NAME, __version__
from bakeryplan.editing.document import PlanDocument
from bakeryplan.reports.fonts import ensure_fonts
from bakeryplan.ui import settings
from bakeryplan.ui.after_first_paint import after_first_paint
from bakeryplan.ui.app_icon import app_icon
from bakeryplan.ui.error_log import error_reporting
from bakeryplan.ui.interface_language import install_interface_language

if TYPE_CHECKING:
    from bakeryplan.ui.main_window import MainWindow

BENCH_ENV = "BAKERYPLAN_BENCH_EXIT_ON_SHOW"
SHOWN_MARKER = "BAKERYPLAN_WINDOW_SHOWN"
HEAVY_MODULES = ("matplotlib", "numpy", "babel", "pyphen", "pypdf")
ORGANIZATION_DOMAIN = "bakeryplan.org"


def heavy_modules_loaded() -> list[str]:
    """The heavy modules already imported; none should be before the first window."""
    return [name for name in HEAVY_MODULES if name in sys.modules]


def _report_shown_and_quit(app: QApplication) -> None:
    """For the startup benchmark: the time the window was first painted, then quit."""
    heavy = ",".join(heavy_modules_loaded()) or "-"
    print(f"{SHOWN_MARKER} {time.time():.6f} heavy={heavy}", flush=True)
    app.quit()


class AppController(QObject):
    """Owns the top-level windows: the welcome window or the main window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.main_window: MainWindow | None = None
        self.welcome: QWidget | None = None
        self._bench = os.environ.get(BENCH_ENV) == "1"

    def start(self, path: Path | None) -> None:
        """Open the given plan, else the last one, else welcome the user."""
        from bakeryplan.ui import opening

        if path is None:
            path = last_plan_path()
        document = opening.open_plan_interactive(None, path) if path is not None else None
        if document is not None:
            self.show_document(document)
        else:
            self.show_welcome()

    def show_document(self, document: PlanDocument) -> None:
        from bakeryplan.ui.main_window import MainWindow

        if self.main_window is None:
            window = MainWindow(document)
            self.main_window = window
            self._show(window)
        else:
            self.main_window.set_document(document)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def show_welcome(self) -> None:
        from bakeryplan.ui.welcome import WelcomeWindow

        welcome = WelcomeWindow()
        welcome.document_opened.connect(self.show_document)
        self.welcome = welcome
        self._show(welcome)

    def _show(self, window: QWidget) -> None:
        window.show()
        if self._bench:
            after_first_paint(window, lambda: _report_shown_and_quit(self.app))

    def close_document(self) -> None:
        """Release the open plan's lock when the app ends."""
        document = getattr(self.main_window, "document", None)
        if isinstance(document, PlanDocument):
            document.close()


def last_plan_path() -> Path | None:
    """The plan open last time, if it is still there."""
    stored = settings.read(settings.LAST_PLAN_PATH)
    if not stored:
        return None
    path = Path(stored)
    return path if path.is_file() else None


def create_application() -> QApplication:
    """The one QApplication, named after the app id so desktops match its .desktop file."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run(path: Path | None) -> int:
    """Run the app until its last window closes; returns the exit code.

    Throughout, warnings and errors go to the log file and a bug nobody caught is logged
    and shown in one dialog (``error_log``), instead of a traceback on a stderr nobody sees.
    """
    from bakeryplan.ui.theme import apply_theme

    with error_reporting():
        app = create_application()
        install_interface_language(app)
        ensure_fonts()  # the shipped font, only on a machine that has none
        apply_theme(app)
        controller = AppController(app)
        try:
            controller.start(Path(path) if path is not None else None)
            return app.exec()
        finally:
            controller.close_document()
