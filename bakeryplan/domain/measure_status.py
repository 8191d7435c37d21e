"""Where one measure stands on a date: plan, latest actual, progress, health and forecast.

Only actuals on or before ``on`` count (looking back at an older date shows what was known
then). Of several actuals on the same date the last one given wins.

``expected`` is the planned value on ``on`` (what a chart shows for today). Health is judged
fairly at the latest actual's date: ``expected_progress`` and ``variance`` (actual minus the
planned value, in the measure's unit) are taken on ``actual_on``, so a reading from three
weeks ago is compared with the plan of three weeks ago. Stale readings are flagged by the
alignment check instead. Before the start date, or with no actual yet, the measure is
NOT_STARTED. Band measures are judged by the band alone (see ``health``).

A missed target date overrides that fair judgement: once ``on`` is past the target date
and the latest actual does not reach the target (or there is none), the measure is AT_RISK,
however well it stood when last read. There is no separate "missed" health (other code keys
on the five values); the forecast sentence says "The target date ... has passed" and the
alignment check reports it. Band measures are kept, not reached: they never miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.curves import expected_share_of_time, expected_value
from bakeryplan.domain.forecast import Forecast, forecast
from bakeryplan.domain.health import (
    Health,
    band_health,
    classify,
    expected_fraction,
    progress_fraction,
    target_reached,
)
from bakeryplan.domain.model import Actual, Business, Direction, Measure
from bakeryplan.domain.within_bounds import actuals_within_bounds, measure_within_bounds


@dataclass(frozen=True)
class MeasureStatus:
    measure: Measure
    on: date
    expected: float
    actual: float | None
    actual_on: date | None
    progress: float | None
    expected_progress: float
    health: Health
    forecast: Forecast | None
    variance: float | None


def latest_actual(actuals: Sequence[Actual], on: date) -> Actual | None:
    """The newest actual on or before ``on``; the last given wins a tie on the date."""
    latest: Actual | None = None
    for actual in actuals:
        if actual.on <= on and (latest is None or actual.on >= latest.on):
            latest = actual
    return latest


def missed_target_date(m: Measure, latest: Actual | None, on: date) -> bool:
    """Whether ``on`` is past the target date and the latest actual (if any) falls short."""
    if m.direction is Direction.BAND or on <= m.target_date:
        return False
    return latest is None or not target_reached(m, latest.value)


def measure_status(
    m: Measure, actuals: Sequence[Actual], on: date, *, business: Business | None = None
) -> MeasureStatus:
    """The status of one measure on a date (module docstring)."""
    m, actuals = measure_within_bounds(m), actuals_within_bounds(actuals)  # an older file's
    latest = latest_actual(actuals, on)
    expected = expected_value(m, on)
    if latest is None:
        health = Health.AT_RISK if missed_target_date(m, None, on) else Health.NOT_STARTED
        return MeasureStatus(
            m, on, expected, None, None, None, expected_fraction(m, on), health, None, None
        )
    judged_on = latest.on
    progress = progress_fraction(m, latest.value)
    expected_progress = expected_fraction(m, judged_on)
    if on < m.start:
        health = Health.NOT_STARTED
    elif missed_target_date(m, latest, on):
        health = Health.AT_RISK
    elif m.direction is Direction.BAND:
        health = band_health(m, latest.value)
    else:
        health = classify(progress, expected_progress, expected_share_of_time(m, judged_on))
    return MeasureStatus(
        measure=m,
        on=on,
        expected=expected,
        actual=latest.value,
        actual_on=latest.on,
        progress=progress,
        expected_progress=expected_progress,
        health=health,
        forecast=forecast(m, actuals, on, business=business),
        variance=latest.value - expected_value(m, latest.on),
    )
