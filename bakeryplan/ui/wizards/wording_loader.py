"""Load the plain-language checker in the background while the owner answers questions.

The checker's text statistics take seconds to import, and a language's word lists and
hyphenation dictionary seconds to read (German's most); a wizard starts loading them for
the plan's language when it opens, so the page that needs them (the draft, the measure
check) shows without a wait.
"""

from __future__ import annotations

import threading
from types import ModuleType

from bakeryplan.text.languages import ENGLISH

_started: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def warm_up(language: str = ENGLISH) -> None:
    """Start loading the checker for ``language`` in a background thread (once per language)."""
    with _lock:
        if language in _started:
            return
        thread = threading.Thread(target=_load, args=(language,), daemon=True)
        _started[language] = thread
        thread.start()


def _load(language: str) -> None:
    wording().prepare(language)


def wording() -> ModuleType:
    """The checker module; a second import waits on Python's import lock for one under way
    in the background, so the page that asks never sees half a module."""
    from bakeryplan.domain import wording as checker

    return checker
