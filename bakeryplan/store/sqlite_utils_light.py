"""sqlite-utils, imported without its optional numpy and pandas hooks.

sqlite-utils imports numpy and pandas (when installed, and matplotlib installs numpy) as it
loads, only to map their scalar types to column types when a table is created from values.
The plan's schema is explicit and never holds numpy values, so skipping them saves about
0.3 s of every start of the window and of every command; both still import normally later
(charts need numpy).
"""

from __future__ import annotations

import sys
from types import ModuleType

_OPTIONAL = ("numpy", "pandas")


def _import_light() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in _OPTIONAL if name not in sys.modules]
    for name in blocked:
        # None makes "import numpy" fail (documented for sys.modules); typeshed types the
        # dict as holding modules only, hence the ignore.
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_light()
