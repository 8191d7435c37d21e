"""Every repository write, its transaction, and the cascades the schema promises."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from bakeryplan.domain.model import (
    Actual,
    Business,
    CurveKind,
    CurvePoint,
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
from bakeryplan.store.errors import ReadOnlyPlanError, RecordError, RecordNotFoundError
from bakeryplan.store.repository import PlanRepository
from tests.store.plans import small_plan


def sorted_like_load(plan: Plan) -> Plan:
    return dataclasses.replace(
        plan,
        goals=tuple(sorted(plan.goals, key=lambda g: (g.position, g.id))),
        measures=tuple(sorted(plan.measures, key=lambda m: (m.goal_id, m.position, m.id))),
        actuals=tuple(sorted(plan.actuals, key=lambda a: (a.measure_id, a.on, a.id))),
        steps=tuple(sorted(plan.steps, key=lambda s: (s.goal_id, s.position, s.id))),
        feedback=tuple(sorted(plan.feedback, key=lambda f: (f.received, f.id))),
        reviews=tuple(sorted(plan.reviews, key=lambda r: (r.held, r.id))),
    )


def test_create_then_load_round_trips_every_field(repo: PlanRepository) -> None:
    assert repo.load() == sorted_like_load(small_plan())


def test_load_sorts_goals_steps_and_actuals(tmp_path: Path) -> None:
    plan = Plan(
        business=Business("B"),
        goals=(
            Goal("b", Perspective.CUSTOMER, position=2, id=1),
            Goal("a", Perspective.CUSTOMER, position=1, id=2),
            Goal("c", Perspective.CUSTOMER, position=1, id=3),
        ),
        measures=(Measure(1, "m", id=1),),
        actuals=(
            Actual(1, date(2026, 3, 1), 3.0, id=1),
            Actual(1, date(2026, 1, 1), 1.0, id=2),
        ),
        steps=(Step(2, "late", position=5, id=1), Step(1, "x", id=2), Step(2, "early", id=3)),
    )
    with PlanRepository.create(tmp_path / "s.bakeryplan", plan) as repo:
        loaded = repo.load()
    assert [g.id for g in loaded.goals] == [2, 3, 1]
    assert [s.id for s in loaded.steps] == [2, 3, 1]
    assert [a.id for a in loaded.actuals] == [2, 1]


def test_set_business_replaces_the_one_row(repo: PlanRepository) -> None:
    repo.set_business(Business("Moonrise", "Ann", "EUR", "de_DE", 7))
    assert repo.load().business == Business("Moonrise", "Ann", "EUR", "de_DE", 7)
    assert repo.connection.execute("SELECT count(*) FROM business").fetchone()[0] == 1


def test_vision_revisions_keep_history_oldest_first(repo: PlanRepository) -> None:
    newest = repo.add_vision(VisionRevision("Bread for the region", "Bigger", datetime(2027, 1, 1)))
    assert newest.id > 2
    plan = repo.load()
    assert plan.vision == newest
    assert [v.text for v in plan.visions][-2:] == ["Bread for the town", "Bread for the region"]
    repo.delete_vision(newest.id)
    assert repo.load().vision is not None and repo.load().vision.id == 2


@pytest.mark.parametrize(
    ("add", "update", "delete", "value", "changes", "attribute"),
    [
        ("add_person", "update_person", "delete_person", Person("Zoe"), {"role": "Cook"}, "people"),
        (
            "add_goal",
            "update_goal",
            "delete_goal",
            Goal("Sell online", Perspective.CUSTOMER, owner_id=2, due=date(2027, 1, 1)),
            {"status": GoalStatus.DROPPED, "parent_id": 10, "due": None},
            "goals",
        ),
        (
            "add_measure",
            "update_measure",
            "delete_measure",
            Measure(12, "Courses", "courses", target=4, curve=CurveKind.STEPPED),
            {"points": (CurvePoint(date(2026, 5, 1), 2.0),), "band_low": 1.5},
            "measures",
        ),
        (
            "add_actual",
            "update_actual",
            "delete_actual",
            Actual(21, date(2026, 3, 1), 5.5, "March"),
            {"value": 0.1 + 0.2, "note": "fixed"},
            "actuals",
        ),
        (
            "add_step",
            "update_step",
            "delete_step",
            Step(12, "Book a course", 3, date(2026, 5, 1), effort=3.0),
            {"done": date(2026, 4, 30), "cost": 99.99, "owner_id": None},
            "steps",
        ),
        (
            "add_feedback",
            "update_feedback",
            "delete_feedback",
            Feedback(date(2026, 3, 3), FeedbackSource.SUPPLIER, "Flour price up", "Mill"),
            {"status": FeedbackStatus.PARKED, "goal_id": 11, "response": "Later"},
            "feedback",
        ),
        (
            "add_review",
            "update_review",
            "delete_review",
            Review(date(2026, 4, 1), ReviewKind.QUARTERLY, "Q1"),
            {"decisions": "Hire", "kind": ReviewKind.HUDDLE},
            "reviews",
        ),
    ],
)
def test_add_update_delete_each_kind(
    repo: PlanRepository,
    add: str,
    update: str,
    delete: str,
    value: object,
    changes: dict[str, object],
    attribute: str,
) -> None:
    def stored() -> dict[int, object]:
        return {v.id: v for v in getattr(repo.load(), attribute)}

    added = getattr(repo, add)(value)
    assert added.id > 0 and added == dataclasses.replace(value, id=added.id)
    assert stored()[added.id] == added

    changed = dataclasses.replace(added, **changes)
    getattr(repo, update)(changed)
    assert stored()[added.id] == changed

    getattr(repo, delete)(added.id)
    assert added.id not in stored()

    getattr(repo, add)(changed)  # undo of the delete: the same id comes back
    assert stored()[added.id] == changed


def test_ids_are_never_reused(repo: PlanRepository) -> None:
    newest = repo.add_person(Person("Temp"))
    repo.delete_person(newest.id)
    assert repo.add_person(Person("Next")).id > newest.id


def test_deleting_a_goal_cascades_and_unlinks_feedback(repo: PlanRepository) -> None:
    repo.delete_goal(10)
    plan = repo.load()
    assert [g.id for g in plan.goals] == [12]  # 11 was a sub-goal of 10
    assert plan.measures == ()  # measure 20 of goal 10, measure 21 of goal 11
    assert plan.actuals == ()
    assert plan.steps == ()
    assert {f.id: f.goal_id for f in plan.feedback} == {50: None, 51: None}
    assert repo.connection.execute("SELECT count(*) FROM measure_points").fetchone()[0] == 0


def test_deleting_a_measure_deletes_its_actuals_and_points(repo: PlanRepository) -> None:
    repo.delete_measure(20)
    plan = repo.load()
    assert [a.id for a in plan.actuals] == [32]
    assert repo.connection.execute("SELECT count(*) FROM measure_points").fetchone()[0] == 0


def test_deleting_a_person_unsets_owner_of_goals_and_steps(repo: PlanRepository) -> None:
    repo.delete_person(1)
    plan = repo.load()
    assert plan.goal(10) is not None and plan.goal(10).owner_id is None
    assert next(s for s in plan.steps if s.id == 40).owner_id is None
    assert plan.goal(11) is not None and plan.goal(11).owner_id == 2


def test_reinserting_a_deleted_goal_and_children_restores_the_plan(repo: PlanRepository) -> None:
    before = repo.load()
    repo.delete_goal(10)
    with repo.atomic():  # what an undo command does
        for goal in sorted(before.goals, key=lambda g: g.parent_id or 0):
            if goal.id in (10, 11):
                repo.add_goal(goal)
        for measure in before.measures:
            repo.add_measure(measure)
        repo.add_actuals(before.actuals)
        for step in before.steps:
            repo.add_step(step)
        for feedback in before.feedback:
            repo.update_feedback(feedback)
    assert repo.load() == before


def test_failing_block_rolls_back_every_write(repo: PlanRepository) -> None:
    before = repo.load()
    with pytest.raises(RuntimeError), repo.atomic():
        repo.add_person(Person("Ghost"))
        repo.delete_goal(10)
        raise RuntimeError("user cancelled")
    assert repo.load() == before


def test_nested_atomic_rolls_back_only_the_inner_block(repo: PlanRepository) -> None:
    with repo.atomic():
        kept = repo.add_person(Person("Kept"))
        with pytest.raises(RecordNotFoundError), repo.atomic():
            repo.add_person(Person("Dropped"))
            repo.delete_goal(999)
    names = [p.name for p in repo.load().people]
    assert kept.name in names and "Dropped" not in names


def test_a_failing_write_changes_nothing(repo: PlanRepository) -> None:
    before = repo.load()
    with pytest.raises(RecordError, match="refers to a record that does not exist"):
        repo.add_measure(Measure(999, "orphan", points=(CurvePoint(date(2026, 1, 1), 1.0),)))
    with pytest.raises(RecordError, match="already taken"):
        repo.add_person(Person("Twin", id=1))
    assert repo.load() == before


def test_update_and_delete_of_missing_ids_raise(repo: PlanRepository) -> None:
    with pytest.raises(RecordNotFoundError, match="no step with id 999"):
        repo.update_step(Step(10, "x", id=999))
    with pytest.raises(RecordNotFoundError):
        repo.delete_review(999)


def test_goal_cannot_become_its_own_ancestor(repo: PlanRepository) -> None:
    parent = repo.load().goal(10)
    assert parent is not None
    with pytest.raises(RecordError, match="its own sub-goal"):
        repo.update_goal(dataclasses.replace(parent, parent_id=11))
    with pytest.raises(RecordError):
        repo.update_goal(dataclasses.replace(parent, parent_id=10))


def test_read_only_repository_refuses_writes(closed_plan: Path) -> None:
    with PlanRepository.open(closed_plan, read_only=True) as repo:
        before = repo.load()
        with pytest.raises(ReadOnlyPlanError, match="open read-only"):
            repo.add_person(Person("Nope"))
        with pytest.raises(ReadOnlyPlanError):
            repo.add_measure(Measure(10, "Nope"))
        assert repo.load() == before


def test_every_write_is_committed_at_once(repo: PlanRepository, plan_path: Path) -> None:
    repo.add_person(Person("Seen by others"))
    with PlanRepository.open(plan_path, read_only=True) as reader:
        assert "Seen by others" in [p.name for p in reader.load().people]
