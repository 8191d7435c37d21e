"""A generated plan far larger than any bakery's, for benchmarks: many goals, steps, actuals."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from bakeryplan.domain.model import (
    Actual,
    Business,
    CurveKind,
    CurvePoint,
    Direction,
    Goal,
    Measure,
    Person,
    Perspective,
    Plan,
    Step,
    VisionRevision,
)


def large_plan(
    today: date, *, goals: int = 300, steps: int = 10_000, actuals: int = 200_000, seed: int = 7
) -> Plan:
    rng = random.Random(seed)
    start = today - timedelta(days=400)
    people = tuple(Person(name=f"Person {i}", role="staff", id=i) for i in range(1, 21))
    perspectives = list(Perspective)
    goal_values = tuple(
        Goal(
            title=f"Goal {i}: reach {i * 10} by {today.year + 1}",
            perspective=perspectives[i % 4],
            owner_id=people[i % len(people)].id,
            start=start,
            due=today + timedelta(days=200 + i),
            position=i,
            id=i,
        )
        for i in range(1, goals + 1)
    )
    measures = tuple(_measure(goal, index, today, start) for index, goal in enumerate(goal_values))
    per_measure = actuals // len(measures)
    actual_values: list[Actual] = []
    next_id = 1
    for measure in measures:
        for day in range(per_measure):
            on = start + timedelta(days=day)
            value = measure.baseline + (measure.target - measure.baseline) * day / 700
            actual_values.append(
                Actual(measure.id, on, round(value * rng.uniform(0.9, 1.1), 2), id=next_id)
            )
            next_id += 1
    step_values = tuple(
        Step(
            goal_id=goal_values[i % goals].id,
            title=f"Step {i}",
            owner_id=people[i % len(people)].id,
            due=start + timedelta(days=rng.randrange(0, 600)),
            done=(start + timedelta(days=rng.randrange(0, 400))) if rng.random() < 0.5 else None,
            effort=float(rng.randrange(1, 9)),
            position=i,
            id=i + 1,
        )
        for i in range(steps)
    )
    return Plan(
        business=Business(name="Large Test Bakery", owner="Benchmark"),
        visions=(
            VisionRevision("We bake bread people queue for.", created=datetime(2026, 1, 1), id=1),
        ),
        people=people,
        goals=goal_values,
        measures=measures,
        actuals=tuple(actual_values),
        steps=step_values,
    )


def _measure(goal: Goal, index: int, today: date, start: date) -> Measure:
    seasonal = index % 5 == 0 and index % 7 != 0
    target_date = today + timedelta(days=300)
    points = (
        tuple(
            CurvePoint(start + timedelta(days=60 * k), 100.0 + 40 * k + (30 if k % 3 == 0 else 0))
            for k in range(12)
        )
        if seasonal
        else ()
    )
    return Measure(
        goal_id=goal.id,
        name=f"Measure {goal.id}",
        unit="EUR" if index % 2 else "%",
        direction=Direction.DOWN if index % 7 == 0 else Direction.UP,
        baseline=100.0 if index % 7 else 500.0,
        target=500.0 if index % 7 else 100.0,
        start=start,
        target_date=target_date,
        curve=CurveKind.CUSTOM if seasonal else CurveKind.LINEAR,
        points=points,
        id=goal.id,
    )
