"""Rows no wider than the header whose amount a comma cut in two: never read as its first part.

Under "Date,Sales,Note", the row "2026-03-01,1,234.50" is an export that left a thousands
separator unquoted (and its empty note out): read by position the sales would be 1 and the
note "234.50". Such a row is as wide as the header, so :mod:`.wide_rows` cannot see it. A
row is taken for cut when its amount cell could be the head of a number written with a
comma ("1", "-12", "€1") and the next cell the rest of it ("234.50", "234"; after a decimal
comma any digits: "12" and "50"). What the next column holds in the rows no cut can explain
decides how sure that is: words or nothing (a note), and it is a cut; numbers of its own
beside amounts written with cents ("12.00"), and a whole "1" broke the pattern, a cut;
whole numbers (a quantity, a table number) beside whole amounts, and only a rest with
decimals ("234.50") is a cut, "150,300" being two cells; amounts with decimals beside whole
amounts, and the row is read as it stands. A row taken for cut is skipped with its reason:
a skipped row is listed, a wrong figure would not be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bakeryplan.store.imports.cells import comma_number, is_amount
from bakeryplan.store.imports.table import Table
from bakeryplan.text.translate import translate

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
    row can be so cut, or the next column holds numbers a cut's rest cannot be told from."""
    width = len(table.header) or table.width
    if table.delimiter != "," or mark not in _REST or value_index + 1 >= width:
        return None
    numbers, cents = _numbers_of_its_own(table, value_index, _CutAmount(value_index, mark))
    if numbers is None or cents:  # see the module docstring
        return _CutAmount(value_index, mark)
    if numbers == _WHOLE and mark == ".":
        return _CutAmount(value_index, mark, decimals_only=True)
    return None


@dataclass(frozen=True)
class _CutAmount:
    """The reason a row's amount looks cut in two, or None."""

    value_index: int
    mark: str
    decimals_only: bool = False  # only a rest with a decimal part ("234.50") tells a cut

    def __call__(self, cells: Sequence[str]) -> str | None:
        index, mark = self.value_index, self.mark
        if len(cells) <= index + 1:
            return None
        parts = [cells[index].strip()]
        if mark == "." and not _HEAD.fullmatch(parts[0]):
            return None
        for cell in cells[index + 1 :]:
            if not _REST[mark].fullmatch(cell.strip()):
                break
            parts.append(cell.strip())
            if mark == "," or "." in cell:  # the decimal part ends a number
                break
        if len(parts) < 2 or not comma_number(",".join(parts)):
            return None
        if self.decimals_only and "." not in parts[-1]:
            return None
        return translate(
            "import",
            "the amount looks cut in two by a comma: {amount}; quote it or export with another "
            "separator",
        ).format(amount=",".join(parts))


_WHOLE, _WITH_DECIMALS = "whole", "with decimals"


def _numbers_of_its_own(table: Table, value_index: int, cut: CutCheck) -> tuple[str | None, bool]:
    """In the first rows no cut can explain: whether the column after the amount's holds
    amounts in most of them (a quantity or a tax beside the sales, not a note or a name),
    None when it does not, else whether any is written with a decimal mark; and whether
    most amounts are written with a decimal mark (so a whole "1" is not one of them)."""
    index = value_index + 1
    rows = numbers = with_decimals = 0
    decimals = False
    for _, cells in table.rows[:_SAMPLE_ROWS]:
        if len(cells) <= index or cut(cells) is not None:
            continue
        rows += 1
        cell = cells[index].strip()
        if is_amount(cell):
            numbers += 1
            decimals = decimals or "." in cell
        with_decimals += any(c in cells[value_index] for c in ".,")
    habit = rows > 0 and with_decimals * 2 > rows
    if rows == 0 or numbers * 2 <= rows:
        return None, habit
    return (_WITH_DECIMALS if decimals else _WHOLE), habit
