"""The chart of a plan drawn from last year is that year; an ordinary plan's chart is not.

The plan file holds five years of daily takings up to 1 August 2026; the plan drawn from
them runs in weeks from Monday 3 August 2026 to Sunday 8 August 2027, and the owner records
one total a week from there, at 95 % of its plan.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from bakeryplan.domain.model import Actual, Plan
from bakeryplan.reports.chart import measure_figure
from bakeryplan.reports.chart_series import measure_chart_data
from bakeryplan.reports.chart_table import period_rows
from tests.chart_readback import plotted_series
from tests.reports.test_pack_plan_origin import derived_plan

FIRST_DAY, LAST_DAY = date(2026, 8, 3), date(2027, 8, 8)
ON = date(2026, 12, 30)


def recorded(plan: Plan, until: date) -> Plan:
    """Each week of the plan recorded on its Saturday at 95 % of its plan, up to ``until``."""
    m = plan.measures[0]
    saturdays = [p.on + timedelta(days=5) for p in m.points]
    values = {p.on + timedelta(days=5): p.value for p in m.points}
    entries = [Actual(1, day, round(values[day] * 0.95, 2)) for day in saturdays if day <= until]
    return dataclasses.replace(plan, actuals=plan.actuals + tuple(entries))


def ordinary(plan: Plan) -> Plan:
    """The same curve, not drawn from last year."""
    m = dataclasses.replace(plan.measures[0], planned_from=None)
    return dataclasses.replace(plan, measures=(m, *plan.measures[1:]))


PLAN = recorded(derived_plan(), ON)


def test_the_chart_is_the_plans_year_without_a_plan_of_0_before_it() -> None:
    data = measure_chart_data(PLAN, 1, ON)
    assert (data.start, data.end) == (FIRST_DAY, LAST_DAY)
    assert data.planned[0][0] >= FIRST_DAY and data.planned[-1][0] == LAST_DAY
    assert all(value > 0 for _, value in data.planned)
    assert min(data.band_dates) >= FIRST_DAY and max(data.band_dates) <= LAST_DAY
    assert all(p.day >= FIRST_DAY for p in data.periods)  # last year's weeks are not its own
    assert data.forecast_line is not None and data.forecast_line[-1][0] == LAST_DAY
    assert not data.shows_target


def test_the_target_is_not_drawn_for_a_year_plan() -> None:
    figure = measure_figure(PLAN, 1, ON)
    labels = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert "Target" not in labels and "Planned" in labels
    planned = plotted_series(figure, "planned")
    assert planned[0][0] >= FIRST_DAY and planned[-1][0] == LAST_DAY


def test_asked_from_further_back_the_plan_and_band_still_start_with_the_plan() -> None:
    """An export from 1 June shows June and July's takings, but no plan before August."""
    data = measure_chart_data(PLAN, 1, ON, start=date(2026, 6, 1), end=date(2027, 9, 30))
    assert data.periods[0].day < FIRST_DAY  # the takings of June are drawn
    assert data.planned[0][0] >= FIRST_DAY and data.planned[-1][0] == LAST_DAY
    assert min(data.band_dates) >= FIRST_DAY and max(data.band_dates) <= LAST_DAY


def test_after_the_year_the_chart_still_ends_with_the_plan() -> None:
    later = date(2027, 9, 15)
    plan = recorded(derived_plan(), later)
    data = measure_chart_data(plan, 1, later)
    assert (data.start, data.end) == (FIRST_DAY, LAST_DAY)
    assert data.forecast_line is None
    assert data.caption.startswith("The year ended at")


def test_the_table_lists_the_plans_weeks_only() -> None:
    rows = period_rows(PLAN, measure_chart_data(PLAN, 1, ON))
    assert len(rows) == 53
    assert rows[0][0].startswith("Week of 3 Aug 2026")
    assert rows[-1][0].startswith("Week of 2 Aug 2027")


def test_an_ordinary_plan_with_the_same_curve_keeps_its_chart() -> None:
    """Without "planned from last year" the chart starts with the first entry (five years
    back, under a plan of 0 before the start), shows the target, and runs past the target
    date with the forecast."""
    plain = ordinary(PLAN)
    data = measure_chart_data(plain, 1, ON)
    assert data.start == date(2021, 8, 2)
    assert data.end > LAST_DAY
    assert data.planned[0][0] < FIRST_DAY and data.planned[0][1] == 0
    assert min(data.band_dates) < FIRST_DAY
    assert data.shows_target
    figure = measure_figure(plain, 1, ON)
    labels = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert "Target" in labels
