"""Importing exports (till, card terminal, bank, web shop, accounting) into a measure.

The steps, one module each: bytes to text (:mod:`.text`), text to a table with line
numbers, preamble and header (:mod:`.table`), cells to amounts and days (:mod:`.cells`),
the proposed mapping (:mod:`.propose`), shapes that are refused (:mod:`.shapes`), rows to
one figure per day (:mod:`.aggregate`) and those figures to entries of a measure
(:mod:`.entries`). The mapping itself is a domain value (``domain.import_mapping``) so a
recipe can be saved in the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from bakeryplan.domain.import_mapping import DateOrder, ImportMapping
from bakeryplan.store.imports.aggregate import (
    DayFigure,
    ImportCancelled,
    ImportPreview,
    MappingError,
    aggregate,
)
from bakeryplan.store.imports.collector import collector_paused
from bakeryplan.store.imports.propose import date_columns, propose_mapping
from bakeryplan.store.imports.shapes import refusal
from bakeryplan.store.imports.table import Skipped, Table, read_table
from bakeryplan.store.imports.text import ImportRefused

__all__ = [
    "DayFigure",
    "ImportCancelled",
    "ImportPreview",
    "ImportRefused",
    "MappingError",
    "Prepared",
    "ShapeRefused",
    "Skipped",
    "Table",
    "aggregate",
    "currency_precision",
    "prepare",
]


class ShapeRefused(ImportRefused):
    """A file read as a table that holds no daily figures; ``table`` shows what it holds."""

    def __init__(self, sentence: str, table: Table) -> None:
        super().__init__(sentence)
        self.table = table


@dataclass(frozen=True)
class Prepared:
    """A file read as a table, with the mapping proposed for it."""

    table: Table
    proposed: ImportMapping


@collector_paused
def prepare(
    data: bytes,
    *,
    encoding: str = "",
    delimiter: str = "",
    header_line: int | None = None,
    code_page: str = "cp1252",
    default_order: DateOrder = DateOrder.DAY_FIRST,
) -> Prepared:
    """Read ``data`` and propose a mapping; ImportRefused with one sentence when the file
    cannot give daily figures (not text, empty, a summary or a profit-and-loss report)."""
    table = read_table(
        data, encoding=encoding, delimiter=delimiter, header_line=header_line, code_page=code_page
    )
    dated = date_columns(table)
    sentence = refusal(table, dated)
    if sentence is not None:
        raise ShapeRefused(sentence, table)
    return Prepared(table, propose_mapping(table, default_order=default_order, dated=dated))


def currency_precision(currency: str) -> int:
    """Digits after the decimal mark of ``currency``'s minor unit (2 for EUR, 0 for JPY)."""
    from babel.numbers import get_currency_precision

    try:
        return int(get_currency_precision(currency))
    except (ValueError, TypeError, KeyError):
        return 2
