"""A refused date or figure is said in one whole sentence of the window's language."""

from __future__ import annotations

from bakeryplan.text.translate import in_language
from bakeryplan.ui.models import _outside_bounds


def test_a_date_outside_the_plans_years_in_english_and_german() -> None:
    assert _outside_bounds("01.01.1850", "years") == (
        "“01.01.1850” is outside the years 1900 to 2199."
    )
    with in_language("de"):
        assert _outside_bounds("01.01.1850", "years") == (
            "„01.01.1850“ liegt außerhalb der Jahre 1900 bis 2199."
        )


def test_a_figure_beyond_the_range_is_written_with_the_languages_grouping() -> None:
    with in_language("de"):
        assert _outside_bounds("1e13", "range") == (
            "„1e13“ liegt nicht zwischen -1.000.000.000.000 und 1.000.000.000.000."
        )
