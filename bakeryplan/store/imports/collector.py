"""The garbage collector paused while a file is read into a table and its days.

Reading a file of 100,000 rows makes hundreds of thousands of new objects (the rows, their
cells, the days), all kept until the import is done. Each batch of them sets off a
collection, and now and then a full one that looks at every object of the program (tens of
milliseconds with a plan open); none can free anything, as nothing read is garbage yet.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


def collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run with the garbage collector paused (see the module docstring); it
    runs again as before afterwards, whatever happened."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was_enabled = gc.isenabled()  # a caller may have paused it already
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused
