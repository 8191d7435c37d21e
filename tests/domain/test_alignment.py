from __future__ import annotations

from datetime import datetime

from bakeryplan.domain.alignment import Finding, Subject, find_alignment_issues
from bakeryplan.domain.model import (
    Business,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Person,
    Perspective,
    Plan,
    Step,
    VisionRevision,
)
from bakeryplan.text.findings import finding_sentence
from bakeryplan.text.formatter import Formatter
from tests.domain.builders import actuals, d, measure

SAM = Person("Sam", id=1)
ALEX = Person("Alex", id=2)
JO = Person("Jo", active=False, id=3)
VISION = (VisionRevision("Bake the best bread in town.", created=datetime(2026, 1, 1)),)
ON = d(3, 1)


def said(finding: Finding) -> str:
    """The finding as the window says it in an English plan."""
    return finding_sentence(Formatter("en_GB", "EUR"), finding)


def tidy_goal(goal_id: int, perspective: Perspective, **kwargs: object) -> Goal:
    values: dict[str, object] = {"owner_id": 1, "due": d(12, 31), "id": goal_id}
    values.update(kwargs)
    return Goal(f"Goal {goal_id}", perspective, **values)  # type: ignore[arg-type]


def tidy_plan(**overrides: object) -> Plan:
    """A plan with nothing to report: every perspective, owner, date and measure in place."""
    goals = tuple(tidy_goal(n + 1, p) for n, p in enumerate(Perspective))
    values: dict[str, object] = {
        "visions": VISION,
        "people": (SAM,),
        "goals": goals,
        "measures": tuple(
            measure(measure_id=g.id, goal_id=g.id, start=d(1, 1), target_date=d(12, 31))
            for g in goals
        ),
        "actuals": tuple(a for g in goals for a in actuals((d(2, 20), 5), measure_id=g.id)),
    }
    values.update(overrides)
    return Plan(Business("Sunrise Bakery"), **values)  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_a_tidy_plan_has_no_findings() -> None:
    assert find_alignment_issues(tidy_plan(), ON) == []


def test_no_vision() -> None:
    findings = find_alignment_issues(tidy_plan(visions=()), ON)
    assert codes(findings) == ["no_vision"]
    assert findings[0].subject == Subject("vision", None)
    assert findings[0].severity == "warning"


def test_goal_gaps() -> None:
    plan = tidy_plan(
        goals=(
            *tidy_plan().goals,
            Goal("Open a second shop", Perspective.FINANCIAL, id=10),
            tidy_goal(11, Perspective.CUSTOMER, parent_id=10),  # has no measure either
            tidy_goal(12, Perspective.CUSTOMER, status=GoalStatus.DROPPED, owner_id=None),
        ),
        steps=(Step(goal_id=11, title="Find a site", owner_id=1, due=d(6, 1), id=1),),
    )
    findings = find_alignment_issues(plan, ON)
    assert [(f.code, f.subject.id) for f in findings] == [
        ("goal_no_owner", 10),
        ("goal_no_due", 10),
        ("goal_no_measure", 11),
    ]
    assert said(findings[0]) == 'Goal "Open a second shop" has no owner.'
    assert findings[2].severity == "info"
    lone = tidy_plan(goals=(*tidy_plan().goals, tidy_goal(20, Perspective.FINANCIAL)))
    (finding,) = find_alignment_issues(lone, ON)
    assert finding.code == "goal_no_measure_or_step"
    assert (
        said(finding)
        == 'Goal "Goal 20" has no measure and no steps, so nobody can see its progress.'
    )


def test_step_findings() -> None:
    steps = (
        Step(goal_id=1, title="Order new proofing baskets", owner_id=1, due=d(2, 17), id=1),
        Step(goal_id=1, title="Paint the sign", due=d(2, 28), id=2),
        Step(goal_id=1, title="Plan the party", owner_id=1, due=d(1, 5, 2027), id=3),
        Step(goal_id=1, title="Ask the bank", owner_id=1, id=4),
        Step(goal_id=1, title="Done already", due=d(1, 1), done=d(1, 2), id=5),
        Step(goal_id=1, title="Due today", owner_id=1, due=ON, id=6),
    )
    findings = find_alignment_issues(tidy_plan(steps=steps), ON)
    assert [(f.code, f.subject) for f in findings] == [
        ("step_overdue", Subject("step", 1)),
        ("step_overdue", Subject("step", 2)),
        ("step_after_goal", Subject("step", 3)),
        ("step_no_owner", Subject("step", 2)),
        ("step_no_due", Subject("step", 4)),
    ]
    messages = [said(f) for f in findings]
    assert messages[0] == 'Step "Order new proofing baskets" is 12 days overdue (owner: Sam).'
    assert messages[1] == 'Step "Paint the sign" is 1 day overdue (no owner).'
    assert messages[2] == (
        'Step "Plan the party" is due on 5 January 2027, after its goal "Goal 1" '
        "(due 31 December 2026)."
    )


def test_stale_measures() -> None:
    others = tuple(a for a in tidy_plan().actuals if a.measure_id != 1)
    stale = tidy_plan(actuals=(*others, *actuals((d(1, 10), 1), (d(5, 1), 9), measure_id=1)))
    on_day_45 = d(2, 24)
    assert find_alignment_issues(stale, on_day_45) == []  # 45 days is not yet too long
    (finding,) = find_alignment_issues(stale, d(2, 25))
    assert finding.code == "measure_stale"
    assert finding.subject == Subject("measure", 1)
    assert said(finding) == 'Measure "Sales" has had no actual since 10 January 2026 (46 days).'
    never = tidy_plan(actuals=others)
    (finding,) = find_alignment_issues(never, d(2, 20))
    assert said(finding) == 'Measure "Sales" has no actual yet, 50 days after its start.'


def test_measures_that_missed_their_target_date() -> None:
    others = tuple(a for g in range(2, 5) for a in actuals((d(12, 1), 100), measure_id=g))
    plan = tidy_plan(actuals=(*others, *actuals((d(12, 1), 90), (d(12, 15), 95), measure_id=1)))
    assert find_alignment_issues(plan, d(12, 31)) == []  # the target date has not passed
    (finding,) = find_alignment_issues(plan, d(3, 1, 2027))
    assert finding.code == "measure_stale"
    assert finding.severity == "warning"
    assert finding.subject == Subject("measure", 1)
    # A daily latest figure is judged over its last 7 days with entries: (90 + 95) / 2.
    assert said(finding) == (
        'Measure "Sales" missed its target date, 31 December 2026: 92.5 of 100 reached '
        "(last actual 15 December 2026)."
    )
    (never,) = find_alignment_issues(tidy_plan(actuals=others), d(1, 2, 2027))
    assert said(never) == 'Measure "Sales" missed its target date, 31 December 2026: no actual yet.'


def test_unanswered_feedback() -> None:
    feedback = (
        Feedback(d(2, 10), FeedbackSource.CUSTOMER, "The rye is too dry on Mondays", "Ann", id=1),
        Feedback(d(2, 20), FeedbackSource.TEAM, "Fresh", id=2),
        Feedback(d(2, 1), FeedbackSource.TEAM, "Answered", response="Thanks!", id=3),
        Feedback(d(2, 1), FeedbackSource.TEAM, "Parked", status=FeedbackStatus.PARKED, id=4),
        Feedback(d(1, 1), FeedbackSource.SUPPLIER, "x" * 60, id=5),
    )
    findings = find_alignment_issues(tidy_plan(feedback=feedback), ON)
    assert [f.subject.id for f in findings] == [1, 5]
    assert said(findings[0]) == (
        'Feedback "The rye is too dry on Mondays" from Ann (customer, 10 February 2026) '
        "has waited 19 days for an answer."
    )
    assert said(findings[1]).startswith('Feedback "' + "x" * 39 + '…" (supplier')


def test_perspectives_and_people() -> None:
    plan = tidy_plan(
        people=(SAM, ALEX, JO),
        goals=tidy_plan().goals[:3],
        steps=(Step(goal_id=1, title="Bake", owner_id=3, due=d(6, 1), id=1),),
    )
    findings = find_alignment_issues(plan, ON)
    assert [(f.code, f.subject) for f in findings] == [
        ("perspective_no_goal", Subject("perspective", None, "learning_growth")),
        ("person_owns_nothing", Subject("person", 2)),
    ]
    assert said(findings[0]) == 'No goal yet for "Team and skills".'
    assert said(findings[1]) == "Alex owns no goal and no step."


def test_order_is_stable_and_warnings_come_first() -> None:
    plan = tidy_plan(
        visions=(),
        people=(SAM, ALEX),
        steps=(Step(goal_id=2, title="Late", due=d(2, 1), id=1),),
    )
    findings = find_alignment_issues(plan, ON)
    assert codes(findings) == ["no_vision", "step_overdue", "step_no_owner", "person_owns_nothing"]
    assert find_alignment_issues(plan, ON) == findings
