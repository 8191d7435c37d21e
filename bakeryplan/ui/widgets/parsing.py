"""Reading numbers and dates as people type them into a grid or a form."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def parse_number(text: str, decimal_mark: str = ".") -> float:
    """``1234.5``, ``1,234.5``, ``1.234,5``, ``1 234,5`` and ``-3`` all work.

    With both separators the later one is the decimal mark. With only one kind, it is a
    thousands separator when it is not the locale's ``decimal_mark`` and is followed by
    exactly three digits (``6,900`` in English, ``6.900`` in German); otherwise it is the
    decimal mark (``12,5`` is twelve and a half everywhere).
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("\u2212", "-").replace("'", "")
    if not cleaned:
        raise ValueError("empty")
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal, ".")
    else:
        mark = "," if "," in cleaned else "." if "." in cleaned else ""
        if mark:
            groups = cleaned.lstrip("+-").split(mark)
            grouped = len(groups) > 2 or (mark != decimal_mark and len(groups[-1]) == 3)
            grouped = grouped and all(len(g) == 3 for g in groups[1:]) and groups[0] != ""
            cleaned = cleaned.replace(mark, "") if grouped else cleaned.replace(mark, ".")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    return value


def number_edit_text(value: float, decimal_mark: str = ".") -> str:
    """The text an edit box starts with: every digit the value has, no grouping, no exponent.

    The shortest text that reads back as the same float (``repr``), written out in full and
    with the locale's decimal mark, so ``parse_number`` returns exactly ``value`` again and
    OK without typing changes nothing.
    """
    if value == 0:
        return "0"
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)


def parse_date(text: str) -> date:
    """ISO ``2026-11-27`` or day first ``27/11/2026`` (also with dots or dashes)."""
    stripped = text.strip()
    try:
        return date.fromisoformat(stripped)
    except ValueError:
        pass
    match = _DAY_FIRST.match(stripped)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)
