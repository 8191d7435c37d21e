"""Load the plain-language checker in the background while the owner answers questions.

The checker's text statistics take seconds to import; a wizard starts loading it when it
opens, so the page that needs it (the draft, the measure check) shows without a wait.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

WORDING_MODULE = "bakeryplan.domain.wording"
_started: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def warm_up() -> None:
    """Start importing the checker in a background thread (once per process)."""
    with _lock:
        if WORDING_MODULE in _started:
            return
        thread = threading.Thread(
            target=importlib.import_module, args=(WORDING_MODULE,), daemon=True
        )
        _started[WORDING_MODULE] = thread
        thread.start()


def wording() -> ModuleType:
    """The checker module; waits for the background import if it is still running."""
    return importlib.import_module(WORDING_MODULE)
