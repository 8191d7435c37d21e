"""Forecast: where the business is heading if it keeps tracking the plan as it has lately.

The plan's shape is kept: the forecast carries how the actuals have tracked the plan over
the health window onto the rest of the planned curve, so a planned seasonal dip stays a dip.
The tracking is the share of the planned progress the actuals made over the window,
``k = (actual - baseline) / (planned - baseline)``; the projection on any later day is
``baseline + k * (plan(day) - baseline)``. A straight line is extrapolated past the target
date only where the plan itself is a straight line.

- Target met (see ``measure_status``): "Target reached."
- Too early to say: no forecast (None) while the window's plan has moved less than 5 % of
  the way from baseline to target, for flat plans and for band measures (a band is kept,
  not reached).
- Not tracking towards the target (``k <= 0``): "Not moving towards the target at the
  recent pace."
- Reached by the target date (``k >= 1``): the first day from which the projection stays at
  or past the target; "At this pace the target is reached on 2 March 2027, 3 weeks early."
  Within one period of the target date (at most a month) that is "on time".
- Not reached by then: for a straight plan, the day the extended line gets there, "At this
  pace: 14 May 2027, 6 weeks late."; otherwise, or more than a year late, the value
  reached by the target date, "At this pace you reach 8,600 by 31 May 2027 (target 9,000)."
- The target date passed without the target met: "The target date, 31 December 2026, has
  passed: 95 of 100 reached.", then where a straight plan's pace leads.

The forecast is facts (``Outlook``, dates, days, values); ``text.sentences`` says them in
the business's words and formats.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from bakeryplan.domain.curves import curve_function
from bakeryplan.domain.health import toward_sign
from bakeryplan.domain.model import CurveKind, Direction, Measure
from bakeryplan.domain.periods import typical_days

if TYPE_CHECKING:
    from bakeryplan.domain.year_plan import YearFigures

VALUE_SENTENCE_AFTER_DAYS = 365
MIN_PLANNED_SHARE = 0.05  # of the way from baseline to target, before tracking means much
ON_TIME_AT_MOST_DAYS = 31


class Outlook(StrEnum):
    """What a forecast says, before it is put in words."""

    REACHED = "reached"  # the target is met
    NOT_MOVING = "not_moving"  # not tracking towards the target
    ON_TIME = "on_time"  # reached at ``reach_date``, within a period of the target date
    EARLY = "early"  # reached at ``reach_date``, ``-days_late`` days early
    LATE = "late"  # reached at ``reach_date``, ``days_late`` days late
    VALUE_BY_TARGET_DATE = "value_by_target_date"  # ``value_at_target_date`` by then
    TARGET_DATE_PASSED = "target_date_passed"  # at ``value`` now; ``pace`` says what next
    YEAR = "year"  # a plan judged on its year: ``year`` holds the figures


@dataclass(frozen=True)
class Forecast:
    outlook: Outlook
    reach_date: date | None = None
    value_at_target_date: float | None = None
    days_late: int | None = None  # negative when early
    tracking: float | None = None  # k: the share of the planned progress being made
    value: float | None = None  # the window's value (TARGET_DATE_PASSED)
    pace: Outlook | None = None  # after TARGET_DATE_PASSED: NOT_MOVING, LATE or nothing
    year: YearFigures | None = None  # YEAR


def forecast(
    m: Measure,
    *,
    value: float,
    planned: float,
    on: date,
    achieved: bool,
    reached_since: date | None = None,
) -> Forecast | None:
    """Where tracking the plan as over the window leads (module docstring).

    ``value`` and ``planned`` are the window's counted and planned means.
    """
    if achieved:
        days_late = None if reached_since is None else (reached_since - m.target_date).days
        return Forecast(Outlook.REACHED, reached_since, None, days_late)
    if m.direction is Direction.BAND or m.target == m.baseline:
        return None
    k = tracking(m, value, planned)
    if on > m.target_date:
        return _missed_forecast(m, value, k, on)
    if k is None:
        return None
    value_at_target = m.baseline + k * (m.target - m.baseline)
    if k <= 0:
        return Forecast(Outlook.NOT_MOVING, None, value_at_target, None, k)
    reach_date = _reach_date(m, k, on)
    days_late = None if reach_date is None else (reach_date - m.target_date).days
    if reach_date is None or days_late is None or days_late > VALUE_SENTENCE_AFTER_DAYS:
        outlook = Outlook.VALUE_BY_TARGET_DATE
    elif abs(days_late) < min(typical_days(m.period), ON_TIME_AT_MOST_DAYS):
        outlook = Outlook.ON_TIME
    else:
        outlook = Outlook.LATE if days_late > 0 else Outlook.EARLY
    return Forecast(outlook, reach_date, value_at_target, days_late, k)


def tracking(m: Measure, value: float, planned: float) -> float | None:
    """The share of the planned progress the actuals made; None while too little was due."""
    way = m.target - m.baseline
    due = planned - m.baseline
    if way == 0 or abs(due) < MIN_PLANNED_SHARE * abs(way):
        return None
    return (value - m.baseline) / due


def _missed_forecast(m: Measure, value: float, k: float | None, on: date) -> Forecast:
    """The target date has passed without the target met (module docstring)."""
    missed = Forecast(Outlook.TARGET_DATE_PASSED, tracking=k, value=value)
    if k is None or m.curve is not CurveKind.LINEAR:
        return missed
    if k <= 0:
        return dataclasses.replace(missed, pace=Outlook.NOT_MOVING)
    reach_date = _straight_line_reach(m, k)
    if reach_date is None:
        return missed
    reach_date = max(reach_date, on)
    days_late = (reach_date - m.target_date).days
    return dataclasses.replace(
        missed, reach_date=reach_date, days_late=days_late, pace=Outlook.LATE
    )


def _reach_date(m: Measure, k: float, on: date) -> date | None:
    """The first day from ``on`` on which the projection gets to the target for good."""
    if k >= 1:
        curve = curve_function(m)
        sign = toward_sign(m)
        day = m.target_date
        while day > on:
            before = day - timedelta(days=1)
            projected = m.baseline + k * (curve(before) - m.baseline)
            if (projected - m.target) * sign < -1e-9 * max(1.0, abs(m.target)):
                break
            day = before
        return day
    if m.curve is not CurveKind.LINEAR:
        return None
    reach = _straight_line_reach(m, k)
    return None if reach is None else max(reach, on)


def _straight_line_reach(m: Measure, k: float) -> date | None:
    """Where a straight plan, extended past its target date, meets the target at ``k``."""
    span = (m.target_date - m.start).days
    days = span / k
    if not math.isfinite(days) or days > (date.max - m.start).days:
        return None
    return m.start + timedelta(days=math.ceil(days - 1e-9))
