"""The chart shows what the engine says: planned curve, actuals, band, forecast, target."""

from __future__ import annotations

import subprocess
import sys
import warnings
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import format_skeleton

from bakeryplan.domain.burnup import burnup_series
from bakeryplan.domain.counting import PlannedPeriods, counted_periods
from bakeryplan.domain.curves import expected_share_of_time, expected_value, planned_series
from bakeryplan.domain.health import Health, classify, expected_fraction, progress_fraction
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import (
    Actual,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Measure,
    Period,
    Plan,
)
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.reports.chart import export_figure, measure_figure
from bakeryplan.reports.chart_axes import day_of
from bakeryplan.reports.chart_frame import quiet_missing_glyphs
from bakeryplan.reports.chart_series import measure_chart_data, on_track_edge
from bakeryplan.reports.formatting import format_value
from bakeryplan.store.demo import demo_plan
from tests.chart_readback import burnup_figure, plotted_series
from tests.reports.chart_fixtures import DEMO_TODAY, TRICKY_NAMES, linear_plan, tricky_plan


@pytest.fixture(scope="module")
def demo() -> Plan:
    return demo_plan(DEMO_TODAY)


def _artist(figure, gid: str):
    ax = figure.axes[0]
    for artist in [*ax.get_lines(), *ax.collections]:
        if artist.get_gid() == gid:
            return artist
    raise KeyError(gid)


def _part_way(measure: Measure, span: Span) -> bool:
    return measure.counting is Counting.TOTAL and span.start < measure.start <= span.end


def test_the_week_a_total_starts_in_part_way_is_not_drawn(demo: Plan) -> None:
    revenue = demo.measures[0]
    assert revenue.start.weekday() != demo.business.week_start  # the demo starts mid-week
    data = measure_chart_data(demo, revenue.id, DEMO_TODAY)
    assert all(p.value.span.start >= revenue.start for p in data.complete)
    assert min(p.value.actual or 0 for p in data.complete) > 6000  # no three-day "dip"


def test_planned_and_actual_series_are_the_engines_numbers(demo: Plan) -> None:
    """One point per complete period, counted by the domain; the planned line is each
    period's plan for a total (or an average), the curve for a latest figure."""
    calendar = BusinessCalendar.of(demo.business)
    for measure in demo.measures:
        figure = measure_figure(demo, measure.id, DEMO_TODAY)
        data = measure_chart_data(demo, measure.id, DEMO_TODAY)
        counted = counted_periods(measure, demo.actuals_of(measure.id), DEMO_TODAY, calendar)
        # A total's period the measure starts in part-way is not drawn (part of a week).
        complete = [p for p in counted if p.complete and not _part_way(measure, p.span)]
        assert complete, "the demo plan records actuals for every measure"
        actual = plotted_series(figure, "actual")
        assert [v for _, v in actual] == [p.actual for p in complete]
        assert [p.value.span for p in data.complete] == [p.span for p in complete]
        if measure.counting is Counting.LATEST:
            assert plotted_series(figure, "planned") == planned_series(
                measure, data.start, data.end
            )
            for (day, _), period in zip(actual, complete, strict=True):
                assert day == max(a.on for a in demo.actuals_of(measure.id) if a.on in period.span)
        else:
            planned = PlannedPeriods(measure)
            spans = [
                span
                for span in calendar.spans(measure.period, data.start, data.end)
                if not _part_way(measure, span)
            ]
            assert plotted_series(figure, "planned") == [
                (min(span.end, data.end), planned.whole(span)) for span in spans
            ]
            assert [day for day, _ in actual] == [p.end for p in complete]


def test_a_weekly_total_from_daily_till_entries_is_drawn_week_by_week(demo: Plan) -> None:
    revenue = next(m for m in demo.measures if m.name == "Weekly revenue")
    assert (revenue.period, revenue.counting) == (Period.WEEK, Counting.TOTAL)
    entries = demo.actuals_of(revenue.id)
    figure = measure_figure(demo, revenue.id, DEMO_TODAY)
    weeks = plotted_series(figure, "actual")
    for number, (day, total) in enumerate(weeks):
        assert day.weekday() == 6  # a week (Monday to Sunday) drawn on its last day
        week = [a.value for a in entries if day - timedelta(days=6) <= a.on <= day]
        assert total == pytest.approx(sum(week))
        assert len(week) >= (1 if number == 0 else 6)  # the till's days; it began on a Friday
    status = measure_status(revenue, entries, DEMO_TODAY, business=demo.business)
    so_far = plotted_series(figure, "so-far")
    assert so_far == [(DEMO_TODAY, status.current.actual)]
    assert plotted_series(figure, "so-far-planned") == [(DEMO_TODAY, status.current.planned_so_far)]
    assert _artist(figure, "so-far").get_markerfacecolor() == "none"  # hollow: not a week yet
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert "This week so far" in legend and "Planned so far this week" in legend


def test_forecast_line_is_drawn_exactly_when_the_engine_has_a_forecast(demo: Plan) -> None:
    seen = set()
    for measure in demo.measures:
        status = measure_status(
            measure, demo.actuals_of(measure.id), DEMO_TODAY, business=demo.business
        )
        outlook = status.forecast
        figure = measure_figure(demo, measure.id, DEMO_TODAY)
        line = _artist(figure, "forecast")
        caption = next(t for t in figure.texts if t.get_gid() == "caption")
        drawn = line.get_visible() and len(line.get_xdata()) >= 2
        assert drawn == (outlook is not None and outlook.tracking is not None), measure.name
        seen.add(drawn)
        if outlook is None:
            assert caption.get_text() == ""
        else:
            assert " ".join(caption.get_text().split()) == outlook.sentence
        if drawn:
            k, judged = outlook.tracking, status.window[-1]
            first_day, first_value = plotted_series(figure, "forecast")[0]
            assert first_day <= DEMO_TODAY
            plan = judged.planned if measure.counting is not Counting.LATEST else None
            if plan is not None:
                assert first_value == pytest.approx(
                    measure.baseline + k * (plan - measure.baseline)
                )
    assert seen == {True, False}, "the demo plan should show both cases"


def test_the_forecast_keeps_the_shape_of_a_seasonal_plan(demo: Plan) -> None:
    """A planned Christmas peak stays a peak: the projection is the plan, scaled by k."""
    revenue = next(m for m in demo.measures if m.name == "Weekly revenue")
    assert revenue.curve is CurveKind.CUSTOM
    status = measure_status(
        revenue, demo.actuals_of(revenue.id), DEMO_TODAY, business=demo.business
    )
    k = status.forecast.tracking
    planned = PlannedPeriods(revenue)
    calendar = BusinessCalendar.of(demo.business)
    line = plotted_series(measure_figure(demo, revenue.id, DEMO_TODAY), "forecast")
    assert len(line) > 10
    for day, value in line:
        plan = planned.whole(calendar.span(revenue.period, day))
        assert value == pytest.approx(revenue.baseline + k * (plan - revenue.baseline))
    assert line[-1][0] == calendar.span(revenue.period, revenue.target_date).end
    peak = max(line, key=lambda point: point[1] if point[0].month == 12 else 0)
    assert any(day.month == 1 and value < peak[1] for day, value in line)  # a dip after


def test_forecast_line_ends_at_the_target_on_the_forecast_date() -> None:
    """A straight plan at 80 % of its pace: along the plan, then on along the straight line
    past the target date to the day the engine says the target is reached."""
    plan = linear_plan(pace=0.8)
    measure = plan.measures[0]
    outlook = measure_status(measure, plan.actuals, DEMO_TODAY).forecast
    assert outlook is not None and outlook.reach_date is not None
    assert outlook.reach_date > measure.target_date
    line = plotted_series(measure_figure(plan, 1, DEMO_TODAY), "forecast")
    assert line[-1] == (outlook.reach_date, measure.target)
    assert line[-2][0] == measure.target_date


def test_a_missed_target_date_on_a_straight_plan_runs_on_to_the_forecast_date() -> None:
    plan = linear_plan(pace=0.8)
    measure = plan.measures[0]
    late = measure.target_date + timedelta(days=30)
    actuals = (*plan.actuals, Actual(1, measure.target_date + timedelta(days=20), 1850.0, id=999))
    plan = replace(plan, actuals=actuals)
    outlook = measure_status(measure, actuals, late).forecast
    assert outlook is not None and outlook.reach_date is not None and outlook.reach_date > late
    line = plotted_series(measure_figure(plan, 1, late), "forecast")
    assert line[0][0] > measure.target_date and line[-1] == (outlook.reach_date, measure.target)


def test_a_target_reached_before_the_latest_actual_draws_no_line_back_in_time() -> None:
    """0 to 50 members by 31 Dec 2026, reached in June and passed since: nothing to forecast."""
    measure = Measure(
        goal_id=1, name="Loyalty members", baseline=0.0, target=50.0,
        start=date(2026, 1, 1), target_date=date(2026, 12, 31), id=1,
    )  # fmt: skip
    actuals = tuple(
        Actual(measure_id=1, on=day, value=value, id=n)
        for n, (day, value) in enumerate(
            [(date(2026, 3, 1), 20.0), (date(2026, 6, 1), 55.0), (date(2026, 9, 1), 62.0),
             (date(2026, 11, 1), 70.0)], start=1,
        )
    )  # fmt: skip
    plan = Plan(Business("Shop"), measures=(measure,), actuals=actuals)
    outlook = measure_status(measure, actuals, DEMO_TODAY).forecast
    assert outlook is not None and outlook.sentence == "Target reached."
    figure = measure_figure(plan, 1, DEMO_TODAY)
    assert not _artist(figure, "forecast").get_visible()
    assert measure_chart_data(plan, 1, DEMO_TODAY).forecast_line is None


def test_no_forecast_with_a_single_actual() -> None:
    plan = linear_plan()
    plan = Plan(plan.business, goals=plan.goals, measures=plan.measures, actuals=plan.actuals[:1])
    figure = measure_figure(plan, 1, DEMO_TODAY)
    assert not _artist(figure, "forecast").get_visible()
    assert "Forecast" not in [t.get_text() for t in figure.axes[0].get_legend().get_texts()]


@pytest.mark.parametrize("day_offset", [3, 20, 60, 120, 200, 300, 364])
def test_band_edge_is_where_health_stops_being_on_track(day_offset: int) -> None:
    measure = linear_plan().measures[0]
    day = measure.start + timedelta(days=day_offset)
    edge = on_track_edge(measure, day)
    expected = expected_fraction(measure, day)
    elapsed = expected_share_of_time(measure, day)
    span = measure.target - measure.baseline
    at_edge = classify(progress_fraction(measure, edge + 1e-6 * span), expected, elapsed)
    below = classify(progress_fraction(measure, edge - 0.002 * span), expected, elapsed)
    assert at_edge is Health.ON_TRACK
    assert below is not Health.ON_TRACK


def test_band_follows_a_stepped_curve_and_lies_between_plan_and_edge() -> None:
    plan = linear_plan()
    m = plan.measures[0]
    stepped = replace(m, curve=CurveKind.STEPPED, points=(
        CurvePoint(m.start + timedelta(days=100), 1300.0),
        CurvePoint(m.start + timedelta(days=200), 1600.0),
    ))  # fmt: skip
    plan = Plan(plan.business, goals=plan.goals, measures=(stepped,), actuals=plan.actuals)
    data = measure_chart_data(plan, 1, DEMO_TODAY)
    assert list(data.planned) == planned_series(stepped, data.start, data.end)
    jumps = {d for d, _ in data.planned if sum(1 for e, _ in data.planned if e == d) > 1}
    assert len(jumps) == 3  # two points and the target date
    for day, low, high in zip(data.band_dates, data.band_low, data.band_high, strict=True):
        edge = on_track_edge(stepped, day)
        assert edge == pytest.approx(low) or edge == pytest.approx(high)
        if day not in jumps:
            plan_value = expected_value(stepped, day)
            assert {round(low, 6), round(high, 6)} == {round(edge, 6), round(plan_value, 6)}
    assert sum(1 for d in data.band_dates if d in jumps) == 2 * len(jumps)


def test_keep_within_measure_shows_its_band(demo: Plan) -> None:
    band_measure = next(m for m in demo.measures if m.direction.value == "band")
    data = measure_chart_data(demo, band_measure.id, DEMO_TODAY)
    assert set(data.band_low) == {band_measure.band_low}
    assert set(data.band_high) == {band_measure.band_high}


def test_a_one_sided_band_is_open_beyond_everything_shown(demo: Plan) -> None:
    band_measure = next(m for m in demo.measures if m.direction.value == "band")
    at_least = replace(band_measure, band_high=None)
    plan = replace(demo, measures=tuple(at_least if m.id == at_least.id else m
                                        for m in demo.measures))  # fmt: skip
    data = measure_chart_data(plan, at_least.id, DEMO_TODAY)
    assert set(data.band_low) == {at_least.band_low}
    shown = [*data.actual_values, *(v for _, v in data.planned)]
    assert min(data.band_high) > max(shown)  # not "between 28 and the target"
    figure = measure_figure(plan, at_least.id, DEMO_TODAY)
    low, high = figure.axes[0].get_ylim()
    assert low < at_least.band_low and high < min(data.band_high)  # the open side is cut off
    reversed_band = replace(band_measure, band_low=band_measure.band_high,
                            band_high=band_measure.band_low)  # fmt: skip
    plan = replace(demo, measures=tuple(reversed_band if m.id == reversed_band.id else m
                                        for m in demo.measures))  # fmt: skip
    data = measure_chart_data(plan, reversed_band.id, DEMO_TODAY)
    assert set(data.band_low) == {band_measure.band_low}
    assert set(data.band_high) == {band_measure.band_high}


def test_title_is_the_measure_and_subtitle_goal_and_business(demo: Plan) -> None:
    measure = demo.measures[0]
    figure = measure_figure(demo, measure.id, DEMO_TODAY)
    texts = {t.get_gid(): t.get_text() for t in figure.texts}
    assert texts["title"] == measure.name
    goal = demo.goal(measure.goal_id)
    assert texts["subtitle"] == f"{goal.title} · {demo.business.name}"


def test_planned_and_actual_differ_in_line_style_and_marker(demo: Plan) -> None:
    figure = measure_figure(demo, demo.measures[0].id, DEMO_TODAY)
    planned, actual = _artist(figure, "planned"), _artist(figure, "actual")
    assert planned.get_linestyle() != actual.get_linestyle()
    assert planned.get_marker() in ("None", None, "") and actual.get_marker() == "o"
    assert planned.get_color() != actual.get_color()


def test_axes_follow_the_plans_locale_and_currency() -> None:
    business = Business(name="Boulangerie", currency="EUR", locale="fr_FR")
    plan = linear_plan(business=business)
    figure = measure_figure(plan, 1, DEMO_TODAY)
    figure.canvas.draw()
    ax = figure.axes[0]
    y_ticks = [(t.get_text(), t.get_position()[1]) for t in ax.get_yticklabels() if t.get_text()]
    assert y_ticks
    for text, value in y_ticks:
        assert text == format_value(value, "EUR", business)
        assert text.endswith("€")  # French: the sign after the number
    x_ticks = [(t.get_text(), t.get_position()[0]) for t in ax.get_xticklabels() if t.get_text()]
    assert x_ticks
    for text, number in x_ticks:
        day = day_of(number)
        assert text == format_skeleton("yMMM", day, locale="fr_FR")
    assert any(text[0].islower() for text, _ in x_ticks)  # "avr. 2026", not "Apr 2026"


def test_a_counted_measure_has_whole_number_ticks_only(demo: Plan) -> None:
    cafes = next(m for m in demo.measures if m.unit == "cafes")
    rating = next(m for m in demo.measures if m.unit == "stars")
    for measure, whole in ((cafes, True), (rating, False)):
        figure = measure_figure(demo, measure.id, DEMO_TODAY)
        figure.canvas.draw()
        low, high = figure.axes[0].get_ylim()
        ticks = [t for t in figure.axes[0].get_yticks() if low <= t <= high]
        assert len(ticks) >= 3
        assert all(float(t).is_integer() for t in ticks) is whole, (measure.name, ticks)


def test_burnup_figure_plots_the_engines_shares() -> None:
    plan = linear_plan()
    figure = burnup_figure(plan, 1, DEMO_TODAY)
    series = burnup_series(plan.steps_of(1), *_burnup_range(figure))
    assert plotted_series(figure, "planned") == [(d, p) for d, p, _ in series]
    assert plotted_series(figure, "actual") == [(d, x) for d, _, x in series if d <= DEMO_TODAY]
    assert series[-1][0] > DEMO_TODAY  # the planned line goes on to the due date


def _burnup_range(figure) -> tuple[date, date]:
    points = plotted_series(figure, "planned")
    return points[0][0], points[-1][0]


def test_burnup_refuses_a_goal_without_steps(demo: Plan) -> None:
    plan = linear_plan()
    plan = Plan(plan.business, goals=plan.goals, measures=plan.measures)
    with pytest.raises(ValueError, match="no steps"):
        burnup_figure(plan, 1, DEMO_TODAY)


def test_tricky_user_text_is_drawn_as_written() -> None:
    plan = tricky_plan()
    for measure in plan.measures:
        figure = measure_figure(plan, measure.id, DEMO_TODAY)
        figure.canvas.draw()  # must not raise (mathtext, missing glyphs, bidi)
        title = next(t for t in figure.texts if t.get_gid() == "title")
        assert not title.get_parse_math()
        shown = title.get_text().replace("\n", " ")
        if len(measure.name) < 60:
            assert shown == measure.name
        else:
            assert shown.endswith("…") and len(shown) < len(measure.name)
    dollar = measure_figure(plan, 1, DEMO_TODAY)
    assert next(t for t in dollar.texts if t.get_gid() == "title").get_text() == TRICKY_NAMES[0]


def test_matplotlib_is_lazy_and_pyplot_is_never_imported(tmp_path) -> None:
    script = f"""
import sys
from bakeryplan.reports import chart, export, pack
from bakeryplan.ui.panels import chart_panel
assert "matplotlib" not in sys.modules, "importing the chart modules loaded matplotlib"
from bakeryplan.store.demo import demo_plan
from datetime import date
on = date(2026, 11, 27)
plan = demo_plan(on)
export.export_measure_chart(plan, 1, r"{tmp_path / "c.png"}", on=on)
from bakeryplan.reports.chart_series import burnup_chart_data
from bakeryplan.reports.chart_style import style_for
figure = chart.new_figure()
chart.BurnupChart(figure, style_for(False)).update(burnup_chart_data(plan, plan.goals[0].id, on))
figure.canvas.draw()
assert "matplotlib" in sys.modules
print("pyplot" if "matplotlib.pyplot" in sys.modules else "clean")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_emoji_in_a_name_draws_and_exports_without_glyph_warnings(tmp_path: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    plan = tricky_plan()
    name = "Croissants 🥐 sold 🎉"
    measure = next(m for m in plan.measures if m.name == name)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", category=UserWarning)
        figure = measure_figure(plan, measure.id, DEMO_TODAY)
        FigureCanvasAgg(figure).draw()
        for suffix in ("png", "svg", "pdf"):
            export_figure(figure, tmp_path / f"chart.{suffix}", title=name, business="b",
                          author="a")  # fmt: skip
    title = next(t for t in figure.texts if t.get_gid() == "title")
    assert title.get_text() == name  # kept as written


def test_only_the_missing_glyph_warning_is_silenced() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with quiet_missing_glyphs():
            warnings.warn("Glyph 129360 (\\N{CROISSANT}) missing from font(s) DejaVu Sans.",
                          UserWarning, stacklevel=1)  # fmt: skip
            warnings.warn("Something else went wrong.", UserWarning, stacklevel=1)
            warnings.warn("Glyph 1 (x) missing from font(s) Sans.", DeprecationWarning,
                          stacklevel=1)  # fmt: skip
    assert [str(w.message) for w in caught] == [
        "Something else went wrong.",
        "Glyph 1 (x) missing from font(s) Sans.",
    ]
