"""One reader of typed and imported dates and numbers: what the formatter writes reads back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.parsing import (
    OutOfRangeError,
    date_example,
    date_shape,
    months_of,
    parse_date,
    parse_number,
    read_day,
)

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "pl_PL")
# Two-digit years (en_US and de_DE short dates) read as 1970 to 2069.
DAYS = st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("style", ["short", "medium", "long"])
@settings(max_examples=40, deadline=None)
@given(day=DAYS)
def test_a_formatted_date_reads_back(locale: str, style: str, day: date) -> None:
    fmt = Formatter(locale)
    text = fmt.date(day, style)
    assert parse_date(text, date_shape(fmt).order, months=months_of(fmt)) == day, text


@pytest.mark.parametrize("locale", LOCALES)
@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_the_grids_example_reads_back(locale: str, day: date) -> None:
    shape = date_shape(Formatter(locale))
    assert parse_date(date_example(day, shape), shape.order) == day


@pytest.mark.parametrize("locale", LOCALES)
@settings(max_examples=60, deadline=None)
@given(value=st.decimals(min_value=-(10**9), max_value=10**9, places=2))
def test_a_formatted_number_reads_back(locale: str, value: object) -> None:
    fmt = Formatter(locale)
    number = float(value)  # type: ignore[arg-type]
    text = fmt.number(number, 2)
    assert parse_number(text, fmt.decimal_mark()) == pytest.approx(number, abs=1e-9), text


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2 March 2027", "en_GB", date(2027, 3, 2)),
        ("2. März 2027", "de_DE", date(2027, 3, 2)),
        ("March 2, 2027", "en_US", date(2027, 3, 2)),
        ("2 mars 2027", "fr_FR", date(2027, 3, 2)),
        ("2 marca 2027", "pl_PL", date(2027, 3, 2)),
        ("2027. márc. 2.", "hu_HU", date(2027, 3, 2)),
        ("2027. március 2.", "hu_HU", date(2027, 3, 2)),
        ("27. 11. 2026", "de_DE", date(2026, 11, 27)),
        ("11/27/2026", "en_US", date(2026, 11, 27)),
        ("2026-11-27", "en_US", date(2026, 11, 27)),
    ],
)
def test_typed_dates(text: str, locale: str, expected: date) -> None:
    fmt = Formatter(locale)
    assert parse_date(text, date_shape(fmt).order, months=months_of(fmt)) == expected


def test_typed_dates_that_are_none() -> None:
    for text in ("31/02/2026", "45000", "soon", "2 Smarch 2027"):
        with pytest.raises(ValueError):
            parse_date(text)
    with pytest.raises(OutOfRangeError):
        parse_date("01/01/2300")


def test_the_import_keeps_its_order_and_reads_excel_days() -> None:
    assert read_day("03/04/2024", DateOrder.DAY_FIRST) == date(2024, 4, 3)
    assert read_day("03/04/2024", DateOrder.MONTH_FIRST) == date(2024, 3, 4)
    assert read_day("20240131", DateOrder.YEAR_FIRST) == date(2024, 1, 31)
    assert read_day("45292", DateOrder.DAY_FIRST) == date(2024, 1, 1)
    assert read_day("31.07.2018 07:02", DateOrder.DAY_FIRST) == date(2018, 7, 31)
