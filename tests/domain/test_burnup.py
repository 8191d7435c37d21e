from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.burnup import burnup_series, step_progress, step_weights
from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Step
from tests.domain.builders import d


def step(
    due: date | None, done: date | None = None, effort: float | None = None, title: str = "Step"
) -> Step:
    return Step(goal_id=1, title=title, due=due, done=done, effort=effort)


# Efforts 2, (3), 4, (3): the missing ones weigh the mean of 2 and 4; total 12.
MIXED = [
    step(d(1, 3), done=d(1, 2), effort=2),
    step(d(1, 5)),
    step(d(1, 8), done=d(1, 9), effort=4),
    step(None),
]


def test_weights_fall_back_to_the_mean_effort_or_one() -> None:
    assert step_weights(MIXED) == [2, 3, 4, 3]
    assert step_weights([step(None), step(None)]) == [1, 1]
    assert step_weights([step(None, effort=0), step(None)]) == [1, 1]  # all zero: count


def test_progress_on_the_sixth() -> None:
    progress = step_progress(MIXED, d(1, 6))
    assert progress is not None
    assert (progress.total, progress.done, progress.overdue) == (4, 1, 1)
    assert progress.planned_share == pytest.approx(5 / 12)
    assert progress.done_share == pytest.approx(2 / 12)
    assert progress.health is Health.AT_RISK  # 40 % of the plan


def test_a_step_due_today_is_not_overdue_and_done_counts_from_its_date() -> None:
    on_due_day = step_progress(MIXED, d(1, 8))
    assert on_due_day is not None
    assert on_due_day.overdue == 1  # only the step due on the 5th
    assert on_due_day.done == 1
    next_day = step_progress(MIXED, d(1, 9))
    assert next_day is not None
    assert (next_day.done, next_day.overdue) == (2, 1)
    assert next_day.planned_share == pytest.approx(9 / 12)
    assert next_day.done_share == pytest.approx(6 / 12)


@pytest.mark.parametrize(
    ("done", "health"),
    [(20, Health.ACHIEVED), (19, Health.ON_TRACK), (17, Health.BEHIND), (16, Health.AT_RISK)],
)
def test_band_boundaries_with_twenty_steps(done: int, health: Health) -> None:
    steps = [step(d(1, 1), done=d(1, 1) if n < done else None) for n in range(20)]
    progress = step_progress(steps, d(1, 2))
    assert progress is not None
    assert progress.health is health


def test_early_shortfall_is_not_at_risk() -> None:
    # 4 of 40 steps due (10 %), 3 done: gap 2.5 % within the grace of 5 % * (1 - 0.1/0.25).
    steps = [step(d(1, 2), done=d(1, 2) if n < 3 else None) for n in range(4)]
    steps += [step(d(3, 1)) for _ in range(36)]
    progress = step_progress(steps, d(1, 5))
    assert progress is not None
    assert progress.health is Health.ON_TRACK


def test_nothing_planned_yet() -> None:
    later = [step(d(3, 1)), step(None)]
    progress = step_progress(later, d(1, 5))
    assert progress is not None
    assert progress.health is Health.NOT_STARTED
    early_bird = step_progress([step(d(3, 1), done=d(1, 2)), step(None)], d(1, 5))
    assert early_bird is not None
    assert early_bird.health is Health.ON_TRACK


def test_no_steps() -> None:
    assert step_progress([], d(1, 1)) is None
    assert burnup_series([], d(1, 1), d(2, 1)) == []


def test_burnup_series_daily() -> None:
    series = burnup_series(MIXED, d(1, 1), d(1, 4))
    assert series == [
        (d(1, 1), 0, 0),
        (d(1, 2), 0, pytest.approx(2 / 12)),
        (d(1, 3), pytest.approx(2 / 12), pytest.approx(2 / 12)),
        (d(1, 4), pytest.approx(2 / 12), pytest.approx(2 / 12)),
    ]


def test_burnup_series_weekly_for_long_ranges_keeps_the_end() -> None:
    series = burnup_series(MIXED, d(1, 1), d(12, 31))
    dates = [on for on, _, _ in series]
    assert dates[:3] == [d(1, 1), d(1, 8), d(1, 15)]
    assert dates[-1] == d(12, 31)
    assert series[-1][1:] == (pytest.approx(9 / 12), pytest.approx(6 / 12))
    assert burnup_series(MIXED, d(1, 1), d(5, 1))[1][0] == d(1, 2)  # 120 days: daily


# Property tests ---------------------------------------------------------------------------

day = st.integers(0, 60).map(lambda n: date(2026, 1, 1) + timedelta(days=n))
steps_strategy = st.lists(
    st.builds(
        step,
        due=st.none() | day,
        done=st.none() | day,
        effort=st.none() | st.floats(0, 40),
    ),
    min_size=1,
    max_size=12,
)


@given(steps_strategy)
def test_shares_stay_in_range_and_never_fall(steps: list[Step]) -> None:
    series = burnup_series(steps, date(2025, 12, 25), date(2026, 3, 10))
    previous = (0.0, 0.0)
    for on, planned, done in series:
        assert 0 <= planned <= 1 + 1e-9
        assert 0 <= done <= 1 + 1e-9
        assert planned >= previous[0] and done >= previous[1]
        previous = (planned, done)
        progress = step_progress(steps, on)
        assert progress is not None
        assert progress.planned_share == pytest.approx(planned)
        assert progress.done_share == pytest.approx(done)
