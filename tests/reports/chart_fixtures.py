"""Small plans for the chart, export and pack tests (the demo plan covers the rest)."""

from __future__ import annotations

from datetime import date, timedelta

from bakeryplan.domain.model import (
    Actual,
    Business,
    Goal,
    Measure,
    Person,
    Perspective,
    Plan,
    Step,
    VisionRevision,
)

DEMO_TODAY = date(2026, 11, 27)

#: User text that must print exactly as typed: money signs, markup, scripts, emoji.
TRICKY_NAMES = (
    "$5 and $10 a loaf",
    "<b>x</b> & <i>y</i>",
    "مبيعات الخبز الأسبوعية",
    "מכירות לחם שבועיות",
    "Croissants 🥐 sold 🎉",
    "A very long measure name " * 8,
)


def linear_plan(
    *,
    days: int = 365,
    actual_every: int = 7,
    pace: float = 1.0,
    name: str = "Weekly revenue",
    goal_title: str = "Grow weekly revenue",
    business: Business | None = None,
    on: date = DEMO_TODAY,
) -> Plan:
    """One goal, one linear "up" measure from 1,000 to 2,000 over a year, regular actuals."""
    start = on - timedelta(days=days // 2)
    measure = Measure(
        goal_id=1,
        name=name,
        unit="EUR",
        baseline=1000.0,
        target=2000.0,
        start=start,
        target_date=start + timedelta(days=days),
        id=1,
    )
    actuals = tuple(
        Actual(
            measure_id=1,
            on=start + timedelta(days=d),
            value=1000.0 + 1000.0 * pace * d / days,
            id=i + 1,
        )
        for i, d in enumerate(range(actual_every, (on - start).days + 1, actual_every))
    )
    return Plan(
        business=business or Business(name="Test Bakery", owner="Ana Test"),
        visions=(VisionRevision("Bread for everyone in the street.", why="Because."),),
        people=(Person("Ana Test", id=1),),
        goals=(
            Goal(
                goal_title,
                Perspective.FINANCIAL,
                owner_id=1,
                start=start,
                due=measure.target_date,
                id=1,
            ),
        ),
        measures=(measure,),
        actuals=actuals,
        steps=(
            Step(
                1,
                "Print new price cards",
                owner_id=1,
                due=on - timedelta(days=30),
                done=on - timedelta(days=31),
                id=1,
            ),
            Step(1, "Call the mill", owner_id=1, due=on - timedelta(days=3), id=2),
            Step(1, "Open on Sundays", owner_id=None, due=on + timedelta(days=40), id=3),
        ),
    )


def tricky_plan(on: date = DEMO_TODAY) -> Plan:
    """Every tricky name as a goal with one measure and a few actuals."""
    base = linear_plan(on=on)
    goals, measures, actuals, steps = [], [], [], []
    template = base.measures[0]
    for i, name in enumerate(TRICKY_NAMES, start=1):
        goals.append(Goal(f"Goal: {name}", Perspective.CUSTOMER, owner_id=1, id=i,
                          due=template.target_date))  # fmt: skip
        measures.append(
            Measure(
                goal_id=i,
                name=name,
                unit="$",
                baseline=template.baseline,
                target=template.target,
                start=template.start,
                target_date=template.target_date,
                id=i,
            )
        )
        actuals += [
            Actual(i, a.on, a.value, note="<script>$1</script>", id=100 * i + k)
            for k, a in enumerate(base.actuals[-5:])
        ]
        steps.append(Step(i, f"Step of {name}", owner_id=1, due=on - timedelta(days=2), id=i))
    return Plan(
        business=Business(name="<Bakery> & $ons 🍞", owner="نادية", currency="USD", locale="en_US"),
        visions=(VisionRevision("שלום $5 <b>not bold</b> 🥖", why="مرحبا"),),
        people=(Person("نادية", id=1),),
        goals=tuple(goals),
        measures=tuple(measures),
        actuals=tuple(actuals),
        steps=tuple(steps),
    )
