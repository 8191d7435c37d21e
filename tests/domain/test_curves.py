from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.curves import expected_share_of_time, expected_value, planned_series
from bakeryplan.domain.model import CurveKind, Direction, Measure
from tests.domain.builders import JAN_1, JAN_11, d, measure

STEPPED = measure(curve=CurveKind.STEPPED, points=((d(1, 4), 30), (d(1, 8), 60)))
CUSTOM = measure(curve=CurveKind.CUSTOM, points=((d(1, 3), 50), (d(1, 7), 30)))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (d(12, 31, 2025), 0),
        (JAN_1, 0),
        (d(1, 6), 50),
        (d(1, 10), 90),
        (JAN_11, 100),
        (d(2, 1), 100),
    ],
)
def test_linear_up(on: date, expected: float) -> None:
    assert expected_value(measure(), on) == pytest.approx(expected)


def test_linear_down_falls_from_baseline_to_target() -> None:
    m = measure(baseline=100, target=40, direction=Direction.DOWN)
    assert expected_value(m, d(1, 6)) == pytest.approx(70)
    assert expected_value(m, d(1, 3)) == pytest.approx(88)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (d(12, 31, 2025), 0),
        (d(1, 3), 0),  # before the first point: baseline
        (d(1, 4), 30),
        (d(1, 7), 30),
        (d(1, 8), 60),
        (d(1, 10), 60),
        (JAN_11, 100),  # the target takes over on the target date
    ],
)
def test_stepped_holds_each_value_until_the_next_point(on: date, expected: float) -> None:
    assert expected_value(STEPPED, on) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [(JAN_1, 0), (d(1, 2), 25), (d(1, 3), 50), (d(1, 5), 40), (d(1, 7), 30), (d(1, 9), 65)],
)
def test_custom_interpolates_between_points(on: date, expected: float) -> None:
    assert expected_value(CUSTOM, on) == pytest.approx(expected)


def test_points_outside_the_period_are_ignored() -> None:
    m = measure(curve=CurveKind.CUSTOM, points=((d(12, 1, 2025), 500), (d(3, 1), 500)))
    assert expected_value(m, d(1, 6)) == pytest.approx(50)


def test_stepped_point_on_the_start_date_counts_from_day_one() -> None:
    m = measure(curve=CurveKind.STEPPED, points=((JAN_1, 10),))
    assert expected_value(m, d(12, 31, 2025)) == 0
    assert expected_value(m, JAN_1) == 10


@pytest.mark.parametrize("kind", [CurveKind.STEPPED, CurveKind.CUSTOM])
def test_curve_without_points_is_linear(kind: CurveKind) -> None:
    assert expected_value(measure(curve=kind), d(1, 6)) == pytest.approx(50)


def test_zero_length_period_jumps_on_the_day() -> None:
    m = measure(start=d(1, 5), target_date=d(1, 5))
    assert expected_value(m, d(1, 4)) == 0
    assert expected_value(m, d(1, 5)) == 100
    assert expected_share_of_time(m, d(1, 4)) == 0
    assert expected_share_of_time(m, d(1, 5)) == 1
    assert planned_series(m, JAN_1, JAN_11) == [
        (JAN_1, 0),
        (d(1, 5), 0),
        (d(1, 5), 100),
        (JAN_11, 100),
    ]


def test_share_of_time() -> None:
    assert expected_share_of_time(measure(), d(1, 6)) == pytest.approx(0.5)
    assert expected_share_of_time(measure(), d(2, 6)) == 1


def test_linear_series_has_the_two_corners_and_flat_ends() -> None:
    assert planned_series(measure(), d(12, 30, 2025), d(1, 13)) == [
        (d(12, 30, 2025), 0),
        (JAN_1, 0),
        (JAN_11, 100),
        (d(1, 13), 100),
    ]


def test_series_clipped_inside_the_period() -> None:
    assert planned_series(measure(), d(1, 3), d(1, 6)) == [(d(1, 3), 20), (d(1, 6), 50)]


def test_stepped_series_has_vertical_jumps() -> None:
    assert planned_series(STEPPED, JAN_1, d(1, 12)) == [
        (JAN_1, 0),
        (d(1, 4), 0),
        (d(1, 4), 30),
        (d(1, 8), 30),
        (d(1, 8), 60),
        (JAN_11, 60),
        (JAN_11, 100),
        (d(1, 12), 100),
    ]


def test_stepped_series_ending_on_a_jump_shows_the_jump() -> None:
    assert planned_series(STEPPED, d(1, 2), d(1, 4)) == [(d(1, 2), 0), (d(1, 4), 0), (d(1, 4), 30)]


def test_series_inside_a_flat_stretch_and_empty_range() -> None:
    assert planned_series(STEPPED, d(1, 5), d(1, 7)) == [(d(1, 5), 30), (d(1, 7), 30)]
    assert planned_series(STEPPED, d(1, 5), d(1, 5)) == [(d(1, 5), 30)]
    assert planned_series(STEPPED, d(1, 7), d(1, 5)) == []


def test_custom_series_has_every_point() -> None:
    assert planned_series(CUSTOM, JAN_1, JAN_11) == [
        (JAN_1, 0),
        (d(1, 3), 50),
        (d(1, 7), 30),
        (JAN_11, 100),
    ]


# Property tests ---------------------------------------------------------------------------

values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def measures(draw: st.DrawFn, *, monotone: bool = False) -> Measure:
    start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 30)))
    length = draw(st.integers(0, 400))
    baseline, target = draw(values), draw(values)
    kind = draw(st.sampled_from(list(CurveKind)))
    offsets = sorted(draw(st.lists(st.integers(-10, length + 10), max_size=6)))
    if monotone:
        shares = sorted(
            draw(st.lists(st.floats(0, 1), min_size=len(offsets), max_size=len(offsets)))
        )
        point_values = [baseline + (target - baseline) * s for s in shares]
    else:
        point_values = draw(st.lists(values, min_size=len(offsets), max_size=len(offsets)))
    points = tuple(
        (start + timedelta(days=o), v) for o, v in zip(offsets, point_values, strict=True)
    )
    return measure(
        baseline=baseline,
        target=target,
        start=start,
        target_date=start + timedelta(days=length),
        curve=kind,
        points=points,
    )


@given(measures(monotone=True), st.integers(-50, 500))
def test_monotone_curves_stay_between_baseline_and_target(m: Measure, offset: int) -> None:
    value = expected_value(m, m.start + timedelta(days=offset))
    low, high = sorted((m.baseline, m.target))
    tolerance = 1e-9 * max(1.0, abs(low), abs(high))
    assert low - tolerance <= value <= high + tolerance


@given(measures())
def test_ends_are_baseline_and_target(m: Measure) -> None:
    assert expected_value(m, m.start - timedelta(days=1)) == m.baseline
    assert expected_value(m, m.target_date) == m.target
    assert expected_value(m, m.target_date + timedelta(days=9)) == m.target


@given(measures(), st.integers(-20, 30), st.integers(0, 450))
def test_series_reproduces_the_curve_on_every_day(m: Measure, before: int, span: int) -> None:
    start = m.start + timedelta(days=before)
    end = start + timedelta(days=span)
    series = planned_series(m, start, end)
    assert series[0] == (start, expected_value(m, start))
    assert series[-1] == (end, expected_value(m, end))
    assert [on for on, _ in series] == sorted(on for on, _ in series)
    for offset in range(0, span + 1, max(1, span // 40)):
        on = start + timedelta(days=offset)
        drawn = _read_series(series, on)
        assert drawn == pytest.approx(expected_value(m, on), rel=1e-9, abs=1e-6)


def _read_series(series: list[tuple[date, float]], on: date) -> float:
    """What a chart drawing straight lines through the series shows on a date."""
    index = max(i for i, (when, _) in enumerate(series) if when <= on)
    if index == len(series) - 1:
        return series[index][1]
    (left_on, left), (right_on, right) = series[index], series[index + 1]
    share = (on - left_on).days / (right_on - left_on).days
    return left + (right - left) * share
