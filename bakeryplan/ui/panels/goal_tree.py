"""The Goals tree as a Qt item model: perspective, goal, measures, steps and sub-goals.

``GoalTreeModel.sync(plan, today)`` brings the rows in line with a plan value: rows whose
record is gone are removed, new ones inserted in place, and a row's cells set again only
where their text changed. No reset, so the view keeps its selection, cursor and folding
across edits, and an edit of one step repaints one row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from bakeryplan.domain.health import Health, band_bounds
from bakeryplan.domain.model import Direction, Goal, GoalStatus, Measure, Perspective, Plan, Step
from bakeryplan.domain.year_plan import judged_on_its_year, plan_days
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.translate import PLURAL, count_text, translate
from bakeryplan.ui.panels import (
    KIND_ROLE,
    format_amount,
    format_day,
    plain_tooltip,
)
from bakeryplan.ui.theme import health_icon, health_text

TITLE, OWNER, DUE, STATUS, PROGRESS = range(5)
COLUMNS = 5
PERSPECTIVES = list(Perspective)
HEALTH_ROLE = Qt.ItemDataRole.UserRole + 2  # the health whose icon the status cell shows

Key = tuple[str, int]
"""A row's subject: ("perspective", index), ("goal", id), ("measure", id), ("step", id), or
("empty", perspective index) for a perspective with no goal."""


class RowCells:
    """The cells of one row as the model shows them: texts, a tooltip, health, a check."""

    def __init__(self) -> None:
        self.texts = [""] * COLUMNS
        self.tooltip = ""
        self.health: Health | None = None
        self.checked: bool | None = None
        self.bold = False
        self.selectable = True


class GoalTreeModel(QStandardItemModel):
    """The rows of the Goals tree, kept in step with the plan by ``sync``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("GoalsPanel", "Goal"),
                translate("GoalsPanel", "Owner"),
                translate("GoalsPanel", "Due"),
                translate("GoalsPanel", "Status"),
                translate("GoalsPanel", "Progress"),
            ]
        )
        self.syncing = False
        """True while ``sync`` writes cells: a check box set then is not the user's."""
        self.read_only = False
        self.bold_font = QFont()
        self.bold_font.setBold(True)

    # --- looking up ----------------------------------------------------------------------

    def key_of(self, index: QModelIndex) -> Key | None:
        if not index.isValid():
            return None
        key = index.siblingAtColumn(TITLE).data(KIND_ROLE)
        return (str(key[0]), int(key[1])) if key else None

    def index_of(self, key: Key) -> QModelIndex:
        """The title cell of ``key``'s row; invalid when the tree has none."""
        for item in self.walk():
            if item.data(KIND_ROLE) == key:
                return item.index()
        return QModelIndex()

    def walk(self, parent: QStandardItem | None = None) -> Iterator[QStandardItem]:
        """Every title cell, depth first, parents before children."""
        parent = parent or self.invisibleRootItem()
        for row in range(parent.rowCount()):
            child = parent.child(row, TITLE)
            if child is not None:
                yield child
                yield from self.walk(child)

    # --- keeping in step -----------------------------------------------------------------

    def sync(self, plan: Plan, today: date, *, read_only: bool) -> None:
        """Rows in line with ``plan``: removed, inserted and changed, never reset."""
        self.syncing = True
        try:
            self.read_only = read_only
            cells = _CellMaker(plan, today, read_only)
            top = [(("perspective", i), list(self._goal_keys(plan, p))) for i, p in
                   enumerate(PERSPECTIVES)]  # fmt: skip
            self._sync_children(self.invisibleRootItem(), top, plan, cells)
        finally:
            self.syncing = False

    def _goal_keys(self, plan: Plan, perspective: Perspective) -> Iterator[Any]:
        goals = [g for g in plan.goals if g.perspective == perspective and g.parent_id is None]
        for goal in sorted(goals, key=lambda g: g.position):
            yield ("goal", goal.id), list(self._children_of_goal(plan, goal))
        if not goals:
            yield ("empty", PERSPECTIVES.index(perspective)), []

    def _children_of_goal(self, plan: Plan, goal: Goal) -> Iterator[Any]:
        for measure in sorted(plan.measures_of(goal.id), key=lambda m: m.position):
            yield ("measure", measure.id), []
        for step in sorted(plan.steps_of(goal.id), key=lambda s: s.position):
            yield ("step", step.id), []
        for sub in sorted(plan.subgoals_of(goal.id), key=lambda g: g.position):
            yield ("goal", sub.id), list(self._children_of_goal(plan, sub))

    def _sync_children(
        self, parent: QStandardItem, wanted: list[Any], plan: Plan, cells: _CellMaker
    ) -> None:
        keys = [key for key, _children in wanted]
        for row in reversed(range(parent.rowCount())):
            old = parent.child(row, TITLE)
            if old is None or old.data(KIND_ROLE) not in keys:
                parent.removeRow(row)
        for row, (key, children) in enumerate(wanted):
            child = parent.child(row, TITLE) if row < parent.rowCount() else None
            if child is None or child.data(KIND_ROLE) != key:
                found = next(
                    (r for r in range(row + 1, parent.rowCount())
                     if parent.child(r, TITLE).data(KIND_ROLE) == key),
                    None,
                )  # fmt: skip
                if found is not None:  # moved among its siblings
                    parent.insertRow(row, parent.takeRow(found))
                else:
                    # Filled before it joins the model: a cell set there would signal
                    # each change (hundreds of signals when the tree is first filled).
                    items = [QStandardItem() for _ in range(COLUMNS)]
                    items[TITLE].setData(key, KIND_ROLE)
                    self._write(items, cells.of(key))
                    parent.insertRow(row, items)
                    child = items[TITLE]
                    self._sync_children(child, children, plan, cells)
                    continue
                child = parent.child(row, TITLE)
            assert child is not None
            self._write([parent.child(row, column) for column in range(COLUMNS)], cells.of(key))
            self._sync_children(child, children, plan, cells)

    def _write(self, items: Sequence[QStandardItem | None], cells: RowCells) -> None:
        """Set a row's cells; a cell whose value is unchanged is left alone (no signal)."""
        title = items[TITLE]
        assert title is not None
        for column, text in enumerate(cells.texts):
            item = items[column]
            if item is not None and item.text() != text:
                item.setText(text)
        if title.toolTip() != cells.tooltip:
            title.setToolTip(cells.tooltip)
        flags = Qt.ItemFlag.NoItemFlags  # "No goal yet"
        if cells.selectable:
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if cells.checked is not None and not self.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        for item in items:
            if item is not None and item.flags() != flags:
                item.setFlags(flags)
        if cells.checked is not None:
            state = Qt.CheckState.Checked if cells.checked else Qt.CheckState.Unchecked
            unset = title.data(Qt.ItemDataRole.CheckStateRole) is None
            if unset or title.checkState() != state:
                title.setCheckState(state)
        if cells.bold and not title.font().bold():
            title.setFont(self.bold_font)
        status = items[STATUS]
        health = str(cells.health) if cells.health else None
        if status is not None and status.data(HEALTH_ROLE) != health:
            status.setData(health, HEALTH_ROLE)
            status.setIcon(health_icon(cells.health) if cells.health else _no_icon())

    def repaint_health(self) -> None:
        """The health shapes in the palette's colours again (light or dark switched)."""
        for item in self.walk():
            parent = item.parent() or self.invisibleRootItem()
            status = parent.child(item.row(), STATUS)
            if status is not None and status.data(HEALTH_ROLE) is not None:
                status.setIcon(health_icon(Health(status.data(HEALTH_ROLE))))


def _no_icon() -> QIcon:
    return QIcon()


class _CellMaker:
    """The cells of each row of one plan value, worded and formatted for the business."""

    def __init__(self, plan: Plan, today: date, read_only: bool) -> None:
        from bakeryplan.domain.status import plan_status

        self.plan, self.today, self.read_only = plan, today, read_only
        status = plan_status(plan, today)
        self.goal_reports = {report.goal.id: report for report in status.goals}
        self.measure_reports = {
            ms.measure.id: ms for report in status.goals for ms in report.measures
        }
        self.steps = {s.id: s for s in plan.steps}

    def of(self, key: Key) -> RowCells:
        kind, item_id = key
        if kind == "perspective":
            cells = RowCells()
            cells.texts[TITLE] = perspective_name(PERSPECTIVES[item_id])
            cells.bold = True
            return cells
        if kind == "empty":
            cells = RowCells()
            cells.texts[TITLE] = translate("GoalsPanel", "No goal yet")
            cells.selectable = False
            return cells
        if kind == "goal":
            goal = self.plan.goal(item_id)
            assert goal is not None
            return self._goal(goal)
        if kind == "measure":
            measure = self.plan.measure(item_id)
            assert measure is not None
            return self._measure(measure)
        return self._step(self.steps[item_id])

    def _goal(self, goal: Goal) -> RowCells:
        cells = RowCells()
        owner = self.plan.person(goal.owner_id)
        cells.texts[TITLE] = goal.title
        cells.texts[OWNER] = owner.name if owner else translate("GoalsPanel", "No owner")
        cells.texts[DUE] = format_day(goal.due, self.plan.business) or translate(
            "GoalsPanel", "No date"
        )
        cells.tooltip = plain_tooltip(goal.why) if goal.why else ""
        report = self.goal_reports.get(goal.id)
        if report is not None:
            cells.health = report.health
            cells.texts[STATUS] = health_text(report.health)
            if report.steps is not None:
                total = report.steps.total
                cells.texts[PROGRESS] = translate(
                    "GoalsPanel", "{done} of %n step(s) done", None, PLURAL, total
                ).format(done=count_text(report.steps.done))
        if goal.status is not GoalStatus.ACTIVE:
            finished = goal.status is GoalStatus.DONE
            cells.texts[STATUS] = (
                translate("GoalsPanel", "Done") if finished else translate("GoalsPanel", "Dropped")
            )
        return cells

    def _measure(self, measure: Measure) -> RowCells:
        cells = RowCells()
        cells.texts[TITLE] = translate("GoalsPanel", "Measure: {name}").format(name=measure.name)
        year = judged_on_its_year(measure)  # drawn from last year: its plan's last day
        due = plan_days(measure).end if year else measure.target_date
        cells.texts[DUE] = format_day(due, self.plan.business)
        report = self.measure_reports.get(measure.id)
        if report is not None:
            cells.health = report.health
            cells.texts[STATUS] = health_text(report.health)
            # A plan judged on its year has no target to be "of": its best week is none.
            aim = report.expected if year else None
            cells.texts[PROGRESS] = self._measure_progress(measure, report.actual, aim)
        return cells

    def _band_aim(self, measure: Measure) -> str:
        """The band in the engine's own bounds: one-sided bands read "at least" or "at most"."""
        business = self.plan.business
        low, high = band_bounds(measure)
        if low is not None and high is not None:
            return translate("GoalsPanel", "keep {low} to {high}").format(
                low=format_amount(low, "", business),
                high=format_amount(high, measure.unit, business),
            )
        if low is not None:
            return translate("GoalsPanel", "keep at least {low}").format(
                low=format_amount(low, measure.unit, business)
            )
        return translate("GoalsPanel", "keep at most {high}").format(
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
            aim = translate("GoalsPanel", "planned {planned}").format(
                planned=format_amount(_rounded(planned), measure.unit, business)
            )
        elif measure.direction is Direction.BAND:
            aim = self._band_aim(measure)
        elif measure.direction is Direction.DOWN:
            aim = translate("GoalsPanel", "aim {target}").format(target=target)
        else:
            aim = translate("GoalsPanel", "of {target}").format(target=target)
        if actual is None:
            return translate("GoalsPanel", "nothing recorded, {aim}").format(aim=aim)
        actual = _rounded(actual)
        now = format_amount(actual, measure.unit, business)
        bare = format_amount(actual, "", business)
        of_target = measure.direction is Direction.UP and planned is None
        if of_target and now == f"{bare} {measure.unit.strip()}":
            now = bare  # "14 of 24 bakes", not "14 bakes of 24 bakes"
        separator = " " if of_target else ", "
        return f"{now}{separator}{aim}"

    def _step(self, step: Step) -> RowCells:
        cells = RowCells()
        owner = self.plan.person(step.owner_id)
        cells.texts[TITLE] = step.title
        cells.texts[OWNER] = owner.name if owner else translate("GoalsPanel", "No owner")
        cells.texts[DUE] = format_day(step.due, self.plan.business) or translate(
            "GoalsPanel", "No date"
        )
        cells.checked = step.done is not None
        if step.done:
            cells.texts[STATUS] = translate("GoalsPanel", "✓ Done {day}").format(
                day=format_day(step.done, self.plan.business, "day_month")
            )
        elif step.due is not None and step.due < self.today:
            cells.texts[STATUS] = translate("GoalsPanel", "! Overdue")
        else:
            cells.texts[STATUS] = translate("GoalsPanel", "Open")
        return cells


def _rounded(value: float) -> float:
    """A judged figure is a mean over the health window: "€8,075", not "€8,074.68", as the
    printouts round it (reports.measure_figures.digits_for)."""
    return round(value) if abs(value) >= 100 else round(value, 2)
