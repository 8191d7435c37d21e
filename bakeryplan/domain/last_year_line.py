"""Last year's entries behind a plan drawn from them: one value per period of the plan.

The chart draws them as a faint line behind the plan. Each period of the plan gets the
entries of its days' reference days, matched as the plan was derived (the stored
``PlanOrigin``: its reference year and alignment), and counted as the measure counts: the
sum for a total, the mean of the open days for an average. A period whose reference days
have no entries has no value; nothing is filled in, it is last year as it was recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from bakeryplan.domain.model import Actual, Business, Counting, Measure
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.domain.reference_days import reference_days
from bakeryplan.domain.reference_year import read_reference_year

DAY = timedelta(days=1)


def last_year_periods(
    m: Measure, actuals: Iterable[Actual], business: Business
) -> list[tuple[Span, float | None]]:
    """Each period of a derived plan with last year's matching value; empty for a plan
    that was not derived from last year."""
    origin = m.planned_from
    if origin is None or m.target_date <= m.start:
        return []
    year = read_reference_year(actuals, origin.year_ending)
    spans = list(BusinessCalendar.of(business).spans(m.period, m.start, m.target_date - DAY))
    days = _days(Span(spans[0].start, spans[-1].end))
    mapping = reference_days(days, year, business, origin.alignment).mapping
    lines: list[tuple[Span, float | None]] = []
    for span in spans:
        values = [year.recorded[mapping[d]] for d in _days(span) if mapping[d] in year.recorded]
        lines.append((span, _counted(values, m.counting)))
    return lines


def _days(span: Span) -> list[date]:
    return [span.start + timedelta(days=i) for i in range(span.days)]


def _counted(values: list[float], counting: Counting) -> float | None:
    if not values:
        return None
    total = float(sum(values))
    return total if counting is Counting.TOTAL else total / len(values)
