"""How a measure from an older plan is counted, guessed from its name, unit and entries.

Plans written before measures had a period and a counting rule held one value per date and
read the newest. An upgrade must keep what those plans meant:

- A name that speaks of a period ("Weekly revenue", "Sales per month", "Umsatz pro Woche")
  has that period. Counted as a total, unless its unit is a share (%) or its name says it is
  a rate, an average or a rating.
- Otherwise the measure is read as its latest figure, which is exactly what older plans did,
  in periods as long as the usual gap between its entries (weekly entries: weeks), or months
  when it has too few entries to tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

from bakeryplan.domain.model import Actual, Counting, Measure, Period

_PERIOD_WORDS: tuple[tuple[Period, tuple[str, ...]], ...] = (
    (Period.DAY, ("daily", "per day", "a day", "each day", "day's", "täglich", "pro tag")),
    (Period.WEEK, ("weekly", "per week", "a week", "each week", "week's", "wöchentlich",
                   "pro woche")),
    (Period.MONTH, ("monthly", "per month", "a month", "each month", "month's", "monatlich",
                    "pro monat")),
    (Period.QUARTER, ("quarterly", "per quarter", "a quarter", "each quarter",
                      "quartalsweise", "pro quartal")),
    (Period.YEAR, ("yearly", "annual", "per year", "a year", "each year", "year's",
                   "jährlich", "pro jahr")),
)  # fmt: skip
_NOT_A_TOTAL = ("average", "avg", "mean", "rate", "rating", "share", "ratio", "score", "per cent")
_GAP_PERIODS = ((1.5, Period.DAY), (10, Period.WEEK), (45, Period.MONTH), (120, Period.QUARTER))


def guess_counting(m: Measure, entries: Sequence[Actual]) -> tuple[Period, Counting]:
    """The period and counting rule an older plan's measure most likely meant."""
    name = f" {m.name.casefold()} "
    for period, words in _PERIOD_WORDS:
        if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name) for word in words):
            is_share = m.unit.strip() == "%" or any(word in name for word in _NOT_A_TOTAL)
            return period, Counting.LATEST if is_share else Counting.TOTAL
    return _period_of_gaps(entries), Counting.LATEST


def _period_of_gaps(entries: Sequence[Actual]) -> Period:
    days = sorted({a.on for a in entries})
    if len(days) < 3:
        return Period.MONTH
    gap = median((later - earlier).days for earlier, later in pairwise(days))
    return next((period for limit, period in _GAP_PERIODS if gap <= limit), Period.YEAR)
