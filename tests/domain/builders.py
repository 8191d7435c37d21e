"""Small builders that keep the domain tests short and their numbers visible."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.model import (
    Actual,
    Counting,
    CurveKind,
    CurvePoint,
    Direction,
    Measure,
    Period,
)

JAN_1 = date(2026, 1, 1)
JAN_11 = date(2026, 1, 11)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def measure(
    *,
    baseline: float = 0.0,
    target: float = 100.0,
    start: date = JAN_1,
    target_date: date = JAN_11,
    direction: Direction = Direction.UP,
    curve: CurveKind = CurveKind.LINEAR,
    points: tuple[tuple[date, float], ...] = (),
    band: tuple[float | None, float | None] = (None, None),
    unit: str = "",
    measure_id: int = 1,
    goal_id: int = 1,
    name: str = "Sales",
    period: Period = Period.DAY,
    counting: Counting = Counting.LATEST,
    window: int | None = None,
) -> Measure:
    """A measure over ten days (1 to 11 January 2026) from 0 to 100 unless told otherwise."""
    return Measure(
        goal_id=goal_id,
        name=name,
        unit=unit,
        direction=direction,
        baseline=baseline,
        target=target,
        start=start,
        target_date=target_date,
        band_low=band[0],
        band_high=band[1],
        curve=curve,
        points=tuple(CurvePoint(on, value) for on, value in points),
        id=measure_id,
        period=period,
        counting=counting,
        health_window=window,
    )


def actuals(*pairs: tuple[date, float], measure_id: int = 1) -> list[Actual]:
    """Entries in the order given, numbered as the store would number them."""
    return [
        Actual(measure_id=measure_id, on=on, value=value, id=index)
        for index, (on, value) in enumerate(pairs, start=1)
    ]
