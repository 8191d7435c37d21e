"""Planning from last year in words: refusals, what the year is missing, holiday notes.

``domain.plan_from_history`` and ``domain.reference_days`` return facts (a ``Refusal``,
``Gap`` stretches, a ``HolidayNote``); this module says them, dates in the plan's locale,
a country by its name in the plan's language (babel's territory names).
"""

from __future__ import annotations

from datetime import timedelta

from bakeryplan.domain.holiday_calendar import EASTER_SUNDAY
from bakeryplan.domain.model import Period
from bakeryplan.domain.plan_from_history import Refusal, RefusalCase
from bakeryplan.domain.reference_days import HolidayCase, HolidayNote, MovedHoliday
from bakeryplan.domain.reference_year import Gap, GapKind, ReferenceYear
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.translate import PLURAL, translate

DAY = timedelta(days=1)


def refusal_sentence(fmt: Formatter, refusal: Refusal) -> str:
    """Why no plan can be drawn from the history, and what to do instead."""
    case, name, year = refusal.case, refusal.measure, refusal.year
    if case is RefusalCase.INCOMPLETE and year is not None:
        first = translate("history", "The year ending {day} is incomplete.").format(
            day=fmt.date(year.span.end, "long")
        )
        return " ".join([first, *gap_sentences(fmt, year)])
    if case is RefusalCase.NO_ENTRIES and year is not None:
        return translate(
            "history",
            "“{name}” has no entries in the year from {start} to {end}: choose a year with "
            "entries.",
        ).format(
            name=name, start=fmt.date(year.span.start, "long"), end=fmt.date(year.span.end, "long")
        )
    if case is RefusalCase.TOO_LITTLE and year is not None:
        days = year.recorded_days
        text = translate(
            "history",
            "Too little history: “{name}” has entries on %n day(s) of the year ending {day}; "
            "a plan for a year needs at least {weeks} of them.",
            None,
            PLURAL,
            days
        )  # fmt: skip
        return text.format(
            name=name,
            day=fmt.date(year.span.end, "long"),
            weeks=fmt.period_noun(Period.WEEK, refusal.min_weeks),
        )
    return _plain_refusal(case).format(name=name)


def _plain_refusal(case: RefusalCase) -> str:
    """The refusals that name the measure at most."""
    sentences = {
        RefusalCase.LATEST_FIGURE: translate(
            "history",
            "“{name}” is read as its latest figure (a rating, a share, a headcount), so last "
            "year has no totals to copy: plan from last year works for measures counted as a "
            "total or a daily average.",
        ),
        RefusalCase.BAND: translate(
            "history",
            "“{name}” should stay within a band; plan from last year is for measures where "
            "more is better (sales, customers, loaves).",
        ),
        RefusalCase.GOES_DOWN: translate(
            "history",
            "“{name}” should go down; plan from last year is for measures where more is better "
            "(sales, customers, loaves).",
        ),
        RefusalCase.AVERAGE_HAS_NO_TOTAL: translate(
            "history",
            "“{name}” is a daily average, which has no total for the year: give the change in "
            "percent.",
        ),
        RefusalCase.CHANGE_TOO_LOW: translate(
            "history", "A change of -100% or less leaves nothing to plan."
        ),
        RefusalCase.TOTAL_NOT_POSITIVE: translate(
            "history", "The total for the year must be more than 0."
        ),
    }
    return sentences.get(case, sentences[RefusalCase.LATEST_FIGURE])


def gap_sentences(fmt: Formatter, year: ReferenceYear) -> list[str]:
    """What the reference year is missing, one sentence per stretch."""
    return [gap_sentence(fmt, gap) for gap in year.problems()]


def gap_sentence(fmt: Formatter, gap: Gap) -> str:
    span = gap.span
    if gap.kind is GapKind.NO_ENTRIES_AFTER:
        return translate("history", "No entries after {day}.").format(
            day=fmt.date(span.start - DAY, "long")
        )
    if gap.kind is GapKind.OPENED_MID_YEAR:
        return translate(
            "history",
            "The entries start on {day}: nothing is recorded for the {length} before (opened "
            "mid-year?).",
        ).format(day=fmt.date(span.end + DAY, "long"), length=fmt.days(span.days))
    return translate("history", "No entries from {start} to {end} ({length}).").format(
        start=fmt.date(span.start, "long"),
        end=fmt.date(span.end, "long"),
        length=fmt.days(span.days),
    )


def holiday_note_sentence(fmt: Formatter, note: HolidayNote) -> str:
    """How holidays were treated, in one or two sentences."""
    if note.case is HolidayCase.SAME_DATE:
        return translate("history", "Each day is compared with the same date last year.")
    if note.case is HolidayCase.SAME_WEEKDAY:
        return translate(
            "history",
            "Each day is compared with the same weekday 52 weeks before; holidays stay put.",
        )
    country = country_name(fmt, note.country)
    if note.case is HolidayCase.MOVED:
        return translate(
            "history",
            "Each day is compared with the same weekday 52 weeks before; the holidays of "
            "{country} are moved to their dates in the new year.",
        ).format(country=country)
    if note.case is HolidayCase.NO_COUNTRY:
        return translate(
            "history",
            "The plan's locale ({locale}) names no country, so public holidays cannot be "
            "moved. Only the days the business was closed last year on a usual opening day "
            "keep their dates.",
        ).format(locale=note.locale)
    return translate(
        "history",
        "The holiday library does not know the country {country}, so public holidays cannot "
        "be moved. Only the days the business was closed last year on a usual opening day "
        "keep their dates.",
    ).format(country=country)


def country_name(fmt: Formatter, code: str | None) -> str:
    """A country by its name in the plan's language ("Ireland", "Irland"); else its code."""
    if not code:
        return ""
    return str(fmt.locale.territories.get(code.upper(), code))


def holiday_name(fmt: Formatter, holiday: MovedHoliday) -> str:
    """A moved holiday's name; a day the business closed by its date ("Closed on 25 Dec")."""
    if holiday.closure:
        return translate("history", "Closed on {day}").format(
            day=fmt.date(holiday.new_year, "day_month")
        )
    if holiday.name == EASTER_SUNDAY:  # the one name the calendar adds itself, in English
        return translate("history", "Easter Sunday")
    return holiday.name  # the holiday library's, in the country's own language
