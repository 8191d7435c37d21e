"""The rules a measure must follow before a form accepts it."""

from __future__ import annotations

import pytest

from bakeryplan.domain.measure_rules import (
    MeasureProblem,
    MeasureRule,
    curve_problems,
    measure_problems,
)
from bakeryplan.domain.model import CurveKind, Direction
from tests.domain.builders import JAN_1, JAN_11, d, measure

Rule = MeasureRule
UP, DOWN, BAND = Direction.UP, Direction.DOWN, Direction.BAND


@pytest.mark.parametrize(
    "good",
    [
        measure(baseline=250, target=400),
        measure(baseline=12, target=4, direction=DOWN),
        measure(baseline=50, target=50),  # hold at least 50: health reads it so
        measure(baseline=50, target=50, direction=DOWN),
        measure(target_date=JAN_1),  # the curve jumps on the day
        measure(direction=BAND, band=(28, 32)),
        measure(direction=BAND, band=(28, None)),  # one-sided: keep above 28
        measure(direction=BAND, band=(None, 32)),
        measure(direction=BAND, baseline=40, target=10, band=(28, 32)),  # band alone counts
    ],
)
def test_a_measure_that_makes_sense_has_no_problem(good) -> None:
    assert measure_problems(good) == []


@pytest.mark.parametrize(
    ("bad", "field", "rule"),
    [
        (measure(baseline=400, target=250), "target", Rule.TARGET_BELOW_BASELINE),
        (
            measure(baseline=4, target=12, direction=DOWN),
            "target",
            MeasureRule.TARGET_ABOVE_BASELINE,
        ),
        (
            measure(direction=BAND, baseline=5, target=5),
            "band_low",
            MeasureRule.BAND_WITHOUT_LIMITS,
        ),
        (measure(direction=BAND, band=(5, 5)), "band_low", Rule.BAND_LIMITS_REVERSED),
        (measure(direction=BAND, band=(32, 28)), "band_low", Rule.BAND_LIMITS_REVERSED),
        (
            measure(start=d(3, 1), target_date=d(2, 28)),
            "target_date",
            MeasureRule.TARGET_DATE_BEFORE_START,
        ),
    ],
)
def test_each_contradiction_names_its_field(bad, field: str, rule: MeasureRule) -> None:
    assert measure_problems(bad) == [MeasureProblem(field, rule)]


def test_problems_come_in_the_order_of_the_fields() -> None:
    bad = measure(baseline=4, target=12, direction=DOWN, start=d(3, 1), target_date=d(2, 1))
    assert [p.field for p in measure_problems(bad)] == ["target", "target_date"]


def test_a_point_of_the_path_after_the_target_date_is_refused() -> None:
    late = measure(curve=CurveKind.CUSTOM, points=((d(1, 5), 40), (d(1, 12), 100)))
    assert measure_problems(late) == [MeasureProblem("points", MeasureRule.POINT_AFTER_TARGET_DATE)]
    assert curve_problems(late) == measure_problems(late)
    stepped = measure(curve=CurveKind.STEPPED, points=((d(1, 12), 100),))
    assert [p.field for p in measure_problems(stepped)] == ["points"]


def test_a_point_on_the_target_date_or_a_straight_path_is_fine() -> None:
    on_the_day = measure(curve=CurveKind.STEPPED, points=((d(1, 5), 40), (JAN_11, 100)))
    assert measure_problems(on_the_day) == []
    # A straight path ignores points (the forms drop them): nothing to refuse.
    straight = measure(points=((d(2, 1), 100),))
    assert measure_problems(straight) == []
