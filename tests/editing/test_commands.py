"""Every kind of edit is written to the file, undone and redone exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    Measure,
    Person,
    Perspective,
    Plan,
    Review,
    Step,
    VisionRevision,
)
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from tests.ui.conftest import plan_on_disk


def _round_trip(document: PlanDocument, path: Path, command, check_done, check_undone) -> None:
    changes: list[object] = []
    document.plan_changed.connect(changes.append)
    before = plan_on_disk(path)
    assert document.push(command)
    assert len(changes) == 1, "one notice per edit"
    check_done(plan_on_disk(path))
    document.undo_stack.undo()
    assert len(changes) == 2
    check_undone(plan_on_disk(path))
    assert plan_on_disk(path) == before
    document.undo_stack.redo()
    assert len(changes) == 3
    check_done(plan_on_disk(path))
    assert document.plan == plan_on_disk(path)


def _ids(items) -> set[int]:
    return {i.id for i in items}


CASES = {
    "person": (
        lambda p: Person(name="New baker", role="Baker"),
        commands.AddPerson,
        commands.EditPerson,
        commands.DeletePerson,
        "people",
        lambda v: replace(v, name="Renamed", active=False),
    ),
    "goal": (
        lambda p: Goal(title="Open a stall", perspective=Perspective.CUSTOMER, position=99),
        commands.AddGoal,
        commands.EditGoal,
        commands.DeleteGoal,
        "goals",
        lambda v: replace(v, title="Open two stalls", due=date(2027, 6, 30)),
    ),
    "measure": (
        lambda p: Measure(goal_id=p.goals[0].id, name="Stalls open", target=2),
        commands.AddMeasure,
        commands.EditMeasure,
        commands.DeleteMeasure,
        "measures",
        lambda v: replace(v, name="Stalls", target=3.0),
    ),
    "actual": (
        lambda p: Actual(measure_id=p.measures[0].id, on=date(2026, 11, 20), value=12.5),
        commands.AddActual,
        commands.EditActual,
        commands.DeleteActual,
        "actuals",
        lambda v: replace(v, value=99.0, note="corrected"),
    ),
    "step": (
        lambda p: Step(goal_id=p.goals[0].id, title="Call the council", position=50),
        commands.AddStep,
        commands.EditStep,
        commands.DeleteStep,
        "steps",
        lambda v: replace(v, done=date(2026, 11, 27)),
    ),
    "feedback": (
        lambda p: Feedback(
            received=date(2026, 11, 1), source=FeedbackSource.TEAM, text="More rye please"
        ),
        commands.AddFeedback,
        commands.EditFeedback,
        commands.DeleteFeedback,
        "feedback",
        lambda v: replace(v, status=FeedbackStatus.ADOPTED, goal_id=1, response="Yes"),
    ),
    "review": (
        lambda p: Review(held=date(2026, 11, 2), notes="Quiet month"),
        commands.AddReview,
        commands.EditReview,
        commands.DeleteReview,
        "reviews",
        lambda v: replace(v, decisions="Bake less on Mondays"),
    ),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_add_edit_delete_undo_redo(kind: str, document: PlanDocument, plan_path: Path) -> None:
    make, add, edit, delete, field, change = CASES[kind]
    command = add(document, make(document.plan))
    existing = _ids(getattr(document.plan, field))

    def added(plan: Plan) -> None:
        assert command.item.id not in existing
        assert command.item in getattr(plan, field)

    def absent(plan: Plan) -> None:
        assert command.item.id not in _ids(getattr(plan, field))

    _round_trip(document, plan_path, command, added, absent)
    stored = command.item

    edited = change(stored)
    _round_trip(
        document,
        plan_path,
        edit(document, edited),
        lambda plan: edited in getattr(plan, field),
        lambda plan: stored in getattr(plan, field),
    )

    _round_trip(
        document,
        plan_path,
        delete(document, stored.id),
        absent,
        lambda plan: stored in getattr(plan, field),
    )


def test_delete_goal_restores_everything(document: PlanDocument, plan_path: Path) -> None:
    plan = document.plan
    goal = next(g for g in plan.goals if plan.measures_of(g.id) and plan.steps_of(g.id))
    # give it a sub-goal with a step and a linked piece of feedback, to test the cascade
    sub = commands.AddGoal(
        document, Goal(title="Sub", perspective=goal.perspective, parent_id=goal.id)
    )
    assert document.push(sub)
    assert document.push(commands.AddStep(document, Step(goal_id=sub.item.id, title="x")))
    feedback = document.plan.feedback[0]
    assert document.push(commands.EditFeedback(document, replace(feedback, goal_id=sub.item.id)))
    before = plan_on_disk(plan_path)
    assert any(a.measure_id in _ids(plan.measures_of(goal.id)) for a in before.actuals)

    assert document.push(commands.DeleteGoal(document, goal.id))
    after = plan_on_disk(plan_path)
    assert goal.id not in _ids(after.goals) and sub.item.id not in _ids(after.goals)
    assert not after.measures_of(goal.id) and not after.steps_of(goal.id)
    assert next(f for f in after.feedback if f.id == feedback.id).goal_id is None

    document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before
    document.undo_stack.redo()
    assert plan_on_disk(plan_path) == after


def test_delete_person_gives_back_what_they_owned(document: PlanDocument, plan_path: Path) -> None:
    owner = next(
        p for p in document.plan.people if any(g.owner_id == p.id for g in document.plan.goals)
    )
    before = plan_on_disk(plan_path)
    assert document.push(commands.DeletePerson(document, owner.id))
    assert all(g.owner_id != owner.id for g in plan_on_disk(plan_path).goals)
    document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before


def test_move_goal_reorders_and_undoes(document: PlanDocument, plan_path: Path) -> None:
    plan = document.plan
    perspective = next(
        p for p in Perspective if sum(1 for g in plan.goals if g.perspective == p) >= 2
    )

    def order(p: Plan) -> list[int]:
        goals = [g for g in p.goals if g.perspective == perspective and g.parent_id is None]
        return [g.id for g in sorted(goals, key=lambda g: g.position)]

    before = order(plan)
    command = commands.MoveGoal(document, before[1], -1)
    assert command.moved
    assert document.push(command)
    assert order(plan_on_disk(plan_path)) == [before[1], before[0], *before[2:]]
    document.undo_stack.undo()
    assert order(plan_on_disk(plan_path)) == before
    assert not commands.MoveGoal(document, before[0], -1).moved


def test_business_and_vision(document: PlanDocument, plan_path: Path) -> None:
    business = Business(name="Moonrise Bakery", owner="Maria")
    _round_trip(
        document,
        plan_path,
        commands.SetBusiness(document, business),
        lambda plan: plan.business == business,
        lambda plan: plan.business.name == "Sunrise Bakery",
    )
    count = len(document.plan.visions)
    revision = VisionRevision(text="Bread for the whole street", created=datetime(2026, 11, 27))
    _round_trip(
        document,
        plan_path,
        commands.AddVisionRevision(document, revision),
        lambda plan: plan.vision.text == revision.text and len(plan.visions) == count + 1,
        lambda plan: len(plan.visions) == count,
    )


def test_goal_breakdown_maps_new_people_and_undoes(document: PlanDocument, plan_path: Path) -> None:
    before = plan_on_disk(plan_path)
    command = commands.AddGoalBreakdown(
        document,
        Goal(title="Bake for weddings", perspective=Perspective.CUSTOMER, owner_id=-2),
        [Measure(goal_id=0, name="Wedding cakes", target=10)],
        [Step(goal_id=0, title="Price list", owner_id=-1), Step(goal_id=0, title="Photos")],
        [Person(name="Lena"), Person(name="Ravi")],
    )
    assert document.push(command)
    after = plan_on_disk(plan_path)
    goal = after.goal(command.goal.id)
    assert goal is not None and after.person(goal.owner_id).name == "Ravi"
    assert [m.name for m in after.measures_of(goal.id)] == ["Wedding cakes"]
    steps = after.steps_of(goal.id)
    assert after.person(steps[0].owner_id).name == "Lena" and steps[1].owner_id is None
    document.undo_stack.undo()
    assert plan_on_disk(plan_path) == before
    document.undo_stack.redo()
    assert plan_on_disk(plan_path) == after


def test_import_is_one_undo_step(document: PlanDocument, plan_path: Path) -> None:
    measure = document.plan.measures[0]
    count = len(document.plan.actuals)
    rows = [Actual(measure_id=measure.id, on=date(2025, 1, d), value=d) for d in range(1, 6)]
    assert document.push(commands.actuals_import(document, rows))
    assert len(plan_on_disk(plan_path).actuals) == count + 5
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(plan_on_disk(plan_path).actuals) == count


def test_read_only_document_refuses_edits(plan_path: Path, qapp) -> None:
    from bakeryplan.store.repository import PlanRepository

    document = PlanDocument(PlanRepository.open(plan_path, read_only=True))
    messages: list[str] = []
    document.edit_refused.connect(messages.append)
    try:
        assert document.read_only
        assert not document.push(commands.AddPerson(document, Person(name="Nope")))
        assert messages and "read-only" in messages[0]
        assert document.undo_stack.count() == 0
    finally:
        document.close()
    assert all(p.name != "Nope" for p in plan_on_disk(plan_path).people)


def test_failed_write_is_reported_and_not_kept(document: PlanDocument, plan_path: Path) -> None:
    messages: list[str] = []
    document.edit_refused.connect(messages.append)
    ghost = Person(name="Ghost", id=9999)
    assert not document.push(_broken(document, ghost))
    assert messages
    assert document.undo_stack.count() == 0


def test_an_undo_the_file_refuses_clears_the_history(
    document: PlanDocument, plan_path: Path, qtbot
) -> None:
    """The stack has moved but the file has not: no later undo may act on that state."""
    messages: list[str] = []
    document.edit_refused.connect(messages.append)
    command = commands.AddPerson(document, Person(name="Noor", role="Baker"))
    assert document.push(command)
    document.push(commands.AddPerson(document, Person(name="Ola")))
    ghost = Person(name="Ghost", id=9999)
    command.revert = lambda repository: repository.update_person(ghost)  # type: ignore[method-assign]
    document.undo_stack.undo()  # Ola goes
    document.undo_stack.undo()  # Noor cannot: the file refuses
    assert messages
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0)
    names = [p.name for p in plan_on_disk(plan_path).people]
    assert "Noor" in names and "Ola" not in names
    assert [p.name for p in document.plan.people] == names


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_an_undo_clears_the_history_and_is_not_swallowed(
    document: PlanDocument, plan_path: Path, qtbot
) -> None:
    command = commands.AddPerson(document, Person(name="Noor"))
    assert document.push(command)

    def broken(repository: object) -> None:
        raise KeyError("a slip")

    command.revert = broken  # type: ignore[method-assign]
    with pytest.raises(KeyError):
        command.undo()
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0)
    assert "Noor" in [p.name for p in plan_on_disk(plan_path).people]


def _broken(document: PlanDocument, ghost: Person) -> commands.PlanCommand:
    """An edit of a person who is not in the file: the store refuses it."""
    command = commands.AddPerson(document, ghost)
    command.apply = lambda repository: repository.update_person(ghost)  # type: ignore[method-assign]
    return command


def test_today_from_environment(monkeypatch: pytest.MonkeyPatch, document: PlanDocument) -> None:
    from bakeryplan.editing.document import today_from_environment

    monkeypatch.setenv("BAKERYPLAN_TODAY", "2026-11-27")
    assert today_from_environment() == date(2026, 11, 27)
    monkeypatch.setenv("BAKERYPLAN_TODAY", "soon")
    assert today_from_environment() == date.today()
