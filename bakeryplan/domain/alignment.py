"""The alignment check: gaps in a plan that stop it from guiding the work, in plain words.

Only active goals, with their measures and open steps (not done by ``on``), are checked;
done and dropped goals are history. A goal with sub-goals needs no measure of its own. A
measure is "stale" while in its plan with no entry for too long (45 days, or two of its
periods when those are longer), and after its target date when it missed its target (its
status is at risk): both under the code ``measure_stale``.
Findings come warnings first, then by kind (the order of ``CODES``), then in plan order, so
the list is stable from one look to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.forecast import format_date, progress_words
from bakeryplan.domain.measure_status import latest_actual, measure_status, missed_target_date
from bakeryplan.domain.model import (
    FeedbackStatus,
    Goal,
    GoalStatus,
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


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "warning" or "info"
    message: str
    subject: Subject


def find_alignment_issues(plan: Plan, on: date) -> list[Finding]:
    """Every finding of the plan on a date, in a stable order (module docstring)."""
    findings: list[Finding] = []
    if plan.vision is None or not plan.vision.text.strip():
        findings.append(
            Finding(
                "no_vision",
                WARNING,
                "There is no vision yet: write in a few plain sentences where the business "
                "is going and why.",
                Subject("vision", None),
            )
        )
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
    name = f'Goal "{goal.title}"'
    findings: list[Finding] = []
    has_measure = bool(plan.measures_of(goal.id))
    has_steps = bool(plan.steps_of(goal.id))
    if not has_measure and not has_subgoals:
        if has_steps:
            message = f"{name} has no measure; its progress is seen from its steps only."
            findings.append(Finding("goal_no_measure", INFO, message, subject))
        else:
            message = f"{name} has no measure and no steps, so nobody can see its progress."
            findings.append(Finding("goal_no_measure_or_step", WARNING, message, subject))
    if plan.person(goal.owner_id) is None:
        findings.append(Finding("goal_no_owner", WARNING, f"{name} has no owner.", subject))
    if goal.due is None:
        findings.append(Finding("goal_no_due", WARNING, f"{name} has no due date.", subject))
    return findings


def _open_step_findings(plan: Plan, goal: Goal, step: Step, on: date) -> list[Finding]:
    subject = Subject("step", step.id)
    name = f'Step "{step.title}"'
    owner = plan.person(step.owner_id)
    findings: list[Finding] = []
    if step.due is not None and step.due < on:
        days = (on - step.due).days
        who = f"owner: {owner.name}" if owner else "no owner"
        message = f"{name} is {_days(days)} overdue ({who})."
        findings.append(Finding("step_overdue", WARNING, message, subject))
    if step.due is not None and goal.due is not None and step.due > goal.due:
        message = (
            f"{name} is due on {format_date(step.due)}, after its goal "
            f'"{goal.title}" (due {format_date(goal.due)}).'
        )
        findings.append(Finding("step_after_goal", WARNING, message, subject))
    if owner is None:
        findings.append(Finding("step_no_owner", INFO, f"{name} has no owner.", subject))
    if step.due is None:
        findings.append(Finding("step_no_due", INFO, f"{name} has no due date.", subject))
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
        if on > m.target_date:
            status = measure_status(m, entries, on, business=plan.business)
            if not missed_target_date(m, status):
                continue
            when = format_date(m.target_date)
            if status.actual is None or latest is None:
                message = f'Measure "{m.name}" missed its target date, {when}: no actual yet.'
            else:
                reached = progress_words(m, status.actual, plan.business)
                message = (
                    f'Measure "{m.name}" missed its target date, {when}: {reached} '
                    f"(last actual {format_date(latest.on)})."
                )
        elif last is not None and (on - last).days > quiet_days:
            message = (
                f'Measure "{m.name}" has had no actual since {format_date(last)} '
                f"({_days((on - last).days)})."
            )
        elif last is None and (on - m.start).days > quiet_days:
            message = (
                f'Measure "{m.name}" has no actual yet, {_days((on - m.start).days)} '
                "after its start."
            )
        else:
            continue
        findings.append(Finding("measure_stale", WARNING, message, Subject("measure", m.id)))
    return findings


def _feedback_findings(plan: Plan, on: date) -> list[Finding]:
    findings: list[Finding] = []
    for item in plan.feedback:
        waited = (on - item.received).days
        if item.status is not FeedbackStatus.NEW or item.response.strip():
            continue
        if waited <= UNANSWERED_FEEDBACK_DAYS:
            continue
        who = f" from {item.from_name}" if item.from_name.strip() else ""
        message = (
            f'Feedback "{_snippet(item.text)}"{who} ({item.source.value}, '
            f"{format_date(item.received)}) has waited {_days(waited)} for an answer."
        )
        findings.append(
            Finding("feedback_unanswered", WARNING, message, Subject("feedback", item.id))
        )
    return findings


def _review_findings(plan: Plan, on: date) -> list[Finding]:
    """The plan's rhythm: a review past due, or none held yet although a cadence is set."""
    rhythm = review_due(plan, on)
    cadence = rhythm.cadence.value
    if rhythm.last is None:
        if rhythm.cadence is ReviewCadence.NONE:
            return []
        message = (
            f"No review has been held yet; the plan is to review it {cadence}. "
            "Hold the first one to see what changes from one review to the next."
        )
        return [Finding("review_none_yet", INFO, message, Subject("review", None))]
    if rhythm.due is None or not rhythm.days_overdue:
        return []
    message = (
        f"The {cadence} review is {_days(rhythm.days_overdue)} overdue: it was due on "
        f"{format_date(rhythm.due)}, and the last review was held on "
        f"{format_date(rhythm.last.held)}."
    )
    return [Finding("review_overdue", WARNING, message, Subject("review", rhythm.last.id))]


def _perspective_findings(plan: Plan) -> list[Finding]:
    used = {g.perspective for g in plan.goals if g.status is not GoalStatus.DROPPED}
    return [
        Finding(
            "perspective_no_goal",
            INFO,
            f'No goal yet for "{p.label}".',
            Subject("perspective", None, p.value),
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
            f"{person.name} owns no goal and no step.",
            Subject("person", person.id),
        )
        for person in plan.people
        if person.active and person.id not in owners
    ]


def _days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def _snippet(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
