"""A plan drawn from last year is judged on its year; ordinary measures keep their rules.

The plan is next year's weeks drawn from five years of a bakery's days, +8 % (53 weeks from
Monday 3 August 2026 to Sunday 8 August 2027). The owner records one total a week, on its
Saturday, as a share of the week's plan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import Actual, Counting, Measure
from bakeryplan.domain.plan_from_history import DerivedPlan
from bakeryplan.domain.year_plan import judged_on_its_year, plan_days
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import amount, outlook
from tests.domain.history_builders import GERMAN
from tests.domain.test_plan_from_history import ENTRIES, derive

PLAN = derive()
YEAR_PLANNED = sum(p.planned for p in PLAN.periods)  # EUR 437,911.37 over the 53 weeks
# A weekly plan of a year's days is whole weeks: its sentences say what the total covers.
SCOPE = " for the 53 weeks to 8. August 2027"
LAST_DAY = date(2027, 8, 8)  # the plan's last day: the Sunday of its 53rd week


def saturdays(
    plan: DerivedPlan, share: Callable[[date], float], until: date, first: date | None = None
) -> list[Actual]:
    """One entry a week on its Saturday: ``share(week's start)`` of the week's plan."""
    return [
        Actual(1, p.start + timedelta(days=5), round(p.planned * share(p.start), 2))
        for p in plan.periods
        if (first is None or p.start >= first) and p.start + timedelta(days=5) <= until
    ]


def status(m: Measure, entries: list[Actual], on: date) -> MeasureStatus:
    """As the window sees it: last year's entries are in the plan file too."""
    return measure_status(m, ENTRIES + entries, on, business=GERMAN)


NBSP = "\u00a0"
GERMAN_TEXT = formatter_for(GERMAN)


def euros(value: float) -> str:
    return amount(GERMAN_TEXT, value, "EUR")


def said(result: MeasureStatus) -> str:
    """The forecast as a German plan's window and printouts say it: one locale throughout."""
    return outlook(GERMAN_TEXT, result)


def ordinary(m: Measure) -> Measure:
    """The same curve, baseline and target, not drawn from last year."""
    return dataclasses.replace(m, planned_from=None)


def test_the_plan_is_judged_on_its_year_from_its_first_to_its_last_day() -> None:
    m = PLAN.measure
    assert judged_on_its_year(m)
    assert plan_days(m).start == date(2026, 8, 3) and plan_days(m).end == LAST_DAY
    assert not judged_on_its_year(ordinary(m))
    assert round(YEAR_PLANNED, 2) == 437_911.37


def test_the_forecast_speaks_of_the_year_counted_so_far_and_the_pace_on_the_rest() -> None:
    """August to November made 10 % more than planned, December 10 % less: the four weeks
    health judges track at 0.9, which the forecast carries onto the weeks to come."""
    on = date(2027, 1, 6)  # a Wednesday: this week has no entry yet
    december = date(2026, 11, 30)

    def share(start: date) -> float:
        return 1.1 if start < december else 0.9

    entries = saturdays(PLAN, share, on)
    result = status(PLAN.measure, entries, on)
    assert result.forecast is not None and result.forecast.tracking is not None
    k = result.forecast.tracking
    assert k == pytest.approx(0.9, abs=1e-6)  # the entries are rounded to the cent
    counted = sum(a.value for a in entries)
    coming = sum(k * p.planned for p in PLAN.periods if p.span.end >= on)
    assert said(result) == (
        f"At this pace the year totals {euros(counted + coming)} "
        f"(plan {euros(YEAR_PLANNED)}{SCOPE})."
    )
    assert result.health is Health.BEHIND  # the window: 90 % of its plan


def test_the_current_week_counts_what_was_recorded_and_the_pace_on_the_rest_of_it() -> None:
    on = date(2026, 12, 2)  # Wednesday; Monday and Tuesday are recorded
    week = next(p for p in PLAN.periods if on in p.span)
    entries = saturdays(PLAN, lambda _start: 1.0, on)
    entries += [Actual(1, week.start, 1000.0), Actual(1, week.start + timedelta(days=1), 1200.0)]
    result = status(PLAN.measure, entries, on)
    assert result.forecast is not None and result.forecast.tracking == pytest.approx(1.0)
    due = week.planned * 2 / 7  # the part of the week's plan due through Tuesday
    made = sum(p.planned for p in PLAN.periods if p.span.end < on) + 2200.0
    rest = week.planned - due + sum(p.planned for p in PLAN.periods if p.start > on)
    assert said(result) == (
        f"At this pace the year totals {euros(made + rest)} (plan {euros(YEAR_PLANNED)}{SCOPE})."
    )


def test_a_daily_average_speaks_of_the_years_average() -> None:
    plan = derive(counting=Counting.AVERAGE)
    on = date(2027, 2, 3)
    entries = [
        Actual(1, day, round(p.planned * 1.05, 2))
        for p in plan.periods
        if p.planned > 0
        for day in (p.start + timedelta(days=i) for i in range(6))
        if day < on
    ]
    result = status(plan.measure, entries, on)
    assert result.forecast is not None and result.forecast.tracking is not None
    k = result.forecast.tracking
    assert k == pytest.approx(1.05, abs=1e-5)
    plans = [p.planned for p in plan.periods if p.planned > 0]
    done = [round(p.planned * 1.05, 2) for p in plan.periods if p.planned > 0 and p.span.end < on]
    coming = [k * p.planned for p in plan.periods if p.planned > 0 and p.span.end >= on]
    expected = sum(done + coming) / len(plans)
    assert said(result) == (
        f"At this pace the year averages {euros(expected)} a day "
        f"(plan {euros(sum(plans) / len(plans))}{SCOPE})."
    )


def test_a_window_above_the_best_week_is_on_track_not_achieved() -> None:
    """January at three times its plan tops the Christmas week's plan: for a year's plan
    that is a fine January, not the year done; an ordinary measure calls it achieved."""
    on = date(2027, 2, 3)
    january = date(2026, 12, 28)
    entries = saturdays(PLAN, lambda start: 3.0 if start >= january else 1.0, on)
    window = status(PLAN.measure, entries, on)
    assert window.actual is not None and window.actual > PLAN.measure.target
    assert window.health is Health.ON_TRACK
    assert window.forecast is not None and said(window).startswith("At this pace the year totals")
    same_curve = status(ordinary(PLAN.measure), entries, on)
    assert same_curve.health is Health.ACHIEVED
    assert same_curve.forecast is not None and said(same_curve) == "Target reached."


def test_a_total_whose_entries_already_make_the_years_plan_is_achieved() -> None:
    on = date(2027, 7, 28)
    result = status(PLAN.measure, saturdays(PLAN, lambda _start: 1.1, on), on)
    made = sum(round(p.planned * 1.1, 2) for p in PLAN.periods if p.start + timedelta(5) <= on)
    assert made > YEAR_PLANNED
    assert result.health is Health.ACHIEVED
    assert result.forecast is not None and said(result) == (
        f"The year's plan is reached already: {euros(made)} (plan {euros(YEAR_PLANNED)}{SCOPE})."
    )


def test_an_ended_year_short_of_its_plan_is_at_risk_and_says_by_how_much() -> None:
    """Christmas week at 97 % of its plan and every other week at plan: the year ended
    0.1 % short. Entries of the next year change nothing about it."""
    on = date(2027, 9, 15)
    christmas = next(p for p in PLAN.periods if date(2026, 12, 24) in p.span)

    def share(start: date) -> float:
        return 0.97 if start == christmas.start else 1.0

    entries = saturdays(PLAN, share, LAST_DAY)
    entries += [Actual(1, date(2027, 8, 14), 30_000.0), Actual(1, date(2027, 8, 21), 30_000.0)]
    result = status(PLAN.measure, entries, on)
    made = sum(round(p.planned * share(p.start), 2) for p in PLAN.periods)
    short = YEAR_PLANNED - made
    assert short == pytest.approx(0.03 * christmas.planned, abs=0.05)
    assert result.health is Health.AT_RISK
    assert result.forecast is not None and said(result) == (
        f"The year ended at {euros(made)}: {euros(short)} (0,1{NBSP}%) short of its plan of "
        f"{euros(YEAR_PLANNED)}{SCOPE}."
    )
    assert all(p.span.end <= LAST_DAY for p in result.window)  # the plan's weeks only


def test_an_ended_year_that_made_its_plan_is_achieved_whatever_its_best_week_did() -> None:
    """Every week 2 % over plan but the best one, at 95 %: the year is made."""
    on = date(2027, 8, 20)
    best = max(PLAN.periods, key=lambda p: p.planned).start
    entries = saturdays(PLAN, lambda start: 0.95 if start == best else 1.02, LAST_DAY)
    result = status(PLAN.measure, entries, on)
    made = sum(a.value for a in entries)
    assert result.health is Health.ACHIEVED
    assert result.forecast is not None and said(result) == (
        f"The year reached its plan: {euros(made)} (plan {euros(YEAR_PLANNED)}{SCOPE})."
    )


def test_an_ended_year_with_nothing_recorded_says_so() -> None:
    result = status(PLAN.measure, [], date(2027, 9, 1))
    assert result.health is Health.AT_RISK
    assert result.forecast is not None and said(result) == (
        f"The year ended at {euros(0)}: {euros(YEAR_PLANNED)} (100{NBSP}%) short of its plan of "
        f"{euros(YEAR_PLANNED)}{SCOPE}."
    )


def test_before_the_plan_starts_it_is_not_started_whatever_last_year_did() -> None:
    result = status(PLAN.measure, [], date(2026, 7, 20))
    assert result.health is Health.NOT_STARTED
    assert result.forecast is None


# --- ordinary measures keep their rules ------------------------------------------------------


def test_an_ordinary_measure_with_the_same_curve_keeps_the_target_rules() -> None:
    """Without "planned from last year" the stepped curve is an ordinary plan: the window is
    judged against the best week as its target, and past the target date it is missed."""
    m = ordinary(PLAN.measure)
    on = date(2027, 1, 6)
    during = status(m, saturdays(PLAN, lambda _start: 0.97, on), on)
    assert during.forecast is not None
    assert said(during).startswith("At this pace you reach")
    assert f"(target {euros(14_792)})" in said(during)
    late = date(2027, 9, 15)
    after = status(m, saturdays(PLAN, lambda _start: 1.0, LAST_DAY), late)
    assert after.health is Health.AT_RISK
    assert after.forecast is not None
    assert said(after).startswith("The target date, 9. August 2027, has passed:")


def test_an_ordinary_measure_is_judged_on_periods_outside_the_plan_too() -> None:
    """Only a plan judged on its year leaves last year's weeks out of its window."""
    m = ordinary(PLAN.measure)
    on = date(2027, 9, 15)
    entries = saturdays(PLAN, lambda _start: 1.0, LAST_DAY)
    entries.append(Actual(1, date(2027, 8, 14), 30_000.0))
    assert status(m, entries, on).window[-1].span.start == date(2027, 8, 9)
    assert status(PLAN.measure, entries, on).window[-1].span.end == LAST_DAY
