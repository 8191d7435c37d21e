"""Sensible defaults for a new plan: the locale, its currency and a file name.

Uses babel's data, so nothing is hard-coded per country; imported only when a new plan is
being made (babel's data is not needed to show the first window).
"""

from __future__ import annotations

import re
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_territory_currencies

FALLBACK_LOCALE = "en_GB"
FALLBACK_CURRENCY = "EUR"
COMMON_CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN",
    "CZK", "HUF", "RON", "BGN", "TRY", "JPY", "CNY", "HKD", "SGD", "INR", "KRW", "ZAR",
    "BRL", "MXN", "ARS", "CLP", "COP", "AED", "ILS", "NGN", "KES", "EGP", "MAD", "THB",
    "MYR", "IDR", "PHP", "VND",
)  # fmt: skip
_UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_FILE_STEM = 80


def plan_locale(system_name: str) -> str:
    """A babel locale name for the system's locale ("C" and unknown ones fall back)."""
    if system_name.split(".")[0] in ("", "C", "POSIX"):
        return FALLBACK_LOCALE
    try:
        locale = Locale.parse(system_name.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return FALLBACK_LOCALE
    if locale.territory is None:
        return FALLBACK_LOCALE if locale.language == "en" else str(locale)
    return str(locale)


def default_currency(locale_name: str, on: date) -> str:
    """The currency in use in the locale's country on ``on``."""
    try:
        territory = Locale.parse(locale_name).territory
    except (ValueError, UnknownLocaleError):
        return FALLBACK_CURRENCY
    if not territory:
        return FALLBACK_CURRENCY
    currencies = get_territory_currencies(territory, start_date=on, tender=True)
    return currencies[0] if currencies else FALLBACK_CURRENCY


def currency_choices(locale_name: str, current: str) -> list[tuple[str, str]]:
    """(code, "Euro (EUR)") pairs: the common currencies, with ``current`` always included."""
    codes = list(COMMON_CURRENCIES)
    if current and current not in codes:
        codes.insert(0, current)
    try:
        locale = Locale.parse(locale_name)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(FALLBACK_LOCALE)
    return [(code, f"{get_currency_name(code, locale=locale)} ({code})") for code in codes]


def plan_file_stem(business_name: str, fallback: str = "My plan") -> str:
    """A file name (without suffix) safe on every desktop system, from the business name."""
    stem = _UNSAFE_FILE_CHARACTERS.sub(" ", business_name)
    stem = " ".join(stem.split()).strip(". ")[:MAX_FILE_STEM].strip(". ")
    return stem or fallback
