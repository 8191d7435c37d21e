"""The one entry point for the interface's words: ``translate(context, text)``.

It has Qt's own signature (``QCoreApplication.translate``), so ``pyside6-lupdate`` collects
every call with its context, and the translations are Qt's: ``.ts`` sources under
``resources/translations/``, compiled into ``.qm`` files by ``pyside6-lrelease``.

Two languages can be at work at once: the window speaks the owner's language, while a
printout or ``status`` speaks the plan's language (the huddle sheet is read by staff). So
the language is not Qt's application-wide translator but a context variable:
``set_interface_language`` chooses the window's (or the command line's), and
``in_language`` switches for the length of a printout. Each language's ``QTranslator`` is
loaded once, on first use; only QtCore is used, so the headless commands pay nothing more.

Counted texts are Qt's numerus forms: ``translate(context, "%n step(s)", None, PLURAL, n)``.
``%n`` is filled with the count grouped as the language writes it ("1,250", "1.250").
The ``PLURAL`` marker is there for ``pyside6-lupdate``: its Python reader takes a name in the
fourth place as Qt's old text-encoding argument and only then looks for the count, so
without the marker a count held in a variable is read as an encoding and the text is not
marked as counted (``tests/text/test_translate_calls.py`` checks every call). English, too,
takes its singular and plural from a translation file (``bakeryplan_en.ts`` holds only
those), so the source text may say "%n step(s)".
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING

from bakeryplan.resource_files import resource_path
from bakeryplan.text.languages import ENGLISH

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

TRANSLATIONS = "translations"

PLURAL = "plural"
"""The marker before a count; see the module's docstring."""

_interface_language = "en"
_language: ContextVar[str | None] = ContextVar("language", default=None)


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    plural: str | None = None,
    n: int = -1,
) -> str:
    """``text`` in the current language; with ``PLURAL, n`` the form for ``n``, ``%n`` filled."""
    found: str | None = None
    language = current_language()
    # English holds the plural forms of the source: the fallback of a counted text only.
    codes = dict.fromkeys((language, ENGLISH)) if n >= 0 else (language,)
    for code in codes:
        translator = _translator(code)
        found = translator.translate(context, text, disambiguation, n) if translator else None
        if found:
            break
    found = found or text
    return found.replace("%n", count_text(n, language)) if n >= 0 else found


def count_text(n: int, language: str | None = None) -> str:
    """A count as the language groups it: "1,250" in English, "1.250" in German; the
    language in effect unless one is named. Also for a count beside ``%n`` ("{done} of %n").

    Every ``%n`` is filled so (rather than Qt's ``%Ln`` in chosen sources): a counted text
    always counts things, never a year or a number to quote, and a count of rows or steps
    may pass 999 in any message. Below 1,000 no language groups, and babel stays unloaded.
    """
    if abs(n) < 1000:
        return str(n)
    from babel import numbers

    return str(numbers.format_decimal(n, locale=language or current_language()))


def separated_list(items: list[str]) -> str:
    """Items as the language lists them: "1, 3 and 5", "1, 3 und 5", "1, 3 et 5"."""
    from babel.lists import format_list

    language = current_language()
    # The app writes British English (its fallback locale is en_GB): no comma before "and".
    return str(format_list(items, locale="en_GB" if language == ENGLISH else language))


def current_language() -> str:
    """The language words are in now: a printout's, else the interface's."""
    return _language.get() or _interface_language


def set_interface_language(code: str) -> None:
    """The window's (or the command line's) language, from now on."""
    global _interface_language
    _interface_language = code


@contextlib.contextmanager
def in_language(code: str) -> Iterator[None]:
    """Words in ``code`` inside the block, such as the plan's language for a printout."""
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def translation_file(code: str) -> str:
    """The compiled translation of ``code``, relative to the resources folder."""
    return f"{TRANSLATIONS}/bakeryplan_{code}.qm"


@cache
def _translator(code: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    path = resource_path(translation_file(code))
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None
