"""Rows to one figure per day: summed or counted as the mapping says, every row accounted for.

A row is used, left out by a filter the owner chose, or skipped with a reason; never
dropped quietly. Rows repeated in a file are real rows (two identical coffees) and are
counted. Amounts are rounded to the currency's minor unit, per row and per day.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from bakeryplan.domain.import_mapping import Column, ImportMapping, ValueRule
from bakeryplan.store.imports.cells import decimal_mark
from bakeryplan.store.imports.collector import collector_paused
from bakeryplan.store.imports.cut_amounts import cut_amount_check
from bakeryplan.store.imports.day_sums import Day, MinorUnits, summed
from bakeryplan.store.imports.mixed_date_orders import mixed_orders_notice, shows_both_orders
from bakeryplan.store.imports.rows import RowReader
from bakeryplan.store.imports.skip_reasons import no_column
from bakeryplan.store.imports.table import Skipped, Table
from bakeryplan.text.translate import translate

PROGRESS_EVERY = 5000
NOTE_LIMIT = 300


class ImportCancelled(Exception):
    """The owner cancelled while the file was read; nothing was written."""


class MappingError(ValueError):
    """The mapping does not fit the file (a column it names is not there)."""


class DayFigure(NamedTuple):
    """One day's value, from how many rows, and the notes of those rows. A named tuple, as
    immutable as a frozen dataclass and made in half the time: an import of years of days
    makes thousands of them."""

    on: date
    value: float
    rows: int
    note: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What an import would write, and what it leaves out and why."""

    days: tuple[DayFigure, ...]
    skipped: tuple[Skipped, ...]
    used: int  # rows that went into a day's figure
    filtered: int  # rows the filters left out
    mapping: ImportMapping
    notices: tuple[str, ...] = field(default=())

    @property
    def total(self) -> float:
        return math.fsum(day.value for day in self.days)


def _index(table: Table, column: Column | None, role: str) -> int | None:
    if column is None:
        return None
    index = column.find(table.header, table.width)
    if index is None:
        raise MappingError(no_column(role).format(column=column.label()))
    return index


@collector_paused
def aggregate(
    table: Table,
    mapping: ImportMapping,
    *,
    today: date,
    precision: int = 2,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportPreview:
    """Each day's figure from ``table`` read with ``mapping`` (see the module docstring).

    ``progress(done, total)`` is called now and then; when it returns False the reading
    stops with :class:`ImportCancelled`.
    """
    date_index = _index(table, mapping.date_column, "date")
    if date_index is None:
        raise MappingError(translate("import", "Choose the column that holds the date."))
    value_index = _index(table, mapping.value_column, "value")
    if mapping.rule is not ValueRule.COUNT_ROWS and value_index is None:
        raise MappingError(translate("import", "Choose the column that makes the value."))
    note_index = _index(table, mapping.note_column, "note")
    filters = [
        (_index(table, f.column, "filter"), {v.strip().casefold() for v in f.values})
        for f in mapping.filters
    ]
    mark = mapping.decimal_mark
    if not mark and value_index is not None:
        sample = [r[value_index] for _, r in table.rows[:2000] if len(r) > value_index]
        mark = decimal_mark(sample, table.delimiter)
    reading = RowReader(table, mapping, today, precision, mark, filters, note_index)
    reading.expect(date_index)
    if mapping.rule is ValueRule.AMOUNT and value_index is not None:
        reading.cut_check = cut_amount_check(table, value_index, mark)
    rows = table.rows
    for start in range(0, len(rows), PROGRESS_EVERY):
        if progress is not None and not progress(start, len(rows)):
            raise ImportCancelled
        reading.read(rows[start : start + PROGRESS_EVERY], date_index, value_index)
    days, skipped = reading.days, [*table.problems, *reading.skipped]
    used, filtered = reading.used, reading.filtered
    if mapping.rule is ValueRule.AMOUNT:  # a day for each of years of days: kept lean
        figures = None if days else _in_cents(reading.minor)
        if figures is None:
            figures = tuple(
                DayFigure(on, value, count, _note(notes) if notes else "")
                for on, value, count, notes in summed(days, reading.minor)
            )
    else:
        figures = tuple(
            DayFigure(on, _value(entry, mapping.rule), entry.count(), _note(entry.notes))
            for on, entry in sorted(days.items())
        )
    skipped.sort(key=lambda s: s.line)
    resolved = mapping.with_changes(decimal_mark=mark) if mark else mapping
    notices = list(table.notices)
    if shows_both_orders(reading.read_day, mapping.date_order):  # rare: look at every row
        notice = mixed_orders_notice(rows, date_index, mapping.date_order)
        notices.extend([notice] if notice else [])
    return ImportPreview(figures, tuple(skipped), used, filtered, resolved, tuple(notices))


def _in_cents(minor: MinorUnits) -> tuple[DayFigure, ...] | None:
    """Each day's figure when every day was read in minor units and adds up exactly (see
    :func:`.day_sums.summed`), made in one go: a till's years of days. None otherwise."""
    if max(map(len, minor.days.values()), default=0) > minor.most_exact():
        return None
    scale, days = 10**minor.precision, sorted(minor.days.items())
    return tuple([DayFigure(on, sum(units) / scale, len(units), "") for on, units in days])


def _value(entry: Day, rule: ValueRule) -> float:
    """A counted day's value (summed amounts are worked out in :func:`aggregate`)."""
    if rule is ValueRule.COUNT_DISTINCT:
        return float(len(entry.distinct))
    return float(entry.rows)


def _note(notes: Sequence[str]) -> str:
    text = "; ".join(notes)
    return text if len(text) <= NOTE_LIMIT else text[: NOTE_LIMIT - 1].rstrip() + "…"
