"""A measure's figures as every output writes them: the window health judged, the last
complete period and the current one so far.

The terminal's status, the one-page plan, the progress pack and the chart's table all take
their numbers and labels from here, so the same measure on the same day reads the same
everywhere: one figure, one planned value, one rounding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import dates as babel_dates

from bakeryplan.domain.counting import PeriodValue
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Business, Counting, Measure, Period, Plan
from bakeryplan.domain.periods import Span
from bakeryplan.domain.units import unit_for
from bakeryplan.reports.formatting import (
    NOT_A_NUMBER,
    currency_code_for_unit,
    format_date,
    format_number,
    format_percent,
    format_value,
    locale_of,
)

#: The most decimals a planned value or a difference shows.
MAX_DIGITS = 2

_NOUNS = {
    Period.DAY: ("day", "days"),
    Period.WEEK: ("week", "weeks"),
    Period.MONTH: ("month", "months"),
    Period.QUARTER: ("quarter", "quarters"),
    Period.YEAR: ("year", "years"),
}
_THIS = {
    Period.DAY: "Today",
    Period.WEEK: "This week",
    Period.MONTH: "This month",
    Period.QUARTER: "This quarter",
    Period.YEAR: "This year",
}


@dataclass(frozen=True)
class FigureLine:
    """One figure of a measure against its plan, ready to print."""

    label: str  # "4 weeks to 29 Nov 2026", "Week of 23 Nov 2026", "This week so far"
    actual: str  # NOT_A_NUMBER when the period has no entry
    planned: str
    difference: str  # signed, NOT_A_NUMBER without an actual


def period_noun(period: Period, count: int = 1) -> str:
    """ "week", "3 weeks": what a measure's period is called in a sentence."""
    singular, plural = _NOUNS[period]
    return singular if count == 1 else f"{count} {plural}"


def period_label(span: Span, period: Period, business: Business) -> str:
    """A period as a person names it: "2 Dec 2026", "Week of 30 Nov 2026", "November 2026",
    "Oct - Dec 2026", "2026" (a fiscal year across two calendar years: "Apr 2026 - Mar 2027"),
    with an en dash between the months."""
    if period is Period.DAY:
        return format_date(span.start, business)
    if period is Period.WEEK:
        return f"Week of {format_date(span.start, business)}"
    if period is Period.MONTH:
        return _skeleton("yMMMM", span.start, business)
    if period is Period.YEAR and span.start.month == 1 and span.end.month == 12:
        return str(span.start.year)
    first = _skeleton("MMM", span.start, business)
    if span.start.year != span.end.year:
        first = _skeleton("yMMM", span.start, business)
    return f"{first} \u2013 {_skeleton('yMMM', span.end, business)}"


def judged_figures(plan: Plan, ms: MeasureStatus) -> FigureLine:
    """The figure health judged: the window's mean against its plan, or the current period so
    far until a first period is complete."""
    b, m = plan.business, ms.measure
    if ms.judged_so_far:
        label = f"{_THIS[m.period]} so far"
    elif len(ms.window) == 1:
        label = period_label(ms.window[0].span, m.period, b)
    elif ms.window:
        count = period_noun(m.period, len(ms.window))
        label = f"{count} to {format_date(ms.window[-1].end, b)}, {_mean_word(m)}"
        return _line(plan, m, label, ms.actual, ms.expected, is_mean=True)
    else:
        label = f"{_THIS[m.period]} so far"
    return _line(plan, m, label, ms.actual, ms.expected)


def current_figures(plan: Plan, ms: MeasureStatus) -> FigureLine:
    """The unfinished period holding the day: its entries so far against the plan due by then."""
    current = ms.current
    label = f"{_THIS[ms.measure.period]} so far"
    return _line(plan, ms.measure, label, current.actual, current.planned_so_far)


def period_figures(plan: Plan, m: Measure, period: PeriodValue) -> FigureLine:
    """One complete period's figure against its plan."""
    label = period_label(period.span, m.period, plan.business)
    return _line(plan, m, label, period.actual, period.planned)


def _mean_word(m: Measure) -> str:
    if m.counting is Counting.LATEST:
        return "average"
    return f"average per {period_noun(m.period)}"


def _line(
    plan: Plan,
    m: Measure,
    label: str,
    actual: float | None,
    planned: float,
    *,
    is_mean: bool = False,
) -> FigureLine:
    """``is_mean``: the figure averages several values, so whole counts get a decimal."""
    b = plan.business
    recorded = value_digits(plan, m)
    digits = digits_for(planned, recorded)
    if actual is None:
        planned_text = format_measured(planned, m.unit, b, digits)
        return FigureLine(label, NOT_A_NUMBER, planned_text, NOT_A_NUMBER)
    actual_digits = digits_for(actual, recorded)
    if is_mean or m.counting is Counting.AVERAGE:
        actual_digits = digits_for(actual, max(recorded, 1))
    return FigureLine(
        label,
        format_measured(actual, m.unit, b, actual_digits),
        format_measured(planned, m.unit, b, digits),
        signed_measured(actual - planned, m.unit, b, digits),
    )


def value_digits(plan: Plan, m: Measure) -> int:
    """The decimals a measure is recorded with (at most two), from its entries.

    A plan is interpolated ("13.41 bakes" on a Thursday), but bakes are counted whole: the
    plan is shown as precisely as the measure is recorded. A measure with no entry yet goes
    by its baseline and target.
    """
    values = [a.value for a in plan.actuals_of(m.id)] or [m.baseline, m.target]
    return max(_decimals(value) for value in values)


def _decimals(value: float) -> int:
    for digits in range(MAX_DIGITS):
        if abs(value - round(value, digits)) <= 1e-9 * max(1.0, abs(value)):
            return digits
    return MAX_DIGITS


def digits_for(scale: float, digits: int) -> int:
    """Decimals for numbers of the size of ``scale``: "€8,251.33" is false precision.

    A difference of 49.86 on a plan of 1,650 is shown as 50.
    """
    return 0 if abs(scale) >= 100 else digits


def format_measured(value: float, unit: str, business: Business, digits: int) -> str:
    """A measure's value with exactly ``digits`` decimals, so a column of numbers lines up."""
    value = round(value, digits) + 0.0  # + 0.0: no "-0"
    unit = unit.strip()
    if currency_code_for_unit(unit, business) is not None:
        return format_value(value, unit, business)  # money: whole amounts without cents
    if unit == "%":  # percent points (65 means 65 %)
        return format_percent(value / 100.0, business, digits=digits)
    number = format_number(value, business, digits=digits)
    return f"{number} {unit_for(number, unit)}" if unit else number  # "1 cafe", "2 cafes"


def signed_measured(value: float | None, unit: str, business: Business, digits: int) -> str:
    """A difference with its sign ("+€187", a minus sign before "1 cafe"); no sign when it
    rounds to nothing."""
    if value is None:
        return NOT_A_NUMBER
    text = format_measured(abs(value), unit, business, digits)
    if round(abs(value), digits) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def _skeleton(skeleton: str, day: date, business: Business) -> str:
    return str(babel_dates.format_skeleton(skeleton, day, locale=locale_of(business.locale)))
