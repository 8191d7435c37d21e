"""A measure's figures as every output writes them: the window health judged, the last
complete period and the current one so far.

The terminal's status, the one-page plan, the progress pack and the chart's table all take
their numbers and labels from here, so the same measure on the same day reads the same
everywhere: one figure, one planned value, one rounding.
"""

from __future__ import annotations

from dataclasses import dataclass

from bakeryplan.domain.counting import PeriodValue
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Counting, Measure, Period, Plan
from bakeryplan.text.formatter import NOT_A_NUMBER, Formatter, formatter_for
from bakeryplan.text.translate import translate

#: The most decimals a planned value or a difference shows.
MAX_DIGITS = 2


def _so_far(period: Period) -> str:
    """ "This week so far": the unfinished period holding the day."""
    words = {
        Period.DAY: translate("figures", "Today so far"),
        Period.WEEK: translate("figures", "This week so far"),
        Period.MONTH: translate("figures", "This month so far"),
        Period.QUARTER: translate("figures", "This quarter so far"),
        Period.YEAR: translate("figures", "This year so far"),
    }
    return words[period]


@dataclass(frozen=True)
class FigureLine:
    """One figure of a measure against its plan, ready to print."""

    label: str  # "4 weeks to 29 Nov 2026", "Week of 23 Nov 2026", "This week so far"
    actual: str  # NOT_A_NUMBER when the period has no entry
    planned: str
    difference: str  # signed, NOT_A_NUMBER without an actual


def judged_figures(plan: Plan, ms: MeasureStatus) -> FigureLine:
    """The figure health judged: the window's mean against its plan, or the current period so
    far until a first period is complete."""
    fmt, m = formatter_for(plan.business), ms.measure
    if ms.judged_so_far or not ms.window:
        label = _so_far(m.period)
    elif len(ms.window) == 1:
        label = fmt.period(ms.window[0].span, m.period)
    else:
        label = translate("figures", "{count} to {day}, {mean}").format(
            count=fmt.period_noun(m.period, len(ms.window)),
            day=fmt.date(ms.window[-1].end),
            mean=_mean_word(fmt, m),
        )
        return _line(plan, m, label, ms.actual, ms.expected, is_mean=True)
    return _line(plan, m, label, ms.actual, ms.expected)


def current_figures(plan: Plan, ms: MeasureStatus) -> FigureLine:
    """The unfinished period holding the day: its entries so far against the plan due by then."""
    current = ms.current
    label = _so_far(ms.measure.period)
    return _line(plan, ms.measure, label, current.actual, current.planned_so_far)


def period_figures(plan: Plan, m: Measure, period: PeriodValue) -> FigureLine:
    """One complete period's figure against its plan."""
    label = formatter_for(plan.business).period(period.span, m.period)
    return _line(plan, m, label, period.actual, period.planned)


def _mean_word(fmt: Formatter, m: Measure) -> str:
    if m.counting is Counting.LATEST:
        return translate("figures", "average")
    return translate("figures", "average per {period}").format(period=fmt.period_noun(m.period))


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
    fmt = formatter_for(plan.business)
    recorded = value_digits(plan, m)
    digits = digits_for(planned, recorded)
    if actual is None:
        planned_text = fmt.measured(planned, m.unit, digits)
        return FigureLine(label, NOT_A_NUMBER, planned_text, NOT_A_NUMBER)
    actual_digits = digits_for(actual, recorded)
    if is_mean or m.counting is Counting.AVERAGE:
        actual_digits = digits_for(actual, max(recorded, 1))
    return FigureLine(
        label,
        fmt.measured(actual, m.unit, actual_digits),
        fmt.measured(planned, m.unit, digits),
        fmt.signed(actual - planned, m.unit, digits),
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
