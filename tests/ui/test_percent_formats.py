"""The window writes percentages as the printouts do, without loading babel to show them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bakeryplan.domain.model import Business
from bakeryplan.reports.formatting import format_value
from bakeryplan.resource_files import PERCENT_FORMATS, read_text
from bakeryplan.ui.panels import format_amount, percent_affixes

TOOL = Path(__file__).resolve().parents[2] / "tools" / "percent_formats.py"


def test_the_window_finds_babels_pattern_for_every_locale() -> None:
    """Fails after a babel upgrade changes a pattern: run tools/percent_formats.py again."""
    spec = importlib.util.spec_from_file_location("percent_formats_tool", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    babel_table = tool.percent_affixes()
    assert len(babel_table) > 500
    for identifier, (prefix, suffix) in babel_table.items():
        assert percent_affixes(identifier) == (prefix, suffix), identifier
    stored = json.loads(read_text(PERCENT_FORMATS))
    assert stored == tool.exceptions(babel_table)


@pytest.mark.parametrize(
    "locale",
    ["en_GB", "en_US", "de_DE", "de_CH", "fr_FR", "es_ES", "es_MX", "nl_NL", "sv_SE", "tr_TR"],
)
def test_window_and_printouts_agree(locale: str) -> None:
    business = Business("Shop", locale=locale)
    assert format_amount(31.5, "%", business) == format_value(31.5, "%", business)


def test_unknown_locales_fall_back_to_their_language_then_to_a_plain_sign() -> None:
    assert percent_affixes("de-AT") == ("", "\u00a0%")
    assert percent_affixes("en_US.UTF-8") == ("", "%")
    assert percent_affixes("xx_YY") == ("", "%")


def test_a_word_unit_agrees_with_its_number_in_the_window() -> None:
    business = Business("Shop", locale="en_GB")
    assert format_amount(1, "cafes", business) == "1 cafe"
    assert format_amount(3, "cafes", business) == "3 cafes"
