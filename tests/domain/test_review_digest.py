from __future__ import annotations

from datetime import date

from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    FeedbackSource,
    Plan,
    Review,
    ReviewKind,
    Step,
)
from bakeryplan.domain.review_digest import ReviewDigest, last_review, review_digest
from tests.domain.builders import d

TODAY = d(3, 20)


def plan(
    reviews: tuple[Review, ...],
    *,
    actual_days: tuple[date, ...] = (),
    done_days: tuple[date | None, ...] = (),
    feedback_days: tuple[date, ...] = (),
) -> Plan:
    return Plan(
        business=Business("Test"),
        reviews=reviews,
        actuals=tuple(
            Actual(measure_id=1, on=on, value=1.0, id=i + 1) for i, on in enumerate(actual_days)
        ),
        steps=tuple(
            Step(goal_id=1, title=f"Step {i}", done=done, id=i + 1)
            for i, done in enumerate(done_days)
        ),
        feedback=tuple(
            Feedback(received=on, source=FeedbackSource.TEAM, text="x", id=i + 1)
            for i, on in enumerate(feedback_days)
        ),
    )


def review(held: date, review_id: int = 1) -> Review:
    return Review(held=held, kind=ReviewKind.HUDDLE, id=review_id)


def test_counts_only_what_is_dated_after_the_review_and_up_to_today() -> None:
    digest = review_digest(
        plan(
            (review(d(3, 10)),),
            # on the review day (known then), after it, today, and after today
            actual_days=(d(3, 10), d(3, 11), d(3, 20), d(3, 21), d(2, 1)),
            done_days=(None, d(3, 10), d(3, 15), d(3, 25)),
            feedback_days=(d(3, 12), d(3, 19), d(3, 9)),
        ),
        TODAY,
    )
    assert digest == ReviewDigest(
        since=d(3, 10), on=TODAY, actuals_recorded=2, steps_done=1, new_feedback=2
    )


def test_the_newest_review_held_by_today_is_the_last_one() -> None:
    reviews = (review(d(2, 1), 1), review(d(3, 5), 2), review(d(4, 1), 3), review(d(1, 1), 4))
    found = last_review(reviews, TODAY)
    assert found is not None and found.id == 2
    digest = review_digest(plan(reviews, actual_days=(d(3, 1), d(3, 6))), TODAY)
    assert digest is not None
    assert (digest.since, digest.actuals_recorded) == (d(3, 5), 1)


def test_no_review_held_yet_gives_no_digest() -> None:
    assert review_digest(plan((), actual_days=(d(3, 1),)), TODAY) is None
    assert review_digest(plan((review(d(3, 21)),)), TODAY) is None  # planned, not held


def test_a_review_held_today_has_nothing_since() -> None:
    digest = review_digest(
        plan((review(TODAY),), actual_days=(TODAY,), feedback_days=(TODAY,)), TODAY
    )
    assert digest == ReviewDigest(TODAY, TODAY, 0, 0, 0)
