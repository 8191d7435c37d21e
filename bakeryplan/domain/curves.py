"""The planned curve of a measure: the value the plan expects on any date.

Every curve runs from ``(start, baseline)`` to ``(target_date, target)``: before the start the
plan expects the baseline, from the target date on it expects the target. In between:

- LINEAR: a straight line between those two corners.
- STEPPED: each point's value holds from its date until the next point; before the first
  point the baseline holds. The target takes over on the target date.
- CUSTOM: straight lines through the points (a seasonal plan), starting at
  ``(start, baseline)`` and ending at ``(target_date, target)``.

Only points strictly inside ``(start, target_date)`` shape a stepped or custom curve, so the
measure's own baseline and target always win at the ends; a stepped point on the start date
counts (it is a step on day one). A stepped or custom curve without usable points is linear.
When ``start == target_date`` the curve jumps from baseline to target on that day.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from bakeryplan.domain.model import CurveKind, CurvePoint, Measure

Corner = tuple[date, float]


def expected_value(m: Measure, on: date) -> float:
    """The value the plan expects on a date."""
    return curve_function(m)(on)


def curve_function(m: Measure) -> Callable[[date], float]:
    """The planned curve as a function of the date, its knots worked out once: for reading
    the plan on every day of a long stretch."""
    baseline, target = float(m.baseline), float(m.target)
    points = _inner_points(m)
    if m.curve is CurveKind.STEPPED and points:
        days = [p.on for p in points]
        values = [float(p.value) for p in points]

        def stepped(on: date) -> float:
            if on < m.start:
                return baseline
            if on >= m.target_date:
                return target
            index = bisect_right(days, on) - 1
            return baseline if index < 0 else values[index]

        return stepped
    knots = [(m.start, m.baseline)]
    if m.curve is CurveKind.CUSTOM:
        knots += [(p.on, p.value) for p in points]
    knots.append((m.target_date, m.target))
    knot_days = [when for when, _ in knots]

    def interpolated(on: date) -> float:
        if on < m.start:
            return baseline
        if on >= m.target_date:
            return target
        return _interpolate(knots, knot_days, on)

    return interpolated


def expected_share_of_time(m: Measure, on: date) -> float:
    """How much of the measure's period has passed on a date, from 0 to 1."""
    if on < m.start:
        return 0.0
    if on >= m.target_date:
        return 1.0
    return (on - m.start).days / (m.target_date - m.start).days


def planned_series(m: Measure, start: date, end: date) -> list[Corner]:
    """The corners of the curve between two dates, enough to draw it exactly.

    A vertical jump (a stepped curve) appears as two points on the same date: the value held
    until then, then the new value. The first point is the value on ``start`` and the last
    the value on ``end``; an empty list when ``end`` is before ``start``.
    """
    if end < start:
        return []
    series: list[Corner] = [(start, expected_value(m, start))]
    for corner in _corners(m):
        if start < corner[0] <= end:
            series.append(corner)
    series.append((end, expected_value(m, end)))
    deduplicated: list[Corner] = []
    for corner in series:
        if not deduplicated or deduplicated[-1] != corner:
            deduplicated.append(corner)
    return deduplicated


def _corners(m: Measure) -> list[Corner]:
    """All corners of the whole curve in date order; a jump gives two corners on one date."""
    points = _inner_points(m)
    if m.curve is CurveKind.STEPPED and points:
        corners: list[Corner] = [(m.start, m.baseline)]
        held = m.baseline
        for point in [*points, CurvePoint(m.target_date, m.target)]:
            corners += [(point.on, held), (point.on, point.value)]
            held = point.value
        return corners
    corners = [(m.start, m.baseline)]
    if m.curve is CurveKind.CUSTOM:
        corners += [(p.on, p.value) for p in points]
    corners.append((m.target_date, m.target))
    return corners


def _inner_points(m: Measure) -> list[CurvePoint]:
    """The points that shape the curve, by date (see the module docstring)."""
    if m.curve is CurveKind.LINEAR:
        return []
    earliest_ok = m.start if m.curve is CurveKind.STEPPED else None
    return sorted(
        (p for p in m.points if p.on < m.target_date and (p.on > m.start or p.on == earliest_ok)),
        key=lambda p: p.on,
    )


def _interpolate(knots: list[Corner], knot_days: list[date], on: date) -> float:
    """Straight lines between knots sorted by date; of knots sharing a date the last wins."""
    index = bisect_right(knot_days, on) - 1
    if index < 0:
        return float(knots[0][1])
    if index == len(knots) - 1:
        return float(knots[index][1])
    (left_on, left_value), (right_on, right_value) = knots[index], knots[index + 1]
    share = (on - left_on).days / (right_on - left_on).days
    return left_value + (right_value - left_value) * share
