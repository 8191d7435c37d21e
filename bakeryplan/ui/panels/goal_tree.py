"""Filling the Goals tree: perspective, goal, measures, steps and sub-goals, with health.

Kept apart from the panel so the panel holds only selection and editing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from bakeryplan.domain.health import Health, band_bounds
from bakeryplan.domain.model import Direction, Goal, GoalStatus, Measure, Perspective, Plan, Step
from bakeryplan.domain.year_plan import judged_on_its_year, plan_days
from bakeryplan.ui.panels import KIND_ROLE, format_amount, format_day, plain_tooltip
from bakeryplan.ui.theme import health_icon, health_text

TITLE, OWNER, DUE, STATUS, PROGRESS = range(5)
PERSPECTIVES = list(Perspective)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalsPanel", text)


class GoalTreeFiller:
    """Builds the rows of one Plan value into a cleared tree."""

    def __init__(self, tree: QTreeWidget, plan: Plan, today: date, *, read_only: bool) -> None:
        from bakeryplan.domain.status import plan_status

        self.tree, self.plan, self.today, self.read_only = tree, plan, today, read_only
        status = plan_status(plan, today)
        self.goal_reports = {report.goal.id: report for report in status.goals}
        self.measure_reports = {
            ms.measure.id: ms for report in status.goals for ms in report.measures
        }

    def fill(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for index, perspective in enumerate(PERSPECTIVES):
            top = QTreeWidgetItem([_tr(perspective.label)])
            top.setData(TITLE, KIND_ROLE, ("perspective", index))
            top.setFont(TITLE, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            goals = [
                g for g in self.plan.goals if g.perspective == perspective and g.parent_id is None
            ]
            for goal in sorted(goals, key=lambda g: g.position):
                self.add_goal(top, goal)
            if not goals:
                empty = QTreeWidgetItem([_tr("No goal yet")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(empty)

    def add_goal(self, parent: QTreeWidgetItem, goal: Goal) -> None:
        owner = self.plan.person(goal.owner_id)
        item = QTreeWidgetItem(parent)
        item.setText(TITLE, goal.title)
        item.setText(OWNER, owner.name if owner else _tr("No owner"))
        item.setText(DUE, format_day(goal.due, self.plan.business) or _tr("No date"))
        if goal.why:
            item.setToolTip(TITLE, plain_tooltip(goal.why))
        item.setData(TITLE, KIND_ROLE, ("goal", goal.id))
        report = self.goal_reports.get(goal.id)
        if report is not None:
            self._set_health(item, report.health)
            if report.steps is not None:
                item.setText(
                    PROGRESS,
                    _tr("{done} of {total} steps done").format(
                        done=report.steps.done, total=report.steps.total
                    ),
                )
        if goal.status is not GoalStatus.ACTIVE:
            finished = goal.status is GoalStatus.DONE
            item.setText(STATUS, _tr("Done") if finished else _tr("Dropped"))
        for measure in sorted(self.plan.measures_of(goal.id), key=lambda m: m.position):
            self._add_measure(item, measure)
        for step in sorted(self.plan.steps_of(goal.id), key=lambda s: s.position):
            self._add_step(item, step)
        for sub in sorted(self.plan.subgoals_of(goal.id), key=lambda g: g.position):
            self.add_goal(item, sub)

    def _add_measure(self, parent: QTreeWidgetItem, measure: Measure) -> None:
        item = QTreeWidgetItem(parent)
        item.setText(TITLE, _tr("Measure: {name}").format(name=measure.name))
        year = judged_on_its_year(measure)  # drawn from last year: its plan's last day
        due = plan_days(measure).end if year else measure.target_date
        item.setText(DUE, format_day(due, self.plan.business))
        item.setData(TITLE, KIND_ROLE, ("measure", measure.id))
        report = self.measure_reports.get(measure.id)
        if report is not None:
            self._set_health(item, report.health)
            # A plan judged on its year has no target to be "of": its best week is none.
            aim = report.expected if year else None
            item.setText(PROGRESS, self._measure_progress(measure, report.actual, aim))

    def _band_aim(self, measure: Measure) -> str:
        """The band in the engine's own bounds: one-sided bands read "at least" or "at most"."""
        business = self.plan.business
        low, high = band_bounds(measure)
        if low is not None and high is not None:
            return _tr("keep {low} to {high}").format(
                low=format_amount(low, "", business),
                high=format_amount(high, measure.unit, business),
            )
        if low is not None:
            return _tr("keep at least {low}").format(low=format_amount(low, measure.unit, business))
        return _tr("keep at most {high}").format(
            high=format_amount(high or 0.0, measure.unit, business)
        )

    def _measure_progress(
        self, measure: Measure, actual: float | None, planned: float | None = None
    ) -> str:
        """Where the measure is against its aim, worded for its direction; with ``planned``
        (a plan judged on its year), against the plan of the periods judged."""
        business = self.plan.business
        target = format_amount(measure.target, measure.unit, business)
        if planned is not None:
            aim = _tr("planned {planned}").format(
                planned=format_amount(_rounded(planned), measure.unit, business)
            )
        elif measure.direction is Direction.BAND:
            aim = self._band_aim(measure)
        elif measure.direction is Direction.DOWN:
            aim = _tr("aim {target}").format(target=target)
        else:
            aim = _tr("of {target}").format(target=target)
        if actual is None:
            return _tr("nothing recorded, {aim}").format(aim=aim)
        actual = _rounded(actual)
        now = format_amount(actual, measure.unit, business)
        bare = format_amount(actual, "", business)
        of_target = measure.direction is Direction.UP and planned is None
        if of_target and now == f"{bare} {measure.unit.strip()}":
            now = bare  # "14 of 24 bakes", not "14 bakes of 24 bakes"
        separator = " " if of_target else ", "
        return f"{now}{separator}{aim}"

    def _add_step(self, parent: QTreeWidgetItem, step: Step) -> None:
        owner = self.plan.person(step.owner_id)
        item = QTreeWidgetItem(parent)
        item.setText(TITLE, step.title)
        item.setText(OWNER, owner.name if owner else _tr("No owner"))
        item.setText(DUE, format_day(step.due, self.plan.business) or _tr("No date"))
        item.setData(TITLE, KIND_ROLE, ("step", step.id))
        checkable = Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(item.flags() & ~checkable if self.read_only else item.flags() | checkable)
        item.setCheckState(TITLE, Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        if step.done:
            item.setText(
                STATUS,
                _tr("✓ Done {day}").format(
                    day=format_day(step.done, self.plan.business, "day_month")
                ),
            )
        elif step.due is not None and step.due < self.today:
            item.setText(STATUS, _tr("! Overdue"))
        else:
            item.setText(STATUS, _tr("Open"))

    def _set_health(self, item: QTreeWidgetItem, health: Health) -> None:
        item.setIcon(STATUS, health_icon(health))
        item.setText(STATUS, health_text(health))


def _rounded(value: float) -> float:
    """A judged figure is a mean over the health window: "€8,075", not "€8,074.68", as the
    printouts round it (reports.measure_figures.digits_for)."""
    return round(value) if abs(value) >= 100 else round(value, 2)
