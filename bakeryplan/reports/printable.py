"""Plan text made fit for files other programs parse: SVG, PNG text chunks, PDF metadata.

XML 1.0 allows no control character but tab, newline and carriage return, so one ESC in a
measure's unit made an SVG no viewer opens (and dropped that chart from the progress pack);
a NUL ends a PNG text chunk early. Charts and document properties therefore show each
control character as its visible Unicode picture (ESC as "␛"), and what has no picture
(C1 controls, half of a surrogate pair) as "�". The owner sees that something odd is in
the text, and every file stays valid.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CONTROL_PICTURES = 0x2400  # U+2400 "␀" ... U+241F; U+2421 "␡" is DEL's


def printable(text: str) -> str:
    """``text`` with every control character shown as its picture (see module docstring)."""
    return _UNPRINTABLE.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def printable_fields(record: T, *fields: str) -> T:
    """``record`` itself when the named text fields are printable, else a copy that is."""
    changed = {
        name: printable(value)
        for name in fields
        if _UNPRINTABLE.search(value := getattr(record, name))
    }
    return replace(record, **changed) if changed else record
