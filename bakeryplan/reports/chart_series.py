"""The numbers a progress chart shows, computed by the domain engine and nothing else.

Kept apart from the drawing so that the static figure, the live panel, its table view and
the tests all read the very same series: what is plotted is what the engine says.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.burnup import burnup_series
from bakeryplan.domain.curves import expected_share_of_time, expected_value, planned_series
from bakeryplan.domain.forecast import Forecast
from bakeryplan.domain.health import (
    EARLY_SHARE,
    GAP_ON_TRACK,
    ON_TRACK_RATIO,
    band_bounds,
    expected_fraction,
)
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import Actual, Business, Direction, Goal, Measure, Plan
from bakeryplan.domain.within_bounds import (
    actuals_within_bounds,
    goal_within_bounds,
    measure_within_bounds,
    steps_within_bounds,
)
from bakeryplan.reports.printable import printable_fields

#: Samples of the on-track band edge over the measure's period (the edge bends early on).
_BAND_SAMPLES = 48
#: A forecast far beyond the plan would squash the chart: show at most this much of it.
MAX_FORECAST_OVERHANG = timedelta(days=366)


@dataclass(frozen=True)
class MeasureChartData:
    """Series of one measure chart; dates ascending, values in the measure's unit."""

    measure: Measure
    goal: Goal | None
    business: Business
    on: date
    start: date
    end: date
    planned: tuple[tuple[date, float], ...]
    band_dates: tuple[date, ...]
    band_low: tuple[float, ...]
    band_high: tuple[float, ...]
    actual_dates: tuple[date, ...]
    actual_values: tuple[float, ...]
    forecast: Forecast | None
    forecast_line: tuple[tuple[date, float], tuple[date, float]] | None

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
        return self.forecast.sentence if self.forecast is not None else ""

    def planned_on(self, day: date) -> float:
        return expected_value(self.measure, day)

    def actual_near(self, day: date) -> int | None:
        """Index of the actual closest to ``day`` (None when there are none)."""
        dates = self.actual_dates
        if not dates:
            return None
        i = bisect_left(dates, day)
        if i == len(dates):
            return i - 1
        if i > 0 and (day - dates[i - 1]) <= (dates[i] - day):
            return i - 1
        return i


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


def measure_chart_data(
    plan: Plan,
    measure_id: int,
    on: date,
    *,
    start: date | None = None,
    end: date | None = None,
) -> MeasureChartData:
    """Collect the series of one measure between ``start`` and ``end`` (defaults: all)."""
    # A value or date outside the bounds (an older file) is drawn at the nearest bound, and
    # a control character in the plan's text as its picture (it would break an SVG).
    measure = measure_within_bounds(find_measure(plan, measure_id))
    measure = printable_fields(measure, "name", "unit")
    actuals = actuals_within_bounds(plan.actuals_of(measure_id))
    business = printable_fields(plan.business, "name", "owner")
    outlook = measure_status(measure, actuals, on, business=business).forecast
    first = min([measure.start, *(a.on for a in actuals[:1])])
    last = max([measure.target_date, on, *(a.on for a in actuals[-1:])])
    known = [a for a in actuals if a.on <= on]
    line = _forecast_line(measure, known[-1:], outlook)
    if line is not None and end is None:
        last = max(last, min(line[1][0], last + MAX_FORECAST_OVERHANG))
    start = start or first
    end = end or last
    if end <= start:
        end = start + timedelta(days=1)
    shown = [a for a in actuals if start <= a.on <= end]
    planned = tuple(planned_series(measure, start, end))
    band_dates, band_low, band_high = _on_track_band(measure, planned, [a.value for a in shown])
    goal = plan.goal(measure.goal_id)
    return MeasureChartData(
        measure=measure,
        goal=None if goal is None else printable_fields(goal, "title"),
        business=business,
        on=on,
        start=start,
        end=end,
        planned=planned,
        band_dates=band_dates,
        band_low=band_low,
        band_high=band_high,
        actual_dates=tuple(a.on for a in shown),
        actual_values=tuple(a.value for a in shown),
        forecast=outlook,
        forecast_line=line,
    )


def _forecast_line(
    measure: Measure, last_actual: list[Actual], outlook: Forecast | None
) -> tuple[tuple[date, float], tuple[date, float]] | None:
    """From the latest actual to where the forecast lands (target, or value at target date).

    Only forward in time: a target reached before the latest actual has nothing left to
    forecast (its reach date is when it was first reached), so no line is drawn.
    """
    if outlook is None or not last_actual:
        return None
    origin = (last_actual[0].on, last_actual[0].value)
    if outlook.reach_date is not None:
        landing = (outlook.reach_date, measure.target)
    elif outlook.value_at_target_date is not None:
        landing = (measure.target_date, outlook.value_at_target_date)
    else:
        return None
    return (origin, landing) if landing[0] > origin[0] else None


def on_track_edge(measure: Measure, day: date) -> float:
    """The lowest value (in the measure's direction) the engine still calls "on track".

    The exact inverse of ``health.classify``: the ratio rule (95 % of the expected progress)
    or, early in the period, the kinder absolute-gap rule, whichever allows more.
    """
    expected = expected_fraction(measure, day)
    if expected <= 0:
        tolerance = GAP_ON_TRACK
    else:
        grace = max(0.0, 1.0 - expected_share_of_time(measure, day) / EARLY_SHARE)
        tolerance = max((1.0 - ON_TRACK_RATIO) * expected, GAP_ON_TRACK * grace)
    return measure.baseline + (expected - tolerance) * (measure.target - measure.baseline)


def _band_points(
    measure: Measure, planned: tuple[tuple[date, float], ...]
) -> list[tuple[date, float]]:
    """Planned corners plus samples in between, so the band follows the early-period grace."""
    if not planned:
        return []
    first, last = planned[0][0], planned[-1][0]
    period = max((measure.target_date - measure.start).days, 1)
    samples = {measure.start + timedelta(days=round(period * k / _BAND_SAMPLES))
               for k in range(_BAND_SAMPLES + 1)}  # fmt: skip
    samples.add(measure.start + timedelta(days=round(period * EARLY_SHARE)))
    corners = {d for d, _ in planned}
    extra = [(d, expected_value(measure, d)) for d in samples
             if first < d < last and d not in corners]  # fmt: skip
    # Stable sort: the two corners of a jump (same date) keep their order.
    return sorted([*planned, *extra], key=lambda point: point[0])


def _on_track_band(
    measure: Measure, planned: tuple[tuple[date, float], ...], actual_values: list[float]
) -> tuple[tuple[date, ...], tuple[float, ...], tuple[float, ...]]:
    """The values the engine calls "on track": between the plan and ``on_track_edge``.

    A "keep within" measure's band is its low..high range (``health.band_bounds``, as the
    health uses it). A one-sided band ("at least 28 %") is open on the other side, so it
    runs past everything the chart shows there (the chart's limits leave the open side out).
    """
    if measure.direction is Direction.BAND:
        dates = tuple(d for d, _ in planned)
        low, high = band_bounds(measure)
        shown = [v for _, v in planned] + actual_values
        shown += [b for b in (low, high) if b is not None]
        beyond = max(max(shown) - min(shown), max(abs(v) for v in shown) * 0.1, 1.0) * 2
        low = min(shown) - beyond if low is None else low
        high = max(shown) + beyond if high is None else high
        return dates, tuple(low for _ in dates), tuple(high for _ in dates)
    points = _band_points(measure, planned)
    edge = [on_track_edge(measure, d) for d, _ in points]
    low = tuple(min(e, v) for e, (_, v) in zip(edge, points, strict=True))
    high = tuple(max(e, v) for e, (_, v) in zip(edge, points, strict=True))
    return tuple(d for d, _ in points), low, high


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
