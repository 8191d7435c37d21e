"""The panels of the main window, and the few helpers they share.

Every panel is built as ``Panel(document, parent)``, reads ``document.plan``, follows the
change notices of the kinds it shows and edits only by pushing commands of
``bakeryplan.editing.commands``: panels never call each other.
"""

from __future__ import annotations

import functools
import html
import json
import math
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from bakeryplan.domain.model import Business
from bakeryplan.domain.units import unit_for
from bakeryplan.resource_files import PERCENT_FORMATS, read_text
from bakeryplan.ui.date_patterns import (
    day_month_pattern,
    long_date_pattern,
    medium_date_pattern,
)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the row's subject


def record_table(
    parent: QWidget,
    headers: list[str],
    name: str,
    stretch: tuple[int, ...],
    empty_text: str = "",
) -> QTableWidget:
    """A read-only table listing one kind of record, a row each, selected whole.

    Columns fit their contents except ``stretch``, which share the rest of the width.
    ``empty_text`` says, while there is no record, what the list is for and how to start.
    """
    from bakeryplan.ui.widgets.record_table import RecordTable  # not on the Goals tab's way

    table = RecordTable(len(headers), parent, empty_text)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_record_id(table: QTableWidget) -> int | None:
    """The id of the record in the selected row of a table listing one kind of record."""
    items = table.selectedItems()
    return items[0].data(KIND_ROLE)[1] if items else None


def select_record(table: QTableWidget, item_id: int) -> bool:
    """Select and reveal the row of record ``item_id``; False when it is not listed."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(KIND_ROLE)[1] == item_id:
            table.selectRow(row)
            table.scrollToItem(item)
            return True
    return False


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally (tooltips guess HTML otherwise)."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def _locale(business: Business) -> QLocale:
    return _locale_named(business.locale or "en_GB")


@functools.cache
def _locale_named(setting: str) -> QLocale:
    """One QLocale per locale name: a tree formats each of its dates and amounts with it."""
    name = setting.split(".")[0].replace("-", "_")
    locale = QLocale(name)
    return locale if locale.language() != QLocale.Language.C else QLocale("en_GB")


def short_date_pattern(business: Business) -> str:
    """The locale's short date pattern ("dd/MM/yyyy"): how the grid reads a typed date."""
    return _locale(business).dateFormat(QLocale.FormatType.ShortFormat)


def decimal_mark(business: Business) -> str:
    """The decimal mark people of the business's locale type: "." or ","."""
    return _locale(business).decimalPoint() or "."


def format_day(day: date | None, business: Business, style: str = "medium") -> str:
    """A date in the business's locale; empty for no date. ``style`` is "short", "medium"
    ("2 Dec 2026", "2. Dez. 2026"), "long" ("2 December 2026", "2. Dezember 2026") or
    "day_month" ("2 Dec"), as ``text.formatter`` writes them in the printouts.

    QLocale, not ``text.formatter``: any tab may be the first one on screen, and babel's
    import and locale data would cost the first window about 35 ms.
    """
    if day is None:
        return ""
    locale = _locale(business)
    qdate = QDate(day.year, day.month, day.day)
    if style == "short":
        return locale.toString(qdate, QLocale.FormatType.ShortFormat)
    if style == "long":
        return locale.toString(qdate, long_date_pattern(locale))
    if style == "day_month":
        return locale.toString(qdate, day_month_pattern(locale))
    return locale.toString(qdate, medium_date_pattern(locale))


def format_month(day: date, business: Business) -> str:
    """A month and year in the business's locale: "November 2026", "novembre 2026"."""
    qdate = QDate(day.year, day.month, 1)
    return _locale(business).toString(qdate, "MMMM yyyy")


_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR"}


def format_amount(value: float | None, unit: str, business: Business) -> str:
    """A measure's value with its unit: money as money, "%" as percent, else "12 kg"."""
    if value is None:
        return ""
    if math.isinf(value):  # only an older file holds one; shown so it can be corrected
        return "\u221e" if value > 0 else "\u2212\u221e"
    if not math.isfinite(value):
        return "\u2013"
    locale = _locale(business)
    digits = 0 if float(value).is_integer() else 2
    text = unit.strip()
    currency = (business.currency or "").upper()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = next((s for s, code in _SYMBOLS.items() if code == currency), currency)
    if text and (text.upper() == currency or _SYMBOLS.get(text) == currency or text == symbol):
        return locale.toCurrencyString(value, symbol, digits)
    number = locale.toString(float(value), "f", digits)
    if digits:
        number = number.rstrip("0").rstrip(locale.decimalPoint())
    if text == "%":
        prefix, suffix = percent_affixes(business.locale)
        return f"{prefix}{number}{suffix}"
    return (
        f"{number} {unit_for(number, text, locale=business.locale)}" if text else number
    )  # "1 cafe", "2 cafes"


@functools.cache
def _percent_table() -> dict[str, list[str]]:
    """Locale id -> [prefix, suffix], from babel's data (tools/percent_formats.py)."""
    table: dict[str, list[str]] = json.loads(read_text(PERCENT_FORMATS))
    return table


def percent_affixes(locale: str) -> tuple[str, str]:
    """Where the locale puts its percent sign: ("", "%") in en_GB, ("", "\u00a0%") in de_DE.

    The same CLDR pattern babel gives the printouts, without loading babel in the window.
    """
    name = locale.split(".")[0].replace("-", "_")
    table = _percent_table()
    affixes = table.get(name) or table.get(name.split("_")[0]) or ["", "%"]
    return affixes[0], affixes[1]


def compact_rows(view: QTableView) -> None:
    """Rows as tall as the text needs (the default leaves tables looking sparse)."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def make_button(text: str, parent: QWidget, *, tooltip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tooltip:
        button.setToolTip(tooltip)
    return button
