"""A measure's period in words, in the business's own language for its dates and months:
"Week of 16 Nov 2026", "November 2026", "2027", or a fiscal quarter's first and last month."""

from __future__ import annotations

from babel.dates import format_skeleton

from bakeryplan.domain.model import Business, Period
from bakeryplan.domain.periods import Span
from bakeryplan.reports.formatting import format_date, locale_of


def period_name(period: Period, span: Span, business: Business) -> str:
    """The period as a reader names it; a fiscal quarter or year by its first and last month."""
    locale = locale_of(business.locale)
    if period is Period.DAY:
        return format_date(span.start, business)
    if period is Period.WEEK:
        return f"Week of {format_date(span.start, business)}"
    if period is Period.MONTH:
        return format_skeleton("yMMMM", span.start, locale=locale)
    if period is Period.YEAR and span.start.month == 1:
        return str(span.start.year)
    first = format_skeleton("yMMM", span.start, locale=locale)
    return f"{first} \u2013 {format_skeleton('yMMM', span.end, locale=locale)}"


def period_noun(period: Period) -> str:
    """ "week", for "This week so far"."""
    return period.value
