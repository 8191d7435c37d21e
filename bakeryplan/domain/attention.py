"""What needs the owner this week: the first thing the window shows.

An owner at the counter has two minutes, so the home page lists, in this order, what the
rest of the plan already knows but spreads over several tabs: measures behind or at risk
(worst first), open steps overdue and due this week, feedback still waiting for an answer,
the next review, the latest entries, and the gaps the alignment check finds. Findings
already listed in a section above (an overdue step, feedback waiting, a late review) are
not repeated. Only active goals count; done and dropped goals are history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.alignment import Finding, find_alignment_issues
from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import (
    Actual,
    Feedback,
    FeedbackStatus,
    GoalStatus,
    Period,
    Plan,
    Step,
)
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.domain.review_cadence import ReviewDue, review_due

LATEST_ENTRIES = 5
# Findings that a section of the home page already shows, each item once.
SHOWN_IN_SECTIONS = frozenset(
    {"step_overdue", "feedback_unanswered", "review_overdue", "review_none_yet"}
)
_NEEDS_OWNER = (Health.AT_RISK, Health.BEHIND)


@dataclass(frozen=True)
class Attention:
    """Everything the home page lists on a day, each part in the order it is shown."""

    on: date
    week: Span
    measures: tuple[MeasureStatus, ...]  # behind or at risk: at risk first, then plan order
    overdue_steps: tuple[Step, ...]  # open and due before ``on``, oldest first
    week_steps: tuple[Step, ...]  # open and due from ``on`` to the week's end
    waiting_feedback: tuple[Feedback, ...]  # new and unanswered, oldest first
    review: ReviewDue
    latest: tuple[Actual, ...]  # the newest entries up to ``on``, newest first
    findings: tuple[Finding, ...]  # the alignment check, minus what is listed above

    @property
    def is_calm(self) -> bool:
        """Nothing waits for the owner: no measure, step, feedback or finding to act on."""
        return not (
            self.measures
            or self.overdue_steps
            or self.week_steps
            or self.waiting_feedback
            or self.findings
            or self.review.days_overdue
        )


def needs_attention(plan: Plan, on: date) -> Attention:
    """What needs the owner on ``on`` (see the module docstring for the order)."""
    week = BusinessCalendar.of(plan.business).span(Period.WEEK, on)
    active = [g for g in plan.goals if g.status is GoalStatus.ACTIVE]
    statuses = [
        measure_status(m, plan.actuals_of(m.id), on, business=plan.business)
        for goal in active
        for m in plan.measures_of(goal.id)
    ]
    behind = [s for s in statuses if s.health in _NEEDS_OWNER]
    behind.sort(key=lambda s: s.health is not Health.AT_RISK)  # stable: plan order kept
    open_steps = [
        s
        for goal in active
        for s in plan.steps_of(goal.id)
        if s.due is not None and (s.done is None or s.done > on)
    ]
    overdue = sorted((s for s in open_steps if s.due is not None and s.due < on), key=_due)
    this_week = sorted(
        (s for s in open_steps if s.due is not None and on <= s.due <= week.end), key=_due
    )
    waiting = sorted(
        (
            f
            for f in plan.feedback
            if f.status is FeedbackStatus.NEW and not f.response.strip() and f.received <= on
        ),
        key=lambda f: (f.received, f.id),
    )
    entries = sorted(
        (a for a in plan.actuals if a.on <= on), key=lambda a: (a.on, a.id), reverse=True
    )
    findings = tuple(f for f in find_alignment_issues(plan, on) if f.code not in SHOWN_IN_SECTIONS)
    return Attention(
        on=on,
        week=week,
        measures=tuple(behind),
        overdue_steps=tuple(overdue),
        week_steps=tuple(this_week),
        waiting_feedback=tuple(waiting),
        review=review_due(plan, on),
        latest=tuple(entries[:LATEST_ENTRIES]),
        findings=findings,
    )


def _due(step: Step) -> tuple[date, int]:
    return (step.due or date.max, step.position)
