"""Rows no wider than the header whose amount a comma cut in two: never read as its first part.

Under "Date,Sales,Note", the row "2026-03-01,1,234.50" is an export that left a thousands
separator unquoted (and its empty note out): read by position the sales would be 1 and the
note "234.50". Such a row is as wide as the header, so :mod:`.wide_rows` cannot see it. A
row is taken for cut when its amount cell could be the head of a number written with a
comma ("1", "-12", "€1") and the next cell the rest of it ("234.50", "234"; after a decimal
comma any digits: "12" and "50"), unless the next column holds numbers of its own (a
quantity beside the sales) in the rows no cut can explain. A row taken for cut is skipped
with its reason: a skipped row is listed, a wrong figure would not be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bakeryplan.store.imports.cells import comma_number, is_amount
from bakeryplan.store.imports.table import Table

_REST = {
    ".": re.compile(r"\d{3}(?:\.\d+)?\)?-?"),  # "234", "234.50": after a thousands comma
    ",": re.compile(r"\d+\)?-?"),  # "50" of "12,50": after a decimal comma
}
_HEAD = re.compile(r"\D{0,5}\d{1,3}")  # "1", "-12", "€1", "(123": before a thousands comma
_SAMPLE_ROWS = 2000

CutCheck = Callable[[Sequence[str]], "str | None"]


def cut_amount_check(table: Table, value_index: int, mark: str) -> CutCheck | None:
    """What tells a row whose amount in ``value_index`` was cut in two (the reason to skip
    it, or None), for a comma-separated file with a column after the amount's; None when no
    row can be so cut or the next column is one of numbers."""
    rest = _REST.get(mark)
    if table.delimiter != "," or rest is None or value_index + 1 >= len(table.header or ()):
        return None

    def cut(cells: Sequence[str]) -> str | None:
        if len(cells) <= value_index + 1:
            return None
        parts = [cells[value_index].strip()]
        if mark == "." and not _HEAD.fullmatch(parts[0]):
            return None
        for cell in cells[value_index + 1 :]:
            if not rest.fullmatch(cell.strip()):
                break
            parts.append(cell.strip())
            if mark == "," or "." in cell:  # the decimal part ends a number
                break
        if len(parts) < 2 or not comma_number(",".join(parts)):
            return None
        return (
            f"the amount looks cut in two by a comma: {','.join(parts)}; quote it or export "
            "with another separator"
        )

    if _numbers_of_its_own(table, value_index + 1, cut):
        return None
    return cut


def _numbers_of_its_own(table: Table, index: int, cut: CutCheck) -> bool:
    """Whether the column at ``index`` holds amounts in most of the first rows that no cut
    can explain (a quantity or a tax beside the sales, not a note or a name)."""
    rows = numbers = 0
    for _, cells in table.rows[:_SAMPLE_ROWS]:
        if len(cells) <= index or cut(cells) is not None:
            continue
        rows += 1
        numbers += is_amount(cells[index].strip())
    return rows > 0 and numbers * 2 > rows
