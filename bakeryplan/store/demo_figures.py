"""The demo's ids and the figures it records: how far each measure is ahead or behind,
the revenue plan with its Christmas peak, and two years of till takings and check-ins.

Kept apart from the demo's words (``store.demo``): the figures are the same in every
language, and the tests name the demo's goals and measures by these ids.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.model import Actual, ActualSource, CurvePoint, Measure
from bakeryplan.text.translate import translate

# How far actual progress sits from planned progress, per measure (1.0 = exactly on plan).
# Health bands: >= 0.95 on track, 0.85-0.95 behind, < 0.85 at risk.
REVENUE_PACE = 1.06
RATING_PACE = 1.05
WASTE_PACE = 0.90  # behind
SOURDOUGH_PACE = 1.08

MARIA, SAM, TOMAS, AOIFE, DECLAN = 1, 2, 3, 4, 5
# Ids, so tests can name the goals and measures the demo was made for.
REVENUE_GOAL, COST_GOAL, RATING_GOAL, CAFE_GOAL = 1, 2, 3, 4
WASTE_GOAL, SOURDOUGH_GOAL, ROUTINE_GOAL = 5, 6, 7
REVENUE, COST_SHARE, RATING, CAFES, WASTE, SOLO_BAKES = 1, 2, 3, 4, 5, 6

CAFES_WANTED = 3
SOLO_BAKES_WANTED = 24


def seasonal_revenue_points(
    start: date, due: date, baseline: float, target: float, peak: float
) -> tuple[CurvePoint, ...]:
    """A straight climb from baseline to target with a Christmas peak around 20 December."""
    dates = {start, due}
    month = date(start.year, start.month, 1)
    while month < due:
        dates.update(d for d in (month, date(month.year, 12, 20)) if start < d < due)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    span = (due - start).days

    def planned(d: date) -> float:
        trend = baseline + (target - baseline) * (d - start).days / span
        return float(round(trend + peak * _christmas_weight(d)))

    inner = [CurvePoint(d, planned(d)) for d in sorted(dates - {start, due})]
    return (CurvePoint(start, baseline), *inner, CurvePoint(due, target))


def _christmas_weight(d: date) -> float:
    """1.0 on 20 December, falling to 0 five weeks either side."""
    distance = min(abs((d - date(year, 12, 20)).days) for year in (d.year - 1, d.year))
    return max(0.0, 1.0 - distance / 35.0)


# A bakery's week: the share of the week's takings each weekday brings (Monday first).
_WEEKDAY_SHARES = (0.12, 0.13, 0.14, 0.15, 0.18, 0.22, 0.06)


def demo_actuals(
    today: date, measures: dict[int, Measure], rng: random.Random, harbour_cafe: str
) -> tuple[Actual, ...]:
    """Daily till takings and weekly or four-weekly figures, ending yesterday; the newest
    two figures of each measure but the takings carry no noise."""
    weekly = [today - timedelta(days=1 + 7 * k) for k in range(38, -1, -1)]
    four_weekly = weekly[::-4][::-1]
    solo_weeks = [d for d in weekly if d >= measures[SOLO_BAKES].start]
    cafe_since = today - timedelta(days=90)

    def paced(
        measure_id: int, dates: list[date], pace: float, noise: float, digits: int
    ) -> list[float]:
        m = measures[measure_id]
        values = [_paced(m, d, pace) + rng.uniform(-noise, noise) for d in dates[:-2]]
        values += [_paced(m, d, pace) for d in dates[-2:]]
        return [float(round(v, digits)) for v in values]

    sundays_from = weekly[-22]
    till_days = [
        d
        for d in (measures[REVENUE].start + timedelta(days=n) for n in range(400))
        if d < today and (d.weekday() != 6 or d >= sundays_from)
    ]

    def takings(d: date) -> float:
        weekly_total = _paced(measures[REVENUE], d, REVENUE_PACE)
        open_share = sum(_WEEKDAY_SHARES) if d >= sundays_from else sum(_WEEKDAY_SHARES[:6])
        share = _WEEKDAY_SHARES[d.weekday()] / open_share
        return float(round(weekly_total * share * rng.uniform(0.97, 1.03), 2))

    series = [
        (REVENUE, till_days, [takings(d) for d in till_days]),
        (COST_SHARE, four_weekly, [round(30.0 + rng.uniform(-1.4, 1.4), 1) for _ in four_weekly]),
        (RATING, four_weekly, paced(RATING, four_weekly, RATING_PACE, 0.02, 2)),
        (CAFES, four_weekly, [1.0 if d >= cafe_since else 0.0 for d in four_weekly]),
        (WASTE, weekly, paced(WASTE, weekly, WASTE_PACE, 0.6, 1)),
        (SOLO_BAKES, solo_weeks, paced(SOLO_BAKES, solo_weeks, SOURDOUGH_PACE, 0.0, 0)),
    ]
    first_cafe = next(d for d in four_weekly if d >= cafe_since)
    notes = {
        (REVENUE, next(d for d in till_days if d.weekday() == 6)): translate(
            "DemoPlan", "First Sunday opening"
        ),
        (WASTE, weekly[-9]): translate(
            "DemoPlan", "Bank holiday week: fewer customers than we baked for"
        ),
        (CAFES, first_cafe): translate("DemoPlan", "{harbour_cafe}, five mornings a week").format(
            harbour_cafe=harbour_cafe
        ),
    }
    actuals: list[Actual] = []
    for measure_id, dates, values in series:
        for d, value in zip(dates, values, strict=True):
            source = ActualSource.IMPORTED if measure_id == REVENUE else ActualSource.TYPED
            note = notes.get((measure_id, d), "")
            actuals.append(Actual(measure_id, d, value, note, source, id=len(actuals) + 1))
    return tuple(actuals)


def _paced(m: Measure, on: date, pace: float) -> float:
    """The value that is ``pace`` times the planned progress on ``on``."""
    return m.baseline + pace * (expected_value(m, on) - m.baseline)
