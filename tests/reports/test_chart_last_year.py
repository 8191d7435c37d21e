"""The chart can draw last year's entries faintly behind a plan drawn from them."""

from __future__ import annotations

import math
from datetime import date

import pytest

from bakeryplan.domain.last_year_line import last_year_periods
from bakeryplan.reports.chart import measure_figure
from tests.chart_readback import plotted_series
from tests.reports.test_pack_plan_origin import ON, derived_plan


def test_last_years_line_follows_the_plans_periods() -> None:
    """One point a period at the period's last day, as the planned line draws them."""
    plan = derived_plan()
    figure = measure_figure(plan, 1, ON, last_year=True)
    drawn = plotted_series(figure, "last-year")
    periods = last_year_periods(plan.measures[0], plan.actuals_of(1), plan.business)
    assert [day for day, _ in drawn] == [span.end for span, _ in periods]
    planned_days = {day for day, _ in plotted_series(figure, "planned")}
    assert {day for day, _ in drawn} <= planned_days
    values = [value for _, value in drawn]
    assert values == pytest.approx([v if v is not None else math.nan for _, v in periods])
    easter_2027 = next(v for d, v in drawn if d == date(2027, 3, 28))
    assert easter_2027 > 1.5 * next(v for d, v in drawn if d == date(2027, 3, 14))
    legend = figure.axes[0].get_legend()
    assert "Last year" in [text.get_text() for text in legend.get_texts()]


def test_without_the_switch_or_a_derived_plan_there_is_no_such_line() -> None:
    plan = derived_plan()
    assert plotted_series(measure_figure(plan, 1, ON), "last-year") == []
    assert plotted_series(measure_figure(plan, 2, ON, last_year=True), "last-year") == []
