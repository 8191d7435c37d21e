"""Amount cells read many at a time: what :func:`.cells.parse_amount` gives them one by one.

A till's amounts nearly all differ, so a call per cell would be most of the time of an
import. Most files write every amount the simplest way ("1234.56", "-12", "1234,56" where
the comma is the mark): one match over the cells joined by line breaks tells so, and the
cells are then read in one go. Where any cell is written otherwise, these give nothing and
the cells are read one by one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bakeryplan.store.imports.cells import PLAIN_NUMBER, SIMPLE_NUMBERS


def simple_amounts(cells: Iterable[str], mark: str, precision: int) -> dict[str, float]:
    """The amounts of the cells written in the simplest way, rounded to ``precision``
    digits, read all together: the values :func:`.cells.parse_amount` and ``round`` give
    them, at a fraction of the cost of a call per cell. Other cells are left out."""
    cells = set(cells)
    number = _kept_number(mark, precision)
    text = "\n".join(cells)
    if text.count("\n") == len(cells) - 1 and _every_line(number, text):
        return _floats(list(cells), mark, text)
    kept = re.compile(number)
    exact = [cell for cell in cells if kept.fullmatch(cell)]
    simple = SIMPLE_NUMBERS.get(mark, PLAIN_NUMBER).fullmatch
    longer = [cell for cell in cells.difference(exact) if simple(cell)]
    amounts = _floats(exact, mark)
    rounded = map(round, _floats(longer, mark).values(), itertools.repeat(precision))
    amounts.update(zip(longer, rounded, strict=True))
    return amounts


def simple_column(cells: list[str], mark: str, precision: int) -> list[float] | None:
    """The amount of each cell, in order, when every one is written the simplest way,
    rounded to ``precision`` digits: a column of amounts read in one go, without a call or
    a look-up per cell; None when any cell is written otherwise."""
    text = _joined(cells)
    if text is None:
        return None
    kept, simple = _kept_number(mark, precision), SIMPLE_NUMBERS.get(mark, PLAIN_NUMBER).pattern
    if _every_line(kept, text):
        exact = True
    elif _every_line(simple, text):
        exact = False
    else:
        return None
    floats = list(map(float, (text.replace(",", ".") if mark == "," else text).split("\n")))
    return floats if exact else [round(value, precision) for value in floats]


def minor_units(cells: list[str], mark: str, precision: int) -> list[int] | None:
    """Each cell's amount in minor units (cents), in order, when every one is written the
    simplest way with exactly ``precision`` digits after the mark ("1234,56" is 123456; a
    currency without a minor unit writes "1234"): whole numbers, read in one go, that add
    up exactly and quicker than floats. None when any cell is written otherwise. A cell's
    amount as :func:`simple_column` reads it is its minor units divided by ``10**precision``
    (both are the float nearest to the number written; "-0" is 0, and adds up the same)."""
    text = _joined(cells)
    if text is None:
        return None
    points = r"\." if mark != "," else r"[.,]"
    whole = rf"-?\d{{1,{_WHOLE_DIGITS}}}+"  # a longer number is out of bounds: its reason
    number = rf"{whole}{points}\d{{{precision}}}" if precision else whole
    if not _every_line(number, text):
        return None
    if precision:
        text = text.replace(".", "").replace(",", "") if mark == "," else text.replace(".", "")
    return list(map(int, text.split("\n")))


_WHOLE_DIGITS = 15
"""Digits before the mark read in minor units: more than any amount within the bounds
(``domain.bounds.VALUE_LIMIT``) has, few enough that a cell of hundreds of nines stays a
number the bounds can be checked on (it is left to the row's reasons)."""


def _joined(cells: list[str]) -> str | None:
    """The cells joined by line breaks; None when there are none or a cell holds a line
    break of its own (then the lines are not the cells)."""
    text = "\n".join(cells)
    if not cells or text.count("\n") != len(cells) - 1:
        return None
    return text


def _every_line(number: str, text: str) -> bool:
    """Whether every line of ``text`` is written as the pattern ``number``: one match over
    the whole column. ASCII text is matched with ASCII rules, the same there and quicker."""
    flags = re.ASCII if text.isascii() else 0
    return re.fullmatch(rf"(?:{number}\n)*+{number}", text, flags) is not None


def _kept_number(mark: str, precision: int) -> str:
    """The pattern of a simple number with no more digits after the mark than ``precision``:
    its own rounding, as round() would give back the same float."""
    digits = r"\." if mark != "," else r"[.,]"
    return rf"-?\d++(?:{digits}\d{{1,{precision}}})?+" if precision else r"-?\d++"


def _floats(cells: list[str], mark: str, text: str = "") -> dict[str, float]:
    """Each simple cell's float, read in one go (no such cell holds a line break);
    ``text``: the cells joined by line breaks, when the caller has them."""
    text = text or "\n".join(cells)
    if mark == ",":
        text = text.replace(",", ".")
    return dict(zip(cells, map(float, text.split("\n")), strict=True)) if cells else {}
