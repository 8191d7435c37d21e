"""What changed since the last review: the first thing the owner looks at in a review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.model import Plan, Review


@dataclass(frozen=True)
class ReviewDigest:
    """Counts of what happened after ``since`` (the last review's day) up to ``on``."""

    since: date
    on: date
    actuals_recorded: int
    steps_done: int
    new_feedback: int


def last_review(reviews: Iterable[Review], on: date) -> Review | None:
    """The newest review held on or before ``on``; a review planned for later has not
    happened yet, so it cannot be the one things changed since."""
    held = [r for r in reviews if r.held <= on]
    return max(held, key=lambda r: (r.held, r.id), default=None)


def review_digest(plan: Plan, on: date) -> ReviewDigest | None:
    """Actuals, finished steps and feedback dated after the last review, up to ``on``.

    The review's own day is left out: what was dated that day was known at the review.
    None when no review has been held yet.
    """
    review = last_review(plan.reviews, on)
    if review is None:
        return None
    since = review.held

    def in_window(day: date | None) -> bool:
        return day is not None and since < day <= on

    return ReviewDigest(
        since=since,
        on=on,
        actuals_recorded=sum(1 for a in plan.actuals if in_window(a.on)),
        steps_done=sum(1 for s in plan.steps if in_window(s.done)),
        new_feedback=sum(1 for f in plan.feedback if in_window(f.received)),
    )
