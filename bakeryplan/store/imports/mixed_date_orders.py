"""A file whose dates are written both day first and month first: how to tell, and the
notice that says where, so the owner checks the days a chosen order may have misread.

Rare in real exports (a file edited by hand, two exports pasted together), so the reading
only asks when the cells it could not read hint at the other order.
"""

from __future__ import annotations

from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.store.imports.cells import EITHER, DayReader, date_order_evidence, order_shown
from bakeryplan.text.translate import PLURAL, separated_list, translate

ORDER_WORDS = {
    DateOrder.DAY_FIRST: "day first",
    DateOrder.MONTH_FIRST: "month first",
    DateOrder.YEAR_FIRST: "year first",
}
"""The orders in English; :func:`order_words` gives them in the current language."""


def order_words(order: DateOrder) -> str:
    """How ``order`` writes dates ("day first"), in the current language."""
    words = {
        DateOrder.DAY_FIRST: translate("import", "day first"),
        DateOrder.MONTH_FIRST: translate("import", "month first"),
        DateOrder.YEAR_FIRST: translate("import", "year first"),
    }
    return words[order]


def short_cell(cell: str, limit: int = 40) -> str:
    """A cell as a skip reason or a notice quotes it: one line, at most ``limit`` long."""
    text = " ".join(cell.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shows_both_orders(read_day: DayReader, order: DateOrder) -> bool:
    """Whether the date cells show both day first ("31/01/2024") and month first.

    Read day first, a cell showing month first names no day (its month is over 12), and
    the other way round: so the cells that named no day, none in most files, tell first
    whether the other order is shown at all."""
    others = {
        DateOrder.DAY_FIRST: DateOrder.MONTH_FIRST,
        DateOrder.MONTH_FIRST: DateOrder.DAY_FIRST,
    }
    other = others.get(order)
    if other is not None and other not in date_order_evidence(read_day.cells_not_dates())[0]:
        return False
    shown, _ = date_order_evidence(read_day.cells_read())
    return {DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST} <= shown


def mixed_orders_notice(
    rows: list[tuple[int, tuple[str, ...]]], date_index: int, order: DateOrder
) -> str | None:
    """What a file writing dates both day first and month first needs to say: the first line
    of each way, and the lines whose dates read either way, read in ``order``."""
    first: dict[object, tuple[int, str]] = {}
    either: list[int] = []
    for line, cells in rows:
        if len(cells) <= date_index:
            continue
        shown = order_shown(cells[date_index])
        if shown is EITHER:
            either.append(line)
        elif shown is not None and shown not in first:
            first[shown] = (line, cells[date_index].strip())
    if len(first) < 2:
        return None
    (day_line, day_cell), (month_line, month_cell) = (
        first[DateOrder.DAY_FIRST],
        first[DateOrder.MONTH_FIRST],
    )
    fields = {
        "day_line": day_line,
        "day_cell": short_cell(day_cell),
        "month_line": month_line,
        "month_cell": short_cell(month_cell),
    }
    if not either:
        return translate(
            "import",
            'The dates are written both day first (line {day_line}: "{day_cell}") and month '
            'first (line {month_line}: "{month_cell}"): lines the chosen order cannot read are '
            "skipped. Check that the order chosen is the file's own.",
        ).format(**fields)
    return translate(
        "import",
        'The dates are written both day first (line {day_line}: "{day_cell}") and month '
        'first (line {month_line}: "{month_cell}"): lines the chosen order cannot read are '
        "skipped, and dates that read either way were read {order} ({lines}). Check those "
        "days, or choose the other order.",
    ).format(**fields, order=order_words(order), lines=_lines(either))


def _lines(numbers: list[int], shown: int = 5) -> str:
    """ "line 4", "lines 4, 6 and 9", "lines 4, 5, 6, 7, 8 and 3 more"."""
    if len(numbers) == 1:
        return translate("import", "line {line}").format(line=numbers[0])
    if len(numbers) <= shown:
        return translate("import", "lines {lines}").format(
            lines=separated_list([str(number) for number in numbers])
        )
    listed = ", ".join(map(str, numbers[:shown]))
    more = len(numbers) - shown
    return translate("import", "lines {list} and %n more", None, PLURAL, more).format(list=listed)
