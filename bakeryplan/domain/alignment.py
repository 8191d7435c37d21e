"""The alignment check: gaps in a plan that stop it from guiding the work.

Only active goals, with their measures and open steps (not done by ``on``), are checked;
done and dropped goals are history. A goal with sub-goals needs no measure of its own. A
measure is "stale" while in its plan with no entry for too long (45 days, or two of its
periods when those are longer), and after its target date when it missed its target (its
status is at risk): both under the code ``measure_stale``.
Findings come warnings first, then by kind (the order of ``CODES``), then in plan order, so
the list is stable from one look to the next.

A finding is facts (its ``Case`` and the names, dates and counts it speaks of);
``text.findings`` says it in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bakeryplan.domain.measure_status import latest_actual, measure_status, missed_target_date
from bakeryplan.domain.model import (
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Perspective,
    Plan,
    ReviewCadence,
    Step,
)
from bakeryplan.domain.periods import typical_days
from bakeryplan.domain.review_cadence import review_due

STALE_MEASURE_DAYS = 45
UNANSWERED_FEEDBACK_DAYS = 14
WARNING = "warning"
INFO = "info"

CODES = (
    "no_vision",
    "goal_no_measure_or_step",
    "goal_no_owner",
    "goal_no_due",
    "step_overdue",
    "step_after_goal",
    "measure_stale",
    "feedback_unanswered",
    "review_overdue",
    "goal_no_measure",
    "step_no_owner",
    "step_no_due",
    "perspective_no_goal",
    "person_owns_nothing",
    "review_none_yet",
)


@dataclass(frozen=True)
class Subject:
    kind: str  # goal, measure, step, person, perspective, feedback, review, vision
    id: int | None
    name: str = ""  # the perspective's value for perspective subjects


class Case(StrEnum):
    """Which sentence a finding is: a code can be said in more than one way."""

    NO_VISION = "no_vision"
    GOAL_NO_MEASURE = "goal_no_measure"  # name: the goal
    GOAL_NO_MEASURE_OR_STEP = "goal_no_measure_or_step"  # name: the goal
    GOAL_NO_OWNER = "goal_no_owner"  # name: the goal
    GOAL_NO_DUE = "goal_no_due"  # name: the goal
    STEP_OVERDUE = "step_overdue"  # name, days; other: the owner
    STEP_OVERDUE_NO_OWNER = "step_overdue_no_owner"  # name, days
    STEP_AFTER_GOAL = "step_after_goal"  # name, day: step due; other, other_day: the goal's
    STEP_NO_OWNER = "step_no_owner"  # name: the step
    STEP_NO_DUE = "step_no_due"  # name: the step
    MEASURE_MISSED = "measure_missed"  # measure, value, day: target date; other_day: last
    MEASURE_MISSED_NO_ACTUAL = "measure_missed_no_actual"  # name, day: target date
    MEASURE_QUIET = "measure_quiet"  # name, day: the last actual, days since
    MEASURE_NO_ACTUAL_YET = "measure_no_actual_yet"  # name, days since its start
    FEEDBACK_UNANSWERED = "feedback_unanswered"  # name: a snippet; other: from; source; day
    REVIEW_NONE_YET = "review_none_yet"  # cadence
    REVIEW_OVERDUE = "review_overdue"  # cadence, days, day: due; other_day: last held
    PERSPECTIVE_NO_GOAL = "perspective_no_goal"  # perspective
    PERSON_OWNS_NOTHING = "person_owns_nothing"  # name: the person


@dataclass(frozen=True)
class Finding:
    """One gap: its code and severity (data), and the facts its sentence needs."""

    code: str
    severity: str  # "warning" or "info"
    case: Case
    subject: Subject
    name: str = ""  # the goal, step, measure or person named first; a feedback's snippet
    other: str = ""  # a second name: a step's owner or goal, who gave the feedback
    days: int = 0
    day: date | None = None
    other_day: date | None = None
    measure: Measure | None = None  # MEASURE_MISSED: what ``value`` is measured against
    value: float | None = None
    source: FeedbackSource | None = None
    cadence: ReviewCadence | None = None
    perspective: Perspective | None = None


def find_alignment_issues(plan: Plan, on: date) -> list[Finding]:
    """Every finding of the plan on a date, in a stable order (module docstring)."""
    findings: list[Finding] = []
    if plan.vision is None or not plan.vision.text.strip():
        findings.append(Finding("no_vision", WARNING, Case.NO_VISION, Subject("vision", None)))
    active = [g for g in plan.goals if g.status is GoalStatus.ACTIVE]
    parents = {g.parent_id for g in plan.goals if g.parent_id is not None}
    for goal in active:
        findings += _goal_findings(plan, goal, has_subgoals=goal.id in parents)
        for step in plan.steps_of(goal.id):
            if step.done is None or step.done > on:
                findings += _open_step_findings(plan, goal, step, on)
        findings += _measure_findings(plan, goal, on)
    findings += _feedback_findings(plan, on)
    findings += _review_findings(plan, on)
    findings += _perspective_findings(plan)
    findings += _people_findings(plan)
    rank = {code: index for index, code in enumerate(CODES)}
    return sorted(findings, key=lambda f: (f.severity != WARNING, rank[f.code]))


def _goal_findings(plan: Plan, goal: Goal, *, has_subgoals: bool) -> list[Finding]:
    subject = Subject("goal", goal.id)
    name = goal.title
    findings: list[Finding] = []
    has_measure = bool(plan.measures_of(goal.id))
    has_steps = bool(plan.steps_of(goal.id))
    if not has_measure and not has_subgoals:
        if has_steps:
            findings.append(Finding("goal_no_measure", INFO, Case.GOAL_NO_MEASURE, subject, name))
        else:
            findings.append(
                Finding(
                    "goal_no_measure_or_step", WARNING, Case.GOAL_NO_MEASURE_OR_STEP, subject, name
                )
            )
    if plan.person(goal.owner_id) is None:
        findings.append(Finding("goal_no_owner", WARNING, Case.GOAL_NO_OWNER, subject, name))
    if goal.due is None:
        findings.append(Finding("goal_no_due", WARNING, Case.GOAL_NO_DUE, subject, name))
    return findings


def _open_step_findings(plan: Plan, goal: Goal, step: Step, on: date) -> list[Finding]:
    subject = Subject("step", step.id)
    name = step.title
    owner = plan.person(step.owner_id)
    findings: list[Finding] = []
    if step.due is not None and step.due < on:
        days = (on - step.due).days
        if owner is not None:
            overdue = Finding(
                "step_overdue", WARNING, Case.STEP_OVERDUE, subject, name, owner.name, days
            )
        else:
            overdue = Finding(
                "step_overdue", WARNING, Case.STEP_OVERDUE_NO_OWNER, subject, name, days=days
            )
        findings.append(overdue)
    if step.due is not None and goal.due is not None and step.due > goal.due:
        findings.append(
            Finding(
                "step_after_goal",
                WARNING,
                Case.STEP_AFTER_GOAL,
                subject,
                name,
                goal.title,
                day=step.due,
                other_day=goal.due,
            )
        )
    if owner is None:
        findings.append(Finding("step_no_owner", INFO, Case.STEP_NO_OWNER, subject, name))
    if step.due is None:
        findings.append(Finding("step_no_due", INFO, Case.STEP_NO_DUE, subject, name))
    return findings


def _measure_findings(plan: Plan, goal: Goal, on: date) -> list[Finding]:
    findings: list[Finding] = []
    for m in plan.measures_of(goal.id):
        if on < m.start:
            continue
        entries = plan.actuals_of(m.id)
        latest = latest_actual(entries, on)
        last = latest.on if latest is not None else None
        quiet_days = max(STALE_MEASURE_DAYS, 2 * typical_days(m.period))
        subject = Subject("measure", m.id)
        if on > m.target_date:
            status = measure_status(m, entries, on, business=plan.business)
            if not missed_target_date(m, status):
                continue
            if status.actual is None or latest is None:
                finding = Finding(
                    "measure_stale",
                    WARNING,
                    Case.MEASURE_MISSED_NO_ACTUAL,
                    subject,
                    m.name,
                    day=m.target_date,
                )
            else:
                finding = Finding(
                    "measure_stale",
                    WARNING,
                    Case.MEASURE_MISSED,
                    subject,
                    m.name,
                    day=m.target_date,
                    other_day=latest.on,
                    measure=m,
                    value=status.actual,
                )
        elif last is not None and (on - last).days > quiet_days:
            finding = Finding(
                "measure_stale",
                WARNING,
                Case.MEASURE_QUIET,
                subject,
                m.name,
                days=(on - last).days,
                day=last,
            )
        elif last is None and (on - m.start).days > quiet_days:
            finding = Finding(
                "measure_stale",
                WARNING,
                Case.MEASURE_NO_ACTUAL_YET,
                subject,
                m.name,
                days=(on - m.start).days,
            )
        else:
            continue
        findings.append(finding)
    return findings


def _feedback_findings(plan: Plan, on: date) -> list[Finding]:
    findings: list[Finding] = []
    for item in plan.feedback:
        waited = (on - item.received).days
        if item.status is not FeedbackStatus.NEW or item.response.strip():
            continue
        if waited <= UNANSWERED_FEEDBACK_DAYS:
            continue
        findings.append(
            Finding(
                "feedback_unanswered",
                WARNING,
                Case.FEEDBACK_UNANSWERED,
                Subject("feedback", item.id),
                _snippet(item.text),
                item.from_name.strip(),
                waited,
                day=item.received,
                source=item.source,
            )
        )
    return findings


def _review_findings(plan: Plan, on: date) -> list[Finding]:
    """The plan's rhythm: a review past due, or none held yet although a cadence is set."""
    rhythm = review_due(plan, on)
    if rhythm.last is None:
        if rhythm.cadence is ReviewCadence.NONE:
            return []
        return [
            Finding(
                "review_none_yet",
                INFO,
                Case.REVIEW_NONE_YET,
                Subject("review", None),
                cadence=rhythm.cadence,
            )
        ]
    if rhythm.due is None or not rhythm.days_overdue:
        return []
    return [
        Finding(
            "review_overdue",
            WARNING,
            Case.REVIEW_OVERDUE,
            Subject("review", rhythm.last.id),
            days=rhythm.days_overdue,
            day=rhythm.due,
            other_day=rhythm.last.held,
            cadence=rhythm.cadence,
        )
    ]


def _perspective_findings(plan: Plan) -> list[Finding]:
    used = {g.perspective for g in plan.goals if g.status is not GoalStatus.DROPPED}
    return [
        Finding(
            "perspective_no_goal",
            INFO,
            Case.PERSPECTIVE_NO_GOAL,
            Subject("perspective", None, p.value),
            perspective=p,
        )
        for p in Perspective
        if p not in used
    ]


def _people_findings(plan: Plan) -> list[Finding]:
    live_goals = [g for g in plan.goals if g.status is not GoalStatus.DROPPED]
    owners = {g.owner_id for g in live_goals}
    for goal in live_goals:
        owners.update(s.owner_id for s in plan.steps_of(goal.id))
    return [
        Finding(
            "person_owns_nothing",
            INFO,
            Case.PERSON_OWNS_NOTHING,
            Subject("person", person.id),
            person.name,
        )
        for person in plan.people
        if person.active and person.id not in owners
    ]


def _snippet(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
