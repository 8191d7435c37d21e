"""Quarterly steps for a stepped curve, in the business's own (fiscal) quarters.

A business whose year starts in month M has quarters that start in M, M+3, M+6 and M+9, so
only ``M`` modulo 3 moves the quarter ends: April, July and October give the calendar
quarters, a February year ends its quarters in January, April, July and October.

A stepped plan holds the baseline from the measure's start and rises (or falls) by one equal
step at the end of each quarter the measure runs through, a part-quarter at either end
counting as a whole one; the last step lands on the target date. Only dates strictly between
the start and the target date are quarter ends; the target date closes the last quarter.
"""

from __future__ import annotations

from datetime import date, timedelta

from bakeryplan.domain.model import CurvePoint

MONTHS_PER_QUARTER = 3
# The points are typed into boxes with two decimals: round here so what is shown is what is kept.
STEP_DECIMALS = 2


def quarter_ends(start: date, end: date, fiscal_year_start: int = 1) -> list[date]:
    """The last days of the quarters that close after ``start`` and before ``end``, then ``end``.

    Raises ValueError when ``end`` is not after ``start`` or the month is not 1 to 12.
    """
    _check_period(start, end, fiscal_year_start)
    ends: list[date] = []
    next_quarter = _first_day_of_next_quarter(start, fiscal_year_start)
    while (quarter_end := next_quarter - timedelta(days=1)) < end:
        if quarter_end > start:  # a start on a quarter's last day has no step that day
            ends.append(quarter_end)
        next_quarter = _add_months(next_quarter, MONTHS_PER_QUARTER)
    ends.append(end)
    return ends


def quarterly_steps(
    start: date, end: date, baseline: float, target: float, fiscal_year_start: int = 1
) -> list[CurvePoint]:
    """A stepped plan: the baseline from the start, one equal step at each quarter's end."""
    ends = quarter_ends(start, end, fiscal_year_start)
    points = [CurvePoint(start, baseline)]
    for index, on in enumerate(ends, start=1):
        value = baseline + (target - baseline) * index / len(ends)
        points.append(CurvePoint(on, round(value, STEP_DECIMALS)))
    return points


def _check_period(start: date, end: date, fiscal_year_start: int) -> None:
    if not 1 <= fiscal_year_start <= 12:
        raise ValueError(f"the fiscal year must start in a month 1 to 12, not {fiscal_year_start}")
    if end <= start:
        raise ValueError(f"the end {end} must be after the start {start}")


def _first_day_of_next_quarter(day: date, fiscal_year_start: int) -> date:
    months_into_quarter = (day.month - fiscal_year_start) % MONTHS_PER_QUARTER
    return _add_months(date(day.year, day.month, 1), MONTHS_PER_QUARTER - months_into_quarter)


def _add_months(first_of_month: date, months: int) -> date:
    """Whole months from the first day of a month (other days would overflow short months)."""
    month_index = first_of_month.month - 1 + months
    return date(first_of_month.year + month_index // 12, month_index % 12 + 1, 1)
