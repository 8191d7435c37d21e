"""Planned-versus-actual charts as matplotlib Figures, built directly and imported lazily.

A chart keeps its artists: :class:`MeasureChart` builds the lines once and ``update`` sets
their data, so the live panel redraws a 5-year daily series quickly, and the exported figure
is the very same drawing. Every artist carries a ``gid`` ("planned", "actual", "so-far",
"so-far-planned", "forecast", "band", "target", "today", "last-year") so tests and tools can
read back what was plotted. The actual line has one point per complete period; the
unfinished current period is a hollow marker, "so far", beside the part of its plan due by
now.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bakeryplan.domain.health import band_bounds
from bakeryplan.domain.model import Business, Direction, Period, Plan
from bakeryplan.reports.chart_axes import day_number, day_of, use_plan_axes, use_share_axis
from bakeryplan.reports.chart_frame import ChartFrame, configure_matplotlib, quiet_figure_class
from bakeryplan.reports.chart_series import (
    BurnupChartData,
    MeasureChartData,
    measure_chart_data,
    planned_on,
)
from bakeryplan.reports.chart_style import EXPORT_SIZE_INCHES, ChartStyle, style_for
from bakeryplan.text.formatter import NOT_A_NUMBER, formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Markers on more points than this would merge into a smear; thin them out.
_MAX_MARKERS = 90
#: Extra room at both ends of the time axis, so a marker on the last day is not cut.
_X_MARGIN = 0.015


class MeasureChart(ChartFrame[MeasureChartData]):
    """Planned curve, on-track band, actuals, forecast, target and today for one measure."""

    def __init__(
        self, figure: Figure, style: ChartStyle, *, titled: bool = True, live: bool = False
    ) -> None:
        super().__init__(figure, style, titled=titled, live=live)
        s, ax = style, self.ax
        (self.last_year,) = ax.plot(
            [], [], ls="-", color=s.muted, lw=1.4, alpha=0.6,
            label="", zorder=1.5,
        )  # fmt: skip
        (self.planned,) = ax.plot(
            [], [], ls=s.planned_style, color=s.planned, lw=s.planned_width, label=""
        )
        self.band = ax.fill_between([], [], [], color=s.band, alpha=s.band_alpha, lw=0, label="")
        self.band.set_hatch(s.band_hatch)
        self.band.set_edgecolor(s.planned)
        (self.actual,) = ax.plot(
            [], [], ls=s.actual_style, color=s.actual, lw=s.actual_width,
            marker=s.actual_marker, markersize=3.6, label="",
        )  # fmt: skip
        (self.so_far,) = ax.plot(
            [], [], ls="none", color=s.actual, marker=s.actual_marker, markersize=7,
            markerfacecolor="none", markeredgewidth=1.6, label="",
        )  # fmt: skip
        (self.so_far_planned,) = ax.plot(
            [], [], ls="none", color=s.planned, marker="_", markersize=12,
            markeredgewidth=2.2, label="",
        )  # fmt: skip
        (self.forecast,) = ax.plot([], [], ls=s.forecast_style, color=s.forecast, lw=1.6, label="")
        self.target_line = ax.axhline(0, ls=s.target_style, color=s.target, lw=1.0)
        (self.target,) = ax.plot(
            [], [], ls=s.target_style, color=s.target, marker=s.target_marker,
            markersize=6, lw=1.0, label="",
        )  # fmt: skip
        self.today = ax.axvline(0, color=s.today, lw=1.0, label="")
        self.today_label = ax.text(
            0, 1.0, "", transform=ax.get_xaxis_transform(), fontsize=8, color=s.today,
            ha="left", va="bottom", parse_math=False,
        )  # fmt: skip
        for artist, gid in (
            (self.last_year, "last-year"),
            (self.planned, "planned"),
            (self.band, "band"),
            (self.actual, "actual"),
            (self.so_far, "so-far"),
            (self.so_far_planned, "so-far-planned"),
            (self.forecast, "forecast"),
            (self.target, "target"),
            (self.target_line, "target-line"),
            (self.today, "today"),
        ):
            artist.set_gid(gid)
        self.add_dynamic(
            self.last_year, self.band, self.target_line, self.planned, self.actual,
            self.so_far, self.so_far_planned, self.forecast, self.target, self.today,
        )  # fmt: skip
        self._axes_for: tuple[str, Business, bool] | None = None

    def _name_series(self) -> None:
        """The legend's words, in the current language: set at each update, since a kept
        chart draws a German plan's export after an English one's."""
        self.last_year.set_label(translate("chart", "Last year"))
        self.planned.set_label(translate("chart", "Planned"))
        self.band.set_label(translate("chart", "On-track band"))
        self.actual.set_label(translate("chart", "Actual"))
        self.forecast.set_label(translate("chart", "Forecast"))
        self.target.set_label(translate("chart", "Target"))
        self.today.set_label(translate("chart", "Today"))

    def update(self, data: MeasureChartData) -> None:
        """Put new series into the existing artists (no artist is rebuilt)."""
        self.data = data
        self._name_series()
        m = data.measure
        whole = all(float(v).is_integer() for v in (*data.actual_values, m.baseline, m.target))
        if self._axes_for != (m.unit, data.business, whole):
            use_plan_axes(self.ax, data.business, m.unit, whole=whole)
            self._axes_for = (m.unit, data.business, whole)
        self.planned.set_data(
            [day_number(d) for d, _ in data.planned], [v for _, v in data.planned]
        )
        self.last_year.set_data(
            [day_number(d) for d, _ in data.last_year],
            [math.nan if v is None else v for _, v in data.last_year],
        )
        self.last_year.set_visible(bool(data.last_year))
        band_x = [day_number(d) for d in data.band_dates]
        self.band.set_data(band_x, data.band_low, data.band_high)
        xs = [day_number(d) for d in data.actual_dates]
        self.actual.set_data(xs, data.actual_values)
        self.actual.set_markevery(max(1, len(xs) // _MAX_MARKERS))
        self._show_so_far(data)
        line = data.forecast_line
        if line is None:
            self.forecast.set_data([], [])
        else:
            self.forecast.set_data([day_number(d) for d, _ in line], [v for _, v in line])
        self.forecast.set_visible(line is not None)
        self.target.set_data([day_number(m.target_date)], [m.target])
        self.target_line.set_ydata([m.target, m.target])
        self.target.set_visible(data.shows_target)
        self.target_line.set_visible(data.shows_target)
        today = day_number(data.on)
        self.today.set_xdata([today, today])
        self.today_label.set_position((today, 1.0))
        self.today_label.set_text(" " + formatter_for(data.business).date(data.on))
        self.today.set_visible(data.start <= data.on <= data.end)
        self.today_label.set_visible(self.today.get_visible())
        self._set_limits(data)
        self.set_titles(data.title, data.subtitle, data.caption)
        shown = [
            self.last_year, self.planned, self.band, self.actual, self.so_far,
            self.so_far_planned, self.forecast, self.target, self.today,
        ]  # fmt: skip
        # On screen "so far" stays in the legend while today is in view: the legend is
        # part of the frame, and the first entry of a day must not redraw all of it.
        keep = self.live and self.today.get_visible()
        so_far = (self.so_far, self.so_far_planned) if keep else ()
        self.set_legend([a for a in shown if a.get_visible() and (_has_data(a) or a in so_far)])
        self.finish_update((self.today_label.get_text(), today))

    def _show_so_far(self, data: MeasureChartData) -> None:
        """The current period: its figure so far (hollow) and the plan due by now."""
        so_far, planned = _so_far_labels(data.measure.period)
        self.so_far.set_label(so_far)
        self.so_far_planned.set_label(planned)
        current = data.so_far
        if current is None:
            self.so_far.set_data([], [])
            self.so_far_planned.set_data([], [])
            return
        x = [day_number(current.day)]
        actual = current.value.actual
        self.so_far.set_data(x, [math.nan if actual is None else actual])
        self.so_far_planned.set_data(x, [current.value.planned_so_far])

    def _set_limits(self, data: MeasureChartData) -> None:
        m = data.measure
        values = [v for _, v in data.planned]
        values += [*data.actual_values, m.target, m.baseline]
        values += [v for _, v in data.last_year if v is not None]
        current = data.so_far
        if current is not None and current.value.actual is not None:
            values += [current.value.actual, current.value.planned_so_far]
        if m.direction is Direction.BAND:  # an open side of a one-sided band sets no limit
            values += [bound for bound in band_bounds(m) if bound is not None]
        else:
            values += [*data.band_low, *data.band_high]
        if data.forecast_line:
            values += [v for _, v in data.forecast_line]
        low, high = min(values), max(values)
        pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
        self.fit_limits("y", low - pad, high + pad)
        first, last = day_number(data.start), day_number(data.end)
        margin = (last - first) * _X_MARGIN
        self.fit_limits("x", first - margin, last + margin)

    def describe(self, x: float) -> str:
        """Plain words for the period under the mouse: its name, planned and actual (the
        current period "so far"), or the date and the plan between periods."""
        data = self.data
        if data is None:
            return ""
        day = day_of(x)
        b, m = data.business, data.measure
        near = data.period_near(day)
        close = max((data.end - data.start).days // 200, 0)
        if near is None or abs((near.day - day).days) > close:
            planned_text = formatter_for(b).value(planned_on(data, day), m.unit)
            return translate("chart", "{period}   Planned: {planned}   Actual: {actual}").format(
                period=formatter_for(b).date(day), planned=planned_text, actual=NOT_A_NUMBER
            )
        value = near.value
        name = formatter_for(b).period(value.span, m.period)
        if value.complete:
            planned, actual = value.planned, value.actual
        else:
            planned, actual = value.planned_so_far, value.actual
            name = translate("chart", "{period} (so far)").format(period=name)
        planned_text = formatter_for(b).value(planned, m.unit)
        actual_text = NOT_A_NUMBER if actual is None else formatter_for(b).value(actual, m.unit)
        return translate("chart", "{period}   Planned: {planned}   Actual: {actual}").format(
            period=name, planned=planned_text, actual=actual_text
        )


class BurnupChart(ChartFrame[BurnupChartData]):
    """Planned against done share of a goal's steps."""

    def __init__(
        self, figure: Figure, style: ChartStyle, *, titled: bool = True, live: bool = False
    ) -> None:
        super().__init__(figure, style, titled=titled, live=live)
        s, ax = style, self.ax
        (self.planned,) = ax.plot(
            [], [], ls=s.planned_style, color=s.planned, lw=s.planned_width,
            drawstyle="steps-post", label="",
        )  # fmt: skip
        (self.done,) = ax.plot(
            [], [], ls=s.actual_style, color=s.actual, lw=s.actual_width, marker=s.actual_marker,
            markersize=3.6, drawstyle="steps-post", label="",
        )  # fmt: skip
        self.today = ax.axvline(0, color=s.today, lw=1.0, label="")
        self.planned.set_gid("planned")
        self.done.set_gid("actual")
        self.today.set_gid("today")
        self.add_dynamic(self.planned, self.done, self.today)
        ax.set_ylim(-0.02, 1.05)
        self._axes_for: Any = None

    def update(self, data: BurnupChartData) -> None:
        self.data = data
        self.planned.set_label(translate("chart", "Planned share of steps"))
        self.done.set_label(translate("chart", "Done"))
        self.today.set_label(translate("chart", "Today"))
        if self._axes_for != data.business:
            use_plan_axes(self.ax, data.business, "")
            use_share_axis(self.ax, data.business)
            self._axes_for = data.business
        xs = [day_number(d) for d in data.dates]
        self.planned.set_data(xs, data.planned_share)
        done = data.done_share
        self.done.set_data(xs[: len(done)], done)
        # A marker where work was finished (and at today), not on every sampled day.
        steps = [i for i in range(1, len(done)) if done[i] != done[i - 1]]
        self.done.set_markevery([0, *steps, len(done) - 1] if done else [])
        today = day_number(data.on)
        self.today.set_xdata([today, today])
        self.today.set_visible(data.start <= data.on <= data.end)
        first, last = day_number(data.start), day_number(data.end)
        margin = (last - first) * _X_MARGIN
        self.fit_limits("x", first - margin, last + margin)
        self.set_titles(data.title, data.subtitle, "")
        shown = [self.planned, self.done, self.today]
        self.set_legend([a for a in shown if a.get_visible()])
        self.finish_update()

    def describe(self, x: float) -> str:
        data = self.data
        if data is None or not data.dates:
            return ""
        day = day_of(x)
        i = max(bisect_right(data.dates, day) - 1, 0)
        b = data.business
        planned = formatter_for(b).percent(data.planned_share[i])
        done = (
            formatter_for(b).percent(data.done_share[i])
            if i < len(data.done_share)
            else NOT_A_NUMBER
        )
        return translate("chart", "{day}   Planned: {planned}   Done: {done}").format(
            day=formatter_for(b).date(day), planned=planned, done=done
        )


def _so_far_labels(period: Period) -> tuple[str, str]:
    """The current period's two legend entries, a whole phrase per kind of period."""
    labels = {
        Period.DAY: (
            translate("chart", "Today so far"),
            translate("chart", "Planned so far today"),
        ),
        Period.WEEK: (
            translate("chart", "This week so far"),
            translate("chart", "Planned so far this week"),
        ),
        Period.MONTH: (
            translate("chart", "This month so far"),
            translate("chart", "Planned so far this month"),
        ),
        Period.QUARTER: (
            translate("chart", "This quarter so far"),
            translate("chart", "Planned so far this quarter"),
        ),
        Period.YEAR: (
            translate("chart", "This year so far"),
            translate("chart", "Planned so far this year"),
        ),
    }
    return labels[period]


def _has_data(artist: Any) -> bool:
    if hasattr(artist, "get_xdata"):
        return len(artist.get_xdata()) > 0
    return True


def new_figure(size_inches: tuple[float, float] = EXPORT_SIZE_INCHES) -> Figure:
    """A bare Figure with an Agg canvas: no global figure manager, no GUI, no shared state."""
    configure_matplotlib()
    return quiet_figure_class()(figsize=size_inches, dpi=100)


def measure_figure(
    plan: Plan,
    measure_id: int,
    on: date,
    *,
    start: date | None = None,
    end: date | None = None,
    dark: bool = False,
    titled: bool = True,
    size_inches: tuple[float, float] = EXPORT_SIZE_INCHES,
    last_year: bool = False,
) -> Figure:
    """The planned-versus-actual chart of one measure, ready to save or embed.

    ``titled=False`` leaves out the title block and the forecast caption, for a page that
    prints them itself (the progress pack). ``last_year`` draws last year's entries faintly
    behind a plan drawn from them.
    """
    data = measure_chart_data(plan, measure_id, on, start=start, end=end, last_year=last_year)
    figure = new_figure(size_inches)
    with in_language(language_of(plan.business.locale)):  # a printout: the plan's language
        MeasureChart(figure, style_for(dark), titled=titled).update(data)
    return figure


def export_figure(
    figure: Figure,
    path: str | Path,
    *,
    title: str,
    business: str,
    author: str,
    created: datetime | None = None,
) -> Path:
    """Save as PNG (300 dpi), SVG or PDF by suffix, atomically (see reports.export)."""
    from bakeryplan.reports.export import export_figure as write

    return write(figure, path, title=title, business=business, author=author, created=created)
