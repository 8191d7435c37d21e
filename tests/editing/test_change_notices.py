"""Every edit, its undo and its redo announce exactly the records that changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from bakeryplan.domain.cascade import goal_deletion
from bakeryplan.domain.import_mapping import ImportRecipe
from bakeryplan.domain.model import (
    Actual,
    Feedback,
    FeedbackSource,
    Goal,
    Measure,
    Person,
    Perspective,
    Review,
    ReviewCadence,
    Step,
    VisionRevision,
)
from bakeryplan.editing import commands
from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice, Operation, PlanChange
from bakeryplan.editing.document import PlanDocument

ADDED, EDITED, REMOVED = Operation.ADDED, Operation.EDITED, Operation.REMOVED
K = ChangeKind


class Notices:
    """Records what the document announces."""

    def __init__(self, document: PlanDocument) -> None:
        self.seen: list[ChangeNotice] = []
        document.plan_changed.connect(self.seen.append)

    def take(self) -> set[tuple[ChangeKind, frozenset[int], Operation]]:
        assert len(self.seen) == 1, "one notice per edit, undo and redo"
        notice = self.seen.pop()
        return {(c.kind, c.ids, c.operation) for c in notice.changes}


def one(kind: ChangeKind, op: Operation, *ids: int) -> set[tuple[ChangeKind, frozenset, Operation]]:
    return {(kind, frozenset(ids), op)}


def pushed(document: PlanDocument, notices: Notices, command) -> set:
    assert document.push(command)
    return notices.take()


def undone(document: PlanDocument, notices: Notices) -> set:
    document.undo_stack.undo()
    return notices.take()


def redone(document: PlanDocument, notices: Notices) -> set:
    document.undo_stack.redo()
    return notices.take()


RECORDS = {
    K.PERSON: (
        lambda p: Person(name="New baker"),
        commands.AddPerson,
        commands.EditPerson,
        commands.DeletePerson,
        lambda v: replace(v, name="Renamed"),
    ),
    K.GOAL: (
        lambda p: Goal(title="Open a stall", perspective=Perspective.CUSTOMER),
        commands.AddGoal,
        commands.EditGoal,
        commands.DeleteGoal,
        lambda v: replace(v, title="Two stalls"),
    ),
    K.MEASURE: (
        lambda p: Measure(goal_id=p.goals[0].id, name="Stalls", target=2),
        commands.AddMeasure,
        commands.EditMeasure,
        commands.DeleteMeasure,
        lambda v: replace(v, target=3.0),
    ),
    K.ACTUAL: (
        lambda p: Actual(measure_id=p.measures[0].id, on=date(2026, 11, 20), value=12.5),
        commands.AddActual,
        commands.EditActual,
        commands.DeleteActual,
        lambda v: replace(v, value=99.0),
    ),
    K.STEP: (
        lambda p: Step(goal_id=p.goals[0].id, title="Call the council"),
        commands.AddStep,
        commands.EditStep,
        commands.DeleteStep,
        lambda v: replace(v, done=date(2026, 11, 27)),
    ),
    K.FEEDBACK: (
        lambda p: Feedback(received=date(2026, 11, 1), source=FeedbackSource.TEAM, text="Rye"),
        commands.AddFeedback,
        commands.EditFeedback,
        commands.DeleteFeedback,
        lambda v: replace(v, response="Yes"),
    ),
    K.REVIEW: (
        lambda p: Review(held=date(2026, 11, 2), notes="Quiet"),
        commands.AddReview,
        commands.EditReview,
        commands.DeleteReview,
        lambda v: replace(v, decisions="Less on Mondays"),
    ),
}


@pytest.mark.parametrize("kind", list(RECORDS), ids=lambda k: k.value)
def test_add_edit_delete_of_a_record_name_it_alone(kind: ChangeKind, document) -> None:
    """A new record (nothing owns or refers to it yet): its delete cascades to nothing."""
    make, add, edit, delete, change = RECORDS[kind]
    notices = Notices(document)
    command = add(document, make(document.plan))
    assert pushed(document, notices, command) == one(kind, ADDED, command.item.id)
    new_id = command.item.id
    assert undone(document, notices) == one(kind, REMOVED, new_id)
    assert redone(document, notices) == one(kind, ADDED, new_id)

    edited = change(command.item)
    assert pushed(document, notices, edit(document, edited)) == one(kind, EDITED, new_id)
    assert undone(document, notices) == one(kind, EDITED, new_id)
    assert redone(document, notices) == one(kind, EDITED, new_id)

    assert pushed(document, notices, delete(document, new_id)) == one(kind, REMOVED, new_id)
    assert undone(document, notices) == one(kind, ADDED, new_id)
    assert redone(document, notices) == one(kind, REMOVED, new_id)


def test_a_goal_delete_names_its_whole_cascade(document) -> None:
    plan = document.plan
    goal = next(g for g in plan.goals if plan.measures_of(g.id) and plan.steps_of(g.id))
    notices = Notices(document)
    sub = commands.AddGoal(
        document, Goal(title="Sub", perspective=goal.perspective, parent_id=goal.id)
    )
    pushed(document, notices, sub)
    feedback = document.plan.feedback[0]
    linked = replace(feedback, goal_id=sub.item.id)
    assert pushed(document, notices, commands.EditFeedback(document, linked)) == one(
        K.FEEDBACK, EDITED, feedback.id
    )
    cascade = goal_deletion(document.plan, goal.id)
    assert len(cascade.actuals) > 0 and len(cascade.goals) == 2
    expected = {
        (K.GOAL, frozenset({goal.id, sub.item.id}), REMOVED),
        (K.MEASURE, frozenset(m.id for m in plan.measures_of(goal.id)), REMOVED),
        (K.ACTUAL, frozenset(a.id for a in cascade.actuals), REMOVED),
        (K.STEP, frozenset(s.id for s in plan.steps_of(goal.id)), REMOVED),
        (K.FEEDBACK, frozenset(f.id for f in cascade.unlinked_feedback), EDITED),
    }
    assert linked in cascade.unlinked_feedback
    assert pushed(document, notices, commands.DeleteGoal(document, goal.id)) == expected
    back = {(k, ids, ADDED if op is REMOVED else op) for k, ids, op in expected}
    assert undone(document, notices) == back
    assert redone(document, notices) == expected


def test_a_measure_delete_names_its_actuals(document) -> None:
    measure = next(m for m in document.plan.measures if document.plan.actuals_of(m.id))
    actual_ids = frozenset(a.id for a in document.plan.actuals_of(measure.id))
    notices = Notices(document)
    assert pushed(document, notices, commands.DeleteMeasure(document, measure.id)) == {
        (K.MEASURE, frozenset({measure.id}), REMOVED),
        (K.ACTUAL, actual_ids, REMOVED),
    }
    assert undone(document, notices) == {
        (K.MEASURE, frozenset({measure.id}), ADDED),
        (K.ACTUAL, actual_ids, ADDED),
    }


def test_a_person_delete_names_what_they_no_longer_own(document) -> None:
    plan = document.plan
    owner = next(p for p in plan.people if any(g.owner_id == p.id for g in plan.goals))
    goals = frozenset(g.id for g in plan.goals if g.owner_id == owner.id)
    steps = frozenset(s.id for s in plan.steps if s.owner_id == owner.id)
    notices = Notices(document)
    expected = {(K.PERSON, frozenset({owner.id}), REMOVED), (K.GOAL, goals, EDITED)}
    if steps:
        expected.add((K.STEP, steps, EDITED))
    assert pushed(document, notices, commands.DeletePerson(document, owner.id)) == expected
    assert undone(document, notices) == {
        (K.PERSON, frozenset({owner.id}), ADDED),
        (K.GOAL, goals, EDITED),
        *({(K.STEP, steps, EDITED)} if steps else set()),
    }


def test_business_vision_moves_and_macros(document) -> None:
    plan = document.plan
    notices = Notices(document)
    business = replace(plan.business, name="Sunset Bakery")
    assert pushed(document, notices, commands.SetBusiness(document, business)) == {
        (K.BUSINESS, frozenset(), EDITED)
    }
    vision = commands.AddVisionRevision(
        document, VisionRevision(text="Bread for all", created=datetime(2026, 11, 27, 9))
    )
    assert pushed(document, notices, vision) == one(K.VISION, ADDED, vision.revision.id)
    assert undone(document, notices) == one(K.VISION, REMOVED, vision.revision.id)

    perspective = next(
        p for p in Perspective if sum(1 for g in plan.goals if g.perspective == p and
                                      g.parent_id is None) >= 2
    )  # fmt: skip
    siblings = sorted(
        (g for g in plan.goals if g.perspective == perspective and g.parent_id is None),
        key=lambda g: g.position,
    )
    move = commands.MoveGoal(document, siblings[1].id, -1)
    assert pushed(document, notices, move) == one(K.GOAL, EDITED, siblings[0].id, siblings[1].id)

    actuals = [
        Actual(measure_id=plan.measures[0].id, on=date(2026, 11, d), value=d) for d in (3, 4)
    ]
    imported = commands.ImportEntries(
        document, actuals, remove=plan.actuals_of(plan.measures[0].id)[:1],
        recipe=ImportRecipe("Till"),
    )  # fmt: skip
    assert pushed(document, notices, imported) == {
        (K.ACTUAL, frozenset(a.id for a in imported.add), ADDED),
        (K.ACTUAL, frozenset({imported.remove[0].id}), REMOVED),
        (K.RECIPE, frozenset({imported.recipe.id}), ADDED),
    }

    breakdown = commands.AddGoalBreakdown(
        document,
        Goal(title="Cakes", perspective=Perspective.CUSTOMER, owner_id=-1),
        [Measure(goal_id=0, name="Cakes sold", target=10)],
        [Step(goal_id=0, title="Buy tins", owner_id=-1)],
        [Person(name="Ana")],
    )
    assert pushed(document, notices, breakdown) == {
        (K.GOAL, frozenset({breakdown.goal.id}), ADDED),
        (K.MEASURE, frozenset({breakdown.measures[0].id}), ADDED),
        (K.STEP, frozenset({breakdown.steps[0].id}), ADDED),
        (K.PERSON, frozenset({breakdown.new_people[0].id}), ADDED),
    }

    measure = document.plan.measures[0]
    review = commands.HoldReview(
        document,
        Review(held=date(2026, 11, 27)),
        steps=[Step(goal_id=measure.goal_id, title="Decided")],
        measures=[replace(measure, target=measure.target + 1)],
        cadence=ReviewCadence.QUARTERLY,
    )
    assert pushed(document, notices, review) == {
        (K.REVIEW, frozenset({review.review.id}), ADDED),
        (K.STEP, frozenset({review.steps[0].id}), ADDED),
        (K.MEASURE, frozenset({measure.id}), EDITED),
        (K.BUSINESS, frozenset(), EDITED),
    }
    assert undone(document, notices) == {
        (K.REVIEW, frozenset({review.review.id}), REMOVED),
        (K.STEP, frozenset({review.steps[0].id}), REMOVED),
        (K.MEASURE, frozenset({measure.id}), EDITED),
        (K.BUSINESS, frozenset(), EDITED),
    }


def test_a_refused_edit_announces_nothing(document, plan_path) -> None:
    notices = Notices(document)
    missing_goal = Step(goal_id=999_999, title="Nowhere")
    assert not document.push(commands.AddStep(document, missing_goal))
    assert notices.seen == []


def test_a_notice_merges_and_inverts() -> None:
    notice = ChangeNotice.of(
        [
            PlanChange(K.ACTUAL, frozenset({1}), ADDED),
            PlanChange(K.ACTUAL, frozenset({2}), ADDED),
            PlanChange(K.GOAL, frozenset(), EDITED),  # a move that moved nothing
        ]
    )
    assert notice.changes == (PlanChange(K.ACTUAL, frozenset({1, 2}), ADDED),)
    assert notice.inverted().changes == (PlanChange(K.ACTUAL, frozenset({1, 2}), REMOVED),)
    assert notice.touches(K.ACTUAL) and not notice.touches(K.GOAL)
