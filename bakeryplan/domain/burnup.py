"""Step progress of a goal: a burn-up that works even for goals without a measure.

The planned share on a date is the weight of the steps due on or before it; the done share
is the weight of the steps done on or before it; both are divided by the weight of all
steps. A step weighs its effort; a step without effort weighs the mean effort of the steps
that have one, or 1 when none has (also when all efforts are 0). Steps without a due date
count in the total but are never "planned by" a date. A step is overdue on a date when it
is not done by then and its due date is before it.

Health uses the same bands as measures (``health.classify``) with the planned share as the
elapsed time: all steps done is ACHIEVED; nothing planned and nothing done yet is
NOT_STARTED; work done before anything was planned is ON_TRACK.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from bakeryplan.domain.health import Health, classify
from bakeryplan.domain.model import Step

DAILY_UP_TO_DAYS = 120


@dataclass(frozen=True)
class StepProgress:
    total: int
    done: int
    overdue: int
    planned_share: float
    done_share: float
    health: Health


def step_weights(steps: Sequence[Step]) -> list[float]:
    """The weight of each step (module docstring)."""
    efforts = [s.effort for s in steps if s.effort is not None and s.effort >= 0]
    fallback = sum(efforts) / len(efforts) if efforts else 1.0
    weights = [s.effort if s.effort is not None and s.effort >= 0 else fallback for s in steps]
    if sum(weights) <= 0:
        return [1.0] * len(steps)
    return weights


def step_progress(steps: Sequence[Step], on: date) -> StepProgress | None:
    """Step progress on a date; None when the goal has no steps."""
    if not steps:
        return None
    weights = step_weights(steps)
    total_weight = sum(weights)
    planned = sum(w for s, w in zip(steps, weights, strict=True) if s.due and s.due <= on)
    done_weight = sum(w for s, w in zip(steps, weights, strict=True) if _done_by(s, on))
    done_count = sum(1 for s in steps if _done_by(s, on))
    overdue = sum(1 for s in steps if not _done_by(s, on) and s.due is not None and s.due < on)
    planned_share = planned / total_weight
    done_share = done_weight / total_weight
    return StepProgress(
        total=len(steps),
        done=done_count,
        overdue=overdue,
        planned_share=planned_share,
        done_share=done_share,
        health=_health(planned_share, done_share, done_count, len(steps)),
    )


def burnup_series(steps: Sequence[Step], start: date, end: date) -> list[tuple[date, float, float]]:
    """(date, planned share, done share) from start to end: daily up to 120 days, else weekly.

    The end date is always included. Empty when there are no steps or end is before start.
    """
    if not steps or end < start:
        return []
    weights = step_weights(steps)
    total_weight = sum(weights)
    due_dates, due_cumulative = _cumulative(
        [(s.due, w) for s, w in zip(steps, weights, strict=True) if s.due is not None]
    )
    done_dates, done_cumulative = _cumulative(
        [(s.done, w) for s, w in zip(steps, weights, strict=True) if s.done is not None]
    )
    stride = 1 if (end - start).days <= DAILY_UP_TO_DAYS else 7
    days = [start + timedelta(days=n) for n in range(0, (end - start).days + 1, stride)]
    if days[-1] != end:
        days.append(end)
    return [
        (
            day,
            _weight_by(due_dates, due_cumulative, day) / total_weight,
            _weight_by(done_dates, done_cumulative, day) / total_weight,
        )
        for day in days
    ]


def _done_by(step: Step, on: date) -> bool:
    return step.done is not None and step.done <= on


def _health(planned_share: float, done_share: float, done: int, total: int) -> Health:
    if done == total:
        return Health.ACHIEVED
    if planned_share <= 0:
        return Health.ON_TRACK if done else Health.NOT_STARTED
    return classify(done_share, planned_share, planned_share)


def _cumulative(dated: list[tuple[date, float]]) -> tuple[list[date], list[float]]:
    dated.sort(key=lambda pair: pair[0])
    return [on for on, _ in dated], list(accumulate(w for _, w in dated))


def _weight_by(dates: list[date], cumulative: list[float], on: date) -> float:
    index = bisect_right(dates, on)
    return cumulative[index - 1] if index else 0.0
