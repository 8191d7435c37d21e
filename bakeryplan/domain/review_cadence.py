"""The plan's rhythm: how often it is reviewed, when the next review is due, and when late.

A plan guides the work only if the team looks at it regularly. The owner picks a cadence
(a weekly huddle, a monthly or a quarterly review); the next review is due one cadence
after the last one held (a month after 31 January is 28 or 29 February), and a review is
overdue from the day after it was due. Without a cadence nothing is ever due.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.model import Plan, Review, ReviewCadence, ReviewKind
from bakeryplan.domain.review_digest import last_review

_MONTHS = {ReviewCadence.MONTHLY: 1, ReviewCadence.QUARTERLY: 3}
KIND_OF_CADENCE = {
    ReviewCadence.WEEKLY: ReviewKind.HUDDLE,
    ReviewCadence.MONTHLY: ReviewKind.MONTHLY,
    ReviewCadence.QUARTERLY: ReviewKind.QUARTERLY,
}
CADENCE_OF_KIND = {kind: cadence for cadence, kind in KIND_OF_CADENCE.items()}


@dataclass(frozen=True)
class ReviewDue:
    """Where the plan stands in its rhythm on a day."""

    cadence: ReviewCadence
    last: Review | None  # the newest review held on or before the day
    due: date | None  # None: no cadence, or no review held yet
    days_overdue: int  # 0 unless the day is past ``due``


def next_review_after(cadence: ReviewCadence, held: date) -> date | None:
    """The day the review after one held on ``held`` is due; None without a cadence."""
    if cadence is ReviewCadence.WEEKLY:
        return held + timedelta(days=7)
    months = _MONTHS.get(cadence)
    if months is None:
        return None
    index = held.year * 12 + held.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(held.day, last_day))


def review_due(plan: Plan, on: date) -> ReviewDue:
    """When the next review is due and how late it is on ``on``."""
    cadence = plan.business.review_cadence
    last = last_review(plan.reviews, on)
    due = next_review_after(cadence, last.held) if last is not None else None
    late = (on - due).days if due is not None and on > due else 0
    return ReviewDue(cadence, last, due, late)


def kind_for_next_review(plan: Plan, on: date) -> ReviewKind:
    """The kind a new review most likely is: the cadence's, else the last review's."""
    kind = KIND_OF_CADENCE.get(plan.business.review_cadence)
    if kind is not None:
        return kind
    last = last_review(plan.reviews, on)
    return last.kind if last is not None else ReviewKind.MONTHLY
