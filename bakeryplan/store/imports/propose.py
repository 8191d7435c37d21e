"""The mapping the assistant proposes for a table: what a careful person would pick first.

Columns are found by their header (in the languages owners' exports are written in) and
checked against their cells: a "Receipt no." column of whole numbers is never taken for the
amounts, and a date column is the one whose cells are dates. The owner sees the proposal
and can change every part of it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from bakeryplan.domain.import_mapping import Column, DateOrder, ImportMapping, ValueRule
from bakeryplan.store.imports.cells import (
    date_order_evidence,
    decimal_mark,
    is_amount,
    looks_like_day,
    order_shown,
)
from bakeryplan.store.imports.table import Table
from bakeryplan.text.parsing import read_day

_SAMPLE_ROWS = 500
_DATE_SAMPLE = 300
_DATE_WORDS = (
    "date", "datum", "day", "tag", "buchungstag", "fecha", "data", "jour", "when", "time",
    "created", "paid", "ordered", "booking", "buchung", "valuta", "timestamp", "zeit",
)  # fmt: skip
_AMOUNT_WORDS = (
    "amount", "betrag", "total", "gross", "brutto", "sales", "revenue", "umsatz", "turnover",
    "net", "netto", "value", "wert", "sum", "summe", "price", "preis", "importe", "montant",
    "bedrag", "kwota", "eur", "usd", "gbp", "chf",
)  # fmt: skip
_ID_WORDS = (
    "id", "no", "nr", "number", "receipt", "beleg", "bon", "order", "invoice", "rechnung",
    "ticket", "transaction", "reference", "ref", "nummer", "qty", "quantity", "menge",
    "anzahl", "count", "ean", "sku", "plu", "code", "zip", "phone",
)  # fmt: skip
_NOTE_WORDS = (
    "note", "notes", "comment", "memo", "description", "remark", "notiz", "bemerkung",
    "kommentar", "remarque", "commentaire", "nota", "notas", "comentario", "opmerking",
    "verwendungszweck", "purpose", "text", "uwagi", "opis",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_CENTS = re.compile(r"[.,]\d{2}\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _column(table: Table, index: int | None) -> Column | None:
    if index is None:
        return None
    name = table.header[index].strip() if index < len(table.header) else ""
    return Column(index, name)


def column_cells(table: Table, index: int, limit: int = _SAMPLE_ROWS) -> list[str]:
    """The filled cells of a column in the first ``limit`` rows."""
    cells = []
    for _, row in table.rows[:limit]:
        if len(row) > index and (cell := row[index].strip()):
            cells.append(cell)
    return cells


def date_columns(table: Table) -> list[int]:
    """Columns where most filled cells are dates, the fullest first, then left to right."""
    found = []
    rows = min(len(table.rows), _DATE_SAMPLE) or 1
    for index in range(table.width):
        cells = column_cells(table, index, _DATE_SAMPLE)
        if any(looks_like_day(cell) for cell in dict.fromkeys(cells[:20])):  # each once
            days = {cell: looks_like_day(cell) for cell in set(cells)}  # a day repeats
            dated = sum(1 for cell in cells if days[cell])
        elif _named(table, index, _DATE_WORDS):  # Excel serial days: 45352
            dated = sum(1 for cell in cells if read_day(cell, DateOrder.YEAR_FIRST))
        else:
            continue  # no date among its first cells, and not named as one
        if cells and dated * 2 >= len(cells) and dated * 4 >= rows:
            found.append((dated, index))
    return [index for _, index in sorted(found, key=lambda item: (-item[0], item[1]))]


def propose_mapping(
    table: Table,
    *,
    default_order: DateOrder = DateOrder.DAY_FIRST,
    dated: Sequence[int] | None = None,
) -> ImportMapping:
    """The mapping proposed for ``table`` (see the module docstring); ``dated``: the
    :func:`date_columns` when the caller has them."""
    dated = date_columns(table) if dated is None else list(dated)
    named_dates = [i for i in dated if _named(table, i, _DATE_WORDS)]
    date_index = (
        named_dates[0]
        if named_dates and dated and named_dates[0] == dated[0]
        else (dated[0] if dated else None)
    )
    order = proposed_order(
        column_cells(table, date_index) if date_index is not None else [], default_order
    )
    value_index = _amount_column(table, exclude={*dated})
    rule = ValueRule.AMOUNT if value_index is not None else ValueRule.COUNT_ROWS
    note_index = next(
        (
            i
            for i in range(len(table.header))
            if i not in (date_index, value_index) and _named(table, i, _NOTE_WORDS)
        ),
        None,
    )
    if note_index is None and table.header:  # words in a column the header has no name for
        note_index = next(
            (i for i in range(len(table.header), table.width) if _holds_words(table, i)), None
        )
    mark = ""
    if value_index is not None:
        mark = decimal_mark(column_cells(table, value_index), table.delimiter)
    return ImportMapping(
        date_column=_column(table, date_index),
        date_order=order,
        rule=rule,
        value_column=_column(table, value_index),
        note_column=_column(table, note_index),
        decimal_mark=mark,  # reading settings stay "as detected": the next file may differ
    )


def proposed_order(cells: Sequence[str], default: DateOrder) -> DateOrder:
    """The one order the dates show, else the order more of them show (a file written both
    ways), else ``default`` (the business's locale)."""
    shown, _ = date_order_evidence(cells)
    numeric = shown - {DateOrder.YEAR_FIRST}
    if len(numeric) == 1:
        return numeric.pop()
    if not numeric and shown:
        return default if default is not DateOrder.YEAR_FIRST else DateOrder.DAY_FIRST
    if numeric:
        counts = Counter(order_shown(cell) for cell in cells)
        day, month = counts[DateOrder.DAY_FIRST], counts[DateOrder.MONTH_FIRST]
        if day != month:
            return DateOrder.DAY_FIRST if day > month else DateOrder.MONTH_FIRST
    return default


def _holds_words(table: Table, index: int) -> bool:
    """Whether most filled cells of a column are neither amounts nor dates."""
    cells = column_cells(table, index)
    words = sum(1 for cell in cells if not is_amount(cell) and not looks_like_day(cell))
    return bool(cells) and words * 2 > len(cells)


def _named(table: Table, index: int, words: Sequence[str]) -> bool:
    if index >= len(table.header):
        return False
    return any(word in words for word in _words(table.header[index]))


def _amount_column(table: Table, exclude: set[int]) -> int | None:
    """The column of amounts: named as one and holding numbers, else the leftmost column of
    numbers with cents, else the leftmost of whole numbers, that is not an identifier or a
    quantity. None (count the rows) only where no column holds amounts."""
    candidates = []
    for index in range(table.width):
        if index in exclude:
            continue
        words = _words(table.header[index]) if index < len(table.header) else []
        if any(word in _ID_WORDS for word in words):
            continue
        cells = column_cells(table, index)
        numbers = [cell for cell in cells if is_amount(cell)]
        if not cells or len(numbers) * 2 < len(cells):
            continue
        named = [rank for rank, word in enumerate(_AMOUNT_WORDS) if word in words]
        with_cents = sum(1 for cell in numbers if _CENTS.search(cell))
        mostly = len(numbers) * 10 >= len(cells) * 8
        if not named and (not mostly or _looks_like_ids(numbers)):
            continue
        whole = with_cents * 2 < len(numbers)
        candidates.append((min(named) if named else len(_AMOUNT_WORDS), whole, index))
    return min(candidates)[2] if candidates else None


def _looks_like_ids(cells: Sequence[str]) -> bool:
    """Whole numbers written with leading zeros, or counting up (or down) as receipt and
    order numbers do: one by one, or over five rows or more always the same way in steps
    small beside the numbers. Whole amounts go up and down."""
    if not all(cell.isdigit() for cell in cells):
        return False
    if any(len(cell) > 1 and cell[0] == "0" for cell in cells):
        return True
    numbers = [int(cell) for cell in cells]
    steps = [after - before for before, after in itertools.pairwise(numbers)]
    if not any(steps):
        return False  # the same amount every time
    if not (all(step >= 0 for step in steps) or all(step <= 0 for step in steps)):
        return False
    largest = max(abs(step) for step in steps)
    return largest <= 1 or (len(numbers) >= 5 and largest * 10 <= min(numbers))
