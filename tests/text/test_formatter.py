"""Money, numbers, percentages and dates as the business's locale writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bakeryplan.domain.model import Business, Period
from bakeryplan.domain.periods import Span
from bakeryplan.text.formatter import (
    NOT_A_NUMBER,
    Formatter,
    formatter_for,
    language_formatter,
    locale_of,
)
from bakeryplan.text.translate import in_language

NBSP = "\xa0"
DAY = date(2026, 11, 27)


def business(locale: str, currency: str = "EUR") -> Business:
    return Business("Sunrise Bakery", currency=currency, locale=locale)


@pytest.mark.parametrize(
    ("locale", "currency", "value", "expected"),
    [
        ("en_GB", "GBP", 12400, "£12,400"),
        ("en_GB", "GBP", 12.5, "£12.50"),
        ("de_DE", "EUR", 12400, f"12.400{NBSP}€"),
        ("de_DE", "EUR", 1234.5, f"1.234,50{NBSP}€"),
        ("en_US", "USD", 12400, "$12,400"),
        ("en_US", "USD", -3.25, "-$3.25"),
    ],
)
def test_money_in_each_locale(locale: str, currency: str, value: float, expected: str) -> None:
    assert formatter_for(business(locale, currency)).money(value) == expected


def test_money_can_force_cents() -> None:
    assert formatter_for(business("en_GB", "GBP")).money(12400, cents=True) == "£12,400.00"


@pytest.mark.parametrize(
    ("locale", "style", "expected"),
    [
        ("en_GB", "medium", "27 Nov 2026"),
        ("de_DE", "medium", "27.11.2026"),
        ("en_US", "medium", "Nov 27, 2026"),
        ("en_GB", "long", "27 November 2026"),
        ("en_US", "day_month", "Nov 27"),
        ("en_GB", "day_month", "27 Nov"),
    ],
)
def test_dates_in_each_locale(locale: str, style: str, expected: str) -> None:
    assert formatter_for(business(locale)).date(DAY, style) == expected


@pytest.mark.parametrize("unknown", ["xx_YY", "", "not a locale!", "zz"])
def test_unknown_locale_falls_back_to_british_english(unknown: str) -> None:
    b = business(unknown, "EUR")
    assert str(locale_of(unknown)) == "en_GB"
    assert formatter_for(b).money(12400) == "€12,400"
    assert formatter_for(b).date(DAY) == "27 Nov 2026"
    assert formatter_for(b).value(65, "%") == "65%"


def test_bcp47_locale_names_are_understood() -> None:
    assert str(locale_of("de-DE")) == "de_DE"
    assert str(locale_of("de_DE.UTF-8")) == "de_DE"


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("EUR", "EUR"), ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"), ("USD", "USD"), ("$", "USD")],
)
def test_currency_units_are_recognised(unit: str, expected: str) -> None:
    assert formatter_for(business("en_GB", "EUR")).currency_of(unit) == expected


@pytest.mark.parametrize("unit", ["", "kg", "%", "customers", "ABC", "loaves/day"])
def test_other_units_are_not_money(unit: str) -> None:
    assert formatter_for(business("en_GB", "EUR")).currency_of(unit) is None


def test_dollar_sign_means_the_business_dollar() -> None:
    assert formatter_for(business("en_CA", "CAD")).currency_of("$") == "CAD"


def test_values_with_units() -> None:
    gb = business("en_GB", "EUR")
    de = business("de_DE", "EUR")
    assert formatter_for(gb).value(12400, "EUR") == "€12,400"
    assert formatter_for(de).value(12400, "€") == f"12.400{NBSP}€"
    assert formatter_for(gb).value(62.5, "%") == "62.5%"
    assert formatter_for(de).value(62.5, "%") == f"62,5{NBSP}%"
    assert formatter_for(gb).value(1234.5, "kg") == "1,234.5 kg"
    assert formatter_for(de).value(1234.5, "kg") == "1.234,5 kg"
    assert formatter_for(gb).value(12, "") == "12"
    assert formatter_for(gb).value(float("nan"), "EUR") == NOT_A_NUMBER


def test_a_word_unit_agrees_with_its_number() -> None:
    gb = business("en_GB", "EUR")
    assert formatter_for(gb).value(1, "cafes") == "1 cafe"
    assert formatter_for(gb).value(2, "cafes") == "2 cafes"
    assert formatter_for(gb).value(1.5, "cafes") == "1.5 cafes"
    assert formatter_for(gb).value(1, "loaves") == "1 loaves"  # no made-up singular


def test_numbers_and_percentages() -> None:
    gb = business("en_GB")
    de = business("de_DE")
    assert formatter_for(gb).number(1234.5678, digits=2) == "1,234.57"
    assert formatter_for(de).number(1234.5678, digits=1) == "1.234,6"
    assert formatter_for(gb).number(1234.0) == "1,234"
    assert formatter_for(gb).number(3.14159) == "3.14"
    assert formatter_for(gb).percent(0.1234) == "12%"
    assert formatter_for(de).percent(0.1234, digits=1) == f"12,3{NBSP}%"
    assert formatter_for(gb).percent(float("inf")) == NOT_A_NUMBER


FIVE = {
    # locale: (money, short date, long date, percent, "1,250 loaves", "Week of ...")
    "en_GB": ("£1,234.50", "27/11/2026", "27 November 2026", "12.5%", "1,250 loaves"),
    "en_US": ("$1,234.50", "11/27/26", "November 27, 2026", "12.5%", "1,250 loaves"),
    "de_DE": (f"1.234,50{NBSP}€", "27.11.26", "27. November 2026", f"12,5{NBSP}%", "1.250 loaves"),
    "fr_FR": (
        f"1\u202f234,50{NBSP}€",
        "27/11/2026",
        "27 novembre 2026",
        f"12,5{NBSP}%",
        "1\u202f250 loaves",
    ),
    "pl_PL": (
        f"1{NBSP}234,50{NBSP}zł",
        "27.11.2026",
        "27 listopada 2026",
        "12,5%",
        f"1{NBSP}250 loaves",
    ),
}
CURRENCY = {"en_GB": "GBP", "en_US": "USD", "de_DE": "EUR", "fr_FR": "EUR", "pl_PL": "PLN"}


@pytest.mark.parametrize("locale", sorted(FIVE))
def test_one_formatter_in_five_locales(locale: str) -> None:
    fmt = formatter_for(business(locale, CURRENCY[locale]))
    money, short, long, percent, loaves = FIVE[locale]
    assert fmt.money(1234.5) == money
    assert fmt.date(DAY, "short") == short
    assert fmt.date(DAY, "long") == long
    assert fmt.percent(0.125, 1) == percent
    assert fmt.value(1250, "loaves") == loaves
    assert fmt.value(1, "cafes") == ("1 cafe" if locale.startswith("en") else "1 cafes")


@pytest.mark.parametrize("locale", sorted(FIVE))
def test_periods_and_lengths_of_time_in_five_locales(locale: str) -> None:
    fmt = formatter_for(business(locale, CURRENCY[locale]))
    week = Span(date(2026, 11, 23), date(2026, 11, 29))
    assert fmt.period(week, Period.WEEK) == f"Week of {fmt.date(week.start)}"
    assert fmt.period_noun(Period.WEEK) == "week"
    assert fmt.period_noun(Period.WEEK, 4) == "4 weeks"
    assert fmt.days(42) == "6 weeks"
    assert fmt.days(1) == "1 day"


def test_counted_periods_take_each_language_s_plural_forms() -> None:
    fmt = formatter_for(business("pl_PL", "PLN"))
    with in_language("pl"):
        assert [fmt.period_noun(Period.WEEK, n) for n in (1, 2, 5, 22)] == [
            "tydzień",
            "2 tygodnie",
            "5 tygodni",
            "22 tygodnie",
        ]
    with in_language("de"):
        assert fmt.days(42) == "6 Wochen"
    assert fmt.days(1) == "1 day"


def test_a_word_unit_is_made_singular_only_in_an_english_plan() -> None:
    assert Formatter("en_US").value(1, "cafes") == "1 cafe"
    assert Formatter("de_DE").value(1, "Kurs") == "1 Kurs"  # German: never cut
    assert Formatter("pl_PL").value(1, "kursy") == "1 kursy"


def test_a_time_outside_a_plan_is_written_in_the_language_in_effect() -> None:
    moment = datetime(2026, 11, 27, 10, 31)
    assert language_formatter().date_time(moment) == "27 Nov 2026, 10:31"
    assert language_formatter().date_time(moment, seconds=True) == "27 Nov 2026, 10:31:00"
    with in_language("de"):
        assert language_formatter().date_time(moment) == "27.11.2026, 10:31"
    with in_language("pl"):
        assert language_formatter().date_time(moment) == "27 lis 2026, 10:31"
