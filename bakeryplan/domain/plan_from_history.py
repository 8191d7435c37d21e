"""Plan next year from last year: a seasonal planned curve from the owner's own history.

Owners plan "same week last year, plus a bit". Given the last day of a reference year
(any twelve months with entries), a change (a percentage, or a total for the year) and an
alignment (``day_mapping``), each day of the following twelve months gets last year's
figure of its reference day (``reference_days``); a day without entries last year was
closed and stays closed. The days are then counted into the measure's periods as the
measure counts them: a total is the sum of its days, an average the mean of its open days.
The change is applied to the whole year: the new year's total (for an average, its mean
per open day) is last year's times (1 + change), whatever days the mapping moved about.
A measure read as its latest figure is refused: a rating has no year to copy.

Where last year is incomplete (``reference_year``) the owner chooses to fill the missing
days from the weeks around or to plan only what can be derived; without a choice an
incomplete year is refused, with what is missing (``ReferenceYear.problems``). A refusal
is facts (``Refusal``); ``text.history_notes`` says it.

How the derived measure is set, and why
---------------------------------------
The measure gets a STEPPED curve with one point at the start of each period holding that
period's planned value. ``PlannedPeriods`` reads a period's plan as the mean of the curve
over its days, so every period plans exactly its own value.

- ``baseline = 0``. Health compares progress ``(actual - baseline) / (target - baseline)``
  with expected progress ``(planned - baseline) / (target - baseline)``; their ratio is
  ``actual / planned`` only when the baseline is 0. With last year's average week as the
  baseline (say 8,000), a Christmas window at 92 % of its 13,000 plan would read 11,960 -
  8,000 against 5,000, 79 %: "At risk"; and a summer week planned below the baseline would
  turn the sign. A seasonal plan is judged by "how much of the plan for these weeks did we
  make", which a zero baseline gives exactly (95 % and more on track, 85 % behind).
- ``target`` = the highest planned period, so that every period's plan lies between the
  baseline and the target. The target is no goal of its own: a derived plan is judged on
  its year (``year_plan``), and a window at or past its best period is on track, not
  "Achieved".
- ``start`` = the first planned period's first day: health counts only periods from there,
  so last year's entries are never judged against the new plan.
- ``target_date`` = the day after the last planned period. The curve holds the target
  from the target date on, so a target date inside the last period would plan part of it
  at the peak; the day after keeps every period exactly as derived.
- Only measures where more is better are planned this way: for "less is better" the
  baseline and target cannot make the health ratio follow the plan (a target above a zero
  baseline contradicts the direction), and a band is judged by the band alone.

The forecast then tracks the window's actual against its plan (``k = actual / planned``)
and carries that onto the rest of the seasonal curve, to say where the year comes out; once
the year has ended, its total against the plan's total decides (``year_plan``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bakeryplan.domain.day_mapping import one_year_after, one_year_before
from bakeryplan.domain.model import (
    Actual,
    Alignment,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Direction,
    Measure,
    PlanOrigin,
)
from bakeryplan.domain.periods import BusinessCalendar, Span
from bakeryplan.domain.reference_days import HolidayNote, MovedHoliday, reference_days
from bakeryplan.domain.reference_year import (
    MIN_RECORDED_DAYS,
    ReferenceYear,
    filled_days,
    read_reference_year,
)

DAY = timedelta(days=1)


class GapChoice(StrEnum):
    """What to do with the days last year is missing."""

    FILL = "fill"  # fill them from the weeks around
    KNOWN_ONLY = "known_only"  # plan only what the recorded days can say


class RefusalCase(StrEnum):
    """Why no plan can be drawn from the history."""

    LATEST_FIGURE = "latest_figure"  # read as its latest figure: no year to copy
    BAND = "band"  # kept within a band, not "more is better"
    GOES_DOWN = "goes_down"  # lower is better
    AVERAGE_HAS_NO_TOTAL = "average_has_no_total"  # a total asked of a daily average
    CHANGE_TOO_LOW = "change_too_low"  # -100 % or less
    TOTAL_NOT_POSITIVE = "total_not_positive"
    NO_ENTRIES = "no_entries"  # none in the reference year
    TOO_LITTLE = "too_little"  # fewer days than MIN_RECORDED_DAYS span
    INCOMPLETE = "incomplete"  # missing stretches, and no GapChoice


@dataclass(frozen=True)
class Refusal:
    """A refusal's facts: the case, the measure's name, and the reference year."""

    case: RefusalCase
    measure: str = ""
    year: ReferenceYear | None = None  # NO_ENTRIES, TOO_LITTLE, INCOMPLETE
    min_weeks: int = MIN_RECORDED_DAYS // 7  # TOO_LITTLE: the history a plan needs


class PlanRefusal(ValueError):
    """Why no plan can be drawn from the history (``refusal``: the facts to say)."""

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal
        super().__init__(refusal.case.value)


class IncompleteHistory(PlanRefusal):
    """The reference year misses days and the owner has not said what to do about them."""

    def __init__(self, year: ReferenceYear) -> None:
        self.year = year
        super().__init__(Refusal(RefusalCase.INCOMPLETE, year=year))


@dataclass(frozen=True)
class HistoryRequest:
    """What the owner asked for: the reference year, the change and the alignment."""

    year_ending: date
    change_percent: float = 0.0
    year_total: float | None = None  # instead of the percentage, for a measure of totals
    alignment: Alignment = Alignment.HOLIDAYS
    gaps: GapChoice | None = None  # None: an incomplete year is refused


@dataclass(frozen=True)
class PlannedPeriod:
    """One period of the new plan next to last year's matching days."""

    span: Span
    planned: float
    last_year: float | None  # last year's entries on the matching days; None: none recorded
    filled_days: int = 0  # days planned from estimates of missing days

    @property
    def start(self) -> date:
        return self.span.start


@dataclass(frozen=True)
class MonthFigures:
    """A month of the new plan against the same month last year, for the preview."""

    month: date  # the month's first day in the new year
    last_year: float | None
    planned: float | None
    days: int  # the month's days in the plan year: fewer than the month's at either end

    @property
    def whole(self) -> bool:
        following = (self.month + timedelta(days=32)).replace(day=1)
        return self.days == (following - self.month).days


@dataclass(frozen=True)
class DerivedPlan:
    """The new plan, what it came from, and the measure with its new curve."""

    measure: Measure
    reference: ReferenceYear
    plan_year: Span
    periods: tuple[PlannedPeriod, ...]
    months: tuple[MonthFigures, ...]
    last_year_figure: float  # a total: last year's total; an average: its mean per open day
    planned_figure: float  # the same figure for the new year
    change_percent: float  # planned against last year, in percent
    filled_days: int  # days of last year estimated from the weeks around
    holiday_note: HolidayNote
    moved: tuple[MovedHoliday, ...]


def suggested_year_ending(
    m: Measure, actuals: Iterable[Actual], business: Business, today: date
) -> date:
    """The reference year the owner most likely means: ending with the last complete period
    of the measure that has entries, as of today (yesterday without any entries)."""
    known = [a.on for a in actuals if a.on <= today]
    last = max(known, default=today - DAY)
    calendar = BusinessCalendar.of(business)
    span = calendar.span(m.period, last)
    if span.end > last and (span.end >= today or not known):
        previous = calendar.previous(m.period, span)
        return previous.end if previous is not None else last
    return span.end


def change_words(change_percent: float) -> str:
    """The change as an owner says it: "+8 %", "-2.5 %", "0 %"."""
    rounded = round(change_percent, 1)
    if rounded == 0:
        return "0 %"
    text = f"{rounded:+.0f}" if rounded == round(rounded) else f"{rounded:+.1f}"
    return f"{text} %"


_PLAN_FIELDS = (
    "baseline", "target", "start", "target_date", "curve", "points", "period", "counting"
)  # fmt: skip


def origin_after_edit(before: Measure, after: Measure) -> Measure:
    """An edited measure keeps "planned from last year" only while its plan is untouched:
    a curve changed by hand is no longer the one drawn from last year. A new origin (the
    form just drew the plan from last year again) is kept."""
    if after.planned_from is None or after.planned_from != before.planned_from:
        return after
    if any(getattr(before, name) != getattr(after, name) for name in _PLAN_FIELDS):
        return dataclasses.replace(after, planned_from=None)
    return after


def refusal(m: Measure) -> Refusal | None:
    """Why a measure cannot be planned from last year at all, or None."""
    if m.counting is Counting.LATEST:
        return Refusal(RefusalCase.LATEST_FIGURE, m.name)
    if m.direction is Direction.BAND:
        return Refusal(RefusalCase.BAND, m.name)
    if m.direction is not Direction.UP:
        return Refusal(RefusalCase.GOES_DOWN, m.name)
    return None


def derive_plan(
    m: Measure, actuals: Iterable[Actual], business: Business, request: HistoryRequest
) -> DerivedPlan:
    """The new plan drawn from the reference year (module docstring); raises
    ``PlanRefusal`` (or ``IncompleteHistory``) with a sentence for the owner."""
    why_not = refusal(m)
    if why_not is not None:
        raise PlanRefusal(why_not)
    if request.year_total is not None and m.counting is Counting.AVERAGE:
        raise PlanRefusal(Refusal(RefusalCase.AVERAGE_HAS_NO_TOTAL, m.name))
    if request.year_total is None and request.change_percent <= -100:
        raise PlanRefusal(Refusal(RefusalCase.CHANGE_TOO_LOW, m.name))
    if request.year_total is not None and request.year_total <= 0:
        raise PlanRefusal(Refusal(RefusalCase.TOTAL_NOT_POSITIVE, m.name))
    year = read_reference_year(actuals, request.year_ending)
    _check_enough(m, year)
    if not year.complete and request.gaps is None:
        raise IncompleteHistory(year)
    filled = filled_days(year) if request.gaps is GapChoice.FILL else {}
    history = {**year.recorded, **filled}
    calendar = BusinessCalendar.of(business)
    plan_year = Span(year.span.end + DAY, one_year_after(year.span.end))
    spans = list(calendar.spans(m.period, plan_year.start, plan_year.end))
    days = _days(spans[0].start, spans[-1].end)
    matched = reference_days(days, year, business, request.alignment)
    mapping = matched.mapping
    if request.gaps is GapChoice.KNOWN_ONLY:
        spans = _derivable(spans, mapping, year)
    if not spans:
        raise PlanRefusal(_too_little(m, year))
    figures = _Figures(m.counting, history, year, mapping)
    planned_days = [d for d in _days(spans[0].start, spans[-1].end) if d in plan_year]
    last_figure = figures.last_year_figure()
    factor, planned_figure = figures.scale(planned_days, last_figure, request)
    if factor is None:
        raise PlanRefusal(_too_little(m, year))
    periods = tuple(
        PlannedPeriod(
            span,
            round(factor * figures.planned_base(_days(span.start, span.end)), 2),
            figures.recorded_value(_days(span.start, span.end)),
            sum(1 for d in _days(span.start, span.end) if mapping[d] in filled),
        )
        for span in spans
    )
    change = (planned_figure / last_figure - 1) * 100 if last_figure else 0.0
    origin = PlanOrigin(request.year_ending, change, request.alignment)
    return DerivedPlan(
        measure=_with_curve(m, periods, origin),
        reference=year,
        plan_year=plan_year,
        periods=periods,
        months=figures.months(planned_days, factor),
        last_year_figure=last_figure,
        planned_figure=planned_figure,
        change_percent=change,
        filled_days=len(filled),
        holiday_note=matched.note,
        moved=tuple(h for h in matched.moved if h.new_year in plan_year),
    )


class _Figures:
    """Last year's days read as the measure counts them."""

    def __init__(
        self,
        counting: Counting,
        history: dict[date, float],
        year: ReferenceYear,
        mapping: dict[date, date],
    ) -> None:
        self.total = counting is Counting.TOTAL
        self.history = history
        self.year = year
        self.mapping = mapping

    def last_year_figure(self) -> float:
        values = [v for d, v in self.history.items() if d in self.year.span]
        return _sum_or_mean(values, self.total) or 0.0

    def planned_base(self, days: Sequence[date]) -> float:
        """A period's figure from its reference days, before the change."""
        values = [self.history[self.mapping[d]] for d in days if self.mapping[d] in self.history]
        return _sum_or_mean(values, self.total) or 0.0

    def recorded_value(self, days: Sequence[date]) -> float | None:
        recorded = self.year.recorded
        values = [recorded[self.mapping[d]] for d in days if self.mapping[d] in recorded]
        return _sum_or_mean(values, self.total)

    def scale(
        self, days: Sequence[date], last_figure: float, request: HistoryRequest
    ) -> tuple[float | None, float]:
        """The factor from last year's days to the plan, and the plan's year figure."""
        base = self.planned_base(days)
        if base <= 0:
            return None, 0.0
        wanted = request.year_total
        if wanted is None:
            wanted = last_figure * (1 + request.change_percent / 100)
        return wanted / base, wanted

    def months(self, days: Sequence[date], factor: float) -> tuple[MonthFigures, ...]:
        by_month: dict[date, list[date]] = {}
        for day in days:
            by_month.setdefault(day.replace(day=1), []).append(day)
        rows = []
        for month, month_days in by_month.items():
            before = [one_year_before(d) for d in month_days]
            values = [self.year.recorded[d] for d in before if d in self.year.recorded]
            mapped = any(self.mapping[d] in self.history for d in month_days)
            planned = factor * self.planned_base(month_days) if mapped or self.total else None
            rows.append(
                MonthFigures(
                    month,
                    _sum_or_mean(values, self.total),
                    None if planned is None else round(planned, 2),
                    len(month_days),
                )
            )
        return tuple(rows)


def _sum_or_mean(values: Sequence[float], total: bool) -> float | None:
    if not values:
        return None
    return float(sum(values)) if total else sum(values) / len(values)


def _check_enough(m: Measure, year: ReferenceYear) -> None:
    if year.first_entry is None or year.last_entry is None:
        raise PlanRefusal(Refusal(RefusalCase.NO_ENTRIES, m.name, year))
    if (year.last_entry - year.first_entry).days + 1 < MIN_RECORDED_DAYS:
        raise PlanRefusal(_too_little(m, year))


def _too_little(m: Measure, year: ReferenceYear) -> Refusal:
    return Refusal(RefusalCase.TOO_LITTLE, m.name, year)


def _derivable(spans: list[Span], mapping: dict[date, date], year: ReferenceYear) -> list[Span]:
    """Without the periods at either end that only a missing stretch could speak for."""

    def derivable(span: Span) -> bool:
        return not any(year.unrecorded(mapping[d]) for d in _days(span.start, span.end))

    first = next((i for i, span in enumerate(spans) if derivable(span)), len(spans))
    last = next((i for i in range(len(spans) - 1, -1, -1) if derivable(spans[i])), -1)
    return spans[first : last + 1]


def _with_curve(m: Measure, periods: Sequence[PlannedPeriod], origin: PlanOrigin) -> Measure:
    """The measure with the derived stepped curve (module docstring)."""
    peak = max(p.planned for p in periods)
    return dataclasses.replace(
        m,
        baseline=0.0,
        target=peak,
        start=periods[0].span.start,
        target_date=periods[-1].span.end + DAY,
        curve=CurveKind.STEPPED,
        points=tuple(CurvePoint(p.span.start, p.planned) for p in periods),
        planned_from=origin,
    )


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
