"""The reading of rows into days, row by row with every reason, or the short ways.

Files of 100,000 rows pass through here: what a cell means is worked out once per
different cell, and a part of the file whose cells are all written the plain way is read a
column at a time (see :meth:`RowReader.read`). Every row is used, left out by a filter or
skipped with its reason, as :func:`.aggregate.aggregate` promises.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from bakeryplan.domain.bounds import FIRST_DAY, VALUE_LIMIT
from bakeryplan.domain.import_mapping import ImportMapping, SignFilter, ValueRule
from bakeryplan.store.imports.amount_column import simple_amounts, simple_column
from bakeryplan.store.imports.cells import DayReader, parse_amount, plain_clock
from bakeryplan.store.imports.cut_amounts import CutCheck
from bakeryplan.store.imports.day_sums import Day, MinorUnits, by_date_cell
from bakeryplan.store.imports.skip_reasons import (
    after_today,
    not_a_date,
    not_an_amount,
    nothing_to_count,
    out_of_range,
    too_early,
    too_few,
    wider_row,
)
from bakeryplan.store.imports.table import Skipped, Table, filled_width
from bakeryplan.store.imports.wide_rows import another_reading


class RowReader:
    """The reading of rows into days: the loop runs once per row of files of 100,000 rows,
    so what a cell means is worked out once per different cell."""

    def __init__(
        self,
        table: Table,
        mapping: ImportMapping,
        today: date,
        precision: int,
        mark: str,
        filters: list[tuple[int | None, set[str]]],
        note_index: int | None,
    ) -> None:
        self.table, self.mapping, self.today, self.precision = table, mapping, today, precision
        self.mark, self.filters, self.note_index = mark, filters, note_index
        self.value_name = mapping.value_column.label() if mapping.value_column else ""
        self.read_day = DayReader(mapping.date_order)
        self.expected = 0  # the cells a row has when none was cut (see wide_rows)
        self.amounts: dict[str, float | None] = {}
        self.good_days: dict[str, date] = {}  # date cells (or date parts) of days read in
        self.good_amounts: dict[str, float] = {}  # amount cells read in, rounded
        self.cut_check: CutCheck | None = None  # amounts a comma cut in two (cut_amounts)
        self.varied_amounts = True  # whether amounts are learnt in bulk (nearly all differ)
        self.plain_days = True  # whether date cells are learnt in bulk (see _learn_plain_days)
        self.days: dict[date, Day] = {}  # the days of rows read one by one
        self.minor = MinorUnits(precision)  # the days of rows read a column at a time
        self.skipped: list[Skipped] = []
        self.used = self.filtered = 0

    def read(
        self, rows: list[tuple[int, tuple[str, ...]]], date_index: int, value_index: int | None
    ) -> None:
        """Each row into its day. With amounts summed and no filter, sign or note, a row of
        the usual width whose date cell (or a date-time's date part) and amount cell are
        good, as learnt from the first of them, takes the short way: two look-ups, or one
        where its amount was read with its column (:meth:`_varied_cells`); where all rows are
        such rows, they go into their days a date cell at a time (:meth:`_read_as_columns`).
        Every other row is read in full by :meth:`_row`, with its reasons."""
        filters, rule = self.filters, self.mapping.rule
        value_at = value_index or 0  # None only when counting rows, which reads no value
        needed = max([date_index, value_at, *(i for i, _ in filters if i is not None)])
        used = [date_index, *(i for i, _ in filters if i is not None)]
        if rule is not ValueRule.COUNT_ROWS and value_index is not None:
            used.append(value_index)
        plain = (
            rule is ValueRule.AMOUNT
            and not filters
            and self.mapping.sign is SignFilter.ALL
            and self.note_index is None
        )
        if not plain:
            for line, cells in rows:
                self._row(line, cells, date_index, value_at, needed, used)
            return
        varied = self._varied_cells(rows, value_at)
        # A column at a time only where it may work out: no date-times met (plain_days)
        columns = varied is not None and self.plain_days and self.cut_check is None
        columns = columns and self._regular(rows, needed)
        units = self.minor.column(varied, self.mark) if columns and varied else None
        column = None if varied is None or units is not None else self._float_column(varied)
        if units is None and column is None:
            self._learn_simple_amounts(rows, value_at)
        if columns and (units or column):
            if self._read_as_columns(rows, date_index, units, column):
                return
        else:
            expected = self.expected
            self._learn_plain_days(
                row[date_index] for _, row in rows if needed < len(row) <= expected
            )
        if units is not None and varied is not None:  # read one by one after all
            column = self._float_column(varied)
        amounts = itertools.repeat(None) if column is None else column
        good_days, good_amounts, days = self.good_days, self.good_amounts, self.days
        expected, cut_check = self.expected, self.cut_check
        full, learn_day, learn_amount = self._row, self._learn_day, self._learn_amount
        done = 0
        for (line, cells), amount in zip(rows, amounts, strict=False):  # repeat() has no end
            if needed < len(cells) <= expected:
                cell = cells[date_index]
                day = good_days.get(cell)
                if day is None:  # "2024-03-01 07:02:11": the day of its date part (DayReader)
                    head, _, clock = cell.partition(" ")
                    if plain_clock(clock):
                        day = good_days.get(head)
                    if day is None:
                        day = learn_day(cell)
                if day is not None:
                    if amount is None:  # not read with its column: looked up, or learnt
                        raw = cells[value_at]
                        amount = good_amounts.get(raw)
                        if amount is None:
                            amount = learn_amount(raw)
                    if amount is not None and (cut_check is None or not cut_check(cells)):
                        entry = days.get(day)
                        if entry is None:
                            entry = days[day] = Day()
                        entry.values.append(amount)
                        done += 1
                        continue
            full(line, cells, date_index, value_at, needed, used)
        self.used += done

    def _row(
        self,
        line: int,
        cells: tuple[str, ...],
        date_index: int,
        value_at: int,
        needed: int,
        used: list[int],
    ) -> None:
        """One row read in full: into its day, left out by a filter, or skipped with a reason."""
        skip = self.skipped.append
        if len(cells) <= needed:
            if any(c.strip() for c in cells):  # a line of spaces is a blank line
                skip(Skipped(line, too_few(cells, self.table.width)))
            return
        if len(cells) > self.expected and (reason := self._cut(cells, used)) is not None:
            skip(Skipped(line, reason))
            return
        cell = cells[date_index]
        day = self.read_day(cell)
        if day is None:
            if any(c.strip() for c in cells):  # a row of empty cells holds nothing
                skip(Skipped(line, not_a_date(cell, cells, self.mapping.date_order)))
            return
        if day > self.today:
            skip(Skipped(line, after_today(day)))
            return
        if day < FIRST_DAY:
            skip(Skipped(line, too_early(day)))
            return
        if self.filters and not all(
            cells[i].strip().casefold() in values for i, values in self.filters if i is not None
        ):
            self.filtered += 1
            return
        days, rule = self.days, self.mapping.rule
        entry = days.get(day)
        if rule is ValueRule.AMOUNT:
            raw = cells[value_at]
            amount: float | None = self.amounts.get(raw, _UNREAD)
            if amount is _UNREAD:
                amount = self._amount(raw)
            if amount is None:
                skip(Skipped(line, not_an_amount(raw, self.value_name)))
                return
            if not -VALUE_LIMIT <= amount <= VALUE_LIMIT:
                skip(Skipped(line, out_of_range(raw, amount)))
                return
            if self.cut_check is not None and (reason := self.cut_check(cells)) is not None:
                skip(Skipped(line, reason))
                return
            sign = self.mapping.sign
            if sign is not SignFilter.ALL:
                if (amount > 0) is not (sign is SignFilter.INCOME) or amount == 0:
                    self.filtered += 1
                    return
                amount = abs(amount)
            if entry is None:
                entry = days[day] = Day()
            entry.values.append(amount)
        elif rule is ValueRule.COUNT_DISTINCT:
            key = cells[value_at].strip()
            if not key:
                skip(Skipped(line, nothing_to_count(self.value_name)))
                return
            if entry is None:
                entry = days[day] = Day()
            entry.distinct.add(key)
        elif entry is None:
            entry = days[day] = Day()
        if rule is not ValueRule.AMOUNT:
            entry.rows += 1
        self.used += 1
        note_index, expected = self.note_index, self.expected
        if note_index is not None and len(cells) > note_index:
            note = cells[note_index].strip()
            if len(cells) > expected and note_index >= expected - 1:
                # the last column: a comma in an unquoted note gave it more cells
                rest = cells[note_index : filled_width(cells)]
                note = self.table.delimiter.join(rest).strip()
            if note and len(entry.notes) < 20 and note not in entry.notes:
                entry.notes.append(note)

    def expect(self, date_index: int) -> None:
        """The cells a row has when none of them was cut: the header's, or without one, the
        fewest that more than one dated row in ten has (a row with more may hold a number cut
        at its comma; a row or two with fewer are rows missing cells, not the rule)."""
        if self.table.header:
            self.expected = max(filled_width(self.table.header), 1)
            return
        widths: Counter[int] = Counter()
        for _, cells in self.table.rows:
            width = filled_width(cells)
            if width >= 2 and width > date_index and self.read_day(cells[date_index]):
                widths[width] += 1
        dated = sum(widths.values())
        common = [width for width, rows in widths.items() if rows * 10 > dated]
        self.expected = min(common, default=self.table.width)

    def _cut(self, cells: tuple[str, ...], used: list[int]) -> str | None:
        """Why a row wider than expected is skipped, or None when it reads one way only."""
        kind = another_reading(cells, self.expected, used, self.table.delimiter)
        if kind is None:
            return None
        return wider_row(
            cells,
            self.expected,
            header=bool(self.table.header),
            delimiter=self.table.delimiter,
            kind=kind,
        )

    def _learn_day(self, cell: str) -> date | None:
        """The day of a date cell not met before, remembered when it is good: a day, and
        one that may be imported (other cells are left to :meth:`_row` and its reasons)."""
        day = self.read_day(cell)
        if day is None or day > self.today or day < FIRST_DAY:
            return None
        if len(self.good_days) < _GOOD_LIMIT:
            head, space, clock = cell.partition(" ")
            if space and plain_clock(clock):  # the day is the date part's (see DayReader)
                self.good_days[head] = day
            else:
                self.good_days[cell] = day
        return day

    def _learn_plain_days(self, cells: Iterable[str]) -> None:
        """The date ``cells`` of the rows of the usual width, when all are written the same
        plain way ("31.01.2024", "2024-01-31"), learnt all together before the rows are read
        (a five-year till export has 1,800 different days: a call each would be a third of
        the time); the same days :meth:`_learn_day` would learn one by one."""
        if not self.plain_days:
            return
        good_days = self.good_days
        cells = dict.fromkeys(cells)  # in the order the rows bring them, as one by one
        new = [cell for cell in cells if cell not in good_days]
        if not new or len(good_days) + len(new) > _GOOD_LIMIT:
            return
        read = self.read_day.read_plain(new)
        # Date-times, or dates written some other way: once a part of the file brought
        # such cells, the ones still to come are learnt one by one, with no look first.
        self.plain_days = bool(read)
        today = self.today
        for cell, day in read.items():
            if FIRST_DAY <= day <= today:  # others are left to _row and its reasons
                good_days[cell] = day

    def _regular(self, rows: list[tuple[int, tuple[str, ...]]], needed: int) -> bool:
        """Whether every row has the cells the mapping reads and no more than the usual
        width: rows that :meth:`_row` would not skip for their number of cells."""
        widths = {len(cells) for _, cells in rows}
        return needed < min(widths) and max(widths) <= self.expected

    def _read_as_columns(
        self,
        rows: list[tuple[int, tuple[str, ...]]],
        date_index: int,
        units: list[int] | None,
        column: list[float] | None,
    ) -> bool:
        """Rows of the usual width whose amounts were read as a column (in minor ``units``
        or as floats) into their days a date cell at a time, when every date cell is a
        good day as learnt: where the row loop of :meth:`read` would put them, without a
        look-up per row. False, adding nothing, when a cell is not (the rows are then read
        one by one, for their reasons)."""
        good_days = self.good_days
        if units is not None:
            by_units = by_date_cell(rows, date_index, units)
            self._learn_plain_days(by_units)  # the cells in the order the rows bring them
            if not all(cell in good_days for cell in by_units):
                return False
            self.minor.add(by_units, good_days)
        elif column is not None:
            by_cell = by_date_cell(rows, date_index, column)
            self._learn_plain_days(by_cell)
            if not all(cell in good_days for cell in by_cell):
                return False
            days = self.days
            for cell, amounts in by_cell.items():
                entry = days.get(good_days[cell])
                if entry is None:
                    days[good_days[cell]] = Day(amounts)
                else:  # the same day written two ways ("2024-03-01", "01.03.2024")
                    entry.values.extend(amounts)
        self.used += len(rows)
        return True

    def _learn_amount(self, raw: str) -> float | None:
        """The amount of a cell not met before, remembered when it is good: read, and
        within the bounds (other cells are left to :meth:`_row` and its reasons)."""
        amount = parse_amount(raw.strip(), self.mark)
        if amount is None:
            return None
        amount = round(amount, self.precision)
        if not -VALUE_LIMIT <= amount <= VALUE_LIMIT:
            return None
        if len(self.good_amounts) < _GOOD_LIMIT:
            self.good_amounts[raw] = amount
        return amount

    def _varied_cells(
        self, rows: list[tuple[int, tuple[str, ...]]], index: int
    ) -> list[str] | None:
        """The amount cells of ``rows`` when most differ, as a till's do: then they are read
        as a column, in one go, where a call or a look-up per cell would be most of the
        time. None when prices are met again and again (line items): then each different
        cell is learnt once and looked up."""
        if not self.varied_amounts:
            return None
        cells = [row[index] if len(row) > index else "" for _, row in rows]
        if len(set(cells)) * 2 <= len(cells):
            return None
        return cells

    def _float_column(self, cells: list[str]) -> list[float] | None:
        """Each row's amount when all ``cells`` are written the simplest way and are within
        the bounds, read in one go: the values :meth:`_learn_amount` gives them. None
        otherwise (a total line holds a word): then the cells are learnt and looked up."""
        amounts = simple_column(cells, self.mark, self.precision)
        if amounts and (max(amounts) > VALUE_LIMIT or min(amounts) < -VALUE_LIMIT):
            return None  # left to _row's reasons
        return amounts

    def _learn_simple_amounts(self, rows: list[tuple[int, tuple[str, ...]]], index: int) -> None:
        """The amount cells of ``rows`` written the simplest way, learnt all at once before
        the rows are read (a till's amounts are nearly all different: one call each would be
        most of the time); the same values :meth:`_learn_amount` would learn one by one."""
        known, room = self.good_amounts, _GOOD_LIMIT - len(self.good_amounts)
        if room <= 0 or not self.varied_amounts:
            return
        new = {cells[index] for _, cells in rows if len(cells) > index}.difference(known)
        # Line items repeat a few prices: once a part of the file brought few new amounts,
        # the ones still to come are learnt one by one, without a look at every row first.
        self.varied_amounts = len(new) * 10 > len(rows)
        if not new:
            return
        rounded = simple_amounts(new, self.mark, self.precision)
        if rounded and max(map(abs, rounded.values())) > VALUE_LIMIT:  # left to _row's reasons
            rounded = {raw: value for raw, value in rounded.items() if abs(value) <= VALUE_LIMIT}
        known.update(itertools.islice(rounded.items(), room))

    def _amount(self, raw: str) -> float | None:
        amount = parse_amount(raw.strip(), self.mark)
        if amount is not None:
            amount = round(amount, self.precision)
        if len(self.amounts) < 100_000:
            self.amounts[raw] = amount
        return amount


_GOOD_LIMIT = 100_000  # cells remembered per column

_UNREAD: Any = object()  # a cell not read yet (None: read, and not an amount)
