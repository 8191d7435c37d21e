"""A chart's numbers as rows of text: the table view of the same series.

A measure's table has two parts: its periods as the chart draws them (the planned and
counted figure of each, the current one "so far", the ones to come with their plan only),
and the raw entries they were counted from, with their notes and where they came from. The
last complete period and the current one show exactly what ``measure_status`` says, in the
words and rounding of ``measure_figures`` (as the status, the one-page plan and the pack).
"""

from __future__ import annotations

from bakeryplan.domain.counting import PlannedPeriods
from bakeryplan.domain.model import ActualSource, Plan
from bakeryplan.domain.periods import BusinessCalendar
from bakeryplan.domain.year_plan import judged_on_its_year
from bakeryplan.reports.chart_series import BurnupChartData, MeasureChartData
from bakeryplan.reports.measure_figures import (
    current_figures,
    digits_for,
    period_figures,
    value_digits,
)
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.translate import translate

PERIOD_HEADERS = ("Period", "Planned", "Actual", "Difference", "Entries")
ENTRY_HEADERS = ("Date", "Value", "Note", "Source")


def period_headers() -> tuple[str, ...]:
    """PERIOD_HEADERS in the current language."""
    return (
        translate("chart_table", "Period"),
        translate("chart_table", "Planned"),
        translate("chart_table", "Actual"),
        translate("chart_table", "Difference"),
        translate("chart_table", "Entries"),
    )


def entry_headers() -> tuple[str, ...]:
    """ENTRY_HEADERS in the current language."""
    return (
        translate("chart_table", "Date"),
        translate("chart_table", "Value"),
        translate("chart_table", "Note"),
        translate("chart_table", "Source"),
    )


def _source(source: ActualSource) -> str:
    if source is ActualSource.IMPORTED:
        return translate("chart_table", "Imported")
    return translate("chart_table", "Typed")


def period_rows(plan: Plan, data: MeasureChartData) -> list[tuple[str, str, str, str, str]]:
    """Every period from the first shown to the target date's (or today's), oldest first;
    for a plan judged on its year, to the last one shown (the chart ends with the plan).

    Labels, figures and rounding are ``measure_figures``' own, as status and the printouts
    write them. A past period without entries says "no entries" (no data, never zero); the
    current one compares its figure so far with the plan due by now; later ones show the
    plan alone.
    """
    m, b, status = data.measure, data.business, data.status
    counted = {p.value.span: p.value for p in data.periods}
    planned = PlannedPeriods(m)
    digits = value_digits(plan, m)
    rows = []
    last = data.end if judged_on_its_year(m) else max(m.target_date, data.on)
    for span in BusinessCalendar.of(b).spans(m.period, data.start, last):
        value = counted.get(span)
        if span == status.current.span:
            line = current_figures(plan, status)
            entries = str(status.current.entries)
        elif value is not None and value.actual is not None:
            line = period_figures(plan, m, value)
            entries = str(value.entries)
        else:
            plan_value = planned.whole(span)
            plan_text = formatter_for(b).measured(
                plan_value, m.unit, digits_for(plan_value, digits)
            )
            label = formatter_for(b).period(span, m.period)
            missing = (
                ("", "") if span.start > data.on else (translate("chart_table", "no entries"), "0")
            )
            rows.append((label, plan_text, missing[0], "", missing[1]))
            continue
        rows.append((line.label, line.planned, line.actual, line.difference, entries))
    return rows


def entry_rows(data: MeasureChartData) -> list[tuple[str, str, str, str]]:
    """Date, value, note and source of every entry the chart counted, oldest first."""
    b, unit = data.business, data.measure.unit
    return [
        (
            formatter_for(b).date(a.on),
            formatter_for(b).value(a.value, unit),
            a.note,
            _source(a.source),
        )
        for a in data.entries
    ]


def burnup_rows(data: BurnupChartData) -> list[tuple[str, str, str]]:
    """Date, planned share and done share of the goal's steps."""
    done = [formatter_for(data.business).percent(share) for share in data.done_share]
    done += [""] * (len(data.dates) - len(done))  # after today: not known yet
    return [
        (
            formatter_for(data.business).date(day),
            formatter_for(data.business).percent(planned),
            done_text,
        )
        for day, planned, done_text in zip(data.dates, data.planned_share, done, strict=True)
    ]
