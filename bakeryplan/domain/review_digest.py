"""What changed since the last review: the first thing the owner looks at in a review.

Measures whose health changed (from the health the last review's snapshot recorded, or,
for a review kept without one, the health ``measure_status`` gives as of that review's
day), what the owner changed in the plan itself (only a snapshot can tell), steps done and
newly overdue, feedback received, and how many actuals were recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import Feedback, Measure, Plan, Review, Step
from bakeryplan.domain.plan_changes import (
    HealthChange,
    PlanChange,
    health_changes,
    plan_changes,
)
from bakeryplan.domain.snapshot import snapshot_of, standing


@dataclass(frozen=True)
class ChangedMeasure:
    """A measure whose health is not what it was at the last review; ``status`` is where it
    stands now (its figures), ``before`` None when the measure is new since."""

    status: MeasureStatus
    before: Health | None

    @property
    def measure(self) -> Measure:
        return self.status.measure

    @property
    def after(self) -> Health:
        return self.status.health


@dataclass(frozen=True)
class ReviewDigest:
    """What happened after ``review`` (the last one held), up to ``on``."""

    review: Review
    on: date
    changed_measures: tuple[ChangedMeasure, ...]
    plan_changes: tuple[PlanChange, ...]  # empty when the review kept no snapshot
    steps_done: tuple[Step, ...]
    newly_overdue: tuple[Step, ...]
    new_feedback: tuple[Feedback, ...]
    actuals_recorded: int

    @property
    def since(self) -> date:
        return self.review.held

    @property
    def has_snapshot(self) -> bool:
        return self.review.snapshot is not None


def last_review(reviews: Iterable[Review], on: date) -> Review | None:
    """The newest review held on or before ``on``; a review planned for later has not
    happened yet, so it cannot be the one things changed since."""
    held = [r for r in reviews if r.held <= on]
    return max(held, key=lambda r: (r.held, r.id), default=None)


def previous_review(reviews: Iterable[Review], review: Review) -> Review | None:
    """The review held just before ``review`` (on an earlier day, or earlier the same day)."""
    earlier = [r for r in reviews if (r.held, r.id) < (review.held, review.id)]
    return max(earlier, key=lambda r: (r.held, r.id), default=None)


def review_digest(plan: Plan, on: date) -> ReviewDigest | None:
    """Everything dated after the last review's day, up to ``on`` (module docstring).

    The review's own day is left out: what was dated that day was known at the review.
    A step is newly overdue when it is open on ``on`` and fell due from the review's day
    on (it was not overdue at the review). None when no review has been held yet.
    """
    review = last_review(plan.reviews, on)
    if review is None:
        return None
    since = review.held

    def after_review(day: date | None) -> bool:
        return day is not None and since < day <= on

    now = standing(plan, on)
    changes: tuple[PlanChange, ...] = ()
    if review.snapshot is not None:
        changes = plan_changes(review.snapshot, snapshot_of(plan, now))
    return ReviewDigest(
        review=review,
        on=on,
        changed_measures=_changed_measures(plan, review, now),
        plan_changes=changes,
        steps_done=tuple(s for s in plan.steps if after_review(s.done)),
        newly_overdue=tuple(
            s
            for s in plan.steps
            if s.due is not None and since <= s.due < on and (s.done is None or s.done > on)
        ),
        new_feedback=tuple(f for f in plan.feedback if after_review(f.received)),
        actuals_recorded=sum(1 for a in plan.actuals if after_review(a.on)),
    )


def _changed_measures(
    plan: Plan, review: Review, now: tuple[MeasureStatus, ...]
) -> tuple[ChangedMeasure, ...]:
    changed = []
    for status in now:
        m = status.measure
        if review.snapshot is not None:
            then = review.snapshot.measure(m.id)
            before = then.health if then is not None else None
        else:
            before = measure_status(
                m, plan.actuals_of(m.id), review.held, business=plan.business
            ).health
        if before is not status.health:
            changed.append(ChangedMeasure(status, before))
    return tuple(changed)


def changes_at_review(
    reviews: Iterable[Review], review: Review
) -> tuple[tuple[HealthChange, ...], tuple[PlanChange, ...]] | None:
    """What a stored review's snapshot shows against the previous review's: health changes
    and changes to the plan. None unless both reviews kept a snapshot."""
    before = previous_review(reviews, review)
    if before is None or before.snapshot is None or review.snapshot is None:
        return None
    return health_changes(before.snapshot, review.snapshot), plan_changes(
        before.snapshot, review.snapshot
    )


__all__ = [
    "ChangedMeasure",
    "ReviewDigest",
    "changes_at_review",
    "last_review",
    "previous_review",
    "review_digest",
    "standing",
]
