"""What the rows of each day add up to, as the rows are read.

Rows read one by one put their amounts (floats, rounded to the currency's minor unit) and
notes in a :class:`Day`; a day's figure is their exact sum (``math.fsum``), rounded again.
Rows read a column at a time in whole minor units (cents, see
:func:`.amount_column.minor_units`) are kept as such in :class:`MinorUnits`: there a day's
figure is its minor units added up and divided by ``10**precision``, the same float as the
floats' rounded sum (see :meth:`MinorUnits.most_exact`) at a fraction of the cost, years of
days being a few thousand of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from bakeryplan.domain.bounds import VALUE_LIMIT
from bakeryplan.store.imports.amount_column import minor_units

Amount = TypeVar("Amount", int, float)
_EXACT = 2**50  # minor units a day's amounts may add up to, either side, for MinorUnits.most_exact


@dataclass
class Day:
    """The rows of one day read so far: their amounts, distinct values, count and notes."""

    values: list[float] = field(default_factory=list)
    distinct: set[str] = field(default_factory=set)
    rows: int = 0  # rows counted, when the value is not a sum of amounts
    notes: list[str] = field(default_factory=list)

    def count(self) -> int:
        """The rows used: one value each when amounts are summed, else ``rows``."""
        return len(self.values) or self.rows


@dataclass
class MinorUnits:
    """The amounts of days read a column at a time, in whole minor units."""

    precision: int  # digits after the decimal mark: 100 minor units to the unit for 2
    days: dict[date, list[int]] = field(default_factory=dict)
    largest: int = 0  # no amount is further from zero, in minor units

    def column(self, cells: list[str], mark: str) -> list[int] | None:
        """Each row's amount in minor units, when all ``cells`` are written the simplest way
        with the currency's digits after the mark and are within the bounds (see
        :func:`.amount_column.minor_units`); None otherwise (left to the rows' reasons)."""
        units = minor_units(cells, mark, self.precision)
        if not units:
            return None
        low, high, limit = min(units), max(units), int(VALUE_LIMIT) * 10**self.precision
        if high > limit or low < -limit:
            return None
        self.largest = max(self.largest, high, -low)
        return units

    def add(self, by_cell: dict[str, list[int]], good_days: dict[str, date]) -> None:
        """The amounts of each date cell of ``by_cell`` into the day ``good_days`` says."""
        days = self.days
        for cell, amounts in by_cell.items():
            day = good_days[cell]
            known = days.get(day)
            if known is None:
                days[day] = amounts
            else:  # the same day written two ways ("2024-03-01", "01.03.2024")
                known.extend(amounts)

    def most_exact(self) -> int:
        """The most amounts a day may have for their sum in minor units, divided by
        ``10**precision``, to be what their floats give added up by ``math.fsum`` and
        rounded to ``precision`` digits.

        Each float is the one nearest to its amount, off by at most 2**-53 of it; fsum adds
        another 2**-53 of the sum. Under 2**50 minor units in all, the float sum is less
        than half a minor unit from the exact one, so rounding it gives the exact sum back,
        as the float nearest to it: the quotient of two whole numbers, as Python divides.
        """
        return (_EXACT - 1) // self.largest if self.largest else _EXACT


def by_date_cell(
    rows: list[tuple[int, tuple[str, ...]]], date_index: int, amounts: list[Amount]
) -> dict[str, list[Amount]]:
    """The amounts of ``rows`` (one each, in order) by their date cell, the cells in the
    order the rows bring them: a row's day is its cell's, looked up once per cell."""
    by_cell: dict[str, list[Amount]] = {}
    get = by_cell.get
    for (_, cells), amount in zip(rows, amounts, strict=True):
        cell = cells[date_index]
        same = get(cell)
        if same is None:
            by_cell[cell] = [amount]
        else:
            same.append(amount)
    return by_cell


def summed(
    days: dict[date, Day], minor: MinorUnits
) -> Iterator[tuple[date, float, int, Sequence[str]]]:
    """Each day's sum of amounts rounded to the minor unit, its rows and its notes, in the
    order of the days: the amounts read one by one and those read as minor units together."""
    scale, precision, fsum = 10**minor.precision, minor.precision, math.fsum
    in_units, most = minor.days, minor.most_exact()
    both = days and in_units  # else the days of one, already in order as a rule
    order = sorted(days.keys() | in_units.keys()) if both else sorted(days or in_units)
    for on in order:
        units = in_units.get(on)
        if units is not None and len(units) <= most and on not in days:
            yield on, sum(units) / scale, len(units), ()
            continue
        entry = days.get(on)
        values = [*(entry.values if entry else ()), *(unit / scale for unit in units or ())]
        notes = entry.notes if entry else ()
        yield on, round(fsum(values), precision) + 0.0, len(values), notes  # never -0.0
