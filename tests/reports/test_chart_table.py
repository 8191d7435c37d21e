"""The chart's table view: the periods as charted, with the same figures as the status, and
the raw entries they were counted from; the axis writes units as the numbers need them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import Actual, ActualSource, Period, Plan
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.reports.chart import measure_figure
from bakeryplan.reports.chart_series import measure_chart_data
from bakeryplan.reports.chart_table import ENTRY_HEADERS, PERIOD_HEADERS, entry_rows, period_rows
from bakeryplan.reports.formatting import format_date, format_value
from bakeryplan.reports.measure_figures import (
    current_figures,
    period_figures,
    period_label,
)
from bakeryplan.store.demo import demo_plan
from tests.reports.chart_fixtures import DEMO_TODAY


@pytest.fixture(scope="module")
def demo() -> Plan:
    return demo_plan(DEMO_TODAY)


def test_the_last_complete_and_the_current_period_show_what_the_status_says(demo: Plan) -> None:
    """The same figures, labels and rounding as the status and the printouts."""
    b = demo.business
    assert PERIOD_HEADERS == ("Period", "Planned", "Actual", "Difference", "Entries")
    for m in demo.measures:
        status = measure_status(m, demo.actuals_of(m.id), DEMO_TODAY, business=b)
        rows = period_rows(demo, measure_chart_data(demo, m.id, DEMO_TODAY))
        by_label = {row[0]: row for row in rows}
        assert status.last_complete is not None, m.name
        last = period_figures(demo, m, status.last_complete)
        assert by_label[last.label][1:4] == (last.planned, last.actual, last.difference)
        assert last.label == period_label(status.last_complete.span, m.period, b)
        now = current_figures(demo, status)
        assert by_label[now.label][1:5] == (
            now.planned,
            now.actual,
            now.difference,
            str(status.current.entries),
        ), m.name
        assert now.label.endswith("so far")


def test_periods_without_entries_say_so_and_later_ones_show_their_plan(demo: Plan) -> None:
    revenue = demo.measures[0]
    rows = period_rows(demo, measure_chart_data(demo, revenue.id, DEMO_TODAY))
    names = [row[0] for row in rows]
    current = names.index("This week so far")
    assert all(row[2] and row[4] for row in rows[:current])  # every past week had sales
    assert all(row[1] and row[2:] == ("", "", "") for row in rows[current + 1 :])
    assert rows[-1][0] == period_label(
        _week_of(demo, revenue.target_date), revenue.period, demo.business
    )
    quiet = replace(
        demo,
        actuals=tuple(
            a for a in demo.actuals if not (a.measure_id == revenue.id and a.on.month == 8)
        ),
    )
    quiet_rows = period_rows(quiet, measure_chart_data(quiet, revenue.id, DEMO_TODAY))
    assert any(row[2:] == ("no entries", "", "0") for row in quiet_rows)  # not zero


def _week_of(plan: Plan, day: date) -> Span:
    return BusinessCalendar.of(plan.business).span(Period.WEEK, day)


def test_the_entries_table_lists_every_entry_up_to_the_day_asked_about(demo: Plan) -> None:
    revenue = demo.measures[0]
    late = Actual(revenue.id, DEMO_TODAY + timedelta(days=3), 999.0, "pre-order", id=9001)
    twice = Actual(revenue.id, DEMO_TODAY, 120.5, "market stall", ActualSource.TYPED, id=9002)
    plan = replace(demo, actuals=(*demo.actuals, late, twice, replace(twice, id=9003)))
    rows = entry_rows(measure_chart_data(plan, revenue.id, DEMO_TODAY))
    assert ENTRY_HEADERS == ("Date", "Value", "Note", "Source")
    known = [a for a in plan.actuals_of(revenue.id) if a.on <= DEMO_TODAY]
    assert len(rows) == len(known)  # the entry after today is not counted yet
    b = demo.business
    today = format_date(DEMO_TODAY, b)
    assert rows[-2:] == [(today, "€120.50", "market stall", "Typed")] * 2  # none dropped
    first_sunday = next(a for a in known if a.note == "First Sunday opening")
    assert (format_date(first_sunday.on, b), first_sunday.note, "Imported") in {
        (r[0], r[2], r[3]) for r in rows
    }


def test_a_count_of_one_on_the_axis_is_singular(demo: Plan) -> None:
    cafes = next(m for m in demo.measures if m.unit == "cafes")
    figure = measure_figure(demo, cafes.id, DEMO_TODAY)
    figure.canvas.draw()
    ticks = {t.get_text() for t in figure.axes[0].get_yticklabels() if t.get_text()}
    assert {"0 cafes", "1 cafe", "2 cafes", "3 cafes"} <= ticks


def test_hover_names_the_period_and_its_figures(demo: Plan) -> None:
    from bakeryplan.reports.chart import MeasureChart, new_figure
    from bakeryplan.reports.chart_axes import day_number
    from bakeryplan.reports.chart_style import style_for

    revenue = demo.measures[0]
    data = measure_chart_data(demo, revenue.id, DEMO_TODAY)
    chart = MeasureChart(new_figure(), style_for(False))
    chart.update(data)
    last = data.complete[-1].value
    text = chart.describe(day_number(last.end))
    b = demo.business
    assert text.startswith(f"Week of {format_date(last.start, b)}")
    assert f"Actual: {format_value(last.actual, 'EUR', b)}" in text
    assert f"Planned: {format_value(last.planned, 'EUR', b)}" in text
    now = chart.describe(day_number(DEMO_TODAY))
    assert "(so far)" in now
    assert f"Planned: {format_value(data.status.current.planned_so_far, 'EUR', b)}" in now
