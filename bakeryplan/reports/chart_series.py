"""The numbers a progress chart shows, computed by the domain engine and nothing else.

Kept apart from the drawing so that the static figure, the live panel, its table view and
the tests all read the very same series: what is plotted is what the engine says.

A chart draws one point per period, counted as the measure counts (weekly totals for a
weekly total, built from the daily entries; ``counting.counted_periods``). A complete
period is drawn at its last day; a figure read as the latest entry at the day it was read.
The unfinished current period is drawn apart, "so far", next to the part of its plan due
by now. The planned line of a total or an average is each period's planned value; of a
latest figure (or a daily measure) it is the curve itself. The forecast follows the plan's
shape with the engine's tracking factor up to the target date, and runs on along the
extended straight line only for a straight plan. Only entries up to ``on`` count.

A plan drawn from last year is judged on its year (``domain.year_plan``), and its chart is
that year: from the plan's first day to its last, with no target marker (its "target" is
only its best period). Asked for more (``start``, ``end``), it still draws its plan, band
and forecast only over the plan's own days: there is no plan of 0 before it starts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.burnup import burnup_series
from bakeryplan.domain.counting import (
    PeriodValue,
    PlannedPeriods,
    first_planned_day,
    period_entries,
    period_value,
)
from bakeryplan.domain.curves import planned_series
from bakeryplan.domain.forecast import Forecast
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import Actual, Business, Counting, CurveKind, Goal, Measure, Plan
from bakeryplan.domain.model import Period as PeriodKind
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.domain.within_bounds import (
    actuals_within_bounds,
    goal_within_bounds,
    measure_within_bounds,
    steps_within_bounds,
)
from bakeryplan.domain.year_plan import judged_on_its_year, plan_days
from bakeryplan.reports.chart_band import on_track_band, on_track_edge
from bakeryplan.reports.printable import printable_fields
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import forecast_sentence

#: A forecast far beyond the plan would squash the chart: show at most this much of it.
MAX_FORECAST_OVERHANG = timedelta(days=366)

__all__ = [
    "BurnupChartData",
    "ChartPeriod",
    "MeasureChartData",
    "burnup_chart_data",
    "find_measure",
    "measure_chart_data",
    "on_track_edge",
    "planned_on",
]


@dataclass(frozen=True)
class ChartPeriod:
    """One period as the chart draws it: where, and the domain's figures for it."""

    day: date
    value: PeriodValue
    part_way: bool = False  # a total's period the measure starts in part-way: not on the line


@dataclass(frozen=True)
class MeasureChartData:
    """Series of one measure chart; dates ascending, values in the measure's unit."""

    measure: Measure
    goal: Goal | None
    business: Business
    on: date
    start: date
    end: date
    status: MeasureStatus
    periods: tuple[ChartPeriod, ...]  # periods with entries in range; the last may be current
    planned: tuple[tuple[date, float], ...]
    band_dates: tuple[date, ...]
    band_low: tuple[float, ...]
    band_high: tuple[float, ...]
    entries: tuple[Actual, ...]  # the raw entries in range, up to ``on``
    forecast: Forecast | None
    forecast_line: tuple[tuple[date, float], ...] | None
    # Last year's matching entries per period of a plan drawn from last year (asked for):
    # each period's value at its last day, as the planned line; None: no entries.
    last_year: tuple[tuple[date, float | None], ...] = ()

    @property
    def title(self) -> str:
        return self.measure.name

    @property
    def subtitle(self) -> str:
        parts = [self.goal.title if self.goal else "", self.business.name]
        return " · ".join(p for p in parts if p)

    @property
    def caption(self) -> str:
        """The forecast in plain words, or nothing when there is no forecast."""
        if self.forecast is None:
            return ""
        return forecast_sentence(formatter_for(self.business), self.measure, self.forecast)

    @property
    def shows_target(self) -> bool:
        """Whether the target is drawn: not for a plan judged on its year, whose target is
        only its best period."""
        return not judged_on_its_year(self.measure)

    @property
    def complete(self) -> tuple[ChartPeriod, ...]:
        """The complete periods the actual line joins (the table lists every period)."""
        return tuple(p for p in self.periods if p.value.complete and not p.part_way)

    @property
    def so_far(self) -> ChartPeriod | None:
        """The unfinished current period, when it has entries."""
        last = self.periods[-1] if self.periods else None
        return last if last is not None and not last.value.complete else None

    @property
    def actual_dates(self) -> tuple[date, ...]:
        return tuple(p.day for p in self.complete)

    @property
    def actual_values(self) -> tuple[float, ...]:
        return tuple(float(p.value.actual or 0.0) for p in self.complete)

    def period_near(self, day: date) -> ChartPeriod | None:
        """The drawn period closest to ``day`` (None when there are none)."""
        days = [p.day for p in self.periods]
        if not days:
            return None
        i = bisect_left(days, day)
        if i == len(days):
            return self.periods[-1]
        if i > 0 and (day - days[i - 1]) <= (days[i] - day):
            return self.periods[i - 1]
        return self.periods[i]


@dataclass(frozen=True)
class BurnupChartData:
    """Planned and done share of a goal's steps (0..1) over time."""

    goal: Goal
    business: Business
    on: date
    start: date
    end: date
    dates: tuple[date, ...]
    planned_share: tuple[float, ...]
    done_share: tuple[float, ...]  # up to today only: a prefix of ``dates``

    @property
    def title(self) -> str:
        return self.goal.title

    @property
    def subtitle(self) -> str:
        return self.business.name


def find_measure(plan: Plan, measure_id: int) -> Measure:
    measure = plan.measure(measure_id)
    if measure is None:
        raise ValueError(f"No measure with id {measure_id} in this plan.")
    return measure


def per_period(m: Measure) -> bool:
    """Whether the planned line is made of periods' planned values (not the curve)."""
    return m.period is not PeriodKind.DAY and m.counting is not Counting.LATEST


def planned_on(data: MeasureChartData, day: date) -> float:
    """The planned line's value on a day: its period's plan, or the curve."""
    m = data.measure
    planned = PlannedPeriods(m)
    if per_period(m):
        return planned.whole(BusinessCalendar.of(data.business).span(m.period, day))
    return planned.on(day)


def measure_chart_data(
    plan: Plan,
    measure_id: int,
    on: date,
    *,
    start: date | None = None,
    end: date | None = None,
    last_year: bool = False,
) -> MeasureChartData:
    """Collect the series of one measure between ``start`` and ``end`` (defaults: all);
    with ``last_year``, last year's entries behind a plan drawn from them."""
    # A value or date outside the bounds (an older file) is drawn at the nearest bound, and
    # a control character in the plan's text as its picture (it would break an SVG).
    m = printable_fields(measure_within_bounds(find_measure(plan, measure_id)), "name", "unit")
    actuals = actuals_within_bounds(plan.actuals_of(measure_id))
    business = printable_fields(plan.business, "name", "owner")
    known = [a for a in actuals if a.on <= on]
    calendar = BusinessCalendar.of(business)
    status = measure_status(m, known, on, business=business)
    planned_periods = PlannedPeriods(m)
    drawn = _drawn_periods(m, known, on, calendar, planned_periods)
    year = judged_on_its_year(m)
    line = _forecast_line(m, status, drawn, calendar, planned_periods)
    if year:  # the plan's year, and nothing else (module docstring)
        first, last = plan_days(m).start, plan_days(m).end
    else:
        first = min([m.start, *(a.on for a in known[:1])])
        last = max(m.target_date, on)
        if line is not None and end is None:
            last = max(last, min(line[-1][0], last + MAX_FORECAST_OVERHANG))
    start = start or first
    end = end or last
    if end <= start:
        end = start + timedelta(days=1)
    shown = tuple(p for p in drawn if start <= p.day <= end)
    if year:
        plan_start, plan_end = max(start, first), min(end, last)
        planned = (
            _planned_line(m, calendar, planned_periods, plan_start, plan_end)
            if plan_start <= plan_end
            else ()
        )
    else:
        planned = _planned_line(m, calendar, planned_periods, start, end)
    values = [float(p.value.actual) for p in shown if p.value.actual is not None]
    band_dates, band_low, band_high = on_track_band(m, planned, values, per_period=per_period(m))
    goal = plan.goal(m.goal_id)
    return MeasureChartData(
        measure=m,
        goal=None if goal is None else printable_fields(goal, "title"),
        business=business,
        on=on,
        start=start,
        end=end,
        status=status,
        periods=shown,
        planned=planned,
        band_dates=band_dates,
        band_low=band_low,
        band_high=band_high,
        entries=tuple(a for a in known if start <= a.on <= end),
        forecast=status.forecast,
        forecast_line=line,
        last_year=_last_year_line(m, actuals, business, start, end) if last_year else (),
    )


def _last_year_line(
    m: Measure, actuals: Sequence[Actual], business: Business, start: date, end: date
) -> tuple[tuple[date, float | None], ...]:
    """Last year's value of each period of the plan that shows between ``start`` and
    ``end``, at the period's last day as the planned line draws it."""
    from bakeryplan.domain.last_year_line import last_year_periods

    return tuple(
        (min(span.end, end), value)
        for span, value in last_year_periods(m, actuals, business)
        if span.end >= start and span.start <= end
    )


def _drawn_periods(
    m: Measure,
    known: Sequence[Actual],
    on: date,
    calendar: BusinessCalendar,
    planned: PlannedPeriods,
) -> tuple[ChartPeriod, ...]:
    """Every period with entries, at the day it is drawn (module docstring)."""
    drawn = []
    for span, entries in period_entries(known, m, calendar, on):
        value = period_value(m, span, entries, on, planned)
        if m.counting is Counting.LATEST:
            day = max(a.on for a in entries)
        else:
            day = span.end if value.complete else min(on, span.end)
        drawn.append(ChartPeriod(day, value, _started_part_way(m, span)))
    return tuple(drawn)


def _planned_line(
    m: Measure,
    calendar: BusinessCalendar,
    planned: PlannedPeriods,
    start: date,
    end: date,
) -> tuple[tuple[date, float], ...]:
    """The curve's corners, or each period's planned value at its last day."""
    if not per_period(m):
        return tuple(planned_series(m, start, end))
    return tuple(
        (min(span.end, end), planned.whole(span))
        for span in calendar.spans(m.period, start, end)
        if span.end >= start and not _started_part_way(m, span)
    )


def _started_part_way(m: Measure, span: Span) -> bool:
    """A total's period the measure starts in part-way is left off the line: three days of
    takings are not a low week. The chart's table still lists it, against its part plan."""
    return m.counting is Counting.TOTAL and first_planned_day(m, span) > span.start


def _forecast_line(
    m: Measure,
    status: MeasureStatus,
    drawn: Sequence[ChartPeriod],
    calendar: BusinessCalendar,
    planned: PlannedPeriods,
) -> tuple[tuple[date, float], ...] | None:
    """Where tracking the plan as over the window leads, along the plan's shape.

    From the last period health judged: ``baseline + k * (plan - baseline)`` on each later
    period (or curve corner) up to the target date; a straight plan runs on to the day the
    forecast reaches the target, also once the target date has passed. Nothing once the
    target is met, or while too little was due to say (no tracking factor then).
    """
    outlook = status.forecast
    k = outlook.tracking if outlook is not None else None
    judged = status.window[-1] if status.window else status.current
    origin = next((p.day for p in drawn if p.value.span == judged.span), None)
    if outlook is None or k is None or origin is None:
        return None

    def along(plan_value: float) -> float:
        return m.baseline + k * (plan_value - m.baseline)

    points: list[tuple[date, float]] = []
    # A plan judged on its year ends on its last day, not in the period of its target date.
    until = plan_days(m).end if judged_on_its_year(m) else m.target_date
    if status.on <= m.target_date:
        if per_period(m):
            spans = calendar.spans(m.period, judged.start, until)
            points = [(span.end, along(planned.whole(span))) for span in spans]
        else:
            corners = planned_series(m, min(origin, m.target_date), m.target_date)
            points = [(day, along(value)) for day, value in corners]
    reach = outlook.reach_date
    if m.curve is CurveKind.LINEAR and reach is not None and reach > m.target_date:
        if not points:  # the target date has passed: the extended line from the last period
            points = [(origin, along(_straight(m, origin)))]
        if reach > points[-1][0]:
            points.append((reach, m.target))
    return tuple(points) if len(points) >= 2 else None


def _straight(m: Measure, day: date) -> float:
    """A straight plan's line on any day, extended past its target date."""
    span = (m.target_date - m.start).days
    if span <= 0:
        return m.target
    return m.baseline + (m.target - m.baseline) * (day - m.start).days / span


def burnup_chart_data(
    plan: Plan, goal_id: int, on: date, *, start: date | None = None, end: date | None = None
) -> BurnupChartData:
    """Planned against done share of a goal's steps, from the goal's start to its due date."""
    goal = plan.goal(goal_id)
    if goal is None:
        raise ValueError(f"No goal with id {goal_id} in this plan.")
    goal = printable_fields(goal_within_bounds(goal), "title")  # see measure_chart_data
    steps = steps_within_bounds(plan.steps_of(goal_id))
    if not steps:
        raise ValueError(f"The goal {goal.title!r} has no steps to chart.")
    known = [d for s in steps for d in (s.due, s.done) if d is not None]
    first = start or min([d for d in (goal.start, *known) if d is not None], default=on)
    last = end or max([d for d in (goal.due, on, *known) if d is not None])
    if last <= first:
        last = first + timedelta(days=1)
    series = burnup_series(steps, first, last)
    return BurnupChartData(
        goal=goal,
        business=printable_fields(plan.business, "name", "owner"),
        on=on,
        start=first,
        end=last,
        dates=tuple(d for d, _, _ in series),
        planned_share=tuple(p for _, p, _ in series),
        # What is done after today is not known yet: the done line stops at today.
        done_share=tuple(x for d, _, x in series if d <= on),
    )
