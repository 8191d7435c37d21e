"""Counting a measure's entries into its periods, and the plan's value for each period.

A till gives many entries a day; a target speaks of a week or a month. Each period's value
comes from its own entries by the measure's counting rule:

- TOTAL: the sum of the entries (revenue, loaves, customers).
- AVERAGE: the mean of the daily totals of the days that have entries (a daily rate over a
  week): splitting a day's figure into several entries never changes it.
- LATEST: the last entry, by date and then by the order it was recorded in (a rating, a
  share, a headcount, a running count).

A period without entries has no value ("no data"), never zero: a closed day is not a bad
day. Only entries on or before the day asked about count.

The planned curve speaks in the measure's own terms: for a weekly total, the curve's value
around a day is the planned total of a week. So a period's planned value is the mean of the
curve over the period's days for TOTAL and AVERAGE. For LATEST it is the curve on the day of
the latest entry (a rating read on the 3rd is compared with the plan of the 3rd, not of the
31st), or on the period's last day when it has no entry. The current, unfinished period has
a part of that plan due by now, through the last day recorded in it and at least through
yesterday: for a total, the share of the planned total that falls on those days; for an
average, the planned average of those days; for the latest figure, the curve on the day of
the latest entry so far, else today. The period a measure starts in is planned, and
counted, from the start only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from bakeryplan.domain.curves import curve_function
from bakeryplan.domain.model import Actual, Counting, Measure
from bakeryplan.domain.periods import BusinessCalendar, Span


@dataclass(frozen=True)
class PeriodValue:
    """One period of a measure: what was planned, what the entries count to."""

    span: Span
    planned: float  # for the whole period
    actual: float | None  # None: no entry in the period ("no data")
    entries: int
    complete: bool  # False for the period that holds the day asked about
    planned_so_far: float  # the part of the plan due by the day asked about

    @property
    def start(self) -> date:
        return self.span.start

    @property
    def end(self) -> date:
        return self.span.end


def counted_value(counting: Counting, entries: Sequence[Actual]) -> float | None:
    """The one value a period's entries make (module docstring); None without entries."""
    if not entries:
        return None
    # fsum: exactly rounded, so the order entries were recorded in never moves a cent.
    if counting is Counting.TOTAL:
        return math.fsum(a.value for a in entries)
    if counting is Counting.AVERAGE:
        by_day: dict[date, list[float]] = {}
        for entry in entries:
            by_day.setdefault(entry.on, []).append(entry.value)
        return math.fsum(math.fsum(day) for day in by_day.values()) / len(by_day)
    order = range(len(entries))
    last = max(order, key=lambda i: (entries[i].on, entries[i].id, i))
    return float(entries[last].value)


class PlannedPeriods:
    """The plan's value for any period of one measure; the curve is worked out once."""

    def __init__(self, m: Measure) -> None:
        self.measure = m
        self._curve: Callable[[date], float] = curve_function(m)

    def on(self, day: date) -> float:
        """The planned curve on one day."""
        return self._curve(day)

    def whole(self, span: Span) -> float:
        """The planned value of a whole period."""
        if self.measure.counting is Counting.LATEST:
            return self._curve(span.end)
        return self._planned_through(span, span.end)

    def due_by(self, span: Span, day: date) -> float:
        """The part of a period's plan due by ``day`` (inclusive)."""
        if self.measure.counting is Counting.LATEST:
            return self._curve(min(max(day, span.start), span.end))
        return self._planned_through(span, min(day, span.end))

    def _planned_through(self, span: Span, last: date) -> float:
        """A total's or an average's plan for the days of ``span`` up to ``last``. A period
        the measure starts in is planned from its start only: a week that opens on a Friday
        plans three days of takings, not seven."""
        first = first_planned_day(self.measure, span)
        if last < first:
            return 0.0 if self.measure.counting is Counting.TOTAL else self._curve(first)
        mean = self._mean(first, last)
        if self.measure.counting is Counting.AVERAGE:
            return mean
        return mean * ((last - first).days + 1) / span.days

    def _mean(self, first: date, last: date) -> float:
        """The mean of the curve over whole days; a long stretch is sampled by its corners
        (the curve is straight between them), so a year costs what a week does."""
        days = (last - first).days + 1
        if days <= 62:
            return sum(self._curve(first + timedelta(days=i)) for i in range(days)) / days
        return _mean_of_straight_pieces(self._curve, first, last, self._breaks(first, last))

    def _breaks(self, first: date, last: date) -> list[date]:
        m = self.measure
        inner = [p.on for p in m.points] + [m.start, m.target_date]
        return sorted({first, last, *(d for d in inner if first < d < last)})


def _mean_of_straight_pieces(
    curve: Callable[[date], float], first: date, last: date, breaks: list[date]
) -> float:
    """The daily mean of a curve that is straight (or flat) between consecutive breaks.

    Each piece from one break up to the day before the next is an arithmetic series (a step
    lands on its own date, so a piece never straddles one); its sum is the mean of its ends
    times its length. The last break is summed as a day of its own.
    """
    total = 0.0
    for left, right in pairwise(breaks):
        end = right - timedelta(days=1)
        length = (end - left).days + 1
        total += (curve(left) + curve(end)) / 2 * length
    total += curve(last)
    return total / ((last - first).days + 1)


def period_entries(
    actuals: Sequence[Actual], m: Measure, calendar: BusinessCalendar, on: date
) -> list[tuple[Span, list[Actual]]]:
    """The measure's entries up to ``on`` grouped by period, oldest first; periods without
    entries are left out."""
    known = sorted((a for a in actuals if a.on <= on), key=lambda a: a.on)
    groups: list[tuple[Span, list[Actual]]] = []
    for entry in known:
        if not groups or entry.on > groups[-1][0].end:
            groups.append((calendar.span(m.period, entry.on), []))
        groups[-1][1].append(entry)
    return groups


def first_planned_day(m: Measure, span: Span) -> date:
    """The period's first day, or the measure's start in the period the measure starts in."""
    return m.start if span.start < m.start <= span.end else span.start


def period_value(
    m: Measure, span: Span, entries: Sequence[Actual], on: date, planned: PlannedPeriods
) -> PeriodValue:
    """One period, counted and planned, as known on ``on``.

    In the period the measure starts in, only the entries from the start count, as only
    those days are planned. The current period's plan is due through the last day recorded
    in it, and at least through yesterday: takings typed in at closing time are not short
    at noon, and a day left out is.
    """
    complete = span.end < on
    first = first_planned_day(m, span)
    if first > span.start:
        entries = [a for a in entries if a.on >= first]
    if m.counting is Counting.LATEST:
        read_on = max(a.on for a in entries) if entries else min(span.end, on)
        whole = so_far = planned.on(read_on)
        if not entries and not complete:
            whole = planned.on(span.end)
    else:
        whole = planned.whole(span)
        recorded = max((a.on for a in entries), default=span.start - timedelta(days=1))
        through = max(recorded, on - timedelta(days=1))
        so_far = whole if complete else planned.due_by(span, through)
    return PeriodValue(
        span=span,
        planned=whole,
        actual=counted_value(m.counting, entries),
        entries=len(entries),
        complete=complete,
        planned_so_far=so_far,
    )


def counted_periods(
    m: Measure, actuals: Sequence[Actual], on: date, calendar: BusinessCalendar
) -> list[PeriodValue]:
    """Every period with entries up to ``on``, oldest first; the last one is unfinished when
    it holds ``on``. What a chart draws, one point a period."""
    planned = PlannedPeriods(m)
    return [
        period_value(m, span, entries, on, planned)
        for span, entries in period_entries(actuals, m, calendar, on)
    ]
