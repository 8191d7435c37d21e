"""Numbers, money, percentages and dates in the business's own locale.

Every report formats through here so the one-page plan, the charts and the progress pack
agree on how "€12,400" or "27.11.2026" looks. A plan file written on another machine may
carry a locale this one does not know: that falls back to en_GB instead of failing a print.
"""

from __future__ import annotations

import copy
import math
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from bakeryplan.domain.bounds import clamp_value
from bakeryplan.domain.model import Business
from bakeryplan.domain.units import unit_for

FALLBACK_LOCALE = "en_GB"
NOT_A_NUMBER = "\u2013"  # en dash: a gap, not a minus sign

# Symbols people type as a measure's unit, when they are not the business's own currency.
_SYMBOL_CURRENCIES = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY"}
_DOLLAR_SIGNS = {"$", "US$"}


@lru_cache(maxsize=64)
def locale_of(name: str | None) -> Locale:
    """The babel Locale for a POSIX or BCP 47 name; en_GB when unknown or malformed."""
    if name:
        for candidate in (name, name.split(".")[0].replace("-", "_")):
            try:
                return Locale.parse(candidate)
            except (UnknownLocaleError, ValueError, TypeError):
                continue
    return Locale.parse(FALLBACK_LOCALE)


def currency_code_for_unit(unit: str, business: Business) -> str | None:
    """The ISO currency a measure's unit stands for, or None when it is not money."""
    text = unit.strip()
    if not text:
        return None
    currency = (business.currency or "").strip().upper()
    if currency and text.upper() == currency:
        return currency
    locale = locale_of(business.locale)
    if currency and text in {
        babel_numbers.get_currency_symbol(currency, locale=locale),
        babel_numbers.get_currency_symbol(currency, locale=FALLBACK_LOCALE),
    }:
        return currency
    if text in _DOLLAR_SIGNS:
        return currency if currency.endswith("D") else "USD"
    if text in _SYMBOL_CURRENCIES:
        return _SYMBOL_CURRENCIES[text]
    if len(text) == 3 and text.isalpha() and text.isupper():
        return text if text in babel_numbers.list_currencies() else None
    return None


def format_money(value: float, business: Business, *, cents: bool | None = None) -> str:
    """Money in the business currency; whole amounts drop the cents unless cents=True."""
    return _money(value, (business.currency or "EUR").upper(), business, cents)


def _money(value: float, currency: str, business: Business, cents: bool | None) -> str:
    if not math.isfinite(value):
        return NOT_A_NUMBER
    value = clamp_value(value)  # an older file's 1e308 is shown at the bound, not a crash
    locale = locale_of(business.locale)
    show_cents = cents if cents is not None else not float(value).is_integer()
    if show_cents:
        return babel_numbers.format_currency(value, currency, locale=locale)
    pattern = locale.currency_formats["standard"].pattern
    whole_pattern = pattern.replace(".00", "")
    return babel_numbers.format_currency(
        round(value), currency, locale=locale, format=whole_pattern, currency_digits=False
    )


def format_number(value: float, business: Business, *, digits: int | None = None) -> str:
    """A grouped decimal; digits=None shows as few decimals as needed (at most two)."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    value = clamp_value(value)
    pattern = "#,##0.##" if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
    return babel_numbers.format_decimal(
        value, format=pattern, locale=locale_of(business.locale), decimal_quantization=True
    )


def format_percent(fraction: float, business: Business, *, digits: int = 0) -> str:
    """A fraction (0.125) as a percentage ("13%", "12,5 %") in the business locale."""
    if not math.isfinite(fraction):
        return NOT_A_NUMBER
    fraction = clamp_value(fraction)
    locale = locale_of(business.locale)
    pattern = copy.copy(locale.percent_formats[None])
    pattern.frac_prec = (digits, digits)
    return pattern.apply(fraction, locale)


def format_value(value: float, unit: str, business: Business) -> str:
    """A measure's value with its unit: money as money, "%" as percent points, else "12 kg";
    a word unit agrees with its number ("1 cafe", "2 cafes"), on an axis as in a sentence."""
    unit = unit or ""
    currency = currency_code_for_unit(unit, business)
    if currency is not None:
        return _money(value, currency, business, None)
    if unit.strip() == "%":
        # Measures store percent points (65 means 65 %), so scale to a fraction.
        if not math.isfinite(value):
            return NOT_A_NUMBER
        digits = 0 if float(value).is_integer() else 1
        return format_percent(value / 100.0, business, digits=digits)
    number = format_number(value, business)
    return f"{number} {unit_for(number, unit.strip())}" if unit.strip() else number


def format_date(d: date, business: Business, style: str = "medium") -> str:
    """A date in the business locale: "short", "medium", "long", "full" or "day_month"."""
    locale = locale_of(business.locale)
    if style == "day_month":
        return babel_dates.format_skeleton("MMMd", d, locale=locale)
    return babel_dates.format_date(d, format=style, locale=locale)
