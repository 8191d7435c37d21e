"""Where one measure stands on a date: its periods, its health and its forecast.

Only entries on or before ``on`` count: looking back at an older date shows what was known
then, and every view, printout and command asks this one function.

Health judges a trailing window of complete periods, not one value: the newest
``health_window`` periods that have entries (closed days and empty weeks are skipped, not
counted as zero), from the measure's start on. One record week is not "Achieved", one bad
day is not "At risk". The window's value is the mean of its periods' values, compared with
the mean of the same periods' planned values. Default windows (``default_window``): four
weeks of days or weeks and three months of a total or an average, one period of a latest
figure (it is already a level), which the owner can widen per measure.

Until a first period is complete, the unfinished current period is judged "so far" against
the part of its plan due by now. Before the start date, or with no entries, the measure is
NOT_STARTED. Band measures are judged by the band alone.

"Achieved" means the target met over the window, or met at the target date (the window as
it stood when the target date's period ended). Once ``on`` is past the target date and the
target was not met there or since, the measure is AT_RISK, however well it stood before.

A plan drawn from last year is judged on its year instead (``year_plan``): its window holds
only the plan's periods, reaching its best period is not "Achieved", its forecast speaks of
the year's figure, and once the year has ended the year alone decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.counting import (
    PeriodValue,
    PlannedPeriods,
    period_entries,
    period_value,
)
from bakeryplan.domain.curves import expected_share_of_time
from bakeryplan.domain.forecast import Forecast, forecast, tracking
from bakeryplan.domain.health import (
    Health,
    band_health,
    classify,
    fraction_of_plan,
    progress_fraction,
    target_reached,
)
from bakeryplan.domain.model import Actual, Business, Counting, Direction, Measure, Period
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.domain.within_bounds import actuals_within_bounds, measure_within_bounds
from bakeryplan.domain.year_plan import (
    in_plan,
    judged_on_its_year,
    plan_days,
    year_figures,
    year_forecast,
)

_TOTAL_WINDOWS = {Period.DAY: 28, Period.WEEK: 4, Period.MONTH: 3, Period.QUARTER: 2}
_LATEST_WINDOWS = {Period.DAY: 7}


def default_window(period: Period, counting: Counting) -> int:
    """How many complete periods health judges when the owner has not said."""
    if counting is Counting.LATEST:
        return _LATEST_WINDOWS.get(period, 1)
    return _TOTAL_WINDOWS.get(period, 1)


def health_window(m: Measure) -> int:
    """The measure's own window, or the default for its period and counting."""
    if m.health_window is not None and m.health_window >= 1:
        return m.health_window
    return default_window(m.period, m.counting)


@dataclass(frozen=True)
class MeasureStatus:
    """One measure on one day.

    ``actual`` and ``expected`` are the figures health judged: the means of the window's
    counted and planned values (or the current period so far, while ``judged_so_far``).
    ``current`` is the unfinished period holding ``on``; ``last_complete`` the newest
    complete period with entries.
    """

    measure: Measure
    on: date
    expected: float
    actual: float | None
    actual_on: date | None  # the newest entry's day
    progress: float | None
    expected_progress: float
    health: Health
    forecast: Forecast | None
    variance: float | None  # actual - expected, in the measure's unit
    current: PeriodValue
    last_complete: PeriodValue | None
    window: tuple[PeriodValue, ...]  # oldest first
    judged_so_far: bool = False


def latest_actual(actuals: Sequence[Actual], on: date) -> Actual | None:
    """The newest entry on or before ``on``; of one day's entries the last recorded."""
    latest: Actual | None = None
    for actual in actuals:
        if actual.on <= on and (latest is None or (actual.on, actual.id) >= (latest.on, latest.id)):
            latest = actual
    return latest


def measure_status(
    m: Measure, actuals: Sequence[Actual], on: date, *, business: Business | None = None
) -> MeasureStatus:
    """The status of one measure on a date (module docstring)."""
    m, actuals = measure_within_bounds(m), actuals_within_bounds(actuals)  # an older file's
    calendar = BusinessCalendar.of(business)
    planned = PlannedPeriods(m)
    groups = period_entries(actuals, m, calendar, on)
    current_span = calendar.span(m.period, on)
    current_entries = groups[-1][1] if groups and groups[-1][0] == current_span else []
    current = period_value(m, current_span, current_entries, on, planned)
    year = judged_on_its_year(m)  # only the plan's periods are judged, on their year
    complete = [
        (span, entries)
        for span, entries in groups
        if on > span.end >= m.start and (not year or in_plan(m, span))
    ]
    window = _counted(m, complete[-health_window(m) :], on, planned)
    judged: Sequence[PeriodValue] = window
    judged_so_far = (
        not window
        and current.actual is not None
        and current.end >= m.start
        and (not year or in_plan(m, current.span))
    )
    if judged_so_far:
        judged = (current,)
    newest = groups[-1][1][-1].on if groups else None
    last_complete = window[-1] if window else None
    if not judged:
        health = Health.AT_RISK if _past_deadline(m, on) else Health.NOT_STARTED
        expected = current.planned if m.counting is not Counting.LATEST else planned.on(on)
        outlook = None
        if year and on > plan_days(m).end:  # the year ended with nothing judged
            figures = year_figures(m, groups, on, calendar, planned, None)
            health = Health.ACHIEVED if figures.reached else Health.AT_RISK
            outlook = year_forecast(figures, None)
        return MeasureStatus(
            m, on, expected, None, newest, None, fraction_of_plan(m, expected), health,
            outlook, None, current, last_complete, (),
        )  # fmt: skip
    value = _mean(p.actual for p in judged)
    expected = _mean(p.planned_so_far for p in judged)
    progress = progress_fraction(m, value)
    expected_progress = fraction_of_plan(m, expected)
    if year:
        k = tracking(m, value, expected)
        figures = year_figures(m, groups, on, calendar, planned, k)
        achieved = figures.reached
    else:
        achieved = _met_at_deadline(m, complete, on, calendar, planned) or (
            m.direction is not Direction.BAND and target_reached(m, value)
        )
    if on < m.start:
        health = Health.NOT_STARTED
    elif achieved:
        health = Health.ACHIEVED
    elif _past_deadline(m, on) or (year and figures.ended):
        health = Health.AT_RISK
    elif m.direction is Direction.BAND:
        health = band_health(m, value)
    else:
        elapsed = expected_share_of_time(m, min(judged[-1].end, on))
        health = classify(progress, expected_progress, elapsed)
        if year and health is Health.ACHIEVED:  # at the best period: on track, not done
            health = Health.ON_TRACK
    if year:
        outlook = year_forecast(figures, k)
    else:
        outlook = forecast(
            m,
            value=value,
            planned=expected,
            on=on,
            achieved=achieved,
            reached_since=_reached_since(m, complete, on, planned) if achieved else None,
        )
    return MeasureStatus(
        measure=m,
        on=on,
        expected=expected,
        actual=value,
        actual_on=newest,
        progress=progress,
        expected_progress=expected_progress,
        health=health,
        forecast=outlook,
        variance=value - expected,
        current=current,
        last_complete=last_complete,
        window=window,
        judged_so_far=judged_so_far,
    )


def missed_target_date(m: Measure, status: MeasureStatus) -> bool:
    """Whether the target date has passed without the target met (bands never miss)."""
    return _past_deadline(m, status.on) and status.health is Health.AT_RISK


def _past_deadline(m: Measure, on: date) -> bool:
    return m.direction is not Direction.BAND and on > m.target_date


Groups = Sequence[tuple[Span, Sequence[Actual]]]


def _counted(
    m: Measure, groups: Groups, on: date, planned: PlannedPeriods
) -> tuple[PeriodValue, ...]:
    """Only the periods a status reads are counted and planned: a long history costs a
    pass over its entries, not a plan for each of its periods."""
    return tuple(period_value(m, span, entries, on, planned) for span, entries in groups)


def _met_at_deadline(
    m: Measure, complete: Groups, on: date, cal: BusinessCalendar, planned: PlannedPeriods
) -> bool:
    """Whether the window as it stood when the target date's period ended met the target."""
    if m.direction is Direction.BAND:
        return False
    deadline = cal.span(m.period, m.target_date)
    before = [group for group in complete if group[0].end <= deadline.end]
    window = _counted(m, before[-health_window(m) :], on, planned)
    return bool(window) and target_reached(m, _mean(p.actual for p in window))


def _reached_since(m: Measure, complete: Groups, on: date, planned: PlannedPeriods) -> date | None:
    """The first day of the newest run of complete periods at or past the target."""
    since = None
    for span, entries in reversed(complete):
        period = period_value(m, span, entries, on, planned)
        if period.actual is None or not target_reached(m, period.actual):
            break
        since = span.start
    return since


def _mean(values: Iterable[float | None]) -> float:
    numbers = [v for v in values if v is not None]
    return float(sum(numbers) / len(numbers)) if numbers else 0.0
