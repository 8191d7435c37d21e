"""Word units next to counts: "1 cafe", "2 cafes".

People type a measure's unit in the plural ("cafes", "bakes", "stars"), so "1 cafes below
plan" needs the singular. Only a simple English plural is made singular: one word of
letters ending in "s" whose singular is that word without the "s". Endings where dropping
the "s" gives a wrong word ("boxes", "loaves", "berries", "glasses", "bonus") and
abbreviations in capitals stay as written: a plural left alone reads better than a
made-up singular.

This is English grammar: a unit typed in a German or Polish plan ("Kurse", "Kurs") is
never cut, so ``unit_for`` asks for the plan's locale and changes a unit only in an
English one. Other languages keep the unit as typed.
"""

from __future__ import annotations

#: Plural endings whose singular is not the word minus its final "s".
_IRREGULAR_ENDINGS = ("ss", "us", "is", "ies", "ves", "xes", "ches", "shes", "ses", "zes", "oes")


def singular_unit(unit: str) -> str:
    """The singular of a simple English plural unit, else the unit unchanged."""
    word = unit.strip()
    lower = word.casefold()
    if len(word) < 3 or not word.isalpha() or word.isupper() or not lower.endswith("s"):
        return unit
    if lower.endswith(_IRREGULAR_ENDINGS):
        return unit
    return word[:-1]


def unit_for(number_text: str, unit: str, *, locale: str | None) -> str:
    """The unit to write after a number as shown: in an English plan (``locale`` "en_GB",
    "en-US"; None is the English fallback) singular after exactly "1"; else as typed."""
    if not is_english(locale):
        return unit
    shown = number_text.strip().lstrip("+-\u2212")
    return singular_unit(unit) if shown == "1" else unit


def is_english(locale: str | None) -> bool:
    """Whether a plan's locale is English; a missing one falls back to English (en_GB)."""
    return not locale or locale.replace("-", "_").split("_")[0].lower() == "en"
