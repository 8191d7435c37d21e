"""Plan next year from last year: five years of a bakery's days, Easter and Christmas moved."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from bakeryplan.domain.curves import curve_function
from bakeryplan.domain.health import Health
from bakeryplan.domain.last_year_line import last_year_periods
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import (
    Actual,
    Alignment,
    Business,
    Counting,
    CurveKind,
    Direction,
    Period,
)
from bakeryplan.domain.plan_from_history import (
    DerivedPlan,
    GapChoice,
    HistoryRequest,
    IncompleteHistory,
    PlanRefusal,
    derive_plan,
    origin_after_edit,
    suggested_year_ending,
)
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.history_notes import holiday_note_sentence, refusal_sentence
from tests.domain.history_builders import (
    GERMAN,
    LAST_DAY,
    day_value,
    history,
    recorded_total,
    revenue,
)

REFERENCE_START = date(2025, 8, 3)  # the year ending Sunday 2 August 2026
EASTER_2026 = date(2026, 4, 5)
EASTER_2027 = date(2027, 3, 28)
ENTRIES = history()

ENGLISH = Formatter("en_GB", "EUR")


def said(problem: PlanRefusal) -> str:
    """The refusal as an English plan's owner reads it."""
    return refusal_sentence(ENGLISH, problem.refusal)


def derive(
    period: Period = Period.WEEK,
    counting: Counting = Counting.TOTAL,
    entries: list[Actual] = ENTRIES,
    business: Business = GERMAN,
    **request: object,
) -> DerivedPlan:
    asked = HistoryRequest(**{"year_ending": LAST_DAY, "change_percent": 8.0, **request})  # type: ignore[arg-type]
    return derive_plan(revenue(period, counting), entries, business, asked)


def week_of(plan: DerivedPlan, day: date) -> float:
    return next(p.planned for p in plan.periods if day in p.span)


def test_five_years_give_next_years_weeks_with_easter_and_christmas_in_place() -> None:
    """The issue's test: five years of days with a week's rhythm, closed Sundays, Easter
    and Christmas peaks; next year's weekly plan from the last of them, +8 %."""
    assert ENTRIES[0].on == date(2021, 8, 2) and ENTRIES[-1].on == date(2026, 8, 1)
    weekly, daily = derive(), derive(Period.DAY)
    by_day = {p.start: p.planned for p in daily.periods}
    # Easter week's target is on the new Easter week (22 to 28 March 2027).
    holy_week = recorded_total(ENTRIES, EASTER_2026 - timedelta(days=6), EASTER_2026)
    assert week_of(weekly, EASTER_2027) == pytest.approx(holy_week * 1.08, rel=0.01)
    assert week_of(weekly, EASTER_2027) > 1.5 * week_of(weekly, EASTER_2026 + timedelta(364))
    # Christmas on Christmas: the week holding it is its days, closed on the feast days.
    christmas_week = [date(2026, 12, 21) + timedelta(days=i) for i in range(7)]
    assert week_of(weekly, date(2026, 12, 25)) == pytest.approx(
        sum(by_day[day] for day in christmas_week), abs=0.05
    )
    assert by_day[date(2026, 12, 25)] == by_day[date(2026, 12, 26)] == 0
    assert by_day[date(2026, 12, 24)] == max(by_day[day] for day in christmas_week)
    # The year's total is last year's times 1.08, within rounding.
    last_year = recorded_total(ENTRIES, REFERENCE_START, LAST_DAY)
    assert weekly.planned_figure == pytest.approx(last_year * 1.08, abs=0.01)
    assert sum(p.planned for p in daily.periods if p.start in daily.plan_year) == pytest.approx(
        last_year * 1.08, abs=365 * 0.005
    )


def test_easter_week_lands_on_the_new_easter_week() -> None:
    plan = derive()
    holy_week_2026 = recorded_total(ENTRIES, EASTER_2026 - timedelta(days=6), EASTER_2026)
    holy_week_2027 = next(p for p in plan.periods if EASTER_2027 in p.span)
    assert holy_week_2027.span.start == date(2027, 3, 22)
    assert holy_week_2027.last_year == pytest.approx(holy_week_2026)
    assert holy_week_2027.planned == pytest.approx(holy_week_2026 * 1.08, rel=0.01)
    # 52 weeks after last year's Easter week is an ordinary week now, a week before is too.
    ordinary = week_of(plan, date(2027, 3, 10))
    assert week_of(plan, EASTER_2026 + timedelta(days=364)) < ordinary
    assert week_of(plan, date(2027, 3, 17)) == pytest.approx(ordinary)
    assert holy_week_2027.planned > 1.5 * ordinary


def test_christmas_stays_on_christmas() -> None:
    plan = derive(Period.DAY)
    planned = {p.start: p.planned for p in plan.periods}
    days = {p.start: p for p in plan.periods}
    ordinary = days[date(2026, 12, 10)]  # a Thursday
    assert ordinary.last_year is not None
    factor = ordinary.planned / ordinary.last_year
    assert factor == pytest.approx(1.08, rel=0.01)
    # Closed on the feast days as last year, whatever weekday they fall on now.
    assert planned[date(2026, 12, 25)] == 0  # a Friday
    assert planned[date(2026, 12, 26)] == 0  # a Saturday, usually the best day
    assert planned[date(2027, 1, 1)] == 0
    # Christmas Eve is Christmas Eve: a Thursday now, a Wednesday last year.
    christmas_eve = day_value(date(2025, 12, 24))
    assert christmas_eve is not None
    assert days[date(2026, 12, 24)].last_year == pytest.approx(christmas_eve, abs=0.01)
    assert planned[date(2026, 12, 24)] == pytest.approx(christmas_eve * factor, abs=0.02)
    assert planned[date(2026, 12, 27)] == 0  # Sundays stay closed
    weekly = derive()
    best = max(weekly.periods, key=lambda p: p.planned)
    assert best.start.month == 12


def test_the_year_total_is_last_years_times_the_change() -> None:
    last_year = recorded_total(ENTRIES, REFERENCE_START, LAST_DAY)
    weekly = derive()
    assert weekly.last_year_figure == pytest.approx(last_year)
    assert weekly.planned_figure == pytest.approx(last_year * 1.08)
    assert weekly.change_percent == pytest.approx(8.0)
    assert sum(m.planned or 0 for m in weekly.months) == pytest.approx(last_year * 1.08, abs=0.1)
    daily = derive(Period.DAY)
    in_plan_year = [p.planned for p in daily.periods if p.start in daily.plan_year]
    assert len(in_plan_year) == 365
    assert sum(in_plan_year) == pytest.approx(last_year * 1.08, abs=365 * 0.005)


def test_a_year_total_instead_of_a_percentage() -> None:
    plan = derive(year_total=450_000.0)
    assert plan.planned_figure == pytest.approx(450_000.0)
    assert plan.change_percent == pytest.approx((450_000 / plan.last_year_figure - 1) * 100)
    assert plan.measure.planned_from is not None
    assert plan.measure.planned_from.change_percent == pytest.approx(plan.change_percent)


def test_a_weekly_measure_gets_its_weeks_as_a_stepped_curve() -> None:
    plan = derive()
    m = plan.measure
    assert len(plan.periods) == 53  # the 365th day starts a 53rd week
    assert plan.periods[0].start == date(2026, 8, 3)
    assert all(p.span.days == 7 and p.start.weekday() == 0 for p in plan.periods)
    assert m.curve is CurveKind.STEPPED
    assert [(p.on, p.value) for p in m.points] == [(p.start, p.planned) for p in plan.periods]
    assert m.baseline == 0
    assert m.target == max(p.planned for p in plan.periods)
    assert m.start == date(2026, 8, 3)
    assert m.target_date == plan.periods[-1].span.end + timedelta(days=1)
    assert m.planned_from is not None
    assert m.planned_from.year_ending == LAST_DAY
    assert m.planned_from.alignment is Alignment.HOLIDAYS
    curve = curve_function(m)
    for period in plan.periods:  # every day of a period plans the period's value
        assert curve(period.span.start) == curve(period.span.end) == period.planned


def test_an_older_reference_year_moves_its_own_easter() -> None:
    # The year ending Sunday 4 August 2024 had Easter on 31 March; 2025's is on 20 April.
    plan = derive(year_ending=date(2024, 8, 4))
    easter_week = next(p for p in plan.periods if date(2025, 4, 20) in p.span)
    assert easter_week.last_year == pytest.approx(
        recorded_total(ENTRIES, date(2024, 3, 25), date(2024, 3, 31))
    )


def test_weekday_alignment_leaves_easter_where_it_was() -> None:
    plan = derive(alignment=Alignment.WEEKDAY)
    shifted = EASTER_2026 + timedelta(days=364)  # 4 April 2027
    assert week_of(plan, shifted) > 1.5 * week_of(plan, date(2027, 3, 10))
    assert week_of(plan, EASTER_2027) == pytest.approx(week_of(plan, date(2027, 3, 10)), rel=0.1)


def test_health_of_a_derived_plan_follows_the_share_of_the_plan_made() -> None:
    plan = derive()
    m = plan.measure

    def made(share: float, until: date) -> list[Actual]:
        """One entry a week, on its Saturday: the share of the week's plan."""
        return [
            Actual(1, p.start + timedelta(days=5), p.planned * share)
            for p in plan.periods
            if p.start + timedelta(days=5) <= until
        ]

    on = date(2026, 12, 30)  # the window holds the Christmas weeks
    assert measure_status(m, made(1.0, on), on, business=GERMAN).health is Health.ON_TRACK
    assert measure_status(m, made(0.9, on), on, business=GERMAN).health is Health.BEHIND
    assert measure_status(m, made(0.8, on), on, business=GERMAN).health is Health.AT_RISK
    summer = date(2027, 6, 1)  # a plain stretch: 90 % of it is still only 90 %
    assert measure_status(m, made(0.9, summer), summer, business=GERMAN).health is Health.BEHIND


def test_a_gap_is_reported_and_the_owner_chooses() -> None:
    gap = (date(2026, 2, 2), date(2026, 2, 22))  # three weeks nobody recorded
    entries = history(skip=lambda day: gap[0] <= day <= gap[1])
    with pytest.raises(IncompleteHistory) as refused:
        derive(entries=entries)
    assert "No entries from 1 February 2026 to 22 February 2026 (3 weeks)." in said(refused.value)
    ordinary = week_of(derive(), date(2027, 2, 8))
    filled = derive(entries=entries, gaps=GapChoice.FILL)
    assert filled.filled_days == 18  # three weeks of six open days
    assert week_of(filled, date(2027, 2, 8)) == pytest.approx(ordinary, rel=0.02)
    assert next(p for p in filled.periods if date(2027, 2, 8) in p.span).filled_days == 6
    known = derive(entries=entries, gaps=GapChoice.KNOWN_ONLY)
    assert week_of(known, date(2027, 2, 8)) == 0  # nothing recorded to say otherwise
    assert len(known.periods) == 53
    recorded = recorded_total(entries, REFERENCE_START, LAST_DAY)
    assert known.planned_figure == pytest.approx(recorded * 1.08)


def test_a_business_that_opened_mid_year() -> None:
    entries = history(first=date(2026, 3, 2))
    with pytest.raises(IncompleteHistory) as refused:
        derive(entries=entries)
    assert "The entries start on 2 March 2026" in said(refused.value)
    known = derive(entries=entries, gaps=GapChoice.KNOWN_ONLY)
    assert known.periods[0].start == date(2027, 3, 1)  # the first week last year speaks for
    assert known.measure.start == date(2027, 3, 1)
    assert all(p.last_year is not None for p in known.periods)
    filled = derive(entries=entries, gaps=GapChoice.FILL)
    assert len(filled.periods) == 53
    assert filled.periods[0].planned > 0


def test_a_daily_average_rises_by_the_change() -> None:
    plan = derive(counting=Counting.AVERAGE)
    open_days = [a.on for a in ENTRIES if REFERENCE_START <= a.on <= LAST_DAY and a.note == "bread"]
    mean = recorded_total(ENTRIES, REFERENCE_START, LAST_DAY) / len(open_days)
    assert plan.last_year_figure == pytest.approx(mean)
    assert plan.planned_figure == pytest.approx(mean * 1.08)
    ordinary = next(p for p in plan.periods if date(2027, 3, 10) in p.span)
    assert ordinary.last_year == pytest.approx(
        recorded_total(ENTRIES, date(2026, 3, 9), date(2026, 3, 14)) / 6
    )


@pytest.mark.parametrize(
    ("entries", "request_", "words"),
    [
        ([], {}, "has no entries in the year from 3 August 2025 to 2 August 2026"),
        (history(first=date(2026, 7, 1)), {}, "Too little history"),
        (ENTRIES, {"change_percent": -100.0}, "leaves nothing to plan"),
        (ENTRIES, {"year_total": 0.0}, "must be more than 0"),
    ],
)
def test_refusals_are_plain_sentences(
    entries: list[Actual], request_: dict[str, object], words: str
) -> None:
    with pytest.raises(PlanRefusal) as refused:
        derive(entries=entries, **request_)
    assert words in said(refused.value)


def test_measures_that_cannot_be_planned_from_last_year() -> None:
    rating = revenue(Period.MONTH, Counting.LATEST)
    with pytest.raises(PlanRefusal) as refused:
        derive_plan(rating, ENTRIES, GERMAN, HistoryRequest(LAST_DAY))
    assert "latest figure" in said(refused.value)
    waste = revenue()
    waste = type(waste)(**{**waste.__dict__, "direction": Direction.DOWN})
    with pytest.raises(PlanRefusal) as refused:
        derive_plan(waste, ENTRIES, GERMAN, HistoryRequest(LAST_DAY))
    assert "should go down" in said(refused.value)
    with pytest.raises(PlanRefusal) as refused:
        derive(counting=Counting.AVERAGE, year_total=1000.0)
    assert "no total for the year" in said(refused.value)


def test_without_a_country_only_last_years_closed_dates_move() -> None:
    for locale, words in (("en", "names no country"), ("en_QQ", "does not know the country QQ")):
        plan = derive(Period.DAY, business=Business("Bakery", locale=locale))
        assert words in holiday_note_sentence(ENGLISH, plan.holiday_note)
        planned = {p.start: p.planned for p in plan.periods}
        assert planned[date(2026, 12, 25)] == planned[date(2027, 1, 1)] == 0
        assert planned[date(2026, 12, 27)] == 0  # a Sunday
        assert planned[date(2027, 3, 22)] > 0  # Easter cannot be known: not moved


def test_the_preview_names_the_holidays_it_moved() -> None:
    moved = {h.name: (h.last_year, h.new_year) for h in derive().moved}
    assert moved["Easter Sunday"] == (EASTER_2026, EASTER_2027)
    assert moved["Christmas Day"] == (date(2025, 12, 25), date(2026, 12, 25))
    assert moved["Ascension Day"] == (date(2026, 5, 14), date(2027, 5, 6))


def test_last_years_line_matches_the_plans_periods() -> None:
    plan = derive()
    line = last_year_periods(plan.measure, ENTRIES, GERMAN)
    assert [span for span, _ in line] == [p.span for p in plan.periods]
    assert [value for _, value in line] == pytest.approx([p.last_year for p in plan.periods])
    assert last_year_periods(revenue(), ENTRIES, GERMAN) == []


def test_a_plan_changed_by_hand_is_no_longer_drawn_from_last_year() -> None:
    m = derive().measure
    renamed = dataclasses.replace(m, name="Takings")
    assert origin_after_edit(m, renamed).planned_from == m.planned_from
    retargeted = dataclasses.replace(m, target=m.target + 1)
    assert origin_after_edit(m, retargeted).planned_from is None


def test_the_suggested_year_ends_with_the_last_complete_period() -> None:
    weekly, monthly = revenue(), revenue(Period.MONTH)
    assert suggested_year_ending(weekly, ENTRIES, GERMAN, date(2026, 8, 5)) == date(2026, 8, 2)
    assert suggested_year_ending(monthly, ENTRIES, GERMAN, date(2026, 8, 5)) == date(2026, 7, 31)
    assert suggested_year_ending(weekly, [], GERMAN, date(2026, 8, 5)) == date(2026, 8, 2)


def test_weekly_totals_recorded_once_a_week_keep_every_week() -> None:
    """A till's weekly report on Saturdays: no holiday may move a week's one entry away."""
    weekly: list[Actual] = []
    for entry in ENTRIES:
        saturday = entry.on + timedelta(days=(5 - entry.on.weekday()) % 7)
        if weekly and weekly[-1].on == saturday:
            weekly[-1] = Actual(1, saturday, weekly[-1].value + entry.value)
        else:
            weekly.append(Actual(1, saturday, entry.value))
    plan = derive(entries=[a for a in weekly if a.on <= LAST_DAY])
    assert all(p.planned > 0 for p in plan.periods)
    assert week_of(plan, EASTER_2027) > 1.5 * week_of(plan, date(2027, 3, 10))
    assert week_of(plan, date(2026, 12, 26)) > 0  # Christmas week, on a Saturday this year
