"""Numbers, money, percentages, dates and periods in the business's own locale.

One `Formatter` per business (``formatter_for(business)``): the window, the command line
and every printout write "€12,400" or "27.11.2026" through it, so one sentence never mixes
two locales. A plan file written on another machine may carry a locale this one does not
know: that falls back to en_GB instead of failing a print.

babel (the CLDR data) is imported inside the methods: it costs tens of milliseconds, which
the first window does not pay.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from bakeryplan.domain.bounds import clamp_value
from bakeryplan.domain.model import Business, Period
from bakeryplan.domain.periods import Span
from bakeryplan.domain.units import unit_for
from bakeryplan.text.languages import ENGLISH
from bakeryplan.text.translate import PLURAL, current_language, translate

if TYPE_CHECKING:
    from babel import Locale

FALLBACK_LOCALE = "en_GB"
NOT_A_NUMBER = "\u2013"  # en dash: a gap, not a minus sign
MINUS = "\u2212"

# Symbols people type as a measure's unit, when they are not the business's own currency.
_SYMBOL_CURRENCIES = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY"}
_DOLLAR_SIGNS = {"$", "US$"}


@lru_cache(maxsize=64)
def locale_of(name: str | None) -> Locale:
    """The babel Locale for a POSIX or BCP 47 name; en_GB when unknown or malformed."""
    from babel import Locale, UnknownLocaleError

    if name:
        for candidate in (name, name.split(".")[0].replace("-", "_")):
            try:
                return Locale.parse(candidate)
            except (UnknownLocaleError, ValueError, TypeError):
                continue
    return Locale.parse(FALLBACK_LOCALE)


def formatter_for(business: Business) -> Formatter:
    """The formatter of a business's locale and currency (one per pair, kept)."""
    return _formatter(business.locale or FALLBACK_LOCALE, (business.currency or "EUR").upper())


def language_formatter() -> Formatter:
    """The formatter of the language words are in now, for what belongs to no business (a
    lock file's time); English is written as the app writes it, British (en_GB)."""
    language = current_language()
    return _formatter(FALLBACK_LOCALE if language == ENGLISH else language, "EUR")


@lru_cache(maxsize=32)
def _formatter(locale_name: str, currency: str) -> Formatter:
    return Formatter(locale_name, currency)


@dataclass(frozen=True)
class Formatter:
    """How one business writes numbers, money, percentages, dates and periods."""

    locale_name: str = FALLBACK_LOCALE
    currency: str = "EUR"

    @cached_property
    def locale(self) -> Locale:
        return locale_of(self.locale_name)

    # Numbers -------------------------------------------------------------------------

    def number(self, value: float, digits: int | None = None) -> str:
        """A grouped decimal; digits=None shows as few decimals as needed (at most two)."""
        from babel import numbers

        if not math.isfinite(value):
            return NOT_A_NUMBER
        value = clamp_value(value)  # an older file's 1e308 is shown at the bound
        pattern = "#,##0.##" if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
        return str(
            numbers.format_decimal(
                value, format=pattern, locale=self.locale, decimal_quantization=True
            )
        )

    def decimal_mark(self) -> str:
        """The decimal mark people of the locale type: "." or ","."""
        from babel import numbers

        return str(numbers.get_decimal_symbol(self.locale))

    def money(self, value: float, *, cents: bool | None = None, currency: str = "") -> str:
        """Money, in the business currency unless another is named; whole amounts drop the
        cents unless cents=True."""
        from babel import numbers

        if not math.isfinite(value):
            return NOT_A_NUMBER
        value = clamp_value(value)
        code = currency or self.currency
        show_cents = cents if cents is not None else not float(value).is_integer()
        if show_cents:
            return str(numbers.format_currency(value, code, locale=self.locale))
        pattern = self.locale.currency_formats["standard"].pattern
        whole_pattern = pattern.replace(".00", "")
        return str(
            numbers.format_currency(
                round(value), code, locale=self.locale, format=whole_pattern, currency_digits=False
            )
        )

    def percent(self, fraction: float, digits: int = 0) -> str:
        """A fraction (0.125) as a percentage ("13%", "12,5 %") in the locale."""
        if not math.isfinite(fraction):
            return NOT_A_NUMBER
        fraction = clamp_value(fraction)
        pattern = copy.copy(self.locale.percent_formats[None])
        pattern.frac_prec = (digits, digits)
        return str(pattern.apply(fraction, self.locale))

    def currency_of(self, unit: str) -> str | None:
        """The ISO currency a measure's unit stands for, or None when it is not money."""
        from babel import numbers

        text = unit.strip()
        if not text:
            return None
        currency = self.currency
        if currency and text.upper() == currency:
            return currency
        if currency and text in {
            numbers.get_currency_symbol(currency, locale=self.locale),
            numbers.get_currency_symbol(currency, locale=FALLBACK_LOCALE),
        }:
            return currency
        if text in _DOLLAR_SIGNS:
            return currency if currency.endswith("D") else "USD"
        if text in _SYMBOL_CURRENCIES:
            return _SYMBOL_CURRENCIES[text]
        if len(text) == 3 and text.isalpha() and text.isupper():
            return text if text in numbers.list_currencies() else None
        return None

    def value(self, value: float, unit: str) -> str:
        """A measure's value with its unit: money as money, "%" as percent points, else
        "12 kg"; a word unit agrees with its number ("1 cafe", "2 cafes")."""
        unit = (unit or "").strip()
        currency = self.currency_of(unit)
        if currency is not None:
            return self.money(value, currency=currency)
        if unit == "%":  # measures store percent points (65 means 65 %)
            if not math.isfinite(value):
                return NOT_A_NUMBER
            digits = 0 if float(value).is_integer() else 1
            return self.percent(value / 100.0, digits)
        number = self.number(value)
        return f"{number} {unit_for(number, unit, locale=self.locale_name)}" if unit else number

    def measured(self, value: float, unit: str, digits: int) -> str:
        """A measure's value with exactly ``digits`` decimals, so a column lines up."""
        value = round(value, digits) + 0.0  # + 0.0: no "-0"
        unit = unit.strip()
        if self.currency_of(unit) is not None:
            return self.value(value, unit)  # money: whole amounts without cents
        if unit == "%":
            return self.percent(value / 100.0, digits)
        number = self.number(value, digits)
        return f"{number} {unit_for(number, unit, locale=self.locale_name)}" if unit else number

    def signed(self, value: float | None, unit: str, digits: int) -> str:
        """A difference with its sign ("+€187", a minus sign before "1 cafe"); no sign when
        it rounds to nothing."""
        if value is None:
            return NOT_A_NUMBER
        text = self.measured(abs(value), unit, digits)
        if round(abs(value), digits) == 0:
            return text
        return ("+" if value > 0 else MINUS) + text

    # Dates ---------------------------------------------------------------------------

    def date(self, day: dt.date, style: str = "medium") -> str:
        """A date: "short", "medium", "long", "full" or "day_month" ("27 Nov")."""
        from babel import dates

        if style == "day_month":
            return self.skeleton("MMMd", day)
        return str(dates.format_date(day, format=style, locale=self.locale))

    def date_time(self, moment: dt.datetime, *, seconds: bool = False) -> str:
        """A day and its time of day in the locale's order: "27 Nov 2026, 10:31"; with
        seconds "27 Nov 2026, 10:31:05"."""
        from babel import dates

        pattern = str(dates.get_datetime_format("medium", locale=self.locale))
        time = str(dates.format_time(moment, "medium" if seconds else "short", locale=self.locale))
        return pattern.replace("{1}", self.date(moment.date())).replace("{0}", time)

    def skeleton(self, skeleton: str, day: dt.date) -> str:
        """A date by CLDR skeleton, in the locale's order: "yMMMM" is "November 2026"."""
        from babel import dates

        return str(dates.format_skeleton(skeleton, day, locale=self.locale))

    def month(self, day: dt.date) -> str:
        return self.skeleton("yMMMM", day)

    def month_names(self) -> dict[str, int]:
        """Every name and abbreviation of a month in the locale, lower case, to its number."""
        names: dict[str, int] = {}
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in self.locale.months[context][width].items():
                    names[str(name).lower()] = number
                    names[str(name).lower().rstrip(".")] = number
        return names

    def short_date_pattern(self) -> str:
        """The locale's short date pattern ("dd.MM.yy", "M/d/yy", "dd/MM/y")."""
        return str(self.locale.date_formats["short"].pattern)

    # Periods and lengths of time -----------------------------------------------------

    def period_noun(self, period: Period, count: int = 1) -> str:
        """ "week", "3 weeks": what a measure's period is called in a sentence."""
        if count == 1:
            return _noun(period)
        return _nouns(period, count)

    def period(self, span: Span, period: Period) -> str:
        """A period as a person names it: "2 Dec 2026", "Week of 30 Nov 2026", "November
        2026", "Oct - Dec 2026", "2026" (a fiscal year across two calendar years: "Apr 2026
        - Mar 2027")."""
        if period is Period.DAY:
            return self.date(span.start)
        if period is Period.WEEK:
            return translate("periods", "Week of {day}").format(day=self.date(span.start))
        if period is Period.MONTH:
            return self.month(span.start)
        if period is Period.YEAR and span.start.month == 1 and span.end.month == 12:
            return str(span.start.year)
        first = self.skeleton("MMM", span.start)
        if span.start.year != span.end.year:
            first = self.skeleton("yMMM", span.start)
        return f"{first} \u2013 {self.skeleton('yMMM', span.end)}"

    def days(self, days: int) -> str:
        """A rounded length of time: "3 days", "6 weeks", "4 months", "2 years"."""
        if days < 14:
            amount, unit = days, Period.DAY
        elif days < 63:
            amount, unit = round(days / 7), Period.WEEK
        elif days < 730:
            amount, unit = round(days / 30.44), Period.MONTH
        else:
            amount, unit = round(days / 365.25), Period.YEAR
        return _nouns(unit, amount)


def _noun(period: Period) -> str:
    """One period's name; each a literal call, so ``pyside6-lupdate`` finds it."""
    names = {
        Period.DAY: translate("periods", "day"),
        Period.WEEK: translate("periods", "week"),
        Period.MONTH: translate("periods", "month"),
        Period.QUARTER: translate("periods", "quarter"),
        Period.YEAR: translate("periods", "year"),
    }
    return names[period]


def _nouns(period: Period, count: int) -> str:
    """ "3 weeks": a count of periods, with the plural form the language wants for it."""
    names = {
        Period.DAY: translate("periods", "%n day(s)", None, PLURAL, count),
        Period.WEEK: translate("periods", "%n week(s)", None, PLURAL, count),
        Period.MONTH: translate("periods", "%n month(s)", None, PLURAL, count),
        Period.QUARTER: translate("periods", "%n quarter(s)", None, PLURAL, count),
        Period.YEAR: translate("periods", "%n year(s)", None, PLURAL, count),
    }
    return names[period]
