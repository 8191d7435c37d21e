"""The on-track band of a progress chart: the values the engine still calls "on track".

The exact inverse of ``health.classify``, at every point of the planned line: between the
plan and the lowest value (in the measure's direction) whose progress is still on track.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bakeryplan.domain.curves import expected_share_of_time, expected_value
from bakeryplan.domain.health import (
    EARLY_SHARE,
    GAP_ON_TRACK,
    ON_TRACK_RATIO,
    band_bounds,
    expected_fraction,
    fraction_of_plan,
)
from bakeryplan.domain.model import Direction, Measure

#: Samples of the on-track band edge over the measure's period (the edge bends early on).
_BAND_SAMPLES = 48

Band = tuple[tuple[date, ...], tuple[float, ...], tuple[float, ...]]


def on_track_edge(measure: Measure, day: date, planned: float | None = None) -> float:
    """The lowest value (in the measure's direction) the engine still calls "on track".

    The ratio rule (95 % of the expected progress) or, early in the period, the kinder
    absolute-gap rule, whichever allows more. ``planned``: the plan to judge against (a
    period's planned total), else the curve on ``day``.
    """
    if planned is None:
        expected = expected_fraction(measure, day)
    else:
        expected = fraction_of_plan(measure, planned)
    if expected <= 0:
        tolerance = GAP_ON_TRACK
    else:
        grace = max(0.0, 1.0 - expected_share_of_time(measure, day) / EARLY_SHARE)
        tolerance = max((1.0 - ON_TRACK_RATIO) * expected, GAP_ON_TRACK * grace)
    return measure.baseline + (expected - tolerance) * (measure.target - measure.baseline)


def curve_band_points(
    measure: Measure, planned: Sequence[tuple[date, float]]
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


def on_track_band(
    measure: Measure,
    planned: Sequence[tuple[date, float]],
    shown: Sequence[float],
    *,
    per_period: bool,
) -> Band:
    """Dates, low and high edges of the band along the planned line.

    ``per_period``: the planned line is made of periods' planned values (a weekly total),
    judged as such; otherwise it is the curve, sampled in between its corners. A "keep
    within" measure's band is its low..high range (``health.band_bounds``). A one-sided
    band ("at least 28 %") is open on the other side, so it runs past everything the chart
    shows there (the chart's limits leave the open side out).
    """
    if measure.direction is Direction.BAND:
        dates = tuple(d for d, _ in planned)
        low, high = band_bounds(measure)
        values = [v for _, v in planned] + list(shown)
        values += [b for b in (low, high) if b is not None]
        beyond = max(max(values) - min(values), max(abs(v) for v in values) * 0.1, 1.0) * 2
        low = min(values) - beyond if low is None else low
        high = max(values) + beyond if high is None else high
        return dates, tuple(low for _ in dates), tuple(high for _ in dates)
    if per_period:
        points = list(planned)
        edge = [on_track_edge(measure, d, v) for d, v in points]
    else:
        points = curve_band_points(measure, planned)
        edge = [on_track_edge(measure, d) for d, _ in points]
    lows = tuple(min(e, v) for e, (_, v) in zip(edge, points, strict=True))
    highs = tuple(max(e, v) for e, (_, v) in zip(edge, points, strict=True))
    return tuple(d for d, _ in points), lows, highs
