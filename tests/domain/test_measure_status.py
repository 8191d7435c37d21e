from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.health import Health, target_reached
from bakeryplan.domain.measure_status import latest_actual, measure_status
from bakeryplan.domain.model import CurveKind, Direction
from tests.domain.builders import JAN_11, actuals, d, measure


def test_uses_the_latest_actual_on_or_before_the_date() -> None:
    status = measure_status(
        measure(), actuals((d(1, 2), 10), (d(1, 4), 30), (d(1, 9), 99)), d(1, 8)
    )
    assert status.actual == 30
    assert status.actual_on == d(1, 4)
    assert status.expected == pytest.approx(70)  # the plan on the day asked about
    assert status.variance == pytest.approx(0)  # 30 planned on 4 January
    assert status.progress == pytest.approx(0.3)
    assert status.expected_progress == pytest.approx(0.3)
    assert status.health is Health.ON_TRACK
    assert status.forecast is not None


def test_variance_is_in_the_measure_unit_at_the_actual_date() -> None:
    status = measure_status(measure(), actuals((d(1, 6), 44)), d(1, 6))
    assert status.variance == pytest.approx(-6)
    assert status.health is Health.BEHIND  # 0.44 / 0.5 = 88 %


def test_same_date_last_one_given_wins() -> None:
    given = actuals((d(1, 3), 5), (d(1, 3), 20))
    assert latest_actual(given, d(1, 3)) == given[1]


def test_no_actuals_yet() -> None:
    status = measure_status(measure(), [], d(1, 6))
    assert status.health is Health.NOT_STARTED
    assert (status.actual, status.progress, status.variance, status.forecast) == (
        None,
        None,
        None,
        None,
    )
    assert status.expected == pytest.approx(50)
    assert status.expected_progress == pytest.approx(0.5)


def test_actuals_after_the_date_are_ignored() -> None:
    status = measure_status(measure(), actuals((d(1, 9), 100)), d(1, 6))
    assert status.health is Health.NOT_STARTED
    assert status.actual is None


def test_before_the_start_is_not_started() -> None:
    status = measure_status(measure(start=d(1, 5)), actuals((d(1, 2), 100)), d(1, 3))
    assert status.health is Health.NOT_STARTED
    assert status.actual == 100


def test_actual_before_the_start_is_judged_at_its_own_date() -> None:
    # Only a baseline reading from before the start: nothing was expected yet then.
    status = measure_status(measure(start=d(1, 5)), actuals((d(1, 2), 0)), d(1, 6))
    assert status.expected_progress == 0
    assert status.health is Health.ON_TRACK


def test_target_reached_early_is_achieved() -> None:
    status = measure_status(measure(), actuals((d(1, 3), 105)), d(1, 4))
    assert status.health is Health.ACHIEVED
    assert status.forecast is None  # a single actual


def test_zero_length_period() -> None:
    m = measure(start=d(1, 5), target_date=d(1, 5))
    assert measure_status(m, actuals((d(1, 5), 50)), d(1, 5)).health is Health.AT_RISK
    assert measure_status(m, actuals((d(1, 5), 100)), d(1, 5)).health is Health.ACHIEVED
    assert measure_status(m, actuals((d(1, 5), 100)), d(1, 4)).health is Health.NOT_STARTED


def test_baseline_equal_to_target_is_a_level_to_hold() -> None:
    m = measure(baseline=100, target=100)
    assert measure_status(m, actuals((d(1, 3), 100)), d(1, 3)).health is Health.ACHIEVED
    assert measure_status(m, actuals((d(1, 3), 99)), d(1, 3)).health is Health.AT_RISK


@pytest.mark.parametrize(
    ("value", "health"),
    [
        (70, Health.ON_TRACK),  # exactly the plan: 100 -> 40, half-way
        (72, Health.BEHIND),  # progress 28/60 = 0.467, ratio 0.933
        (75, Health.AT_RISK),  # progress 25/60 = 0.417, ratio 0.833
        (40, Health.ACHIEVED),
        (35, Health.ACHIEVED),
    ],
)
def test_measure_going_down(value: float, health: Health) -> None:
    m = measure(baseline=100, target=40, direction=Direction.DOWN)
    assert measure_status(m, actuals((d(1, 6), value)), d(1, 6)).health is health


def test_stepped_curve_expects_nothing_before_the_first_step() -> None:
    m = measure(curve=CurveKind.STEPPED, points=((d(1, 8), 60),))
    status = measure_status(m, actuals((d(1, 6), 0)), d(1, 6))
    assert status.expected_progress == 0
    assert status.health is Health.ON_TRACK
    later = measure_status(m, actuals((d(1, 8), 45)), d(1, 8))
    assert later.health is Health.AT_RISK  # 45 of the 60 planned: 75 %


def test_custom_curve_status() -> None:
    m = measure(curve=CurveKind.CUSTOM, points=((d(1, 3), 50), (d(1, 7), 30)))
    status = measure_status(m, actuals((d(1, 5), 36)), d(1, 5))
    assert status.expected == pytest.approx(40)
    assert status.health is Health.BEHIND  # 36 / 40 = 90 %


def test_band_measure() -> None:
    m = measure(direction=Direction.BAND, band=(10, 20), target_date=JAN_11)
    assert measure_status(m, actuals((d(1, 3), 12)), d(1, 4)).health is Health.ON_TRACK
    assert measure_status(m, actuals((d(1, 3), 21)), d(1, 4)).health is Health.BEHIND
    assert measure_status(m, actuals((d(1, 3), 40)), d(1, 4)).health is Health.AT_RISK
    assert measure_status(m, actuals((d(1, 3), 12), (d(1, 4), 13)), d(1, 4)).forecast is None


# Property test ----------------------------------------------------------------------------

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(finite, finite, finite, st.integers(0, 30), st.sampled_from([Direction.UP, Direction.DOWN]))
def test_achieved_iff_target_reached_once_started(
    baseline: float, target: float, value: float, day: int, direction: Direction
) -> None:
    m = measure(baseline=baseline, target=target, direction=direction)
    on = m.start + timedelta(days=day)
    status = measure_status(m, actuals((on, value)), on)
    assert (status.health is Health.ACHIEVED) == target_reached(m, value)
    assert status.health is not Health.NOT_STARTED


def test_a_missed_target_date_is_at_risk_whatever_the_last_reading_said() -> None:
    # 95 of 100 on 15 December was on track then (expected 95.9: 0.99 of it).
    year = measure(target_date=d(12, 31))
    given = actuals((d(12, 1), 90), (d(12, 15), 95))
    assert measure_status(year, given, d(12, 31)).health is Health.ON_TRACK  # not passed yet
    late = measure_status(year, given, d(3, 1, 2027))
    assert late.health is Health.AT_RISK
    assert late.forecast is not None
    assert late.forecast.sentence.startswith("The target date, 31 December 2026, has passed")
    reached = actuals((d(12, 1), 90), (d(12, 15), 100))
    assert measure_status(year, reached, d(3, 1, 2027)).health is Health.ACHIEVED
    assert measure_status(year, [], d(1, 1, 2027)).health is Health.AT_RISK  # nothing, ever
    assert measure_status(year, [], d(12, 31)).health is Health.NOT_STARTED


def test_a_band_never_misses_its_target_date() -> None:
    band = measure(direction=Direction.BAND, band=(10, 20))
    assert measure_status(band, actuals((d(1, 3), 12)), d(3, 1)).health is Health.ON_TRACK
