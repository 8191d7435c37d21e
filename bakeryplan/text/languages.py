"""The languages BakeryPlan speaks, and which one a plan or a person gets.

A plan's locale (``de_DE``, ``pl_PL``) names its language; a locale in a language without a
translation falls back to English, so a printout is never half in a language nobody wrote.
"""

from __future__ import annotations

ENGLISH = "en"

# Each in its own name, as a language menu shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pl": "Polski",
}


def language_of(locale_name: str | None) -> str:
    """The translated language of a locale such as ``de_DE`` or ``fr-CH``; else English."""
    code = (locale_name or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def first_supported(locale_names: list[str]) -> str:
    """The first of a person's preferred locales that BakeryPlan speaks; else English."""
    for name in locale_names:
        code = language_of(name)
        if code != ENGLISH or name.lower().startswith("en"):
            return code
    return ENGLISH
