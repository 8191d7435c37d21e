"""What the paper check-in sheet says, as plain text: no Qt, no layout.

The staff who count unsold loaves or customers by the back door write on it; the owner
types the same figures in on Monday. So its rows are the measures counted daily or weekly,
in the order of the Actuals grid (goals in plan order, each goal's measures in order), with
the planned figure beside each, and under them the steps due that week with their owners.
Planned figures come from ``measure_figures``, as every other output writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.counting import PlannedPeriods, period_value
from bakeryplan.domain.model import Counting, GoalStatus, Measure, Period, Plan, Step
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.reports.measure_figures import period_figures
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate

#: Measures whose period is one of these are counted on the sheet.
SHEET_PERIODS = (Period.DAY, Period.WEEK)


@dataclass(frozen=True)
class SheetRow:
    """One measure: its name, what to write in a day's box, and its plan for the week."""

    measure_id: int
    name: str
    how: str  # "Write the day's total", "Write the figure when counted"
    plan: str  # "€8,300 this week", "120 a day"
    weekly: bool  # True: a box for the week's figure too


@dataclass(frozen=True)
class SheetStep:
    title: str
    owner: str
    due: str  # "Thu 3 Dec"


@dataclass(frozen=True)
class SheetContent:
    business: str
    owner: str
    week: Span
    title: str  # "Check-in sheet: week of 30 Nov 2026"
    days: tuple[str, ...]  # "Mon 30", ...
    rows: tuple[SheetRow, ...]
    steps: tuple[SheetStep, ...]
    language: str = "en"  # the plan's: the sheet is painted in it, whatever the window speaks


def sheet_week(plan: Plan, day: date) -> Span:
    """The business's week holding ``day``."""
    return BusinessCalendar.of(plan.business).span(Period.WEEK, day)


def next_week(plan: Plan, today: date) -> Span:
    """The week after the one holding ``today``: a sheet is printed before its week."""
    return sheet_week(plan, sheet_week(plan, today).end + timedelta(days=1))


def sheet_measures(plan: Plan, week: Span) -> list[Measure]:
    """Measures of active goals counted by the day or the week that have started by the
    week's end, in the order of the Actuals grid."""
    return [
        m
        for goal in plan.goals
        if goal.status is GoalStatus.ACTIVE
        for m in plan.measures_of(goal.id)
        if m.period in SHEET_PERIODS and m.start <= week.end
    ]


def sheet_content(plan: Plan, week: Span) -> SheetContent:
    """The sheet's words, in the plan's language."""
    language = language_of(plan.business.locale)
    with in_language(language):
        return _sheet_content(plan, week, language)


def _sheet_content(plan: Plan, week: Span, language: str) -> SheetContent:
    b = plan.business
    fmt = formatter_for(b)
    days = tuple(fmt.skeleton("EEEd", week.start + timedelta(days=i)) for i in range(7))
    return SheetContent(
        business=b.name,
        owner=b.owner,
        week=week,
        title=translate("checkin_sheet", "Check-in sheet: week of {day}").format(
            day=fmt.date(week.start)
        ),
        days=days,
        rows=tuple(_row(plan, m, week) for m in sheet_measures(plan, week)),
        steps=tuple(_step(plan, s) for s in _steps_due(plan, week)),
        language=language,
    )


def _how(counting: Counting) -> str:
    """What to write in a day's box, as a whole instruction."""
    if counting is Counting.LATEST:
        return translate("checkin_sheet", "Write the figure when counted")
    return translate("checkin_sheet", "Write the day's total")


def _row(plan: Plan, m: Measure, week: Span) -> SheetRow:
    planned = PlannedPeriods(m)
    week_plan = _planned(plan, m, week, planned)
    if m.period is Period.DAY:  # the plan of the week's days: their mean, or the last one
        if m.counting is Counting.LATEST:
            words = translate("checkin_sheet", "{planned} by the week's end")
        else:
            words = translate("checkin_sheet", "{planned} a day")
        return SheetRow(m.id, m.name, _how(m.counting), words.format(planned=week_plan), False)
    words = {
        Counting.TOTAL: translate("checkin_sheet", "{planned} this week"),
        Counting.AVERAGE: translate("checkin_sheet", "{planned} a day on average"),
        Counting.LATEST: translate("checkin_sheet", "{planned} by the week's end"),
    }[m.counting]
    return SheetRow(m.id, m.name, _how(m.counting), words.format(planned=week_plan), weekly=True)


def _planned(plan: Plan, m: Measure, span: Span, planned: PlannedPeriods) -> str:
    """The plan of a whole period, written as every output writes it (for a daily measure
    over a week: the mean of its days' plans, or the plan of its last day)."""
    period = period_value(m, span, (), span.end + timedelta(days=1), planned)
    return period_figures(plan, m, period).planned


def _steps_due(plan: Plan, week: Span) -> list[Step]:
    """Steps of active goals due in the week and not done before it, by due date."""
    active = {g.id for g in plan.goals if g.status is GoalStatus.ACTIVE}
    due = [
        s
        for s in plan.steps
        if s.goal_id in active
        and s.due is not None
        and s.due in week
        and (s.done is None or s.done >= week.start)
    ]
    return sorted(due, key=lambda s: (s.due or week.start, s.goal_id, s.position, s.id))


def _step(plan: Plan, step: Step) -> SheetStep:
    owner = plan.person(step.owner_id)
    due = step.due or date.min
    return SheetStep(
        title=step.title,
        owner=owner.name if owner is not None else translate("checkin_sheet", "nobody yet"),
        due=formatter_for(plan.business).skeleton("MMMEd", due),
    )
