"""The "Sunrise Bakery" sample plan: a small bakery's year, with real-looking data.

It is what a new user opens to see what the app does, and what the team looks at while
building charts, prints and panels. Every date is relative to ``today`` and the noise comes
from a generator seeded with ``today``, so one day always gives the same plan. The actuals
are made so that the engine finds some goals on track, one behind and one at risk.

A new owner opens it in their own language: every text goes through ``translate`` in the
"DemoPlan" context, and the figures inside a text are written by the formatter of the
demo's own locale. English stays the demo the tests know (en_IE, euros). Its names and
money are in ``demo_cast``, its ids and figures in ``demo_figures``.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bakeryplan.domain.explanations import needs_explanation
from bakeryplan.domain.model import (
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
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.domain.snapshot import take_snapshot
from bakeryplan.store.demo_cast import DEMO_LOCALES, DemoWords, business_name, demo_words
from bakeryplan.store.demo_figures import (
    AOIFE,
    CAFE_GOAL,
    CAFES,
    CAFES_WANTED,
    COST_GOAL,
    COST_SHARE,
    DECLAN,
    MARIA,
    RATING,
    RATING_GOAL,
    REVENUE,
    REVENUE_GOAL,
    ROUTINE_GOAL,
    SAM,
    SOLO_BAKES,
    SOLO_BAKES_WANTED,
    SOURDOUGH_GOAL,
    TOMAS,
    WASTE,
    WASTE_GOAL,
    demo_actuals,
    seasonal_revenue_points,
)
from bakeryplan.text.languages import ENGLISH, language_of
from bakeryplan.text.translate import PLURAL, in_language, translate


def demo_plan(today: date, language: str = ENGLISH) -> Plan:
    """Build the sample plan as it would look on ``today``, in ``language`` (a code such
    as "de"; one the demo does not speak gives the English demo)."""
    code = language_of(language)
    with in_language(code):
        return _demo_plan(today, *DEMO_LOCALES[code])


def demo_business_name(language: str = ENGLISH) -> str:
    """The sample bakery's name in ``language``: the demo plan's file is named after it."""
    with in_language(language_of(language)):
        return business_name()


def _demo_plan(today: date, locale: str, currency: str) -> Plan:
    w = demo_words(locale, currency)
    rng = random.Random(today.toordinal())
    start = today - timedelta(weeks=39)
    due = _month_end(today + timedelta(days=180))
    measures = _measures(w, today, start, due)
    plan = Plan(
        business=w.business,
        visions=_visions(w, today, start),
        people=(
            Person(w.business.owner, translate("DemoPlan", "Owner and head baker"), id=MARIA),
            Person(w.shop_lead, translate("DemoPlan", "Shop lead"), id=SAM),
            Person(w.apprentice, translate("DemoPlan", "Apprentice baker"), id=TOMAS),
            Person(w.weekend_baker, translate("DemoPlan", "Weekend baker"), id=AOIFE),
            Person(
                w.driver,
                translate("DemoPlan", "Delivery driver (left in the summer)"),
                active=False,
                id=DECLAN,
            ),
        ),
        goals=_goals(w, today, start, due),
        measures=measures,
        actuals=demo_actuals(today, {m.id: m for m in measures}, rng, w.names["harbour_cafe"]),
        steps=_steps(w, today),
        feedback=_feedback(w, today),
    )
    return replace(plan, reviews=(_last_review(w, plan, today - timedelta(days=20)),))


def _explanations(w: DemoWords) -> dict[int, str]:
    """What Maria said at the last review about a measure behind or at risk then."""
    return {
        WASTE: translate(
            "DemoPlan",
            "Mondays and Tuesdays are still baked like Fridays; the bank holiday week "
            "left a whole rack unsold.",
        ),
        COST_SHARE: translate("DemoPlan", "Butter went up twice since the summer."),
        RATING: translate("DemoPlan", "Reviews mention the weekday queue at 8 am."),
        CAFES: translate(
            "DemoPlan", "Only {harbour_cafe} so far: the tasting visits have not happened yet."
        ).format(**w.names),
    }


def _last_review(w: DemoWords, plan: Plan, held: date) -> Review:
    """The monthly review held on ``held``, with the snapshot it took of the plan then and
    an explanation of each measure that was behind or at risk."""
    snapshot = take_snapshot(plan, held)
    said = _explanations(w)
    explanations = tuple(
        Explanation(m.measure_id, said[m.measure_id])
        for m in snapshot.measures
        if needs_explanation(m.health) and m.measure_id in said
    )
    decisions = (
        translate("DemoPlan", "Bake the afternoon batch to order from next month."),
        translate("DemoPlan", "{owner} books the cafe visits this week.").format(**w.names),
        translate("DemoPlan", "{apprentice} does two solo bakes a week.").format(**w.names),
    )
    return Review(
        held=held,
        kind=ReviewKind.MONTHLY,
        notes=translate(
            "DemoPlan",
            "Revenue is ahead of plan thanks to Sunday opening. Waste is still too "
            "high on Mondays and Tuesdays. Only one cafe so far: the tasting visits "
            "have not happened yet.",
        ),
        decisions="\n".join(decisions),
        id=1,
        explanations=explanations,
        snapshot=snapshot,
    )


def _visions(w: DemoWords, today: date, start: date) -> tuple[VisionRevision, ...]:
    first = VisionRevision(
        text=translate("DemoPlan", "Bake good bread and sell more of it."),
        why=translate("DemoPlan", "We need to pay the bills and keep the shop open."),
        created=datetime.combine(start - timedelta(days=14), time(20, 30)),
        id=1,
    )
    current = VisionRevision(
        text=translate(
            "DemoPlan",
            "{business} bakes honest bread for our neighbours every morning. "
            "Next year more people start their day with us, in our shop and in the cafes "
            "nearby. We throw less bread away, and our team learns and stays.",
        ).format(**w.names),
        why=translate(
            "DemoPlan",
            "A busy, friendly shop pays fair wages and lets us keep real sourdough "
            "at a fair price.",
        ),
        created=datetime.combine(today - timedelta(days=60), time(21, 0)),
        id=2,
    )
    return (first, current)


def _goals(w: DemoWords, today: date, start: date, due: date) -> tuple[Goal, ...]:
    learning_start = today - timedelta(days=120)
    sourdough_due = _month_end(today + timedelta(days=90))
    routine_due = today + timedelta(days=45)
    titles = _goal_titles(w, due, sourdough_due, routine_due)
    financial, customer = Perspective.FINANCIAL, Perspective.CUSTOMER
    internal, learning = Perspective.INTERNAL, Perspective.LEARNING
    rows = [
        (REVENUE_GOAL, financial, MARIA, start, due, None,
         translate("DemoPlan", "More sales in the shop and to cafes keep the bakery safe.")),
        (COST_GOAL, financial, MARIA, start, due, None,
         translate("DemoPlan", "Flour and butter prices keep rising.")),
        (RATING_GOAL, customer, SAM, start, due, None,
         translate("DemoPlan", "Most new customers find us on Google Maps.")),
        (CAFE_GOAL, customer, MARIA, start, due, None,
         translate("DemoPlan", "Wholesale uses the oven in the quiet hours.")),
        (WASTE_GOAL, internal, SAM, start, due, None,
         translate("DemoPlan", "Every unsold loaf is money and flour thrown away.")),
        (SOURDOUGH_GOAL, learning, TOMAS, learning_start, sourdough_due, None,
         translate("DemoPlan", "{owner} needs a day off, and {apprentice} wants to become a baker.")
         .format(**w.names)),
        (ROUTINE_GOAL, learning, TOMAS, learning_start, routine_due, SOURDOUGH_GOAL,
         translate("DemoPlan", "Anyone should be able to feed the starter.")),
    ]  # fmt: skip
    goals = []
    for position, (row, title) in enumerate(zip(rows, titles, strict=True)):
        goal_id, perspective, owner, begins, ends, parent, why = row
        active = GoalStatus.ACTIVE
        goals.append(
            Goal(title, perspective, owner, begins, ends, active, why, parent, position, goal_id)
        )
    return tuple(goals)


def _goal_titles(w: DemoWords, due: date, sourdough_due: date, routine_due: date) -> list[str]:
    """Each goal's title, with a number and a date as the plain-language check wants."""
    f = w.formatter
    month, sourdough_month = f.month(due), f.month(sourdough_due)
    # No comma after the count: pyside6-lupdate would not see the text as counted.
    cafes = translate(
        "DemoPlan",
        "Supply bread to %n local cafe(s) by {month}",
        "{month}: a month and year as written alone, such as 'May 2027'",
        PLURAL,
        CAFES_WANTED
    ).format(month=month)  # fmt: skip
    bakes = translate(
        "DemoPlan",
        "{apprentice} bakes %n sourdough batch(es) on his own by {month}",
        "{month}: a month and year as written alone, such as 'May 2027'",
        PLURAL,
        SOLO_BAKES_WANTED
    ).format(apprentice=w.names["apprentice"], month=sourdough_month)  # fmt: skip
    return [
        translate(
            "DemoPlan",
            "Grow weekly revenue to {amount} by {month}",
            "{month}: a month and year as written alone, such as 'May 2027'",
        ).format(amount=f.money(w.money(9000.0)), month=month),
        translate(
            "DemoPlan",
            "Keep ingredient costs between {low} and {high} of sales until {month}",
            "{month}: a month and year as written alone, such as 'May 2027'",
        ).format(low=f.percent(0.28), high=f.percent(0.32), month=month),
        translate(
            "DemoPlan",
            "Raise our Google review rating to {rating} by {month}",
            "{month}: a month and year as written alone, such as 'May 2027'",
        ).format(rating=f.number(4.7), month=month),
        cafes,
        translate(
            "DemoPlan",
            "Cut unsold bread to {share} of what we bake by {month}",
            "{month}: a month and year as written alone, such as 'May 2027'",
        ).format(share=f.percent(0.04), month=month),
        bakes,
        translate(
            "DemoPlan",
            "Write down our sourdough routine by {day}",
            "{day}: a date such as '11 January 2027'",
        ).format(day=f.date(routine_due, "long")),
    ]


def _unit_words() -> tuple[str, str, str]:
    """The word units of the rating, the cafes and the solo bakes."""
    return (
        translate("DemoPlan", "stars", "A unit, written after numbers: '4.7 stars'"),
        translate("DemoPlan", "cafes", "A unit, written after numbers: '2 cafes'"),
        translate("DemoPlan", "bakes", "A unit, written after numbers: '12 bakes'"),
    )


def _measures(w: DemoWords, today: date, start: date, due: date) -> tuple[Measure, ...]:
    up, down, band = Direction.UP, Direction.DOWN, Direction.BAND
    cafe_plan = (
        CurvePoint(start, 0.0),
        CurvePoint(today - timedelta(days=120), 1.0),
        CurvePoint(today - timedelta(days=75), 2.0),
        CurvePoint(due, float(CAFES_WANTED)),
    )
    sourdough_start = today - timedelta(days=120)
    sourdough_due = _month_end(today + timedelta(days=90))
    week, month = Period.WEEK, Period.MONTH
    total, latest = Counting.TOTAL, Counting.LATEST
    money = w.business.currency
    baseline, target = w.money(6500.0), w.money(9000.0)
    revenue_plan = seasonal_revenue_points(start, due, baseline, target, w.money(700.0))
    stars, cafes, bakes = _unit_words()
    # fmt: off
    return (
        Measure(REVENUE_GOAL, translate("DemoPlan", "Weekly revenue"), money, up,
                baseline, target, start, due, curve=CurveKind.CUSTOM, points=revenue_plan,
                id=REVENUE, period=week, counting=total),
        Measure(COST_GOAL, translate("DemoPlan", "Ingredient cost share of sales"), "%", band,
                33.0, 30.0, start, due, band_low=28.0, band_high=32.0, id=COST_SHARE,
                period=month, counting=latest),
        Measure(RATING_GOAL, translate("DemoPlan", "Google review rating"), stars, up, 4.2, 4.7,
                start, due, id=RATING, period=month, counting=latest),
        Measure(CAFE_GOAL, translate("DemoPlan", "Cafes supplied"), cafes, up, 0.0,
                float(CAFES_WANTED), start, due, curve=CurveKind.STEPPED, points=cafe_plan,
                id=CAFES, period=month, counting=latest),
        Measure(WASTE_GOAL, translate("DemoPlan", "Unsold bread"), "%", down, 12.0, 4.0, start,
                due, id=WASTE, period=week, counting=latest),
        Measure(SOURDOUGH_GOAL, translate("DemoPlan", "Sourdough bakes done alone"), bakes, up,
                0.0, float(SOLO_BAKES_WANTED), sourdough_start, sourdough_due, id=SOLO_BAKES,
                period=week, counting=latest),
    )
    # fmt: on


def _steps(w: DemoWords, today: date) -> tuple[Step, ...]:
    """Steps with due and done dates in days from today (negative: in the past)."""
    n = w.names
    rows = [
        (REVENUE_GOAL, SAM, -213, -218, 16.0, 180.0,
         translate("DemoPlan", "Add a savoury lunch range of three items")),
        (REVENUE_GOAL, MARIA, -153, -155, 8.0, None,
         translate("DemoPlan", "Open on Sunday mornings")),
        (REVENUE_GOAL, SAM, 20, None, 6.0, 40.0,
         translate("DemoPlan", "Take Christmas pre-orders at the till")),
        (COST_GOAL, MARIA, -228, -233, 3.0, None,
         translate("DemoPlan", "Compare flour prices from two mills")),
        (RATING_GOAL, SAM, -243, -245, 2.0, 45.0,
         translate("DemoPlan", "Put a 'Review us on Google' card by the till")),
        (RATING_GOAL, MARIA, 30, None, 4.0, None,
         translate("DemoPlan", "Reply to every Google review within two days")),
        (CAFE_GOAL, MARIA, -183, -143, 6.0, None,
         translate("DemoPlan", "Write cafe prices and delivery terms")),
        (CAFE_GOAL, MARIA, -45, None, 10.0, 120.0,
         translate("DemoPlan", "Visit six cafes with a tasting box")),
        (CAFE_GOAL, SAM, -10, None, 1.0, 260.0,
         translate("DemoPlan", "Buy a second set of delivery crates")),
        (CAFE_GOAL, MARIA, 60, None, 2.0, None,
         translate("DemoPlan", "Sign a supply agreement with {mill_lane_cafe}").format(**n)),
        (WASTE_GOAL, SAM, -259, -259, 2.0, None,
         translate("DemoPlan", "Count unsold loaves every evening")),
        (WASTE_GOAL, SAM, -173, -178, 1.0, 15.0,
         translate("DemoPlan", "Sell day-old bread at half price")),
        (WASTE_GOAL, MARIA, 21, None, 10.0, None,
         translate("DemoPlan", "Bake the afternoon batch to order")),
        (SOURDOUGH_GOAL, TOMAS, -60, -62, 40.0, None,
         translate("DemoPlan", "{apprentice} shadows {owner} on sourdough mornings").format(**n)),
        (SOURDOUGH_GOAL, TOMAS, -20, -21, 6.0, None,
         translate("DemoPlan", "First solo bake with {owner} checking").format(**n)),
        (SOURDOUGH_GOAL, TOMAS, 70, None, 24.0, None,
         translate("DemoPlan", "{apprentice} runs the weekend sourdough bakes").format(**n)),
        (ROUTINE_GOAL, TOMAS, 14, None, 2.0, None,
         translate("DemoPlan", "Photograph each stage of feeding the starter")),
        (ROUTINE_GOAL, MARIA, 45, None, 3.0, 12.0,
         translate("DemoPlan", "Write the routine on one laminated page")),
    ]  # fmt: skip
    steps: list[Step] = []
    positions: dict[int, int] = {}
    for goal_id, owner, due_in, done_in, effort, cost, title in rows:
        position = positions.get(goal_id, 0)
        positions[goal_id] = position + 1
        due = today + timedelta(days=due_in)
        done = None if done_in is None else today + timedelta(days=done_in)
        spent = None if cost is None else w.money(cost)
        steps.append(
            Step(goal_id, title, owner, due, done, effort, spent, position, len(steps) + 1)
        )
    return tuple(steps)


def _feedback(w: DemoWords, today: date) -> tuple[Feedback, ...]:
    new, adopted, declined, parked = (
        FeedbackStatus.NEW,
        FeedbackStatus.ADOPTED,
        FeedbackStatus.DECLINED,
        FeedbackStatus.PARKED,
    )
    team, customer, supplier = FeedbackSource.TEAM, FeedbackSource.CUSTOMER, FeedbackSource.SUPPLIER
    f, n = w.formatter, w.names
    mill = translate("DemoPlan", "Millbrook Flour", "A mill's name; a local one is welcome")
    rows = [
        (150, team, w.shop_lead, WASTE_GOAL, adopted,
         translate("DemoPlan",
                   "The evening waste count takes five minutes. The sheet by the back door works."),
         translate("DemoPlan", "Keep it; {shop_lead} types the totals into the plan every Monday.")
         .format(**n)),
        (110, team, w.shop_lead, REVENUE_GOAL, adopted,
         translate("DemoPlan", "Sunday opening needs two people from 8 to 10."),
         translate("DemoPlan", "{weekend_baker} covers Sundays.").format(**n)),
        (75, supplier, mill, COST_GOAL, parked,
         translate("DemoPlan",
                   "Flour goes up {rise} next quarter. "
                   "We can fix the price if you order for %n month(s).",
                   None, PLURAL, 12)
         .format(rise=f.percent(0.06)),
         translate("DemoPlan", "Decide at the quarterly review.")),
        (60, supplier, translate("DemoPlan", "Dairy co-op"), None, declined,
         translate("DemoPlan", "We can deliver butter twice a week instead of once."),
         translate("DemoPlan", "Once a week is enough for now.")),
        (40, team, w.apprentice, SOURDOUGH_GOAL, adopted,
         translate("DemoPlan", "Could I learn the rye starter too?"),
         translate("DemoPlan", "Yes, after the first solo bakes.")),
        (25, customer, translate("DemoPlan", "Google review", "Where a customer's words came from"),
         RATING_GOAL, new,
         translate("DemoPlan", "The queue is too long at 8 am on weekdays."), ""),
        (12, customer, w.harbour_cafe, CAFE_GOAL, new,
         translate("DemoPlan", "We would take %n loaf/loaves a day if you deliver before 7:30.",
                   None, PLURAL, 20),
         ""),
        (5, customer, translate("DemoPlan", "Mrs Walsh, regular customer",
                                "A customer's name and who she is; a local name is welcome"),
         None, new,
         translate("DemoPlan", "Can you bake a seeded rye on Saturdays?"), ""),
    ]  # fmt: skip
    return tuple(
        Feedback(today - timedelta(days=days_ago), source, text, name, goal, status, reply, i)
        for i, (days_ago, source, name, goal, status, text, reply) in enumerate(rows, 1)
    )


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
