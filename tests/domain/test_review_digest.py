"""What changed since the last review: health changes, plan changes, steps, feedback."""

from __future__ import annotations

import dataclasses
from datetime import date

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    FeedbackSource,
    Goal,
    Perspective,
    Plan,
    Review,
    ReviewKind,
    Step,
)
from bakeryplan.domain.plan_changes import ChangeField
from bakeryplan.domain.review_digest import (
    changes_at_review,
    last_review,
    previous_review,
    review_digest,
)
from bakeryplan.domain.snapshot import take_snapshot
from tests.domain.builders import d, measure

TODAY = d(3, 20)


def plan(
    reviews: tuple[Review, ...],
    *,
    actual_days: tuple[date, ...] = (),
    done_days: tuple[date | None, ...] = (),
    feedback_days: tuple[date, ...] = (),
    due_days: tuple[date | None, ...] = (),
) -> Plan:
    return Plan(
        business=Business("Test"),
        reviews=reviews,
        actuals=tuple(
            Actual(measure_id=1, on=on, value=1.0, id=i + 1) for i, on in enumerate(actual_days)
        ),
        steps=tuple(
            Step(goal_id=1, title=f"Step {i}", done=done, due=due, id=i + 1)
            for i, (done, due) in enumerate(
                zip(done_days, due_days or (None,) * len(done_days), strict=True)
            )
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
    assert digest is not None
    assert (digest.since, digest.on, digest.actuals_recorded) == (d(3, 10), TODAY, 2)
    assert [s.id for s in digest.steps_done] == [3]
    assert [f.id for f in digest.new_feedback] == [1, 2]
    assert digest.changed_measures == () and digest.plan_changes == ()


def test_steps_that_fell_due_since_the_review_and_are_still_open_are_newly_overdue() -> None:
    digest = review_digest(
        plan(
            (review(d(3, 10)),),
            # overdue before the review, fell due since (open, done late, done in time),
            # due today (not overdue yet), due on the review day
            done_days=(None, None, d(3, 25), d(3, 12), None, None),
            due_days=(d(3, 1), d(3, 15), d(3, 16), d(3, 17), TODAY, d(3, 10)),
        ),
        TODAY,
    )
    assert digest is not None
    assert [s.id for s in digest.newly_overdue] == [2, 3, 6]


def test_the_newest_review_held_by_today_is_the_last_one() -> None:
    reviews = (review(d(2, 1), 1), review(d(3, 5), 2), review(d(4, 1), 3), review(d(1, 1), 4))
    found = last_review(reviews, TODAY)
    assert found is not None and found.id == 2
    digest = review_digest(plan(reviews, actual_days=(d(3, 1), d(3, 6))), TODAY)
    assert digest is not None
    assert (digest.since, digest.actuals_recorded) == (d(3, 5), 1)
    before = previous_review(reviews, found)
    assert before is not None and before.id == 1


def test_no_review_held_yet_gives_no_digest() -> None:
    assert review_digest(plan((), actual_days=(d(3, 1),)), TODAY) is None
    assert review_digest(plan((review(d(3, 21)),)), TODAY) is None  # planned, not held


def test_a_review_held_today_has_nothing_since() -> None:
    digest = review_digest(
        plan((review(TODAY),), actual_days=(TODAY,), feedback_days=(TODAY,)), TODAY
    )
    assert digest is not None
    assert (digest.actuals_recorded, digest.steps_done, digest.new_feedback) == (0, (), ())


# --- health and plan changes -------------------------------------------------------------

GOAL = Goal("Sell more", Perspective.FINANCIAL, id=1)
SALES = measure(start=d(3, 1), target_date=d(3, 31), target=30.0)  # 1 a day planned


def sales_plan(values: dict[date, float], reviews: tuple[Review, ...] = ()) -> Plan:
    entries = tuple(
        Actual(1, on, value, id=i) for i, (on, value) in enumerate(sorted(values.items()), 1)
    )
    return Plan(
        Business("Test"), goals=(GOAL,), measures=(SALES,), actuals=entries, reviews=reviews
    )


def on_plan_then_flat() -> dict[date, float]:
    """On plan until the 9th, then stuck at 8 while the plan climbs: at risk by the 20th."""
    values = {d(3, day): float(day - 1) for day in range(2, 10)}
    values.update({d(3, day): 8.0 for day in range(10, 20)})
    return values


def test_without_a_snapshot_health_then_is_judged_as_of_the_review_day() -> None:
    values = on_plan_then_flat()
    digest = review_digest(sales_plan(values, (review(d(3, 9)),)), TODAY)
    assert digest is not None and not digest.has_snapshot
    (changed,) = digest.changed_measures
    assert (changed.measure.name, changed.before, changed.after) == (
        "Sales",
        Health.ON_TRACK,
        Health.AT_RISK,
    )
    assert changed.status.on == TODAY  # its figures are today's
    assert digest.plan_changes == ()  # only a snapshot can tell


def test_with_a_snapshot_health_then_is_what_the_review_recorded() -> None:
    values = on_plan_then_flat()
    earlier = sales_plan(values)
    snapshot = take_snapshot(earlier, d(3, 9))
    recorded = dataclasses.replace(
        snapshot, measures=(dataclasses.replace(snapshot.measures[0], health=Health.AT_RISK),)
    )
    held = dataclasses.replace(review(d(3, 9)), snapshot=recorded)
    digest = review_digest(sales_plan(values, (held,)), TODAY)
    assert digest is not None and digest.has_snapshot
    assert digest.changed_measures == ()  # at risk then, at risk now


def test_a_target_changed_since_the_review_is_named_with_both_values() -> None:
    values = {d(3, day): float(day - 1) for day in range(2, 10)}
    held = dataclasses.replace(review(d(3, 9)), snapshot=take_snapshot(sales_plan(values), d(3, 9)))
    raised = dataclasses.replace(sales_plan(values, (held,)), measures=(
        dataclasses.replace(SALES, target=45.0, name="Daily sales"),
    ))  # fmt: skip
    digest = review_digest(raised, TODAY)
    assert digest is not None
    fields = {(c.field, c.before, c.after) for c in digest.plan_changes}
    assert fields == {
        (ChangeField.NAME, "Sales", "Daily sales"),
        (ChangeField.TARGET, 30.0, 45.0),
    }


def test_two_stored_reviews_show_what_changed_between_them() -> None:
    first_plan = sales_plan({d(3, 2): 1.0})
    first = dataclasses.replace(review(d(3, 2), 1), snapshot=take_snapshot(first_plan, d(3, 2)))
    later_plan = dataclasses.replace(
        sales_plan({d(3, 2): 1.0, **{d(3, day): 1.0 for day in range(20, 32)}}),
        goals=(dataclasses.replace(GOAL, due=d(6, 30)),),
        measures=(dataclasses.replace(SALES, target_date=d(4, 30)),),
    )
    second = dataclasses.replace(review(d(4, 2), 2), snapshot=take_snapshot(later_plan, d(4, 2)))
    found = changes_at_review((second, first), second)
    assert found is not None
    health, changes = found
    assert [(c.subject, c.field, c.after) for c in changes] == [
        ("measure", ChangeField.TARGET_DATE, d(4, 30)),
        ("goal", ChangeField.DUE, d(6, 30)),
    ]
    assert [(h.name, h.before, h.after) for h in health] == [
        ("Sales", Health.ON_TRACK, Health.AT_RISK)
    ]
    assert changes_at_review((second, first), first) is None  # nothing before the first
