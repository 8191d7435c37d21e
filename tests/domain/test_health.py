from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.health import (
    Health,
    band_bounds,
    band_health,
    classify,
    expected_fraction,
    progress_fraction,
    target_reached,
    worst,
)
from bakeryplan.domain.model import Direction
from tests.domain.builders import d, measure


@pytest.mark.parametrize(
    ("progress", "expected", "health"),
    [
        (0.95, 1.0, Health.ON_TRACK),  # exactly 95 %
        (0.9499, 1.0, Health.BEHIND),
        (0.85, 1.0, Health.BEHIND),  # exactly 85 %
        (0.8499, 1.0, Health.AT_RISK),
        (0.475, 0.5, Health.ON_TRACK),  # 95 % of a half
        (0.425, 0.5, Health.BEHIND),  # 85 % of a half
        (0.42, 0.5, Health.AT_RISK),
        (0.6, 0.5, Health.ON_TRACK),  # ahead
        (-0.1, 0.5, Health.AT_RISK),  # wrong way
    ],
)
def test_ratio_bands_after_the_early_period(
    progress: float, expected: float, health: Health
) -> None:
    assert classify(progress, expected, elapsed=0.5) is health


def test_achieved_and_not_started() -> None:
    assert classify(None, 0.5, 0.5) is Health.NOT_STARTED
    assert classify(1.0, 0.5, 0.5) is Health.ACHIEVED
    assert classify(1.3, 1.0, 1.0) is Health.ACHIEVED


def test_one_sale_short_in_week_one_is_on_track() -> None:
    # 52 sales planned over 52 weeks; after week 1 none yet: gap 1/52 = 0.019,
    # tolerance 0.05 * (1 - (1/52) / 0.25) = 0.046.
    assert classify(0.0, 1 / 52, 1 / 52) is Health.ON_TRACK
    # The same ratio (0) half-way through is at risk.
    assert classify(0.0, 0.5, 0.5) is Health.AT_RISK


@pytest.mark.parametrize(
    ("progress", "health"),
    [
        # elapsed 0.1: tolerances 0.05 * 0.6 = 0.03 and 0.15 * 0.6 = 0.09, expected 0.1
        (0.075, Health.ON_TRACK),  # gap 0.025 (ratio 0.75 alone would be at risk)
        (0.07, Health.ON_TRACK),  # gap 0.03, on the boundary
        (0.02, Health.BEHIND),  # gap 0.08
        (0.01, Health.BEHIND),  # gap 0.09, on the boundary
        (0.0, Health.AT_RISK),  # gap 0.1
    ],
)
def test_early_grace_shrinks_with_elapsed_time(progress: float, health: Health) -> None:
    assert classify(progress, 0.1, 0.1) is health


def test_grace_is_gone_after_the_first_quarter() -> None:
    assert classify(0.26 * 0.9, 0.26, 0.26) is Health.BEHIND
    assert classify(0.26 * 0.8, 0.26, 0.26) is Health.AT_RISK


@pytest.mark.parametrize(
    ("progress", "health"),
    [
        (0.0, Health.ON_TRACK),
        (-0.05, Health.ON_TRACK),
        (-0.1, Health.BEHIND),
        (-0.2, Health.AT_RISK),
    ],
)
def test_nothing_expected_yet_only_a_setback_shows(progress: float, health: Health) -> None:
    assert classify(progress, 0.0, 0.6) is health


def test_progress_fraction_up_down_and_flat() -> None:
    assert progress_fraction(measure(), 25) == 0.25
    down = measure(baseline=100, target=40, direction=Direction.DOWN)
    assert progress_fraction(down, 70) == 0.5
    assert progress_fraction(down, 110) == pytest.approx(-1 / 6)
    flat_up = measure(baseline=50, target=50)
    assert progress_fraction(flat_up, 50) == 1.0
    assert progress_fraction(flat_up, 51) == 1.0
    assert progress_fraction(flat_up, 49) == 0.0
    flat_down = measure(baseline=50, target=50, direction=Direction.DOWN)
    assert progress_fraction(flat_down, 49) == 1.0
    assert progress_fraction(flat_down, 51) == 0.0


def test_expected_fraction() -> None:
    assert expected_fraction(measure(), d(1, 6)) == pytest.approx(0.5)
    down = measure(baseline=100, target=40, direction=Direction.DOWN)
    assert expected_fraction(down, d(1, 6)) == pytest.approx(0.5)
    flat = measure(baseline=50, target=50)
    assert expected_fraction(flat, d(12, 31, 2025)) == 0.0
    assert expected_fraction(flat, d(1, 2)) == 1.0


@pytest.mark.parametrize(
    ("value", "health"),
    [
        (15, Health.ON_TRACK),
        (10, Health.ON_TRACK),
        (20, Health.ON_TRACK),
        (22, Health.BEHIND),  # 2 out of a width of 10
        (22.5, Health.BEHIND),  # a quarter of the width: still behind
        (23, Health.AT_RISK),
        (7, Health.AT_RISK),
        (8, Health.BEHIND),
    ],
)
def test_band(value: float, health: Health) -> None:
    m = measure(direction=Direction.BAND, band=(10, 20))
    assert band_health(m, value) is health


def test_zero_width_and_one_sided_bands() -> None:
    point = measure(direction=Direction.BAND, band=(50, 50))  # width taken as 5
    assert band_health(point, 50) is Health.ON_TRACK
    assert band_health(point, 51) is Health.BEHIND
    assert band_health(point, 53) is Health.AT_RISK
    below_five = measure(direction=Direction.BAND, band=(None, 5))  # width taken as 0.5
    assert band_health(below_five, -100) is Health.ON_TRACK
    assert band_health(below_five, 5.1) is Health.BEHIND
    assert band_health(below_five, 6) is Health.AT_RISK


def test_band_bounds_keep_one_side_open_and_put_a_reversed_band_in_order() -> None:
    assert band_bounds(measure(direction=Direction.BAND, band=(28, None))) == (28, None)
    assert band_bounds(measure(direction=Direction.BAND, band=(None, 5))) == (None, 5)
    reversed_band = measure(direction=Direction.BAND, band=(5, 2))
    assert band_bounds(reversed_band) == (2, 5)
    assert band_health(reversed_band, 3) is Health.ON_TRACK
    assert band_health(measure(direction=Direction.BAND, band=(28, None)), 40) is Health.ON_TRACK


def test_band_without_bounds_uses_baseline_and_target() -> None:
    m = measure(direction=Direction.BAND, baseline=30, target=20)
    assert band_health(m, 25) is Health.ON_TRACK
    assert band_health(m, 31) is Health.BEHIND


def test_worst_ignores_not_started_unless_alone() -> None:
    assert worst([]) is Health.NOT_STARTED
    assert worst([Health.NOT_STARTED, Health.NOT_STARTED]) is Health.NOT_STARTED
    assert worst([Health.NOT_STARTED, Health.ACHIEVED]) is Health.ACHIEVED
    assert worst([Health.ACHIEVED, Health.ON_TRACK]) is Health.ON_TRACK
    assert worst([Health.BEHIND, Health.NOT_STARTED, Health.ON_TRACK]) is Health.BEHIND
    assert worst([Health.BEHIND, Health.AT_RISK]) is Health.AT_RISK


# Property tests ---------------------------------------------------------------------------

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(finite, finite)
def test_baseline_is_zero_and_target_is_one(baseline: float, target: float) -> None:
    m = measure(baseline=baseline, target=target)
    assert progress_fraction(m, target) == 1.0
    if baseline != target:
        assert progress_fraction(m, baseline) == 0.0


@given(finite, finite, finite)
def test_flipping_direction_mirrors_progress(baseline: float, target: float, value: float) -> None:
    up = measure(baseline=baseline, target=target)
    down = measure(baseline=-baseline, target=-target, direction=Direction.DOWN)
    assert progress_fraction(down, -value) == pytest.approx(progress_fraction(up, value))
    assert target_reached(down, -value) == target_reached(up, value)


@given(finite, finite, finite, st.floats(0, 2), st.floats(0, 1))
def test_achieved_iff_target_reached(
    baseline: float, target: float, value: float, expected: float, elapsed: float
) -> None:
    m = measure(baseline=baseline, target=target)
    health = classify(progress_fraction(m, value), expected, elapsed)
    assert (health is Health.ACHIEVED) == target_reached(m, value)


@given(st.floats(-2, 0.999), st.floats(0.01, 1), st.floats(0, 1), st.floats(0, 0.5))
def test_more_progress_is_never_worse(
    progress: float, expected: float, elapsed: float, extra: float
) -> None:
    before = classify(progress, expected, elapsed)
    after = classify(min(progress + extra, 0.999), expected, elapsed)
    assert after.severity <= before.severity
