"""What makes a measure contradict itself, in plain words, before anyone relies on it.

The arithmetic copes with any numbers, but some combinations make its answers nonsense:
"Lower is better" with a target above the baseline reads "On track … 10 months early" while
the value climbs the wrong way. Forms refuse these, so every stored measure means what the
owner thinks it means.

A target equal to the baseline is allowed: ``health`` reads it as "hold at least (or at
most) this value", reached while the value stays at or past it. A target date on the start
date is allowed too (the curve jumps on that day), as in the JSON import.

A point of a stepped or seasonal path dated after the target date is refused: the curve
would drop it without a word (the target holds from the target date on), so the owner would
plan a value nobody ever sees. A point on the target date is allowed (quarterly steps end
there). The JSON import applies the same rule (``curve_problems``).

Messages are constant plain English (no numbers in them), so a window can translate them
as they are; ``field`` names the ``Measure`` field to put right.
"""

from __future__ import annotations

from dataclasses import dataclass

from bakeryplan.domain.model import CurveKind, Direction, Measure

TARGET_BELOW_BASELINE = (
    "“Higher is better”, but the target is below the starting value: raise the target, or "
    "choose “Lower is better”."
)
TARGET_ABOVE_BASELINE = (
    "“Lower is better”, but the target is above the starting value: lower the target, or "
    "choose “Higher is better”."
)
BAND_WITHOUT_LIMITS = (
    "Keeping within a band needs at least one limit: give the lowest or the highest value "
    "to keep to."
)
BAND_LIMITS_REVERSED = "The band's low limit must be below its high limit."
TARGET_DATE_BEFORE_START = "The target date is before the start date: move one of them."
POINT_AFTER_TARGET_DATE = (
    "A point of the planned path is after the target date: move it to the target date or "
    "earlier, or move the target date."
)


@dataclass(frozen=True)
class MeasureProblem:
    field: str  # the Measure field to put right: "target", "band_low", "target_date", "points"
    message: str


def measure_problems(m: Measure) -> list[MeasureProblem]:
    """Every contradiction in the measure, in the order its fields are usually shown."""
    problems = _direction_problems(m)
    if m.target_date < m.start:
        problems.append(MeasureProblem("target_date", TARGET_DATE_BEFORE_START))
    return problems + curve_problems(m)


def curve_problems(m: Measure) -> list[MeasureProblem]:
    """What the planned path's own points get wrong (a straight path has none that count)."""
    if m.curve is CurveKind.LINEAR:
        return []
    if any(point.on > m.target_date for point in m.points):
        return [MeasureProblem("points", POINT_AFTER_TARGET_DATE)]
    return []


def _direction_problems(m: Measure) -> list[MeasureProblem]:
    if m.direction is Direction.UP and m.target < m.baseline:
        return [MeasureProblem("target", TARGET_BELOW_BASELINE)]
    if m.direction is Direction.DOWN and m.target > m.baseline:
        return [MeasureProblem("target", TARGET_ABOVE_BASELINE)]
    if m.direction is not Direction.BAND:
        return []
    if m.band_low is None and m.band_high is None:
        return [MeasureProblem("band_low", BAND_WITHOUT_LIMITS)]
    if m.band_low is not None and m.band_high is not None and m.band_low >= m.band_high:
        return [MeasureProblem("band_low", BAND_LIMITS_REVERSED)]
    return []


__all__ = ["MeasureProblem", "curve_problems", "measure_problems"]
