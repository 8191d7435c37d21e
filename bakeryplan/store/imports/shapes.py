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
from bakeryplan.text.translate import separated_list, translate

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


def pnl_sentence() -> str:
    """The refusal of a profit-and-loss report, in the current language."""
    return translate(
        "import",
        "This is a profit-and-loss report (totals per account for a period), not daily "
        "figures: export the sales journal or the bank transactions, one row per booking with "
        "its date, and import that.",
    )


def summary_sentence(*, by_month: bool, total_row: bool, total_column: bool) -> str:
    """The refusal of a summary table: totals by month or by group, with a "Total" row or
    column when it has one (a row is named first; a table by month has no total column)."""
    if by_month:
        totals = (
            translate("import", 'totals by month, with a "Total" row')
            if total_row
            else translate("import", "totals by month")
        )
    elif total_row:
        totals = translate("import", 'totals by group, with a "Total" row')
    elif total_column:
        totals = translate("import", 'totals by group, with a "Total" column')
    else:
        totals = translate("import", "totals by group")
    return translate(
        "import",
        "This is a summary table ({totals}), not one row per sale or per day: export the "
        "daily sales or the transaction list from the till, shop or bank instead.",
    ).format(totals=totals)


def side_by_side_sentence(columns: Sequence[int]) -> str:
    """The refusal of a sheet with tables side by side; ``columns``: the date columns,
    counted from 0."""
    listed = separated_list([str(index + 1) for index in columns])
    return translate(
        "import",
        "This sheet holds several tables side by side (dates in columns {columns}): save each "
        "table as its own CSV file, or export the data again as one list, and import that.",
    ).format(columns=listed)


def no_dates_sentence() -> str:
    """The refusal of a file without a column of dates."""
    return translate(
        "import",
        "No column of dates was found in this file: export one row per sale, booking or day, "
        "each with its date.",
    )


def _is_month_without_year(cell: str) -> bool:
    text = cell.strip().rstrip(".").lower()
    return text in MONTHS


def refusal(table: Table, date_columns: Sequence[int]) -> str | None:
    """The sentence refusing ``table``, or None when it can be read as dated rows.

    ``date_columns`` are the columns where most cells are dates.
    """
    if not date_columns or _dated_share(table, date_columns[0]) < 0.5:
        labels = _labels(table)
        text = " ".join([*table.preamble, *table.header, *labels]).lower()
        pnl_hits = {word for word in _PNL_WORDS if word in text}
        if _PNL_TITLES.search(" ".join([*table.preamble, *table.header])) or len(pnl_hits) >= 2:
            return pnl_sentence()
        months = [cell for cell in table.header if _is_month_without_year(cell)]
        month_rows = [cell for cell in labels if _is_month_without_year(cell)]
        totals = [cell for cell in [*labels, *table.header] if is_total_label(cell)]
        if len(months) >= 2 or len(month_rows) >= 2 or totals:
            return summary_sentence(
                by_month=bool(months or month_rows),
                total_row=bool(totals),
                total_column=any(is_total_label(cell) for cell in table.header) and not months,
            )
        return no_dates_sentence()
    if len(date_columns) >= 2 and _side_by_side(table, date_columns):
        return side_by_side_sentence(date_columns)
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
