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

Each problem is a ``MeasureRule`` (which rule is broken) and the ``field`` of the
``Measure`` to put right; ``text.measure_problems`` says it in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bakeryplan.domain.model import CurveKind, Direction, Measure


class MeasureRule(StrEnum):
    """A rule a measure breaks."""

    TARGET_BELOW_BASELINE = "target_below_baseline"  # "higher is better", target below start
    TARGET_ABOVE_BASELINE = "target_above_baseline"  # "lower is better", target above start
    BAND_WITHOUT_LIMITS = "band_without_limits"
    BAND_LIMITS_REVERSED = "band_limits_reversed"
    TARGET_DATE_BEFORE_START = "target_date_before_start"
    POINT_AFTER_TARGET_DATE = "point_after_target_date"


@dataclass(frozen=True)
class MeasureProblem:
    field: str  # the Measure field to put right: "target", "band_low", "target_date", "points"
    rule: MeasureRule


def measure_problems(m: Measure) -> list[MeasureProblem]:
    """Every contradiction in the measure, in the order its fields are usually shown."""
    problems = _direction_problems(m)
    if m.target_date < m.start:
        problems.append(MeasureProblem("target_date", MeasureRule.TARGET_DATE_BEFORE_START))
    return problems + curve_problems(m)


def curve_problems(m: Measure) -> list[MeasureProblem]:
    """What the planned path's own points get wrong (a straight path has none that count)."""
    if m.curve is CurveKind.LINEAR:
        return []
    if any(point.on > m.target_date for point in m.points):
        return [MeasureProblem("points", MeasureRule.POINT_AFTER_TARGET_DATE)]
    return []


def _direction_problems(m: Measure) -> list[MeasureProblem]:
    if m.direction is Direction.UP and m.target < m.baseline:
        return [MeasureProblem("target", MeasureRule.TARGET_BELOW_BASELINE)]
    if m.direction is Direction.DOWN and m.target > m.baseline:
        return [MeasureProblem("target", MeasureRule.TARGET_ABOVE_BASELINE)]
    if m.direction is not Direction.BAND:
        return []
    if m.band_low is None and m.band_high is None:
        return [MeasureProblem("band_low", MeasureRule.BAND_WITHOUT_LIMITS)]
    if m.band_low is not None and m.band_high is not None and m.band_low >= m.band_high:
        return [MeasureProblem("band_low", MeasureRule.BAND_LIMITS_REVERSED)]
    return []


__all__ = ["MeasureProblem", "MeasureRule", "curve_problems", "measure_problems"]
