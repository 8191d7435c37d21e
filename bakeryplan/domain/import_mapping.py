"""How to read one kind of export into a measure: the mapping, and a recipe that saves it.

A mapping says where the table starts, which column holds the day and in which order it is
written, what makes a day's value (a column's amounts, the number of rows, or the number of
distinct values of a column such as a receipt number), which rows count, and where the
note is. It is a plain value so that the assistant, the command line and a saved recipe
share it, and so that a recipe travels in the plan file and its JSON export unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class DateOrder(StrEnum):
    """The order of a numeric date's parts: 31/01/2024, 01/31/2024, 2024/01/31."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    YEAR_FIRST = "year_first"


class ValueRule(StrEnum):
    """What makes a day's value from its rows."""

    AMOUNT = "amount"  # the sum of a column's amounts
    COUNT_ROWS = "count_rows"  # how many rows
    COUNT_DISTINCT = "count_distinct"  # how many different values of a column


class SignFilter(StrEnum):
    """Which amounts count: all, only income (above zero) or only expenses (below zero)."""

    ALL = "all"
    INCOME = "income"
    EXPENSES = "expenses"


@dataclass(frozen=True)
class Column:
    """A column by its header text, and its place (from 0) for files without a header.

    A recipe finds its columns by header text first, so an export whose columns moved still
    reads right.
    """

    index: int
    name: str = ""

    def label(self) -> str:
        """How the owner sees the column: its header, or "column 3"."""
        return self.name or f"column {self.index + 1}"

    def find(self, header: Sequence[str], width: int) -> int | None:
        """This column's index in a table with ``header`` (may be empty) and ``width``."""
        if self.name and header:
            wanted = self.name.strip().casefold()
            for index, text in enumerate(header):
                if text.strip().casefold() == wanted:
                    return index
            return None
        return self.index if 0 <= self.index < width else None


@dataclass(frozen=True)
class ColumnFilter:
    """Only rows whose cell in ``column`` is one of ``values`` (spaces and case ignored)."""

    column: Column
    values: tuple[str, ...]


@dataclass(frozen=True)
class ImportMapping:
    """Everything needed to turn a table into one value per day (see the module docstring).

    Empty reading fields (``encoding``, ``delimiter``, ``decimal_mark``) and a ``header_line``
    of None mean "as detected"; ``header_line`` 0 means the file has no header.
    """

    date_column: Column | None = None
    date_order: DateOrder = DateOrder.DAY_FIRST
    rule: ValueRule = ValueRule.AMOUNT
    value_column: Column | None = None  # the amounts, or the values counted once each
    filters: tuple[ColumnFilter, ...] = ()
    sign: SignFilter = SignFilter.ALL
    note_column: Column | None = None
    encoding: str = ""
    delimiter: str = ""
    header_line: int | None = None
    decimal_mark: str = ""

    def with_changes(self, **changes: Any) -> ImportMapping:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, the form recipes are kept in."""
        return {
            "date_column": _column_out(self.date_column),
            "date_order": self.date_order.value,
            "rule": self.rule.value,
            "value_column": _column_out(self.value_column),
            "filters": [
                {"column": _column_out(f.column), "values": list(f.values)} for f in self.filters
            ],
            "sign": self.sign.value,
            "note_column": _column_out(self.note_column),
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "header_line": self.header_line,
            "decimal_mark": self.decimal_mark,
        }

    @classmethod
    def from_dict(cls, data: MappingType[str, Any]) -> ImportMapping:
        """The mapping a dict from :meth:`to_dict` describes; ValueError names what is wrong."""
        if not isinstance(data, MappingType):
            raise ValueError("a mapping must be an object")
        try:
            filters = tuple(
                ColumnFilter(_column_in(f["column"]) or Column(0), tuple(map(str, f["values"])))
                for f in data.get("filters", ())
            )
            header_line = data.get("header_line")
            return cls(
                date_column=_column_in(data.get("date_column")),
                date_order=DateOrder(data.get("date_order", DateOrder.DAY_FIRST.value)),
                rule=ValueRule(data.get("rule", ValueRule.AMOUNT.value)),
                value_column=_column_in(data.get("value_column")),
                filters=filters,
                sign=SignFilter(data.get("sign", SignFilter.ALL.value)),
                note_column=_column_in(data.get("note_column")),
                encoding=str(data.get("encoding", "")),
                delimiter=str(data.get("delimiter", "")),
                header_line=None if header_line is None else int(header_line),
                decimal_mark=str(data.get("decimal_mark", "")),
            )
        except (KeyError, TypeError, AttributeError) as problem:
            raise ValueError(
                f"a mapping field is missing or of the wrong kind: {problem}"
            ) from None


def _column_out(column: Column | None) -> dict[str, Any] | None:
    return None if column is None else {"index": column.index, "name": column.name}


def _column_in(data: object) -> Column | None:
    if data is None:
        return None
    if not isinstance(data, MappingType):
        raise TypeError("a column must be an object with index and name")
    index = int(data["index"])
    if index < 0:
        raise ValueError("a column's index counts from 0")
    return Column(index, str(data.get("name", "")))


def header_signature(header: Sequence[str]) -> tuple[str, ...]:
    """A header as recipes compare it: trimmed, case ignored, empty trailing cells dropped."""
    cells = [cell.strip().casefold() for cell in header]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


@dataclass(frozen=True)
class ImportRecipe:
    """A mapping saved under the owner's name for it ("Till, daily sales").

    It is offered for the next file whose header matches ``header``; the name also names
    the source of the entries it imports, so a second import of the same days is noticed.
    """

    name: str
    header: tuple[str, ...] = ()
    mapping: ImportMapping = field(default_factory=ImportMapping)
    id: int = 0

    def matches(self, header: Sequence[str]) -> bool:
        return bool(self.header) and header_signature(self.header) == header_signature(header)
