"""Rows with more cells than the header: read by position only when that is the one reading.

An unquoted "1,234.50" or "Bread, rye" in a comma-separated file gives its row one cell
more, and every cell after the cut sits one column to the right: read by position, the
amount would be "1", or the number of the column before it. So a wider row is read as it
stands only when no neighbouring cells of it could have been one cell (a number, a date, or
words with the delimiter in them) in a way that changes a cell the mapping reads; otherwise
it is skipped with a reason that says what to look for. Extra cells no other reading
explains belong to a column the header has no name for (a note now and then) and are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bakeryplan.store.imports.cells import comma_number, looks_like_day
from bakeryplan.store.imports.table import filled_width

_LETTER = re.compile(r"[^\W\d_]")
_WORK_LIMIT = 100_000  # joins tried in one row; a row needing more is skipped, not read
_DIFFERS, _SAME = 2, 1
KIND_WORDS = {"number": "a number", "date": "a date", "text": "a name or note"}


def joined_kind(parts: Sequence[str], delimiter: str) -> str | None:
    """What ``parts`` could have been as one cell the delimiter cut: "number", "date" or
    "text"; None when they cannot have been one cell."""
    if all(_LETTER.search(part) for part in parts):
        return "text"
    if delimiter != ",":  # only a comma is written inside numbers and dates
        return None
    text = ",".join(parts)
    if comma_number(text):
        return "number"
    if looks_like_day(text):
        return "date"
    return None


def another_reading(
    cells: Sequence[str], expected: int, used: Sequence[int], delimiter: str
) -> str | None:
    """The kind of cell that may have been cut ("number", "date", "text") when ``cells``,
    wider than ``expected``, can also be read as ``expected`` cells with different cells in
    the ``used`` columns (or without one of them); None when reading by position is the
    only reading. The kind is that of the leftmost cut: everything right of it moved."""
    width = filled_width(cells)
    extra = width - expected
    if extra <= 0 or expected <= 0:
        return None
    if expected * (extra + 1) ** 2 > _WORK_LIMIT:
        return _cut_kind(cells[:width], delimiter)
    joins: dict[tuple[int, int], str | None] = {}
    wanted = set(used)
    # cells consumed so far -> {whether a used cell changed: the leftmost join on the way}
    states: dict[int, dict[bool, _Join]] = {0: {False: None}}
    for column in range(expected):
        after = expected - column - 1  # columns still to fill, one cell at least each
        reached: dict[int, dict[bool, _Join]] = {}
        for start, paths in states.items():
            for end in range(start + 1, width - after + 1):
                join: _Join = None
                if end - start > 1:
                    if (start, end) not in joins:
                        joins[start, end] = joined_kind(cells[start:end], delimiter)
                    kind = joins[start, end]
                    if kind is None:
                        continue
                    join = (start, kind)
                changed = (
                    column in wanted
                    and (end - start > 1 or start != column)
                    and delimiter.join(cells[start:end]) != cells[column]
                )
                into = reached.setdefault(end, {})
                for differs, first in paths.items():
                    key, leftmost = differs or changed, first or join
                    if key not in into or _left_of(leftmost, into[key]):
                        into[key] = leftmost
        states = reached
    final = states.get(width, {})
    lost = any(column >= expected for column in wanted)  # a used column no other reading has
    found = final.get(True) or (final.get(False) if lost else None)
    return found[1] if found else None


_Join = tuple[int, str] | None  # where a join starts, and its kind


def _left_of(join: _Join, other: _Join) -> bool:
    return join is not None and (other is None or join[0] < other[0])


def _cut_kind(cells: Sequence[str], delimiter: str) -> str:
    """The kind of the leftmost pair of cells that could have been one: a row too wide to try
    every reading."""
    kinds = (joined_kind(cells[i : i + 2], delimiter) for i in range(len(cells) - 1))
    return next((kind for kind in kinds if kind is not None), "text")
