"""Records of an older file pulled into the bounds, for the arithmetic and the drawing.

A plan written before the bounds existed (``domain.bounds``) may hold an actual of 1e308 or
a step done in year 1. The record itself is kept as it is, so the window shows it and the
owner can put it right; what computes or draws with it takes the copy made here, with every
number and date at its nearest bound. A record already within bounds is returned as it is,
so the usual plan costs one comparison per field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bakeryplan.domain.bounds import (
    clamp_day,
    clamp_value,
    day_in_range,
    value_in_range,
)
from bakeryplan.domain.model import Actual, CurvePoint, Goal, Measure, Step


def measure_within_bounds(m: Measure) -> Measure:
    numbers = (m.baseline, m.target, m.band_low, m.band_high)
    if (
        all(n is None or value_in_range(n) for n in numbers)
        and day_in_range(m.start)
        and day_in_range(m.target_date)
        and all(value_in_range(p.value) and day_in_range(p.on) for p in m.points)
    ):
        return m
    return replace(
        m,
        baseline=clamp_value(m.baseline),
        target=clamp_value(m.target),
        band_low=None if m.band_low is None else clamp_value(m.band_low),
        band_high=None if m.band_high is None else clamp_value(m.band_high),
        start=clamp_day(m.start),
        target_date=clamp_day(m.target_date),
        points=_points(m.points),
    )


def _points(points: tuple[CurvePoint, ...]) -> tuple[CurvePoint, ...]:
    """Clamped points, keeping dates strictly increasing (clamping may make two equal)."""
    kept: list[CurvePoint] = []
    for point in points:
        on = clamp_day(point.on)
        if kept and on <= kept[-1].on:
            continue
        kept.append(CurvePoint(on, clamp_value(point.value)))
    return tuple(kept)


def actuals_within_bounds(actuals: Sequence[Actual]) -> Sequence[Actual]:
    """The actuals, with any out of bounds replaced by a clamped copy (order kept)."""
    if all(value_in_range(a.value) and day_in_range(a.on) for a in actuals):
        return actuals
    return tuple(
        a
        if value_in_range(a.value) and day_in_range(a.on)
        else replace(a, value=clamp_value(a.value), on=clamp_day(a.on))
        for a in actuals
    )


def step_within_bounds(step: Step) -> Step:
    days = (step.due, step.done)
    numbers = (step.effort, step.cost)
    if all(d is None or day_in_range(d) for d in days) and all(
        n is None or value_in_range(n) for n in numbers
    ):
        return step
    return replace(
        step,
        due=None if step.due is None else clamp_day(step.due),
        done=None if step.done is None else clamp_day(step.done),
        effort=None if step.effort is None else clamp_value(step.effort),
        cost=None if step.cost is None else clamp_value(step.cost),
    )


def steps_within_bounds(steps: Sequence[Step]) -> Sequence[Step]:
    checked = [step_within_bounds(s) for s in steps]
    return steps if all(a is b for a, b in zip(checked, steps, strict=True)) else tuple(checked)


def goal_within_bounds(goal: Goal) -> Goal:
    if all(d is None or day_in_range(d) for d in (goal.start, goal.due)):
        return goal
    return replace(
        goal,
        start=None if goal.start is None else clamp_day(goal.start),
        due=None if goal.due is None else clamp_day(goal.due),
    )
