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

from bakeryplan.store.imports.cells import comma_number, is_amount, looks_like_day
from bakeryplan.text.translate import translate

_LETTER = re.compile(r"[^\W\d_]")
_WORK_LIMIT = 100_000  # joins tried in one row; a row needing more is skipped, not read
_Join = tuple[int, str] | None  # where a join starts, and its kind


def _words(part: str) -> bool:
    """Letters that are not part of a date-time ("2024-03-02T00:10") or an amount ("EUR 5")."""
    return bool(_LETTER.search(part)) and not looks_like_day(part) and not is_amount(part)


def joined_kind(parts: Sequence[str], delimiter: str) -> str | None:
    """What ``parts`` could have been as one cell the delimiter cut: "number", "date" or
    "text"; None when they cannot have been one cell."""
    if all(_words(part) for part in parts):
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
    wider than ``expected``, can also be read with neighbouring cells joined (into
    ``expected`` cells at least, the rest being columns beyond the header) so that a cell in
    a ``used`` column differs or is not there; None when reading by position is the only
    reading. The kind is that of the leftmost cut: everything right of it moved."""
    width = len(cells)  # trailing empty cells too: "7,777.77," cut, no address after it
    extra = width - expected
    if extra <= 0 or expected <= 0:
        return None
    if width * (extra + 1) ** 2 > _WORK_LIMIT:
        return _cut_kind(cells, delimiter)
    joins: dict[tuple[int, int], str | None] = {}
    wanted = set(used)
    last_used = max(wanted, default=-1)
    found: _Join = None
    # cells read so far -> {whether a used cell changed: the leftmost join on the way}
    states: dict[int, dict[bool, _Join]] = {0: {False: None}}
    for column in range(width):
        reached: dict[int, dict[bool, _Join]] = {}
        for start, paths in states.items():
            spare = extra - (start - column)  # cells that may still join a neighbour
            for end in range(start + 1, min(width, start + 1 + spare) + 1):
                join: _Join = None
                if end - start > 1:
                    if (start, end) not in joins:
                        joins[start, end] = joined_kind(cells[start:end], delimiter)
                    kind = joins[start, end]
                    if kind is None:
                        continue
                    join = (start, kind)
                changed = column in wanted and delimiter.join(cells[start:end]) != cells[column]
                into = reached.setdefault(end, {})
                for differs, first in paths.items():
                    key, leftmost = differs or changed, first or join
                    if key not in into or _left_of(leftmost, into[key]):
                        into[key] = leftmost
        done = reached.pop(width, {})
        if column + 1 >= expected:  # a reading of every cell, as wide as the header at least
            lost = last_used > column  # a used column this reading does not have
            for differs, first in done.items():
                if first is not None and (differs or lost) and _left_of(first, found):
                    found = first
        states = reached
    return found[1] if found else None


def cut_cause(kind: str, delimiter: str) -> str:
    """What may have cut a row, for its skip reason: one whole phrase per kind of cell and
    delimiter, since the delimiter's name takes its own article and case in a sentence."""
    if delimiter == ",":
        if kind == "number":
            return translate("import", "a number with a comma that is not in quotes?")
        if kind == "date":
            return translate("import", "a date with a comma that is not in quotes?")
        return translate("import", "a name or note with a comma that is not in quotes?")
    if delimiter == ";":
        return translate("import", "a name or note with a semicolon that is not in quotes?")
    if delimiter == "\t":
        return translate("import", "a name or note with a tab that is not in quotes?")
    if delimiter == "|":
        return translate("import", "a name or note with a vertical bar that is not in quotes?")
    # Only a comma is written inside numbers and dates: any other delimiter cut words.
    return translate("import", "a name or note with a {name} that is not in quotes?").format(
        name=repr(delimiter)
    )


def _left_of(join: _Join, other: _Join) -> bool:
    return join is not None and (other is None or join[0] < other[0])


def _cut_kind(cells: Sequence[str], delimiter: str) -> str:
    """The kind of the leftmost pair of cells that could have been one: a row too wide to try
    every reading."""
    kinds = (joined_kind(cells[i : i + 2], delimiter) for i in range(len(cells) - 1))
    return next((kind for kind in kinds if kind is not None), "text")
