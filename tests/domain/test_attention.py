"""What the home page lists: measures behind, steps due, feedback waiting, findings."""

from __future__ import annotations

from datetime import date, datetime

from bakeryplan.domain.attention import needs_attention
from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Person,
    Perspective,
    Plan,
    ReviewCadence,
    Step,
    VisionRevision,
)
from bakeryplan.store.demo import demo_plan
from tests.domain.builders import actuals, d, measure

ON = d(1, 7)  # a Wednesday; the week (Monday start) runs 5 to 11 January 2026


def _plan(**overrides: object) -> Plan:
    values: dict[str, object] = {
        "business": Business("Corner Bakery", week_start=0),
        "visions": (VisionRevision("Bread.", created=datetime(2026, 1, 1)),),
        "people": (Person("Sam", id=1),),
        "goals": (Goal("Sell more", Perspective.FINANCIAL, owner_id=1, due=d(12, 31), id=1),),
    }
    values.update(overrides)
    return Plan(**values)  # type: ignore[arg-type]


def test_a_measure_behind_is_listed_and_one_on_track_is_not() -> None:
    lagging = measure(measure_id=1, name="Loaves")
    fine = measure(measure_id=2, name="Rolls")
    entries = [
        *actuals((d(1, 5), 20.0), (d(1, 6), 30.0), measure_id=1),
        Actual(2, d(1, 5), 40.0, id=10),
        Actual(2, d(1, 6), 50.0, id=11),
    ]
    attention = needs_attention(_plan(measures=(lagging, fine), actuals=tuple(entries)), ON)
    assert [s.measure.name for s in attention.measures] == ["Loaves"]
    assert attention.measures[0].health in (Health.AT_RISK, Health.BEHIND)
    assert attention.measures[0].forecast is not None


def test_at_risk_comes_before_behind() -> None:
    plan = demo_plan(date(2026, 11, 27))
    attention = needs_attention(plan, date(2026, 11, 27))
    healths = [s.health for s in attention.measures]
    assert healths, "the demo plan has a measure that needs the owner"
    assert healths == sorted(healths, key=lambda h: h is not Health.AT_RISK)


def test_steps_overdue_and_this_week_apart_and_done_ones_left_out() -> None:
    steps = (
        Step(1, "Late one", due=d(1, 2), id=1),
        Step(1, "Friday's", due=d(1, 9), id=2),
        Step(1, "Next week", due=d(1, 13), id=3),
        Step(1, "Done already", due=d(1, 8), done=d(1, 6), id=4),
        Step(1, "Done later than the day", due=d(1, 3), done=d(1, 8), id=5),
    )
    attention = needs_attention(_plan(steps=steps), ON)
    assert [s.title for s in attention.overdue_steps] == ["Late one", "Done later than the day"]
    assert [s.title for s in attention.week_steps] == ["Friday's"]


def test_steps_of_a_dropped_goal_are_history() -> None:
    goal = Goal("Old idea", Perspective.CUSTOMER, owner_id=1, status=GoalStatus.DROPPED, id=2)
    plan = _plan(goals=(*_plan().goals, goal), steps=(Step(2, "Forget", due=d(1, 2), id=1),))
    assert needs_attention(plan, ON).overdue_steps == ()


def test_feedback_waiting_is_new_and_unanswered_oldest_first() -> None:
    feedback = (
        Feedback(d(1, 5), FeedbackSource.CUSTOMER, "More rye", id=1),
        Feedback(d(1, 1), FeedbackSource.TEAM, "New oven?", id=2),
        Feedback(d(1, 2), FeedbackSource.TEAM, "Answered", response="Yes", id=3),
        Feedback(d(1, 3), FeedbackSource.TEAM, "Adopted", status=FeedbackStatus.ADOPTED, id=4),
    )
    attention = needs_attention(_plan(feedback=feedback), ON)
    assert [f.text for f in attention.waiting_feedback] == ["New oven?", "More rye"]


def test_findings_listed_in_a_section_are_not_repeated() -> None:
    old = Feedback(d(1, 1, 2025), FeedbackSource.TEAM, "Long ago", id=1)
    steps = (Step(1, "Late one", due=d(1, 2), id=1),)
    attention = needs_attention(_plan(feedback=(old,), steps=steps), ON)
    codes = {f.code for f in attention.findings}
    assert "step_overdue" not in codes and "feedback_unanswered" not in codes
    assert "goal_no_measure" in codes  # a gap no section shows is still there
    assert attention.overdue_steps and attention.waiting_feedback


def test_no_review_yet_is_said_by_the_next_review_section_only() -> None:
    business = Business("Corner Bakery", review_cadence=ReviewCadence.MONTHLY)
    attention = needs_attention(_plan(business=business), ON)
    assert attention.review.last is None and attention.review.cadence is ReviewCadence.MONTHLY
    assert "review_none_yet" not in {f.code for f in attention.findings}


def test_latest_entries_newest_first_and_none_after_the_day() -> None:
    entries = actuals((d(1, 3), 1.0), (d(1, 6), 2.0), (d(1, 9), 3.0), (d(1, 5), 4.0))
    attention = needs_attention(_plan(measures=(measure(),), actuals=tuple(entries)), ON)
    assert [a.on for a in attention.latest] == [d(1, 6), d(1, 5), d(1, 3)]


def test_the_next_review_follows_the_cadence() -> None:
    business = Business("Corner Bakery", review_cadence=ReviewCadence.MONTHLY)
    attention = needs_attention(_plan(business=business), ON)
    assert attention.review.cadence is ReviewCadence.MONTHLY


def test_a_tidy_quiet_plan_is_calm() -> None:
    empty = needs_attention(Plan(Business("Nothing yet")), ON)
    assert not empty.is_calm  # no vision, no goals: the findings say where to start
    assert empty.measures == () and empty.latest == ()
