"""Load the plain-language checker in the background while the owner answers questions.

The checker's text statistics take seconds to import; a wizard starts loading it when it
opens, so the page that needs it (the draft, the measure check) shows without a wait.
"""

from __future__ import annotations

import threading
from types import ModuleType

_started: list[threading.Thread] = []
_lock = threading.Lock()


def warm_up() -> None:
    """Start importing the checker in a background thread (once per process)."""
    with _lock:
        if _started:
            return
        thread = threading.Thread(target=wording, daemon=True)
        _started.append(thread)
        thread.start()


def wording() -> ModuleType:
    """The checker module; a second import waits on Python's import lock for one under way
    in the background, so the page that asks never sees half a module."""
    from bakeryplan.domain import wording as checker

    return checker
