"""The calendar a business counts in: its days, weeks, months, quarters and years.

Weeks start on the business's first day of the week (Monday in most of Europe, Sunday in
the United States: ``Business.week_start``). Months are calendar months. Quarters and years
follow the fiscal year: a business whose year starts in April has quarters starting in
April, July, October and January, and a year from 1 April to 31 March.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.model import Business, Period

_LAST_MONTH_INDEX = (date.max.year + 1) * 12  # the month after December 9999
_MONTHS_IN = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of whole days, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class BusinessCalendar:
    """Where periods begin for one business."""

    week_start: int = 0  # date.weekday() of a week's first day
    fiscal_year_start: int = 1  # month

    @classmethod
    def of(cls, business: Business | None) -> BusinessCalendar:
        if business is None:
            return cls()
        return cls(business.week_start % 7, business.fiscal_year_start)

    def span(self, period: Period, day: date) -> Span:
        """The period of the given kind that holds ``day``."""
        if period is Period.DAY:
            return Span(day, day)
        if period is Period.WEEK:
            start = day - timedelta(days=(day.weekday() - self.week_start) % 7)
            return Span(start, start + timedelta(days=6))
        months = _MONTHS_IN[period]
        offset = 0 if period is Period.MONTH else self.fiscal_year_start - 1
        index = (day.year * 12 + day.month - 1 - offset) // months * months + offset
        start = _month_start(index)
        after = index + months
        end = date.max if after >= _LAST_MONTH_INDEX else _month_start(after) - timedelta(days=1)
        return Span(start, end)

    def spans(self, period: Period, first: date, last: date) -> Iterator[Span]:
        """The periods from the one holding ``first`` to the one holding ``last``, in order."""
        if last < first:
            return
        span = self.span(period, first)
        while span.start <= last:
            yield span
            if span.end >= date.max - timedelta(days=1):
                return
            span = self.span(period, span.end + timedelta(days=1))

    def previous(self, period: Period, span: Span) -> Span | None:
        """The period before ``span``; None at the start of the calendar."""
        if span.start <= date.min:
            return None
        return self.span(period, span.start - timedelta(days=1))


def typical_days(period: Period) -> int:
    """The usual length of a period in days, for sentences such as "within a week"."""
    return {Period.DAY: 1, Period.WEEK: 7, Period.MONTH: 30, Period.QUARTER: 91}.get(period, 365)


def _month_start(month_index: int) -> date:
    """The first day of a month counted as ``year * 12 + month - 1`` (clamped to the calendar)."""
    month_index = max(month_index, 12)  # January of year 1
    return date(month_index // 12, month_index % 12 + 1, 1)
