"""What the main window's menu items do: open, restore, export, print, wizards, about.

An object the window holds (``window.tasks``), given the window it works for. Each part is
imported only when its menu item is used (an ordinary import inside the method), so the
window appears before wizards, charts and printing are loaded, and every import stays
visible to the linters, the layer contracts and the freezer. A part that fails to import is
a bug: it is raised and reaches the error log.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from bakeryplan import __version__
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class MenuTasks(QObject):
    """The work of the File, Plan and Help menu items, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def document(self) -> PlanDocument | None:
        return self.window.document

    # --- File ----------------------------------------------------------------------------

    def new_plan(self) -> None:
        from bakeryplan.ui.opening import new_plan_interactive

        document = new_plan_interactive(self.window)
        if document is not None:
            self.window.set_document(document)

    def open_plan(self) -> None:
        path = dialogs.ask_open_plan(self.window)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if self.document is not None and _same_file(path, self.document.path):
            self.window.raise_()
            return
        from bakeryplan.ui.opening import open_plan_interactive

        document = open_plan_interactive(self.window, path)
        if document is not None:
            self.window.set_document(document)

    def restore_backup(self) -> None:
        from bakeryplan.ui.opening import open_plan_interactive, restore_backup_interactive

        current = self.document
        document = restore_backup_interactive(self.window, current) if current else None
        if document is None and current is not None and current.is_closed:
            # The restore let go of the file but could not open it again: try once more,
            # and close the window rather than show a plan that can no longer be saved.
            document = open_plan_interactive(self.window, current.path)
            if document is None:
                self.window.close()
                return
        if document is not None:
            self.window.set_document(document)

    def export_chart(self) -> None:
        """The chart of the measure in view; asks which one when that is not clear."""
        document = self.document
        if document is None:
            return
        from bakeryplan.ui.chart_export import export_chart_interactive

        measure_id = self._measure_in_view(document.plan)
        if measure_id is None:
            measure_id = self._ask_measure(document.plan)
        if measure_id is not None:
            export_chart_interactive(self.window, document, measure_id)

    def _measure_in_view(self, plan: Plan) -> int | None:
        """The measure the user is looking at, else None.

        Goals tab: the selected measure, or the selected goal's only measure. Chart tab:
        the measure charted (not a goal's steps). Actuals tab: the measure whose actuals
        are listed.
        """
        from bakeryplan.ui.panels.actuals_panel import ActualsPanel
        from bakeryplan.ui.panels.chart_panel import ChartPanel
        from bakeryplan.ui.panels.goals_panel import GoalsPanel

        current = self.window.tabs.currentWidget()
        measure_id: int | None = None
        if isinstance(current, GoalsPanel):
            measure_id = _measure_of_selection(plan, current.selected())
        elif isinstance(current, ChartPanel):
            subject = current.subject
            if subject is not None and subject[0] == "measure":
                measure_id = int(subject[1])
        elif isinstance(current, ActualsPanel):
            measure_id = current.current_measure_id()
        return measure_id if measure_id is not None and plan.measure(measure_id) else None

    def _ask_measure(self, plan: Plan) -> int | None:
        """Which measure to chart, from a list; a plan without measures says so instead."""
        choices = _measure_choices(plan, self._goal_in_view())
        if not choices:
            dialogs.show_info(
                self.window,
                translate("MenuTasks", "No chart to export"),
                translate(
                    "MenuTasks",
                    "This plan has no measures yet, so there is no chart to export. "
                    "Add a measure to a goal on the Goals tab first.",
                ),
            )
            return None
        row = dialogs.choose(
            self.window,
            translate("MenuTasks", "Export chart"),
            translate("MenuTasks", "Which measure's chart do you want to export?"),
            [label for _measure_id, label in choices],
        )
        return choices[row][0] if row is not None else None

    def _goal_in_view(self) -> int | None:
        """The goal of the selection on the Goals tab, so the question offers its measures."""
        from bakeryplan.ui.panels.goals_panel import GoalsPanel

        current = self.window.tabs.currentWidget()
        if not isinstance(current, GoalsPanel):
            return None
        document = self.document
        return _goal_of_selection(document.plan, current.selected()) if document else None

    def export_pack(self) -> None:
        from bakeryplan.ui.chart_export import export_pack_interactive

        if self.document is not None:
            export_pack_interactive(self.window, self.document)

    def print_plan(self) -> None:
        from bakeryplan.ui.printing import print_plan_interactive

        if self.document is not None:
            print_plan_interactive(self.window, self.document)

    def export_one_page(self) -> None:
        from bakeryplan.ui.printing import export_one_page_interactive

        if self.document is not None:
            export_one_page_interactive(self.window, self.document)

    def import_actuals(self) -> None:
        """The import assistant, with the measure in view chosen."""
        from bakeryplan.ui.wizards.import_wizard import run_import_wizard

        document = self.document
        if document is not None:
            run_import_wizard(self.window, document, self._measure_in_view(document.plan))

    def print_checkin(self) -> None:
        from bakeryplan.ui.checkin_printing import print_checkin_interactive

        if self.document is not None:
            print_checkin_interactive(self.window, self.document)

    def review_wizard(self) -> None:
        from bakeryplan.ui.wizards.review_wizard import run_review_wizard

        if self.document is not None:
            self.window.show_panel("reviews")
            run_review_wizard(self.window, self.document)

    def vision_wizard(self) -> None:
        from bakeryplan.ui.wizards.vision_wizard import run_vision_wizard

        if self.document is not None:
            self.window.show_panel("vision")
            run_vision_wizard(self.window, self.document)

    def goal_wizard(self) -> None:
        from bakeryplan.ui.wizards.goal_wizard import run_goal_wizard

        if self.document is not None:
            self.window.show_panel("goals")
            run_goal_wizard(self.window, self.document)

    # --- the toolbar's own items: the This week tab, typing figures, the guide -------------

    def show_home(self) -> None:
        self.window.show_panel("home")

    def record_figures(self) -> None:
        """The Actuals tab, ready for typing in its new row."""
        self.window.show_panel("actuals")

    def guide(self) -> None:
        from bakeryplan.ui.guide import show_guide

        show_guide(self.window)

    def add_goal_form(self) -> None:
        """The plain one-form goal, one click away from the wizard for quick edits."""
        from bakeryplan.ui.panels.goals_panel import GoalsPanel

        panel = self.window.show_panel("goals")
        if isinstance(panel, GoalsPanel):
            panel.add_goal_form()

    def about(self) -> None:
        dialogs.show_info(
            self.window,
            translate("MenuTasks", "About BakeryPlan"),
            translate(
                "MenuTasks",
                "BakeryPlan {version}\n\nPlan your business on one page: a vision, goals "
                "with measures, owners and dates, and what really happened.\n\n"
                "Your plan stays on this computer. BakeryPlan never connects to the internet.",
            ).format(version=__version__),
        )

    def preferences(self) -> None:
        from bakeryplan.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.window).exec()

    def quit(self) -> None:
        QApplication.closeAllWindows()

    # --- Plan: edits made in a tab, or in a form of their own ---------------------------------

    def edit_business(self) -> None:
        document = self.document
        if document is None:
            return
        from bakeryplan.editing import commands
        from bakeryplan.ui.widgets import record_forms

        edited = record_forms.ask_business(self.window, document.plan.business)
        if edited is not None and edited != document.plan.business:
            document.push(commands.SetBusiness(document, edited))

    def add_goal(self) -> None:
        from bakeryplan.ui.panels.goals_panel import GoalsPanel

        panel = self.window.show_panel("goals")
        if isinstance(panel, GoalsPanel):
            panel.add_goal()

    def add_person(self) -> None:
        from bakeryplan.ui.panels.people_panel import PeoplePanel

        panel = self.window.show_panel("people")
        if isinstance(panel, PeoplePanel):
            panel.add_person()

    def add_feedback(self) -> None:
        from bakeryplan.ui.panels.feedback_panel import FeedbackPanel

        panel = self.window.show_panel("feedback")
        if isinstance(panel, FeedbackPanel):
            panel.add_feedback()

    def add_review(self) -> None:
        from bakeryplan.ui.panels.reviews_panel import ReviewsPanel

        panel = self.window.show_panel("reviews")
        if isinstance(panel, ReviewsPanel):
            panel.add_review()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


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
