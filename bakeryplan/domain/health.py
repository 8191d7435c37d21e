"""Health: how progress compares with the plan, as one traffic-light word.

Progress is the share of the way from baseline to target, ``(value - baseline) /
(target - baseline)``: 0 at the baseline, 1 at the target, negative when moving the wrong way.
A "down" measure needs no special case (its target is below its baseline). When baseline
and target are equal there is no way to go: progress is 1 when the value is at or past the
target in the measure's direction, else 0.

``classify(progress, expected, elapsed)`` compares progress with the expected progress from
the planned curve (both fractions of the whole distance) and the elapsed share of the period:

1. ``progress is None`` (nothing recorded): NOT_STARTED.
2. ``progress >= 1``: ACHIEVED.
3. The ratio ``progress / expected``: ON_TRACK at 95 % or more, BEHIND from 85 % up to 95 %,
   AT_RISK below 85 %.
4. Early-period grace. Early on the expected progress is tiny, so the ratio swings wildly
   (one sale short in week 1 of a 52-sale year is a ratio of 0). So health is also judged on
   the absolute gap ``expected - progress``: up to 5 % of the whole distance is ON_TRACK, up
   to 15 % BEHIND. These tolerances shrink in a straight line from full size at the start to
   nothing at 25 % of the period, and the kinder of the two judgements counts. After the
   first quarter only the ratio counts, and the hand-over is smooth.
   Example: 52 sales planned over 52 weeks, after week 1 (elapsed 1/52, expected 1/52,
   progress 0): gap 0.019, tolerance 0.05 * (1 - 4/52) = 0.046, so ON_TRACK.
5. Nothing expected yet (``expected <= 0``, e.g. before the first step of a stepped curve):
   the full gap tolerances apply, so only a real setback shows.

Band ("keep within") measures are judged by ``band_health``: inside the band is ON_TRACK;
outside by at most a quarter of the band's width is BEHIND; farther out is AT_RISK. A band
of zero width (or one-sided) uses 10 % of the bound's size as its width (1 when it is 0).
Missing bounds fall back to baseline and target.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.model import Direction, Measure

ON_TRACK_RATIO = 0.95
BEHIND_RATIO = 0.85
GAP_ON_TRACK = 0.05
GAP_BEHIND = 0.15
EARLY_SHARE = 0.25
BAND_BEHIND_SHARE = 0.25
_EPSILON = 1e-9


class Health(StrEnum):
    ON_TRACK = "on_track"
    BEHIND = "behind"
    AT_RISK = "at_risk"
    ACHIEVED = "achieved"
    NOT_STARTED = "not_started"

    @property
    def severity(self) -> int:
        """Higher is worse; used to pick the worst of several healths."""
        return _SEVERITY[self]


_SEVERITY = {
    Health.NOT_STARTED: 0,
    Health.ACHIEVED: 1,
    Health.ON_TRACK: 2,
    Health.BEHIND: 3,
    Health.AT_RISK: 4,
}


def worst(healths: Iterable[Health]) -> Health:
    """The worst health, ignoring NOT_STARTED unless nothing else is there."""
    started = [h for h in healths if h is not Health.NOT_STARTED]
    if not started:
        return Health.NOT_STARTED
    return max(started, key=lambda h: h.severity)


def toward_sign(m: Measure) -> int:
    """+1 when the measure should rise towards its target, -1 when it should fall."""
    if m.target != m.baseline:
        return 1 if m.target > m.baseline else -1
    return -1 if m.direction is Direction.DOWN else 1


def target_reached(m: Measure, value: float) -> bool:
    """Whether a value is at or past the target in the right direction."""
    if m.target == m.baseline:
        return (value - m.target) * toward_sign(m) >= -_EPSILON * max(1.0, abs(m.target))
    return (value - m.baseline) / (m.target - m.baseline) >= 1.0 - _EPSILON


def progress_fraction(m: Measure, value: float) -> float:
    """Share of the way from baseline to target (see the module docstring)."""
    if m.direction is Direction.BAND:
        return _band_fraction(m, value)
    if m.target == m.baseline:
        return 1.0 if target_reached(m, value) else 0.0
    return (value - m.baseline) / (m.target - m.baseline)


def expected_fraction(m: Measure, on: date) -> float:
    """Share of the way the plan expects to be done on a date."""
    if m.direction is Direction.BAND:
        return 1.0
    if m.target == m.baseline:
        return 0.0 if on < m.start else 1.0
    return (expected_value(m, on) - m.baseline) / (m.target - m.baseline)


def fraction_of_plan(m: Measure, planned: float) -> float:
    """Share of the way a planned value stands (1 for bands and flat plans: all is due)."""
    if m.direction is Direction.BAND or m.target == m.baseline:
        return 1.0
    return (planned - m.baseline) / (m.target - m.baseline)


def classify(progress: float | None, expected: float, elapsed: float) -> Health:
    """Health from progress, expected progress and elapsed share (module docstring)."""
    if progress is None:
        return Health.NOT_STARTED
    if progress >= 1.0 - _EPSILON:
        return Health.ACHIEVED
    grace = 1.0 if expected <= 0 else max(0.0, 1.0 - elapsed / EARLY_SHARE)
    by_gap = _health_by_gap(expected - progress, grace)
    if expected <= 0:
        return by_gap
    by_ratio = _health_by_ratio(progress / expected)
    return min(by_gap, by_ratio, key=lambda h: h.severity)


def band_health(m: Measure, value: float) -> Health:
    """ON_TRACK inside the band, BEHIND slightly outside, AT_RISK far outside."""
    fraction = _band_fraction(m, value)
    if fraction >= 1.0:
        return Health.ON_TRACK
    if fraction >= 1.0 - BAND_BEHIND_SHARE - _EPSILON:
        return Health.BEHIND
    return Health.AT_RISK


def band_bounds(m: Measure) -> tuple[float | None, float | None]:
    """The band's low and high bound; missing bounds fall back to baseline and target."""
    low, high = m.band_low, m.band_high
    if low is None and high is None:
        low, high = sorted((m.baseline, m.target))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return low, high


def _band_fraction(m: Measure, value: float) -> float:
    """1 inside the band, falling by 1 per band width outside it."""
    low, high = band_bounds(m)
    if low is not None and value < low:
        distance = low - value
    elif high is not None and value > high:
        distance = value - high
    else:
        return 1.0
    if low is not None and high is not None and high > low:
        width = high - low
    else:
        bound = low if low is not None else high
        width = 0.1 * abs(bound) if bound else 1.0
    return 1.0 - distance / width


def _health_by_ratio(ratio: float) -> Health:
    if ratio >= ON_TRACK_RATIO - _EPSILON:
        return Health.ON_TRACK
    if ratio >= BEHIND_RATIO - _EPSILON:
        return Health.BEHIND
    return Health.AT_RISK


def _health_by_gap(gap: float, grace: float) -> Health:
    if gap <= GAP_ON_TRACK * grace + _EPSILON:
        return Health.ON_TRACK
    if gap <= GAP_BEHIND * grace + _EPSILON:
        return Health.BEHIND
    return Health.AT_RISK


__all__ = [
    "Health",
    "band_bounds",
    "band_health",
    "classify",
    "expected_fraction",
    "fraction_of_plan",
    "progress_fraction",
    "target_reached",
    "toward_sign",
    "worst",
]
