"""Last year's daily history, and how complete it is.

A day's figure is the sum of its entries (a till's product groups, a second delivery); a
day without entries was closed. That is what a till export says, but a stretch of a week or
more without entries may as well be entries nobody recorded, or a business that opened
mid-year. Those stretches are reported (``Gap``; ``text.history_notes`` says them) and
the owner chooses:

- fill them from the weeks around: each missing day gets the mean of the same weekday in
  the two nearest recorded weeks on each side (one side at the start or end of the year);
  a weekday the business usually closes stays closed;
- or plan only what can be derived: the missing days count as closed, and the periods at
  the start or end of the new year that only a missing stretch could speak for are left
  out of the plan.

A weekday is "usually closed" when it has no entries on three of every four of its days
within the recorded stretch of the year (Sundays for many bakeries).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from bakeryplan.domain.day_mapping import one_year_before
from bakeryplan.domain.model import Actual
from bakeryplan.domain.periods import Span

MIN_GAP_DAYS = 7
MIN_RECORDED_DAYS = 56  # eight weeks between the first and last entry of the year
CLOSED_WEEKDAY_SHARE = 0.75
FILL_WEEKS_EACH_SIDE = 2
FILL_SEARCH_WEEKS = 53
DAY = timedelta(days=1)


def reference_span(year_ending: date) -> Span:
    """The twelve months that end on ``year_ending``."""
    return Span(one_year_before(year_ending) + DAY, year_ending)


class GapKind(StrEnum):
    """How a stretch without entries is told to the owner."""

    NO_ENTRIES = "no_entries"  # a stretch inside the year, or before it with older entries
    OPENED_MID_YEAR = "opened_mid_year"  # before the first entry the measure ever had
    NO_ENTRIES_AFTER = "no_entries_after"  # after the last entry


@dataclass(frozen=True)
class Gap:
    """A stretch of the reference year without entries, as the owner is told of it."""

    kind: GapKind
    span: Span


@dataclass(frozen=True)
class ReferenceYear:
    """The entries of the reference year, day by day, and what is missing from it."""

    span: Span
    recorded: dict[date, float] = field(repr=False)  # day -> sum of its entries
    first_entry: date | None
    last_entry: date | None
    entries_before: bool  # whether the measure has entries before the year
    gaps: tuple[Span, ...]  # a week or more without entries, between first and last entry
    closed_weekdays: frozenset[int]

    @property
    def missing_start(self) -> Span | None:
        """The stretch before the first entry, when it is a week or longer."""
        if self.first_entry is None or (self.first_entry - self.span.start).days < MIN_GAP_DAYS:
            return None
        return Span(self.span.start, self.first_entry - DAY)

    @property
    def missing_end(self) -> Span | None:
        """The stretch after the last entry, when it is a week or longer."""
        if self.last_entry is None or (self.span.end - self.last_entry).days < MIN_GAP_DAYS:
            return None
        return Span(self.last_entry + DAY, self.span.end)

    @property
    def missing(self) -> tuple[Span, ...]:
        """Every stretch without entries that may be missing rather than closed."""
        ends = (self.missing_start, *self.gaps, self.missing_end)
        return tuple(stretch for stretch in ends if stretch is not None)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def recorded_days(self) -> int:
        return len(self.recorded)

    def unrecorded(self, day: date) -> bool:
        """Whether a day lies in the missing stretch before the first or after the last
        entry of the year (a closed day at either end is no such stretch)."""
        return any(
            stretch is not None and day in stretch
            for stretch in (self.missing_start, self.missing_end)
        )

    def problems(self) -> list[Gap]:
        """What is missing, in the order it is told."""
        found = []
        start = self.missing_start
        if start is not None:
            kind = GapKind.NO_ENTRIES if self.entries_before else GapKind.OPENED_MID_YEAR
            found.append(Gap(kind, start))
        found += [Gap(GapKind.NO_ENTRIES, gap) for gap in self.gaps]
        end = self.missing_end
        if end is not None:
            found.append(Gap(GapKind.NO_ENTRIES_AFTER, end))
        return found


def read_reference_year(actuals: Iterable[Actual], year_ending: date) -> ReferenceYear:
    """The reference year ending on ``year_ending`` from a measure's entries."""
    span = reference_span(year_ending)
    recorded: dict[date, float] = {}
    entries_before = False
    for entry in actuals:
        if entry.on in span:
            recorded[entry.on] = recorded.get(entry.on, 0.0) + entry.value
        elif entry.on < span.start:
            entries_before = True
    days = sorted(recorded)
    first, last = (days[0], days[-1]) if days else (None, None)
    gaps = _gaps(days)
    return ReferenceYear(
        span=span,
        recorded=recorded,
        first_entry=first,
        last_entry=last,
        entries_before=entries_before,
        gaps=gaps,
        closed_weekdays=_closed_weekdays(recorded, first, last, gaps),
    )


def filled_days(year: ReferenceYear) -> dict[date, float]:
    """Estimates for the missing days: the same weekday in the nearest recorded weeks
    around (module docstring). Days a usually-closed weekday falls on stay closed."""
    estimates: dict[date, float] = {}
    for stretch in year.missing:
        day = stretch.start
        while day <= stretch.end:
            if day.weekday() not in year.closed_weekdays:
                nearby = _same_weekday_around(year, day, stretch)
                if nearby:
                    estimates[day] = sum(nearby) / len(nearby)
            day += DAY
    return estimates


def _same_weekday_around(year: ReferenceYear, day: date, stretch: Span) -> list[float]:
    values: list[float] = []
    for direction in (-1, 1):
        found = 0
        for weeks in range(1, FILL_SEARCH_WEEKS + 1):
            other = day + timedelta(days=7 * weeks * direction)
            if other in stretch:
                continue
            if other not in year.span or found == FILL_WEEKS_EACH_SIDE:
                break
            if other in year.recorded:
                values.append(year.recorded[other])
                found += 1
    return values


def _gaps(days: Sequence[date]) -> tuple[Span, ...]:
    """Stretches of a week or more without entries between recorded days."""
    return tuple(
        Span(before + DAY, after - DAY)
        for before, after in pairwise(days)
        if (after - before).days - 1 >= MIN_GAP_DAYS
    )


def _closed_weekdays(
    recorded: dict[date, float], first: date | None, last: date | None, gaps: Sequence[Span]
) -> frozenset[int]:
    """The weekdays without entries on three of every four of their days (gaps aside)."""
    if first is None or last is None:
        return frozenset()
    seen = [0] * 7
    closed = [0] * 7
    day = first
    while day <= last:
        if not any(day in gap for gap in gaps):
            seen[day.weekday()] += 1
            closed[day.weekday()] += day not in recorded
        day += DAY
    return frozenset(
        weekday
        for weekday in range(7)
        if seen[weekday] and closed[weekday] >= CLOSED_WEEKDAY_SHARE * seen[weekday]
    )
