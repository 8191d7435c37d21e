"""Word units next to counts: "1 cafe", "2 cafes".

People type a measure's unit in the plural ("cafes", "bakes", "stars"), so "1 cafes below
plan" needs the singular. Only a simple English plural is made singular: one word of
letters ending in "s" whose singular is that word without the "s". Endings where dropping
the "s" gives a wrong word ("boxes", "loaves", "berries", "glasses", "bonus") and
abbreviations in capitals stay as written: a plural left alone reads better than a
made-up singular.
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


def unit_for(number_text: str, unit: str) -> str:
    """The unit to write after a number as shown: singular after exactly "1"."""
    shown = number_text.strip().lstrip("+-\u2212")
    return singular_unit(unit) if shown == "1" else unit
