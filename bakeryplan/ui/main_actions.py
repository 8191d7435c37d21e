"""The main window's menu actions that other modules carry out.

Each is imported only when its menu item is used (``importlib`` inside the slot), so the
window appears before wizards, charts and printing are loaded, and a missing part shows a
message instead of stopping the app.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from bakeryplan import __version__
from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from bakeryplan.ui.document import PlanDocument


class ExternalActions(QMainWindow):
    """Slots of File, Plan and Help menu items; MainWindow inherits them."""

    document: PlanDocument | None
    panels: Mapping[str, QWidget]
    tabs: QTabWidget

    def set_document(self, document: PlanDocument) -> None:
        raise NotImplementedError

    def _external(self, module: str, function: str) -> Callable[..., Any] | None:
        try:
            return getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError):
            dialogs.show_error(
                self,
                self.tr("Not available"),
                self.tr("This part of BakeryPlan is missing from this installation."),
            )
            return None

    def new_plan(self) -> None:
        run = self._external("bakeryplan.ui.opening", "new_plan_interactive")
        document = run(self) if run else None
        if document is not None:
            self.set_document(document)

    def open_plan(self) -> None:
        path = dialogs.ask_open_plan(self)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if self.document is not None and _same_file(path, self.document.path):
            self.raise_()
            return
        run = self._external("bakeryplan.ui.opening", "open_plan_interactive")
        document = run(self, path) if run else None
        if document is not None:
            self.set_document(document)

    def restore_backup(self) -> None:
        run = self._external("bakeryplan.ui.opening", "restore_backup_interactive")
        current = self.document
        document = run(self, current) if run and current else None
        if document is None and current is not None and current.is_closed:
            # The restore let go of the file but could not open it again: try once more,
            # and close the window rather than show a plan that can no longer be saved.
            reopen = self._external("bakeryplan.ui.opening", "open_plan_interactive")
            document = reopen(self, current.path) if reopen else None
            if document is None:
                self.close()
                return
        if document is not None:
            self.set_document(document)

    def export_chart(self) -> None:
        run = self._external("bakeryplan.ui.chart_export", "export_chart_interactive")
        if run:
            run(self, self.document, self._measure_in_view())

    def _measure_in_view(self) -> int | None:
        """The measure the user is looking at (chart or actuals tab), else None."""
        current = self.tabs.currentWidget()
        subject = getattr(current, "subject", None)
        if isinstance(subject, tuple) and len(subject) == 2 and subject[0] == "measure":
            return int(subject[1])
        from bakeryplan.ui.panels.actuals_panel import ActualsPanel

        if isinstance(current, ActualsPanel):
            return current.current_measure_id()
        return None

    def export_pack(self) -> None:
        run = self._external("bakeryplan.ui.chart_export", "export_pack_interactive")
        if run:
            run(self, self.document)

    def print_plan(self) -> None:
        run = self._external("bakeryplan.ui.printing", "print_plan_interactive")
        if run:
            run(self, self.document)

    def export_one_page(self) -> None:
        run = self._external("bakeryplan.ui.printing", "export_one_page_interactive")
        if run:
            run(self, self.document)

    def vision_wizard(self) -> None:
        run = self._external("bakeryplan.ui.wizards.vision_wizard", "run_vision_wizard")
        if run:
            self.tabs.setCurrentWidget(self.panels["vision"])
            run(self, self.document)

    def goal_wizard(self) -> None:
        run = self._external("bakeryplan.ui.wizards.goal_wizard", "run_goal_wizard")
        if run:
            self.tabs.setCurrentWidget(self.panels["goals"])
            run(self, self.document)

    def about(self) -> None:
        dialogs.show_info(
            self,
            self.tr("About BakeryPlan"),
            self.tr(
                "BakeryPlan {version}\n\nPlan your business on one page: a vision, goals "
                "with measures, owners and dates, and what really happened.\n\n"
                "Your plan stays on this computer. BakeryPlan never connects to the internet."
            ).format(version=__version__),
        )

    def quit(self) -> None:
        QApplication.closeAllWindows()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
