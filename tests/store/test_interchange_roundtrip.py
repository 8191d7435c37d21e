"""Any valid plan survives plan -> JSON -> plan -> JSON unchanged, also through a plan file."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bakeryplan.domain.bounds import VALUE_LIMIT
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    CurveKind,
    CurvePoint,
    Direction,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Person,
    Perspective,
    Plan,
    Review,
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.store.interchange import canonical, plan_from_json, plan_to_json
from bakeryplan.store.repository import PlanRepository

EXPORTED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)

texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
names = texts.filter(lambda t: t.strip() != "")
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
numbers = st.floats(min_value=-VALUE_LIMIT, max_value=VALUE_LIMIT, width=64) | st.integers(
    -(10**6), 10**6
).map(float)  # every number a plan may hold (domain.bounds)
positions = st.integers(0, 50)


def _ids(count: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(1, 10_000), min_size=count, max_size=count, unique=True)


@st.composite
def _start_and_due(draw: st.DrawFn) -> tuple[date | None, date | None]:
    """A goal's optional start and due; a due before the start is refused on import."""
    start, due = draw(st.none() | days), draw(st.none() | days)
    if start is not None and due is not None and due < start:
        start, due = due, start
    return start, due


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    business = Business(
        draw(names),
        draw(texts),
        draw(st.sampled_from(["EUR", "GBP", "USD", "CHF"])),
        draw(st.sampled_from(["en_GB", "en_IE", "de_DE", "fr_FR"])),
        draw(st.integers(1, 12)),
    )
    visions = tuple(
        VisionRevision(
            draw(names),
            draw(texts),
            draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))),
            vid,
        )
        for vid in draw(_ids(draw(st.integers(0, 2))))
    )
    people = tuple(
        Person(draw(names), draw(texts), draw(st.booleans()), pid)
        for pid in draw(_ids(draw(st.integers(0, 3))))
    )
    person_ids = st.none() | st.sampled_from([p.id for p in people]) if people else st.none()
    goal_ids = draw(_ids(draw(st.integers(0, 4))))
    goals = tuple(
        Goal(
            draw(names),
            draw(st.sampled_from(Perspective)),
            draw(person_ids),
            *draw(_start_and_due()),
            draw(st.sampled_from(GoalStatus)),
            draw(texts),
            draw(st.none() | st.sampled_from(goal_ids[:i])) if i else None,
            draw(positions),
            gid,
        )
        for i, gid in enumerate(goal_ids)
    )
    measures = tuple(
        draw(_measure(mid, goal_ids))
        for mid in (draw(_ids(draw(st.integers(0, 3)))) if goal_ids else [])
    )
    measure_ids = [m.id for m in measures]
    actuals = tuple(
        Actual(
            draw(st.sampled_from(measure_ids)),
            draw(days),
            draw(numbers),
            draw(texts),
            draw(st.sampled_from(ActualSource)),
            aid,
        )
        for aid in (draw(_ids(draw(st.integers(0, 6)))) if measure_ids else [])
    )
    steps = tuple(
        Step(
            draw(st.sampled_from(goal_ids)),
            draw(names),
            draw(person_ids),
            draw(st.none() | days),
            draw(st.none() | days),
            draw(st.none() | numbers),
            draw(st.none() | numbers),
            draw(positions),
            sid,
        )
        for sid in (draw(_ids(draw(st.integers(0, 4)))) if goal_ids else [])
    )
    optional_goal = st.none() | st.sampled_from(goal_ids) if goal_ids else st.none()
    feedback = tuple(
        Feedback(
            draw(days),
            draw(st.sampled_from(FeedbackSource)),
            draw(names),
            draw(texts),
            draw(optional_goal),
            draw(st.sampled_from(FeedbackStatus)),
            draw(texts),
            fid,
        )
        for fid in draw(_ids(draw(st.integers(0, 3))))
    )
    reviews = tuple(
        Review(draw(days), draw(st.sampled_from(ReviewKind)), draw(texts), draw(texts), rid)
        for rid in draw(_ids(draw(st.integers(0, 2))))
    )
    return Plan(business, visions, people, goals, measures, actuals, steps, feedback, reviews)


@st.composite
def _measure(draw: st.DrawFn, measure_id: int, goal_ids: list[int]) -> Measure:
    start = draw(days)
    target_date = start + timedelta(days=draw(st.integers(0, 2000)))
    # A point after the target date is refused on import (measure_rules).
    on_or_before = st.dates(min_value=date(1990, 1, 1), max_value=target_date)
    point_days = draw(st.lists(on_or_before, max_size=4, unique=True))
    band = draw(st.none() | numbers)
    return Measure(
        draw(st.sampled_from(goal_ids)),
        draw(names),
        draw(texts),
        draw(st.sampled_from(Direction)),
        draw(numbers),
        draw(numbers),
        start,
        target_date,
        band,
        draw(st.none() | numbers),
        draw(st.sampled_from(CurveKind)),
        tuple(CurvePoint(d, draw(numbers)) for d in sorted(point_days)),
        draw(positions),
        measure_id,
    )


def _through_text(data: dict) -> object:
    return json.loads(json.dumps(data, ensure_ascii=False, allow_nan=False))


@settings(max_examples=60, deadline=None)
@given(plans())
def test_plan_to_json_and_back_is_lossless(plan: Plan) -> None:
    first = plan_to_json(plan, exported_at=EXPORTED)
    again = plan_from_json(_through_text(first))
    assert again == canonical(plan)
    assert plan_to_json(again, exported_at=EXPORTED) == first


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_round_trip_through_a_plan_file(plan: Plan) -> None:
    first = plan_to_json(plan, exported_at=EXPORTED)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.bakeryplan"
        with PlanRepository.create(path, plan_from_json(_through_text(first))) as repository:
            loaded = repository.load()
    assert plan_to_json(loaded, exported_at=EXPORTED) == first
