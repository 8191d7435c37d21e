"""Read back what a chart draws, and draw a goal's burn-up chart on its own, for tests.

The app draws burn-up charts only inside the chart panel; these tests check the chart
itself, the same way the panel builds it.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.figure import Figure

from bakeryplan.domain.model import Plan
from bakeryplan.reports.chart import BurnupChart, new_figure
from bakeryplan.reports.chart_axes import day_of
from bakeryplan.reports.chart_series import burnup_chart_data
from bakeryplan.reports.chart_style import style_for


def plotted_series(figure: Figure, gid: str) -> list[tuple[date, float]]:
    """The (day, value) points a figure shows for the series ``gid``."""
    for line in figure.axes[0].get_lines():
        if line.get_gid() == gid:
            xs = np.asarray(line.get_xdata(), dtype=float)
            ys = np.asarray(line.get_ydata(), dtype=float)
            return [(day_of(float(x)), float(y)) for x, y in zip(xs, ys, strict=True)]
    raise KeyError(gid)


def burnup_figure(plan: Plan, goal_id: int, on: date) -> Figure:
    """Planned against done share of a goal's steps, as the chart panel draws it."""
    figure = new_figure()
    BurnupChart(figure, style_for(False), titled=True).update(burnup_chart_data(plan, goal_id, on))
    return figure
