"""What the business's locale says about the exports it writes, before a file shows more.

A file that is not Unicode was most likely saved in the Windows code page of the business's
language (:func:`windows_code_page`), and a numeric date such as 03/04/2026 that the file
itself does not settle is read in the order people there write it (:func:`prefers_day_first`).
"""

from __future__ import annotations

# Windows code pages by language; every other language writes Windows-1252 (Western).
_CODE_PAGES = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr"), "cp1251"),
    "el": "cp1253",
    "tr": "cp1254",
    "az": "cp1254",
    "he": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
}


def windows_code_page(locale: str) -> str:
    """The code page spreadsheets in ``locale``'s language save CSV in: "de_DE" cp1252."""
    language = locale.replace("-", "_").split("_")[0].lower()
    return _CODE_PAGES.get(language, "cp1252")


def prefers_day_first(locale: str) -> bool:
    """Whether people in ``locale`` (e.g. "en_US", "de_DE") write the day before the month.

    Locales that write the year first (ISO-like, "y/MM/dd") write the day last: for the rare
    numeric "a/b/yyyy" date there, day first is the likelier reading.
    """
    from babel import Locale, UnknownLocaleError

    try:
        # babel's locale data is untyped (Any): the short date format is a DateTimePattern.
        pattern: str = Locale.parse(locale.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return True
    day, month = pattern.find("d"), pattern.find("M")
    if day < 0 or month < 0 or pattern.lstrip("'").startswith("y"):
        return True
    return day < month
