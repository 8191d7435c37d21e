"""Snapshots of a plan and what changed between two of them."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Actual,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Goal,
    GoalStatus,
    Period,
    Perspective,
    Plan,
    PlanOrigin,
)
from bakeryplan.domain.plan_changes import ChangeField, health_changes, plan_changes
from bakeryplan.domain.snapshot import take_snapshot
from tests.domain.builders import d, measure

SALES = measure(measure_id=1, goal_id=1, name="Sales", unit="EUR", target_date=d(3, 31))
WASTE = measure(measure_id=2, goal_id=2, name="Waste", target_date=d(3, 31))
GOALS = (
    Goal("Sell more", Perspective.FINANCIAL, due=d(6, 30), id=1),
    Goal("Waste less", Perspective.INTERNAL, id=2),
)


def plan(*measures, goals=GOALS) -> Plan:
    return Plan(
        Business("Test"),
        goals=goals,
        measures=measures,
        actuals=(Actual(1, d(1, 5), 40.0, id=1),),
    )


def test_a_snapshot_keeps_each_measures_plan_and_health_in_goal_order() -> None:
    snapshot = take_snapshot(plan(WASTE, SALES), d(1, 6))
    assert [m.name for m in snapshot.measures] == ["Sales", "Waste"]
    sales = snapshot.measure(1)
    assert sales is not None
    assert (sales.target, sales.target_date, sales.unit, sales.counting) == (
        100.0,
        d(3, 31),
        "EUR",
        Counting.LATEST,
    )
    assert sales.health is Health.ON_TRACK  # 40 on 5 January, ahead of the plan
    assert snapshot.measure(2).health is Health.NOT_STARTED  # type: ignore[union-attr]
    assert [(g.title, g.due) for g in snapshot.goals] == [
        ("Sell more", d(6, 30)),
        ("Waste less", None),
    ]
    assert snapshot.measure(3) is None and snapshot.goal(3) is None


def test_an_unchanged_plan_has_no_changes() -> None:
    snapshot = take_snapshot(plan(SALES, WASTE), d(1, 6))
    assert plan_changes(snapshot, snapshot) == ()
    assert health_changes(snapshot, snapshot) == ()


def test_every_kind_of_change_is_found_in_plan_order() -> None:
    before = take_snapshot(plan(SALES, WASTE), d(1, 6))
    redrawn = dataclasses.replace(
        SALES,
        baseline=10.0,
        start=d(1, 2),
        curve=CurveKind.CUSTOM,
        points=(CurvePoint(d(2, 1), 50.0),),
        period=Period.WEEK,
        counting=Counting.TOTAL,
    )
    added = measure(measure_id=3, goal_id=3, name="Loaves")
    goals = (
        dataclasses.replace(GOALS[0], title="Sell much more", status=GoalStatus.DONE, due=None),
        Goal("Bake rye", Perspective.CUSTOMER, id=3),
    )
    after = take_snapshot(plan(redrawn, added, goals=goals), d(1, 6))
    changes = plan_changes(before, after)
    assert [(c.subject, c.subject_id, c.field, c.before, c.after) for c in changes] == [
        ("measure", 1, ChangeField.BASELINE, 0.0, 10.0),
        ("measure", 1, ChangeField.START, d(1, 1), d(1, 2)),
        ("measure", 1, ChangeField.CURVE, "linear", "custom"),
        ("measure", 1, ChangeField.COUNTING, "day latest", "week total"),
        ("measure", 3, ChangeField.ADDED, None, None),
        ("measure", 2, ChangeField.REMOVED, None, None),
        ("goal", 1, ChangeField.NAME, "Sell more", "Sell much more"),
        ("goal", 1, ChangeField.STATUS, "active", "done"),
        ("goal", 1, ChangeField.DUE, d(6, 30), None),
        ("goal", 3, ChangeField.ADDED, None, None),
        ("goal", 2, ChangeField.REMOVED, None, None),
    ]
    assert changes[0].unit == "EUR"
    assert changes[5].name == "Waste"  # a removed measure keeps the name it had
    new = [c for c in health_changes(before, after) if c.before is None]
    assert [c.name for c in new] == ["Loaves"]


def test_a_curve_with_moved_points_is_a_changed_curve() -> None:
    seasonal = dataclasses.replace(
        SALES, curve=CurveKind.CUSTOM, points=(CurvePoint(d(2, 1), 50.0),)
    )
    moved = dataclasses.replace(seasonal, points=(CurvePoint(d(2, 8), 50.0),))
    before = take_snapshot(plan(seasonal), d(1, 6))
    after = take_snapshot(plan(moved), d(1, 6))
    (change,) = plan_changes(before, after)
    assert (change.field, change.before, change.after) == (ChangeField.CURVE, "custom", "custom")


def test_a_plan_drawn_from_last_year_again_or_no_longer_is_a_change() -> None:
    """The snapshot keeps where a plan came from: drawing it from last year, drawing it
    again with another change, and changing it by hand all show."""
    drawn = dataclasses.replace(SALES, planned_from=PlanOrigin(d(1, 4), 8.0))
    again = dataclasses.replace(SALES, planned_from=PlanOrigin(d(1, 4), 10.0))
    snapshots = [take_snapshot(plan(m), d(1, 6)) for m in (SALES, drawn, again, SALES)]
    assert snapshots[1].measures[0].planned_from == PlanOrigin(d(1, 4), 8.0)
    found = [
        [(c.field, c.before, c.after) for c in plan_changes(before, after)]
        for before, after in pairwise(snapshots)
    ]
    assert found == [
        [(ChangeField.ORIGIN, None, PlanOrigin(d(1, 4), 8.0))],
        [(ChangeField.ORIGIN, PlanOrigin(d(1, 4), 8.0), PlanOrigin(d(1, 4), 10.0))],
        [(ChangeField.ORIGIN, PlanOrigin(d(1, 4), 10.0), None)],
    ]
    assert plan_changes(snapshots[1], take_snapshot(plan(drawn), d(2, 6))) == ()
