"""A plan drawn from last year is judged on its year, not on reaching its best week.

A derived plan (``plan_from_history``) is a stepped curve from 0 up to its best period:
its target is that best period only so that the window's health compares each stretch
with its own plan. The owner's question is another one: "will the year come out as
planned?". So for such a measure (``judged_on_its_year``):

- The year is the plan's periods, from the measure's start to the day before its target
  date (``plan_days``). Its planned figure is the sum of the periods' plans for a total,
  and the mean of the plans of the periods planned open for a daily average.
- The forecast speaks of the year: the window's tracking factor ``k = actual / planned``
  (the baseline is 0) is carried onto what is still to come, added to what the entries
  already made. For a total, the complete periods count what was recorded, the current
  period what was recorded so far plus ``k`` times the part of its plan not yet due, and
  each later period ``k`` times its plan: "At this pace the year totals EUR 436,000 (plan
  EUR 432,000)." For an average, the periods' figures are averaged the same way: "At this
  pace the year averages EUR 318 a day (plan EUR 322)."
- While the year runs, health follows the window as for any measure, except that a window
  at or past the best period is not "Achieved": it is on track. A total whose entries
  already make the year's plan is achieved.
- Once the year has ended, the year alone is judged: achieved when its figure reached the
  plan, else at risk, with a sentence that says by how much ("The year ended at EUR
  420,000: EUR 12,000 (3 %) short of its plan of EUR 432,000.").

Ordinary measures keep their rules (``measure_status``): this module is only asked about
measures it judges.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.counting import PeriodValue, PlannedPeriods, period_value
from bakeryplan.domain.forecast import Forecast, Outlook
from bakeryplan.domain.model import Actual, Counting, Direction, Measure
from bakeryplan.domain.periods import BusinessCalendar, Span

DAY = timedelta(days=1)
_EPSILON = 1e-9


def judged_on_its_year(m: Measure) -> bool:
    """Whether a measure's plan was drawn from last year and is judged on its year: a total
    or a daily average where more is better, as ``derive_plan`` draws them."""
    return (
        m.planned_from is not None
        and m.counting is not Counting.LATEST
        and m.direction is Direction.UP
        and m.target_date > m.start
    )


def plan_days(m: Measure) -> Span:
    """The plan's first and last day: its start to the day before its target date."""
    return Span(m.start, m.target_date - DAY)


def in_plan(m: Measure, span: Span) -> bool:
    """Whether a period is one of the plan's (it holds one of the plan's days)."""
    days = plan_days(m)
    return span.end >= days.start and span.start <= days.end


@dataclass(frozen=True)
class YearFigures:
    """The plan's year on one day: what was planned, recorded and where the pace leads."""

    total: bool  # a total (summed) or a daily average (averaged over its periods)
    planned: float
    recorded: float | None  # so far (the whole year once it ended); None: nothing recorded
    projected: float | None  # at the window's pace; None without a pace
    ended: bool
    periods: int = 0  # how many periods the plan holds (a weekly plan: 52 or 53 weeks)
    last_day: date | None = None  # the plan's last day

    @property
    def reached(self) -> bool:
        """The plan made: by the year's figure once it ended, or by a total's entries so far
        (an average cannot be known before its year ends)."""
        if self.recorded is None or not (self.ended or self.total):
            return False
        return self.recorded >= self.planned - _EPSILON * max(1.0, abs(self.planned))


def year_figures(
    m: Measure,
    groups: Sequence[tuple[Span, Sequence[Actual]]],
    on: date,
    calendar: BusinessCalendar,
    planned: PlannedPeriods,
    k: float | None,
) -> YearFigures:
    """The year of a measure ``judged_on_its_year`` as known on ``on``; ``groups`` are its
    entries by period (``period_entries``), ``k`` the window's tracking factor."""
    days = plan_days(m)
    ended = on > days.end
    entries = {span: found for span, found in groups if in_plan(m, span)}
    spans = list(calendar.spans(m.period, days.start, days.end))
    periods = [
        period_value(m, span, entries.get(span, ()), on, planned) if span.start <= on else None
        for span in spans
    ]
    wholes = [planned.whole(span) for span in spans]
    figures = (_total if m.counting is Counting.TOTAL else _average)(periods, wholes, k, ended)
    return dataclasses.replace(figures, periods=len(spans), last_day=days.end)


def _total(
    periods: Sequence[PeriodValue | None], wholes: Sequence[float], k: float | None, ended: bool
) -> YearFigures:
    recorded = [p.actual for p in periods if p is not None and p.actual is not None]
    made = sum(recorded) if recorded else None
    projected: float | None = made
    if not ended:
        projected = None
        if k is not None:
            projected = 0.0
            for period, whole in zip(periods, wholes, strict=True):
                if period is None or (not period.complete and period.actual is None):
                    projected += k * whole  # still to come
                elif period.complete:
                    projected += period.actual or 0.0
                else:  # so far, and the part of its plan not due yet
                    projected += (period.actual or 0.0) + k * (whole - period.planned_so_far)
    return YearFigures(True, sum(wholes), made, projected, ended)


def _average(
    periods: Sequence[PeriodValue | None], wholes: Sequence[float], k: float | None, ended: bool
) -> YearFigures:
    """The mean of the periods' figures; periods planned closed (0) are left out, and so
    are complete periods without entries (no data is no figure)."""
    open_ = [(p, whole) for p, whole in zip(periods, wholes, strict=True) if whole > 0]
    plans = [whole for _, whole in open_]
    done = [p.actual for p, _ in open_ if p is not None and p.complete and p.actual is not None]
    made = sum(done) / len(done) if done else None
    projected: float | None = made
    if not ended:
        projected = None
        if k is not None:
            coming = [k * whole for p, whole in open_ if p is None or not p.complete]
            figures = done + coming
            projected = sum(figures) / len(figures) if figures else None
    planned = sum(plans) / len(plans) if plans else 0.0
    return YearFigures(False, planned, made, projected, ended)


def year_forecast(year: YearFigures, k: float | None) -> Forecast | None:
    """The year as a forecast (module docstring); None while no pace is known yet."""
    if not year.reached and not year.ended and year.projected is None:
        return None
    return Forecast(Outlook.YEAR, tracking=k, year=year)
