"""The "Sunrise Bakery" sample plan: a small bakery's year, with real-looking data.

It is what a new user opens to see what the app does, and what the team looks at while
building charts, prints and panels. Every date is relative to ``today`` and the noise comes
from a generator seeded with ``today``, so one day always gives the same plan. The actuals
are made so that the engine finds some goals on track, one behind and one at risk.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.explanations import needs_explanation
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Direction,
    Explanation,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Period,
    Person,
    Perspective,
    Plan,
    Review,
    ReviewCadence,
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.domain.snapshot import take_snapshot

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


def demo_plan(today: date) -> Plan:
    """Build the sample plan as it would look on ``today``."""
    rng = random.Random(today.toordinal())
    start = today - timedelta(weeks=39)
    due = _month_end(today + timedelta(days=180))
    measures = _measures(today, start, due)
    plan = Plan(
        business=Business(
            name="Sunrise Bakery",
            owner="Maria Lopez",
            currency="EUR",
            locale="en_IE",
            fiscal_year_start=1,
            review_cadence=ReviewCadence.MONTHLY,
        ),
        visions=_visions(today, start),
        people=(
            Person("Maria Lopez", "Owner and head baker", id=MARIA),
            Person("Sam O'Brien", "Shop lead", id=SAM),
            Person("Tomás Keane", "Apprentice baker", id=TOMAS),
            Person("Aoife Byrne", "Weekend baker", id=AOIFE),
            Person(
                "Declan Murphy", "Delivery driver (left in the summer)", active=False, id=DECLAN
            ),
        ),
        goals=_goals(today, start, due),
        measures=measures,
        actuals=_actuals(today, {m.id: m for m in measures}, rng),
        steps=_steps(today),
        feedback=_feedback(today),
    )
    return replace(plan, reviews=(_last_review(plan, today - timedelta(days=20)),))


# What Maria said at the last review about a measure behind or at risk then.
_EXPLANATIONS = {
    WASTE: "Mondays and Tuesdays are still baked like Fridays; the bank holiday week "
    "left a whole rack unsold.",
    COST_SHARE: "Butter went up twice since the summer.",
    RATING: "Reviews mention the weekday queue at 8 am.",
    CAFES: "Only Harbour Cafe so far: the tasting visits have not happened yet.",
}


def _last_review(plan: Plan, held: date) -> Review:
    """The monthly review held on ``held``, with the snapshot it took of the plan then and
    an explanation of each measure that was behind or at risk."""
    snapshot = take_snapshot(plan, held)
    explanations = tuple(
        Explanation(m.measure_id, _EXPLANATIONS[m.measure_id])
        for m in snapshot.measures
        if needs_explanation(m.health) and m.measure_id in _EXPLANATIONS
    )
    return Review(
        held=held,
        kind=ReviewKind.MONTHLY,
        notes=(
            "Revenue is ahead of plan thanks to Sunday opening. Waste is still too "
            "high on Mondays and Tuesdays. Only one cafe so far: the tasting visits "
            "have not happened yet."
        ),
        decisions=(
            "Bake the afternoon batch to order from next month.\n"
            "Maria books the cafe visits this week.\n"
            "Tomás does two solo bakes a week."
        ),
        id=1,
        explanations=explanations,
        snapshot=snapshot,
    )


def _visions(today: date, start: date) -> tuple[VisionRevision, ...]:
    first = VisionRevision(
        text="Bake good bread and sell more of it.",
        why="We need to pay the bills and keep the shop open.",
        created=datetime.combine(start - timedelta(days=14), time(20, 30)),
        id=1,
    )
    current = VisionRevision(
        text=(
            "Sunrise Bakery bakes honest bread for our neighbours every morning. "
            "Next year more people start their day with us, in our shop and in the cafes "
            "nearby. We throw less bread away, and our team learns and stays."
        ),
        why=(
            "A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price."
        ),
        created=datetime.combine(today - timedelta(days=60), time(21, 0)),
        id=2,
    )
    return (first, current)


def _goals(today: date, start: date, due: date) -> tuple[Goal, ...]:
    by = f"{due:%B %Y}"
    learning_start = today - timedelta(days=120)
    sourdough_due = _month_end(today + timedelta(days=90))
    routine_due = today + timedelta(days=45)
    financial, customer = Perspective.FINANCIAL, Perspective.CUSTOMER
    internal, learning = Perspective.INTERNAL, Perspective.LEARNING
    rows = [
        (
            REVENUE_GOAL,
            financial,
            MARIA,
            start,
            due,
            None,
            f"Grow weekly revenue to EUR 9,000 by {by}",
            "More sales in the shop and to cafes keep the bakery safe.",
        ),
        (
            COST_GOAL,
            financial,
            MARIA,
            start,
            due,
            None,
            f"Keep ingredient costs between 28 % and 32 % of sales until {by}",
            "Flour and butter prices keep rising.",
        ),
        (
            RATING_GOAL,
            customer,
            SAM,
            start,
            due,
            None,
            f"Raise our Google review rating to 4.7 by {by}",
            "Most new customers find us on Google Maps.",
        ),
        (
            CAFE_GOAL,
            customer,
            MARIA,
            start,
            due,
            None,
            f"Supply bread to 3 local cafes by {by}",
            "Wholesale uses the oven in the quiet hours.",
        ),
        (
            WASTE_GOAL,
            internal,
            SAM,
            start,
            due,
            None,
            f"Cut unsold bread to 4 % of what we bake by {by}",
            "Every unsold loaf is money and flour thrown away.",
        ),
        (
            SOURDOUGH_GOAL,
            learning,
            TOMAS,
            learning_start,
            sourdough_due,
            None,
            f"Tomás bakes 24 sourdough batches on his own by {sourdough_due:%B %Y}",
            "Maria needs a day off, and Tomás wants to become a baker.",
        ),
        (
            ROUTINE_GOAL,
            learning,
            TOMAS,
            learning_start,
            routine_due,
            SOURDOUGH_GOAL,
            f"Write down our sourdough routine by {routine_due:%d %B %Y}",
            "Anyone should be able to feed the starter.",
        ),
    ]
    goals = []
    for position, row in enumerate(rows):
        goal_id, perspective, owner, begins, ends, parent, title, why = row
        active = GoalStatus.ACTIVE
        goals.append(
            Goal(title, perspective, owner, begins, ends, active, why, parent, position, goal_id)
        )
    return tuple(goals)


def _measures(today: date, start: date, due: date) -> tuple[Measure, ...]:
    up, down, band = Direction.UP, Direction.DOWN, Direction.BAND
    cafe_plan = (
        CurvePoint(start, 0.0),
        CurvePoint(today - timedelta(days=120), 1.0),
        CurvePoint(today - timedelta(days=75), 2.0),
        CurvePoint(due, 3.0),
    )
    sourdough_start = today - timedelta(days=120)
    sourdough_due = _month_end(today + timedelta(days=90))
    week, month = Period.WEEK, Period.MONTH
    total, latest = Counting.TOTAL, Counting.LATEST
    return (
        Measure(
            REVENUE_GOAL,
            "Weekly revenue",
            "EUR",
            up,
            6500.0,
            9000.0,
            start,
            due,
            curve=CurveKind.CUSTOM,
            points=_seasonal_revenue_points(start, due),
            id=REVENUE,
            period=week,
            counting=total,
        ),
        Measure(
            COST_GOAL,
            "Ingredient cost share of sales",
            "%",
            band,
            33.0,
            30.0,
            start,
            due,
            band_low=28.0,
            band_high=32.0,
            id=COST_SHARE,
            period=month,
            counting=latest,
        ),
        Measure(
            RATING_GOAL,
            "Google review rating",
            "stars",
            up,
            4.2,
            4.7,
            start,
            due,
            id=RATING,
            period=month,
            counting=latest,
        ),
        Measure(
            CAFE_GOAL,
            "Cafes supplied",
            "cafes",
            up,
            0.0,
            3.0,
            start,
            due,
            curve=CurveKind.STEPPED,
            points=cafe_plan,
            id=CAFES,
            period=month,
            counting=latest,
        ),
        Measure(
            WASTE_GOAL,
            "Unsold bread",
            "%",
            down,
            12.0,
            4.0,
            start,
            due,
            id=WASTE,
            period=week,
            counting=latest,
        ),
        Measure(
            SOURDOUGH_GOAL,
            "Sourdough bakes done alone",
            "bakes",
            up,
            0.0,
            24.0,
            sourdough_start,
            sourdough_due,
            id=SOLO_BAKES,
            period=week,
            counting=latest,
        ),
    )


def _seasonal_revenue_points(start: date, due: date) -> tuple[CurvePoint, ...]:
    """A straight climb from 6,500 to 9,000 with a Christmas peak around 20 December."""
    dates = {start, due}
    month = date(start.year, start.month, 1)
    while month < due:
        dates.update(d for d in (month, date(month.year, 12, 20)) if start < d < due)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    span = (due - start).days

    def planned(d: date) -> float:
        trend = 6500.0 + 2500.0 * (d - start).days / span
        return float(round(trend + 700.0 * _christmas_weight(d)))

    inner = [CurvePoint(d, planned(d)) for d in sorted(dates - {start, due})]
    return (CurvePoint(start, 6500.0), *inner, CurvePoint(due, 9000.0))


def _christmas_weight(d: date) -> float:
    """1.0 on 20 December, falling to 0 five weeks either side."""
    distance = min(abs((d - date(year, 12, 20)).days) for year in (d.year - 1, d.year))
    return max(0.0, 1.0 - distance / 35.0)


# A bakery's week: the share of the week's takings each weekday brings (Monday first).
_WEEKDAY_SHARES = (0.12, 0.13, 0.14, 0.15, 0.18, 0.22, 0.06)


def _actuals(today: date, measures: dict[int, Measure], rng: random.Random) -> tuple[Actual, ...]:
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
        (REVENUE, next(d for d in till_days if d.weekday() == 6)): "First Sunday opening",
        (WASTE, weekly[-9]): "Bank holiday week: fewer customers than we baked for",
        (CAFES, first_cafe): "Harbour Cafe, five mornings a week",
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


def _steps(today: date) -> tuple[Step, ...]:
    """Steps with due and done dates in days from today (negative: in the past)."""
    rows = [
        (REVENUE_GOAL, SAM, -213, -218, 16.0, 180.0, "Add a savoury lunch range of three items"),
        (REVENUE_GOAL, MARIA, -153, -155, 8.0, None, "Open on Sunday mornings"),
        (REVENUE_GOAL, SAM, 20, None, 6.0, 40.0, "Take Christmas pre-orders at the till"),
        (COST_GOAL, MARIA, -228, -233, 3.0, None, "Compare flour prices from two mills"),
        (RATING_GOAL, SAM, -243, -245, 2.0, 45.0, "Put a 'Review us on Google' card by the till"),
        (RATING_GOAL, MARIA, 30, None, 4.0, None, "Reply to every Google review within two days"),
        (CAFE_GOAL, MARIA, -183, -143, 6.0, None, "Write cafe prices and delivery terms"),
        (CAFE_GOAL, MARIA, -45, None, 10.0, 120.0, "Visit six cafes with a tasting box"),
        (CAFE_GOAL, SAM, -10, None, 1.0, 260.0, "Buy a second set of delivery crates"),
        (CAFE_GOAL, MARIA, 60, None, 2.0, None, "Sign a supply agreement with Mill Lane Cafe"),
        (WASTE_GOAL, SAM, -259, -259, 2.0, None, "Count unsold loaves every evening"),
        (WASTE_GOAL, SAM, -173, -178, 1.0, 15.0, "Sell day-old bread at half price"),
        (WASTE_GOAL, MARIA, 21, None, 10.0, None, "Bake the afternoon batch to order"),
        (SOURDOUGH_GOAL, TOMAS, -60, -62, 40.0, None, "Tomás shadows Maria on sourdough mornings"),
        (SOURDOUGH_GOAL, TOMAS, -20, -21, 6.0, None, "First solo bake with Maria checking"),
        (SOURDOUGH_GOAL, TOMAS, 70, None, 24.0, None, "Tomás runs the weekend sourdough bakes"),
        (ROUTINE_GOAL, TOMAS, 14, None, 2.0, None, "Photograph each stage of feeding the starter"),
        (ROUTINE_GOAL, MARIA, 45, None, 3.0, 12.0, "Write the routine on one laminated page"),
    ]
    steps: list[Step] = []
    positions: dict[int, int] = {}
    for goal_id, owner, due_in, done_in, effort, cost, title in rows:
        position = positions.get(goal_id, 0)
        positions[goal_id] = position + 1
        due = today + timedelta(days=due_in)
        done = None if done_in is None else today + timedelta(days=done_in)
        steps.append(Step(goal_id, title, owner, due, done, effort, cost, position, len(steps) + 1))
    return tuple(steps)


def _feedback(today: date) -> tuple[Feedback, ...]:
    new, adopted, declined, parked = (
        FeedbackStatus.NEW,
        FeedbackStatus.ADOPTED,
        FeedbackStatus.DECLINED,
        FeedbackStatus.PARKED,
    )
    team, customer, supplier = FeedbackSource.TEAM, FeedbackSource.CUSTOMER, FeedbackSource.SUPPLIER
    rows = [
        (
            150,
            team,
            "Sam O'Brien",
            WASTE_GOAL,
            adopted,
            "The evening waste count takes five minutes. The sheet by the back door works.",
            "Keep it; Sam types the totals into the plan every Monday.",
        ),
        (
            110,
            team,
            "Sam O'Brien",
            REVENUE_GOAL,
            adopted,
            "Sunday opening needs two people from 8 to 10.",
            "Aoife covers Sundays.",
        ),
        (
            75,
            supplier,
            "Millbrook Flour",
            COST_GOAL,
            parked,
            "Flour goes up 6 % next quarter. We can fix the price if you order for 12 months.",
            "Decide at the quarterly review.",
        ),
        (
            60,
            supplier,
            "Dairy co-op",
            None,
            declined,
            "We can deliver butter twice a week instead of once.",
            "Once a week is enough for now.",
        ),
        (
            40,
            team,
            "Tomás Keane",
            SOURDOUGH_GOAL,
            adopted,
            "Could I learn the rye starter too?",
            "Yes, after the first solo bakes.",
        ),
        (
            25,
            customer,
            "Google review",
            RATING_GOAL,
            new,
            "The queue is too long at 8 am on weekdays.",
            "",
        ),
        (
            12,
            customer,
            "Harbour Cafe",
            CAFE_GOAL,
            new,
            "We would take 20 loaves a day if you deliver before 7:30.",
            "",
        ),
        (
            5,
            customer,
            "Mrs Walsh, regular customer",
            None,
            new,
            "Can you bake a seeded rye on Saturdays?",
            "",
        ),
    ]
    return tuple(
        Feedback(today - timedelta(days=days_ago), source, text, name, goal, status, reply, i)
        for i, (days_ago, source, name, goal, status, text, reply) in enumerate(rows, 1)
    )


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
