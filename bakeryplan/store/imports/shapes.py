"""Files that look like tables but hold no daily figures: summaries, pivots, P&L reports.

Reading a "Total" row or a month without a year as a day would put invented numbers in
the plan, and a page of "not a date" lines tells the owner nothing. These shapes are
recognised and refused with one sentence that says what the file is and what to export
instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.store.imports.cells import (
    is_total_label,
    looks_like_day,
)
from bakeryplan.store.imports.table import Table
from bakeryplan.text.parsing import MONTHS, read_day

_PNL_WORDS = (
    "gross profit", "net profit", "net income", "net loss", "operating expenses",
    "operating profit", "cost of sales", "cost of goods sold", "total expenses",
    "total income", "profit before tax", "ebitda", "rohertrag", "jahresüberschuss",
    "betriebsergebnis", "materialaufwand", "personalaufwand", "résultat net",
)  # fmt: skip
_PNL_TITLES = re.compile(
    r"profit\s*(?:and|&)\s*loss|income statement|\bp\s*&\s*l\b|gewinn-?\s*und\s*verlust|"
    r"\bguv\b|compte de résultat|statement of (?:operations|earnings)",
    re.IGNORECASE,
)
_SAMPLE = 300  # rows looked at: enough to tell a report from a table
_WORD = re.compile(r"[^\W\d_]+")

PNL_SENTENCE = (
    "This is a profit-and-loss report (totals per account for a period), not daily figures: "
    "export the sales journal or the bank transactions, one row per booking with its date, "
    "and import that."
)
SUMMARY_SENTENCE = (
    "This is a summary table (totals by {what}{total}), not one row per sale or per day: "
    "export the daily sales or the transaction list from the till, shop or bank instead."
)
SIDE_BY_SIDE_SENTENCE = (
    "This sheet holds several tables side by side (dates in columns {columns}): save each "
    "table as its own CSV file, or export the data again as one list, and import that."
)
NO_DATES_SENTENCE = (
    "No column of dates was found in this file: export one row per sale, booking or day, "
    "each with its date."
)


def _is_month_without_year(cell: str) -> bool:
    text = cell.strip().rstrip(".").lower()
    return text in MONTHS


def refusal(table: Table, date_columns: Sequence[int]) -> str | None:
    """The sentence refusing ``table``, or None when it can be read as dated rows.

    ``date_columns`` are the columns where most cells are dates.
    """
    labels = _labels(table)
    text = " ".join([*table.preamble, *table.header, *labels]).lower()
    pnl_hits = {word for word in _PNL_WORDS if word in text}
    if not date_columns or _dated_share(table, date_columns[0]) < 0.5:
        if _PNL_TITLES.search(" ".join([*table.preamble, *table.header])) or len(pnl_hits) >= 2:
            return PNL_SENTENCE
        months = [cell for cell in table.header if _is_month_without_year(cell)]
        month_rows = [cell for cell in labels if _is_month_without_year(cell)]
        totals = [cell for cell in [*labels, *table.header] if is_total_label(cell)]
        if len(months) >= 2 or len(month_rows) >= 2 or totals:
            what = "month" if months or month_rows else "group"
            total = ', with a "Total" row' if totals else ""
            if any(is_total_label(cell) for cell in table.header) and not months:
                total = total or ', with a "Total" column'
            return SUMMARY_SENTENCE.format(what=what, total=total)
        return NO_DATES_SENTENCE
    if len(date_columns) >= 2 and _side_by_side(table, date_columns):
        columns = " and ".join(str(index + 1) for index in date_columns)
        return SIDE_BY_SIDE_SENTENCE.format(columns=columns)
    return None


def _labels(table: Table) -> list[str]:
    """The first filled cell of each row: where reports put "Total" and account names."""
    labels = []
    for _, cells in table.rows[:2000]:
        for cell in cells:
            if cell.strip():
                labels.append(cell.strip())
                break
    return labels


def _dated_share(table: Table, column: int) -> float:
    rows = [cells for _, cells in table.rows[:_SAMPLE]]
    if not rows:
        return 0.0
    cells = [row[column] for row in rows if len(row) > column]
    days = {  # each different cell read once: a day repeats
        cell: looks_like_day(cell) or read_day(cell, DateOrder.YEAR_FIRST) is not None
        for cell in set(cells)
    }  # the year-first reading also takes Excel serial days
    dated = sum(1 for cell in cells if days[cell])
    return dated / len(rows)


def _side_by_side(table: Table, columns: Sequence[int]) -> bool:
    """Two date columns under the same name, or with an empty column between them."""
    header = table.header
    names = [header[i].strip().lower() if i < len(header) else "" for i in columns]
    if names[0] and len(set(names)) < len(names):
        return True
    rows = [cells for _, cells in table.rows[:500]]
    for gap in range(columns[0] + 1, columns[-1]):
        named = gap < len(header) and header[gap].strip()
        if not named and all(len(c) <= gap or not c[gap].strip() for c in rows):
            return True
    return False
