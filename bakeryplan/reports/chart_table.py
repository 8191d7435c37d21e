"""A chart's numbers as rows of text: the table view of the same series."""

from __future__ import annotations

from bakeryplan.reports.chart_series import BurnupChartData, MeasureChartData
from bakeryplan.reports.formatting import format_date, format_percent, format_value


def measure_rows(data: MeasureChartData) -> list[tuple[str, str, str, str]]:
    """Date, planned, actual and difference for every planned point and every actual."""
    b, unit = data.business, data.measure.unit
    actual_by_day = dict(zip(data.actual_dates, data.actual_values, strict=True))
    days = sorted({d for d, _ in data.planned} | set(actual_by_day))
    rows = []
    for day in days:
        planned = data.planned_on(day)
        actual = actual_by_day.get(day)
        rows.append(
            (
                format_date(day, b),
                format_value(planned, unit, b),
                "" if actual is None else format_value(actual, unit, b),
                "" if actual is None else format_value(actual - planned, unit, b),
            )
        )
    return rows


def burnup_rows(data: BurnupChartData) -> list[tuple[str, str, str]]:
    """Date, planned share and done share of the goal's steps."""
    done = [format_percent(share, data.business) for share in data.done_share]
    done += [""] * (len(data.dates) - len(done))  # after today: not known yet
    return [
        (format_date(day, data.business), format_percent(planned, data.business), done_text)
        for day, planned, done_text in zip(data.dates, data.planned_share, done, strict=True)
    ]
