"""The main window's menu actions that other modules carry out.

Each is imported only when its menu item is used (``importlib`` inside the slot), so the
window appears before wizards, charts and printing are loaded, and a part left out of an
installation shows a message instead of stopping the app. A part that is there but fails
to import is a bug: it is raised, not dressed up as "missing".
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from bakeryplan import __version__
from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan
    from bakeryplan.ui.document import PlanDocument
    from bakeryplan.ui.lazy_tabs import LazyPanels

log = logging.getLogger(__name__)


class ExternalActions(QMainWindow):
    """Slots of File, Plan and Help menu items; MainWindow inherits them."""

    document: PlanDocument | None
    panels: LazyPanels
    tabs: QTabWidget

    def set_document(self, document: PlanDocument) -> None:
        raise NotImplementedError

    def _external(self, module: str, function: str) -> Callable[..., Any] | None:
        """``module.function``, or None (the user told) when ``module`` is not installed.

        Only the module asked for being absent counts as missing: an import that fails
        inside it, or a function it lacks, is a bug and propagates.
        """
        try:
            loaded = importlib.import_module(module)
        except ModuleNotFoundError as error:
            if not _names_module(error, module):
                raise
            log.warning("%s is not installed", module, exc_info=True)
            dialogs.show_error(
                self,
                self.tr("Not available"),
                self.tr("This part of BakeryPlan is missing from this installation."),
            )
            return None
        run: Callable[..., Any] = getattr(loaded, function)
        return run

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
        """The chart of the measure in view; asks which one when that is not clear."""
        document = self.document
        if document is None:
            return
        run = self._external("bakeryplan.ui.chart_export", "export_chart_interactive")
        if run is None:
            return
        measure_id = self._measure_in_view(document.plan)
        if measure_id is None:
            measure_id = self._ask_measure(document.plan)
        if measure_id is not None:
            run(self, document, measure_id)

    def _measure_in_view(self, plan: Plan) -> int | None:
        """The measure the user is looking at, else None.

        Goals tab: the selected measure, or the selected goal's only measure. Chart tab:
        the measure charted (not a goal's steps). Actuals tab: the measure whose actuals
        are listed.
        """
        current: Any = self.tabs.currentWidget()  # a panel, told apart by _is_panel
        measure_id: int | None = None
        if _is_panel(current, "goals_panel", "GoalsPanel"):
            measure_id = _measure_of_selection(plan, current.selected())
        elif _is_panel(current, "chart_panel", "ChartPanel"):
            subject = current.subject
            if subject is not None and subject[0] == "measure":
                measure_id = int(subject[1])
        elif _is_panel(current, "actuals_panel", "ActualsPanel"):
            measure_id = current.current_measure_id()
        return measure_id if measure_id is not None and plan.measure(measure_id) else None

    def _ask_measure(self, plan: Plan) -> int | None:
        """Which measure to chart, from a list; a plan without measures says so instead."""
        choices = _measure_choices(plan, self._goal_in_view())
        if not choices:
            dialogs.show_info(
                self,
                self.tr("No chart to export"),
                self.tr(
                    "This plan has no measures yet, so there is no chart to export. "
                    "Add a measure to a goal on the Goals tab first."
                ),
            )
            return None
        row = dialogs.choose(
            self,
            self.tr("Export chart"),
            self.tr("Which measure's chart do you want to export?"),
            [label for _measure_id, label in choices],
        )
        return choices[row][0] if row is not None else None

    def _goal_in_view(self) -> int | None:
        """The goal of the selection on the Goals tab, so the question offers its measures."""
        current: Any = self.tabs.currentWidget()
        if not _is_panel(current, "goals_panel", "GoalsPanel"):
            return None
        document = self.document
        return _goal_of_selection(document.plan, current.selected()) if document else None

    def export_pack(self) -> None:
        run = self._external("bakeryplan.ui.chart_export", "export_pack_interactive")
        if run and self.document is not None:
            run(self, self.document)

    def print_plan(self) -> None:
        run = self._external("bakeryplan.ui.printing", "print_plan_interactive")
        if run:
            run(self, self.document)

    def export_one_page(self) -> None:
        run = self._external("bakeryplan.ui.printing", "export_one_page_interactive")
        if run:
            run(self, self.document)

    def import_actuals(self) -> None:
        """The import assistant, with the measure in view chosen."""
        run = self._external("bakeryplan.ui.wizards.import_wizard", "run_import_wizard")
        document = self.document
        if run and document is not None:
            run(self, document, self._measure_in_view(document.plan))

    def print_checkin(self) -> None:
        run = self._external("bakeryplan.ui.checkin_printing", "print_checkin_interactive")
        if run and self.document is not None:
            run(self, self.document)

    def review_wizard(self) -> None:
        run = self._external("bakeryplan.ui.wizards.review_wizard", "run_review_wizard")
        if run and self.document is not None:
            self.tabs.setCurrentWidget(self.panels["reviews"])
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


def _names_module(error: ModuleNotFoundError, module: str) -> bool:
    """True when the module not found is ``module`` itself or a package holding it."""
    missing = error.name or ""
    return bool(missing) and (module == missing or module.startswith(missing + "."))


def _is_panel(widget: QWidget | None, module: str, name: str) -> bool:
    """Whether ``widget`` is the panel class ``name``, without importing its module.

    A panel that was never built cannot be on screen, so its module need not load here.
    """
    loaded = sys.modules.get(f"bakeryplan.ui.panels.{module}")
    panel_class = getattr(loaded, name, None)
    return panel_class is not None and isinstance(widget, panel_class)


def _measure_of_selection(plan: Plan, selected: tuple[str, int] | None) -> int | None:
    """A selected measure row, or a selected goal (or one of its steps) with one measure."""
    if selected is not None and selected[0] == "measure":
        return selected[1]
    goal_id = _goal_of_selection(plan, selected)
    measures = plan.measures_of(goal_id) if goal_id is not None else ()
    return measures[0].id if len(measures) == 1 else None


def _goal_of_selection(plan: Plan, selected: tuple[str, int] | None) -> int | None:
    """The goal a selected goal, step or measure row belongs to."""
    if selected is None:
        return None
    kind, item_id = selected
    if kind == "goal":
        return item_id
    if kind == "step":
        return next((s.goal_id for s in plan.steps if s.id == item_id), None)
    if kind == "measure":
        measure = plan.measure(item_id)
        return measure.goal_id if measure is not None else None
    return None


def _measure_choices(plan: Plan, goal_id: int | None) -> list[tuple[int, str]]:
    """(measure id, "Goal — measure") in plan order; only ``goal_id``'s when it has some."""
    rows = [
        (goal.id, measure.id, f"{goal.title} — {measure.name}")
        for goal in plan.goals
        for measure in plan.measures_of(goal.id)
    ]
    of_goal = [(measure_id, label) for owner, measure_id, label in rows if owner == goal_id]
    return of_goal or [(measure_id, label) for _goal, measure_id, label in rows]
