"""A chart's numbers as rows of text: the table view of the same series.

A measure's table has two parts: its periods as the chart draws them (the planned and
counted figure of each, the current one "so far", the ones to come with their plan only),
and the raw entries they were counted from, with their notes and where they came from. The
last complete period and the current one show exactly what ``measure_status`` says.
"""

from __future__ import annotations

from bakeryplan.domain.counting import PlannedPeriods
from bakeryplan.domain.model import ActualSource
from bakeryplan.domain.periods import BusinessCalendar
from bakeryplan.reports.chart_series import BurnupChartData, MeasureChartData
from bakeryplan.reports.formatting import format_date, format_percent, format_value
from bakeryplan.reports.period_names import period_name

PERIOD_HEADERS = ("Period", "Planned", "Actual", "Difference", "Entries")
ENTRY_HEADERS = ("Date", "Value", "Note", "Source")
_SOURCES = {ActualSource.TYPED: "Typed", ActualSource.IMPORTED: "Imported"}


def period_rows(data: MeasureChartData) -> list[tuple[str, str, str, str, str]]:
    """Every period from the first shown to the target date's (or today's), oldest first.

    A past period without entries says "no entries" (no data, never zero); the current
    period compares its figure so far with the plan due by now; later ones show the plan.
    """
    m, b = data.measure, data.business
    counted = {p.value.span: p.value for p in data.periods}
    current = data.status.current
    planned = PlannedPeriods(m)
    calendar = BusinessCalendar.of(b)
    rows = []
    for span in calendar.spans(m.period, data.start, max(m.target_date, data.on)):
        name = period_name(m.period, span, b)
        value = counted.get(span)
        if span.start > data.on:
            rows.append((name, format_value(planned.whole(span), m.unit, b), "", "", ""))
            continue
        if span == current.span:
            value, name = current, f"{name} (so far)"
        if value is None or value.actual is None:
            plan_value = current.planned_so_far if value is current else planned.whole(span)
            missing = "no entries yet" if value is current else "no entries"
            rows.append((name, format_value(plan_value, m.unit, b), missing, "", "0"))
            continue
        plan_value = value.planned if value.complete else value.planned_so_far
        rows.append(
            (
                name,
                format_value(plan_value, m.unit, b),
                format_value(value.actual, m.unit, b),
                format_value(value.actual - plan_value, m.unit, b),
                str(value.entries),
            )
        )
    return rows


def entry_rows(data: MeasureChartData) -> list[tuple[str, str, str, str]]:
    """Date, value, note and source of every entry the chart counted, oldest first."""
    b, unit = data.business, data.measure.unit
    return [
        (format_date(a.on, b), format_value(a.value, unit, b), a.note, _SOURCES[a.source])
        for a in data.entries
    ]


def burnup_rows(data: BurnupChartData) -> list[tuple[str, str, str]]:
    """Date, planned share and done share of the goal's steps."""
    done = [format_percent(share, data.business) for share in data.done_share]
    done += [""] * (len(data.dates) - len(done))  # after today: not known yet
    return [
        (format_date(day, data.business), format_percent(planned, data.business), done_text)
        for day, planned, done_text in zip(data.dates, data.planned_share, done, strict=True)
    ]
