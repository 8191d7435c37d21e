"""Why a row of an export was not read, or a mapping cannot be used: one whole sentence
per case, in the language of the moment (the import assistant and ``bakeryplan import``
show them beside the line's number). Made only for a row that is skipped, never per good row.
"""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY
from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.store.imports.cells import is_total_label
from bakeryplan.store.imports.mixed_date_orders import short_cell
from bakeryplan.store.imports.table import filled_width
from bakeryplan.store.imports.wide_rows import cut_cause
from bakeryplan.text.translate import PLURAL, translate


def no_column(role: str) -> str:
    """The sentence for a column the file lacks: one per role, for the words around it."""
    if role == "date":
        return translate("import", 'The file has no column "{column}" for the date.')
    if role == "value":
        return translate("import", 'The file has no column "{column}" for the value.')
    if role == "note":
        return translate("import", 'The file has no column "{column}" for the note.')
    return translate("import", 'The file has no column "{column}" for the filter.')


def not_an_amount(raw: str, column: str) -> str:
    if raw.strip():
        return translate("import", '"{cell}" is not an amount').format(cell=short_cell(raw))
    return translate("import", 'no amount in "{column}"').format(column=column)


def nothing_to_count(column: str) -> str:
    return translate("import", 'no value in "{column}" to count').format(column=column)


def too_few(cells: tuple[str, ...], width: int) -> str:
    if any(is_total_label(c) for c in cells):
        return total_line()
    count = len(cells)
    text = translate("import", "%n cells where the table has {width}", None, PLURAL, count)
    return text.format(width=width)


def wider_row(
    cells: tuple[str, ...], expected: int, *, header: bool, delimiter: str, kind: str
) -> str:
    """A row wider than expected that could be read more than one way."""
    if any(is_total_label(c) for c in cells):
        return total_line()
    if header:
        text = translate(
            "import", "more cells than the header ({width} where it has {expected}) — {cause}"
        )
    else:
        text = translate(
            "import",
            "more cells than the other rows ({width} where they have {expected}) — {cause}",
        )
    return text.format(
        width=filled_width(cells), expected=expected, cause=cut_cause(kind, delimiter)
    )


def total_line() -> str:
    return translate("import", "a total line, not a day's figure")


def after_today(day: date) -> str:
    return translate("import", "dated after today ({day})").format(day=day.isoformat())


def too_early(day: date) -> str:
    return translate("import", "{day} is outside the years {first} to {last}").format(
        day=day.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year
    )


def out_of_range(raw: str, amount: float) -> str:
    if amount != amount:  # NaN
        text = translate("import", '"{cell}" is not a number')
    else:
        text = translate(
            "import", '"{cell}" is outside the range -1,000,000,000,000 to 1,000,000,000,000'
        )
    return text.format(cell=short_cell(raw))


def not_a_date(cell: str, cells: tuple[str, ...], order: DateOrder) -> str:
    if any(is_total_label(c) for c in cells):
        return total_line()
    if not cell.strip():
        return translate("import", "no date")
    if order is DateOrder.DAY_FIRST:
        text = translate("import", '"{cell}" is not a date (day first)')
    elif order is DateOrder.MONTH_FIRST:
        text = translate("import", '"{cell}" is not a date (month first)')
    else:
        text = translate("import", '"{cell}" is not a date (year first)')
    return text.format(cell=short_cell(cell))
