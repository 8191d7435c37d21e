"""Plans for the store tests: a small one touching every table, and the benchmark plan."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Alignment,
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
    PlanOrigin,
    Review,
    ReviewCadence,
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.domain.snapshot import GoalSnapshot, MeasureSnapshot, PlanSnapshot
from bakeryplan.store.schema import SCHEMA_VERSION

#: The schema version whose reviews keep snapshots and explanations, and whose business
#: has a review cadence: older samples hold neither.
REMEMBERING_REVIEWS = 4
#: The schema version whose measures (and the measures of review snapshots) remember a plan
#: drawn from last year: older samples have none.
PLANS_FROM_LAST_YEAR = 5
#: Where "Monthly sales" was drawn from, from version 5 on.
ORIGIN = PlanOrigin(date(2025, 12, 31), 8.5, Alignment.WEEKDAY)


def small_plan(version: int = SCHEMA_VERSION) -> Plan:
    """Every table and every optional field used at least once; ids set.

    ``version``: the plan as a file of that schema version holds it (older samples lack
    what later versions added).
    """
    plan = _small_plan()
    if version < REMEMBERING_REVIEWS:
        return plan
    plan = dataclasses.replace(
        plan,
        business=dataclasses.replace(plan.business, review_cadence=ReviewCadence.MONTHLY),
        reviews=(
            dataclasses.replace(
                plan.reviews[0],
                explanations=(
                    Explanation(20, "February was cold & quiet: <b>no</b> tourists"),
                    Explanation(999, "A measure deleted since"),
                ),
                snapshot=small_snapshot(version),
            ),
            Review(date(2026, 2, 1), ReviewKind.HUDDLE, id=61),
        ),
    )
    if version < PLANS_FROM_LAST_YEAR:
        return plan
    sales = dataclasses.replace(plan.measures[0], planned_from=ORIGIN)
    return dataclasses.replace(plan, measures=(sales, *plan.measures[1:]))


def small_snapshot(version: int = SCHEMA_VERSION) -> PlanSnapshot:
    """A snapshot with a curve, a band measure and a goal without a due date; from version 5
    on, a measure drawn from last year."""
    origin = ORIGIN if version >= PLANS_FROM_LAST_YEAR else None
    return PlanSnapshot(
        measures=(
            MeasureSnapshot(
                20, 10, "Monthly sales", "£", 1000.0, 4500.0, date(2026, 1, 1),
                date(2027, 12, 31), CurveKind.CUSTOM, (CurvePoint(date(2026, 6, 1), 2000.0),),
                Period.MONTH, Counting.TOTAL, Health.BEHIND, origin,
            ),
            MeasureSnapshot(
                21, 11, "Waste", "%", 5.0, 5.0, date(2026, 1, 1), date(2026, 12, 31),
                CurveKind.LINEAR, (), Period.MONTH, Counting.LATEST, Health.ON_TRACK,
            ),
        ),
        goals=(
            GoalSnapshot(10, "Open a second shop", GoalStatus.ACTIVE, date(2028, 3, 31)),
            GoalSnapshot(11, "Find premises", GoalStatus.ACTIVE, None),
        ),
    )  # fmt: skip


def _small_plan() -> Plan:
    return Plan(
        business=Business("Sunrise Bakery", "Mia Jones", "GBP", "en_GB", 4),
        visions=(
            VisionRevision("Bread for the street", "Start", datetime(2026, 1, 2, 9, 30), id=1),
            VisionRevision("Bread for the town", "Grow", datetime(2026, 6, 1, 8, 0), id=2),
        ),
        people=(
            Person("Mia", "Owner", id=1),
            Person("Tom", "Baker", id=2),
            Person("Old hand", "Retired", active=False, id=3),
        ),
        goals=(
            Goal(
                "Open a second shop by spring 2028",
                Perspective.FINANCIAL,
                owner_id=1,
                start=date(2026, 1, 1),
                due=date(2028, 3, 31),
                why="More customers",
                position=0,
                id=10,
            ),
            Goal(
                "Find premises", Perspective.INTERNAL, owner_id=2, parent_id=10, position=1, id=11
            ),
            Goal("Train staff", Perspective.LEARNING, status=GoalStatus.DONE, position=2, id=12),
        ),
        measures=(
            Measure(
                10,
                "Monthly sales",
                "£",
                Direction.UP,
                1000.0,
                5000.0,
                date(2026, 1, 1),
                date(2027, 12, 31),
                curve=CurveKind.CUSTOM,
                points=(CurvePoint(date(2026, 6, 1), 2000.0), CurvePoint(date(2026, 12, 1), 3500)),
                id=20,
                period=Period.MONTH,  # as the upgrade of version 1 reads "Monthly sales"
                counting=Counting.TOTAL,
            ),
            Measure(
                11,
                "Waste",
                "%",
                Direction.BAND,
                5.0,
                5.0,
                date(2026, 1, 1),
                date(2026, 12, 31),
                band_low=2.0,
                band_high=6.0,
                position=1,
                id=21,
                period=Period.MONTH,  # too few entries to tell: months, the latest figure
                counting=Counting.LATEST,
            ),
        ),
        actuals=(
            Actual(20, date(2026, 2, 1), 1200.0, "January", id=30),
            Actual(20, date(2026, 3, 1), 1500.0, source=ActualSource.IMPORTED, id=31),
            Actual(21, date(2026, 2, 1), 4.5, id=32),
        ),
        steps=(
            Step(10, "Ask the bank", 1, date(2026, 3, 1), date(2026, 2, 20), 2.0, 50.0, 0, id=40),
            Step(10, "Visit shops", 2, date(2026, 4, 1), position=1, id=41),
            Step(11, "Call agent", None, None, position=0, id=42),
        ),
        feedback=(
            Feedback(
                date(2026, 2, 3),
                FeedbackSource.CUSTOMER,
                "More rye, please",
                "Mrs Lee",
                10,
                FeedbackStatus.ADOPTED,
                "Done",
                id=50,
            ),
            Feedback(date(2026, 2, 4), FeedbackSource.TEAM, "Ovens are old", id=51),
        ),
        reviews=(Review(date(2026, 3, 1), ReviewKind.MONTHLY, "Fine", "Keep going", id=60),),
    )
