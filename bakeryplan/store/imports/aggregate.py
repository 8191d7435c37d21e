"""Rows to one figure per day: summed or counted as the mapping says, every row accounted for.

A row is used, left out by a filter the owner chose, or skipped with a reason; never
dropped quietly. Rows repeated in a file are real rows (two identical coffees) and are
counted. Amounts are rounded to the currency's minor unit, per row and per day.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bakeryplan.domain.import_mapping import (
    Column,
    DateOrder,
    ImportMapping,
    SignFilter,
    ValueRule,
)
from bakeryplan.store.imports.cells import DayReader, decimal_mark, parse_amount
from bakeryplan.store.imports.shapes import is_total_label
from bakeryplan.store.imports.table import Skipped, Table

PROGRESS_EVERY = 5000
NOTE_LIMIT = 300

ORDER_WORDS = {
    DateOrder.DAY_FIRST: "day first",
    DateOrder.MONTH_FIRST: "month first",
    DateOrder.YEAR_FIRST: "year first",
}


class ImportCancelled(Exception):
    """The owner cancelled while the file was read; nothing was written."""


class MappingError(ValueError):
    """The mapping does not fit the file (a column it names is not there)."""


@dataclass(frozen=True)
class DayFigure:
    """One day's value, from how many rows, and the notes of those rows."""

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


@dataclass
class _Day:
    values: list[float] = field(default_factory=list)
    distinct: set[str] = field(default_factory=set)
    rows: int = 0
    notes: list[str] = field(default_factory=list)


def _index(table: Table, column: Column | None, role: str) -> int | None:
    if column is None:
        return None
    index = column.find(table.header, table.width)
    if index is None:
        raise MappingError(f'The file has no column "{column.label()}" for the {role}.')
    return index


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
        raise MappingError("Choose the column that holds the date.")
    value_index = _index(table, mapping.value_column, "value")
    if mapping.rule is not ValueRule.COUNT_ROWS and value_index is None:
        raise MappingError("Choose the column that makes the value.")
    note_index = _index(table, mapping.note_column, "note")
    filters = [
        (_index(table, f.column, "filter"), {v.strip().casefold() for v in f.values})
        for f in mapping.filters
    ]
    mark = mapping.decimal_mark
    if not mark and value_index is not None:
        sample = [r[value_index] for _, r in table.rows[:2000] if len(r) > value_index]
        mark = decimal_mark(sample, table.delimiter)
    value_name = mapping.value_column.label() if mapping.value_column else ""
    order = mapping.date_order
    days: dict[date, _Day] = {}
    skipped: list[Skipped] = list(table.problems)
    read_day = DayReader(order)
    amounts: dict[str, float | None] = {}
    used = filtered = 0
    needed = max(i for i in (date_index, value_index, *[i for i, _ in filters]) if i is not None)
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows):
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, total):
            raise ImportCancelled
        if len(cells) <= needed:
            if any(is_total_label(c) for c in cells):
                skipped.append(Skipped(line, "a total line, not a day's figure"))
            else:
                skipped.append(
                    Skipped(line, f"{len(cells)} cells where the table has {table.width}")
                )
            continue
        cell = cells[date_index]
        day = read_day(cell)
        if day is None:
            skipped.append(Skipped(line, _not_a_date(cell, cells, order)))
            continue
        if day > today:
            skipped.append(Skipped(line, f"dated after today ({day.isoformat()})"))
            continue
        if filters and not all(
            cells[i].strip().casefold() in values for i, values in filters if i is not None
        ):
            filtered += 1
            continue
        if mapping.rule is ValueRule.AMOUNT:
            raw = cells[value_index]  # type: ignore[index]
            if raw in amounts:
                amount = amounts[raw]
            else:
                amount = parse_amount(raw.strip(), mark)
                if amount is not None:
                    amount = round(amount, precision)
                if len(amounts) < 100_000:
                    amounts[raw] = amount
            if amount is None:
                reason = (
                    f'"{_short(raw)}" is not an amount'
                    if raw.strip()
                    else f'no amount in "{value_name}"'
                )
                skipped.append(Skipped(line, reason))
                continue
            if mapping.sign is SignFilter.INCOME and amount <= 0:
                filtered += 1
                continue
            if mapping.sign is SignFilter.EXPENSES:
                if amount >= 0:
                    filtered += 1
                    continue
                amount = -amount
            entry = days.get(day) or days.setdefault(day, _Day())
            entry.values.append(amount)
        elif mapping.rule is ValueRule.COUNT_DISTINCT:
            key = cells[value_index].strip()  # type: ignore[index]
            if not key:
                skipped.append(Skipped(line, f'no value in "{value_name}" to count'))
                continue
            entry = days.get(day) or days.setdefault(day, _Day())
            entry.distinct.add(key)
        else:
            entry = days.get(day) or days.setdefault(day, _Day())
        entry.rows += 1
        used += 1
        if note_index is not None and len(cells) > note_index:
            note = cells[note_index].strip()
            if note and note not in entry.notes and len(entry.notes) < 20:
                entry.notes.append(note)
    figures = tuple(
        DayFigure(on, _value(entry, mapping.rule, precision), entry.rows, _note(entry.notes))
        for on, entry in sorted(days.items())
    )
    skipped.sort(key=lambda s: s.line)
    resolved = mapping.with_changes(decimal_mark=mark) if mark else mapping
    return ImportPreview(figures, tuple(skipped), used, filtered, resolved, table.notices)


def _value(entry: _Day, rule: ValueRule, precision: int) -> float:
    if rule is ValueRule.AMOUNT:
        return round(math.fsum(entry.values), precision) + 0.0  # never -0.0
    if rule is ValueRule.COUNT_DISTINCT:
        return float(len(entry.distinct))
    return float(entry.rows)


def _note(notes: list[str]) -> str:
    text = "; ".join(notes)
    return text if len(text) <= NOTE_LIMIT else text[: NOTE_LIMIT - 1].rstrip() + "…"


def _short(cell: str, limit: int = 40) -> str:
    text = " ".join(cell.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _not_a_date(cell: str, cells: tuple[str, ...], order: DateOrder) -> str:
    if any(is_total_label(c) for c in cells):
        return "a total line, not a day's figure"
    if not cell.strip():
        return "no date"
    return f'"{_short(cell)}" is not a date ({ORDER_WORDS[order]})'
