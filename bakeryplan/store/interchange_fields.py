"""Reading one JSON field of the plan file: its type, its range, and a message naming it.

Each reader takes the record being read, the field's key and the ids read so far (for
references to other records), and returns the model value or raises ``InterchangeError``
naming the record and the field. The tables in ``interchange_tables`` are made of these.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY, day_in_range, value_in_range
from bakeryplan.domain.import_mapping import ImportMapping
from bakeryplan.domain.model import Alignment, CurvePoint, Explanation, PlanOrigin
from bakeryplan.store.errors import InterchangeError

JsonObject = dict[str, Any]
#: Marks a field with no default: missing from the file is an error.
MISSING: Any = object()
LARGEST_INTEGER = 2**63 - 1  # what SQLite can store
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Reader = Callable[["Record", str, dict[str, set[int]]], Any]
Choice = TypeVar("Choice", bound=StrEnum)


class Record:
    """One JSON object being read; every failure names it and the field."""

    def __init__(self, label: str, data: JsonObject, keys: tuple[str, ...] = ()) -> None:
        self.label = label
        self.data = data
        unknown = [key for key in data if keys and key not in keys]
        if unknown:
            self.fail(unknown[0], f"is not a known field (expected: {', '.join(keys)})")

    def fail(self, key: str, message: str) -> NoReturn:
        raise InterchangeError(self.label, key, message)

    def raw(self, key: str, default: Any = MISSING) -> Any:
        value = self.data.get(key, default)
        if value is MISSING:
            self.fail(key, "is missing")
        return value


def record_label(table: str, index: int, row: object) -> str:
    """How a record is named in messages: its place in the file and its title if any."""
    label = f"{table}[{index}]"
    if isinstance(row, dict):
        for key in ("title", "name", "text"):
            title = row.get(key)
            if isinstance(title, str) and title.strip():
                short = title.strip()
                short = short if len(short) <= 40 else short[:39] + "…"
                return f'{label} ("{short}")'
    return label


class HugeInteger:
    """A JSON integer too long to be a number BakeryPlan keeps, read as this marker instead
    of an int (Python refuses to convert more than 4,300 digits, with an error that would
    name neither the record nor the field)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


HUGE_INTEGER_DIGITS = 400  # more than any float holds (309), far below Python's limit


def json_integer(literal: str) -> int | HugeInteger:
    """``json.loads``'s ``parse_int``: an int, or a marker for an absurdly long one."""
    digits = len(literal.lstrip("-"))
    return HugeInteger(digits) if digits > HUGE_INTEGER_DIGITS else int(literal)


def kind_of(value: object) -> str:
    """A JSON value described for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, HugeInteger):
        return f"a whole number {value.digits:,} digits long"
    if isinstance(value, int) and abs(value) >= 10**30:
        return f"a whole number {len(str(abs(value)))} digits long"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 30 else f'"{value[:29]}…"'
    return "a list" if isinstance(value, list) else "an object"


def text(r: Record, key: str, ids: object = None, default: Any = "") -> str:
    value = r.raw(key, default)
    if not isinstance(value, str):
        r.fail(key, f"must be text, not {kind_of(value)}")
    problem = text_problem(value)
    if problem is not None:
        r.fail(key, problem)
    return value


def text_problem(value: str) -> str | None:
    """What makes text unfit to keep: a NUL, or half of a UTF-16 pair (a lone surrogate,
    which JSON's ``\\ud800`` escapes can make but no file can store)."""
    if "\x00" in value:
        return "holds a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"holds an invalid character (U+{ord(value[error.start]):04X}, half of a pair)"
    return None


def name(r: Record, key: str, ids: object = None) -> str:
    value = text(r, key, default=MISSING)
    if not value.strip():
        r.fail(key, "must not be empty")
    return value


def integer(r: Record, key: str, ids: object = None, default: Any = MISSING) -> int:
    value = r.raw(key, default)
    if isinstance(value, HugeInteger):
        r.fail(key, f"{kind_of(value)} is too large")
    if isinstance(value, bool) or not isinstance(value, int):
        r.fail(key, f"must be a whole number, not {kind_of(value)}")
    if abs(value) > LARGEST_INTEGER:
        r.fail(key, f"{kind_of(value)} is too large")
    return value


def optional_window(r: Record, key: str, ids: object = None) -> int | None:
    """A count of periods from 1 to 1,000, or null for the default."""
    if r.data.get(key) is None:
        return None
    value = integer(r, key)
    if not 1 <= value <= 1000:
        r.fail(key, f"must be a number of periods from 1 to 1000, not {value}")
    return value


def record_id(r: Record, key: str, ids: object = None) -> int:
    value = integer(r, key)
    if value < 1:
        r.fail(key, f"must be a whole number from 1 up, not {value}")
    return value


def position(r: Record, key: str, ids: object = None) -> int:
    return integer(r, key, default=0)


def number(r: Record, key: str, ids: object = None) -> float:
    value = r.raw(key)
    if isinstance(value, HugeInteger):
        r.fail(key, f"{kind_of(value)} is too large")
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.fail(key, f"must be a number, not {kind_of(value)}")
    try:
        number = float(value)
    except OverflowError:
        r.fail(key, f"{kind_of(value)} is too large")
    if not math.isfinite(number):
        r.fail(key, f"must be a finite number, not {value}")
    if not value_in_range(number):
        r.fail(
            key, f"{kind_of(value)} is outside the range -1,000,000,000,000 to 1,000,000,000,000"
        )
    return number


_OUTSIDE_YEARS = f"is outside the years {FIRST_DAY.year} to {LAST_DAY.year}"
_OUTSIDE_RANGE = "is outside the range -1,000,000,000,000 to 1,000,000,000,000"


def optional_number(r: Record, key: str, ids: object = None) -> float | None:
    return None if r.data.get(key) is None else number(r, key)


def day(r: Record, key: str, ids: object = None) -> date:
    value = r.raw(key)
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        r.fail(key, f"must be a date written YYYY-MM-DD, not {kind_of(value)}")
    try:
        found = date.fromisoformat(value)
    except ValueError:
        r.fail(key, f'"{value}" is not a real date')
    if not day_in_range(found):
        r.fail(key, f"{value} {_OUTSIDE_YEARS}")
    return found


def optional_day(r: Record, key: str, ids: object = None) -> date | None:
    return None if r.data.get(key) is None else day(r, key)


def moment(r: Record, key: str, ids: object = None) -> datetime:
    value = r.raw(key)
    if isinstance(value, str):
        try:
            found = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if not day_in_range(found.date()):
                r.fail(key, f"{value} {_OUTSIDE_YEARS}")
            return found
    r.fail(key, f"must be a date and time written like 2026-03-12T09:30:00, not {kind_of(value)}")


def flag(r: Record, key: str, ids: object = None) -> bool:
    value = r.raw(key, True)
    if not isinstance(value, bool):
        r.fail(key, f"must be true or false, not {kind_of(value)}")
    return value


def choice(kind: type[Choice], default: Any = MISSING) -> Callable[[Record, str, object], Choice]:
    def read(r: Record, key: str, ids: object = None) -> Choice:
        value = r.raw(key, default)
        allowed = ", ".join(member.value for member in kind)
        if isinstance(value, str) and value in kind._value2member_map_:
            return kind(value)
        noun = key.replace("_", " ")
        r.fail(key, f"unknown {noun} {kind_of(value)} (expected one of: {allowed})")

    return read


def reference(table: str, noun: str, *, optional: bool) -> Reader:
    def read(r: Record, key: str, ids: dict[str, set[int]]) -> int | None:
        if optional and r.data.get(key) is None:
            return None
        value = integer(r, key)
        if value not in ids.get(table, set()):
            r.fail(key, f"there is no {noun} with id {value}")
        return value

    return read


def points(r: Record, key: str, ids: object = None) -> tuple[CurvePoint, ...]:
    rows = r.raw(key, [])
    if not isinstance(rows, list):
        r.fail(key, f"must be a JSON list, not {kind_of(rows)}")
    points: list[CurvePoint] = []
    for index, row in enumerate(rows):
        label = f"{r.label}.points[{index}]"
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {kind_of(row)}")
        point = Record(label, row, ("on", "value"))
        on = day(point, "on")
        if points and on <= points[-1].on:
            point.fail("on", f"{on} must come after the point before ({points[-1].on})")
        points.append(CurvePoint(on, number(point, "value")))
    return tuple(points)


def header(r: Record, key: str, ids: object = None) -> tuple[str, ...]:
    """An import recipe's header: a list of texts."""
    cells = r.raw(key, [])
    if not isinstance(cells, list) or not all(isinstance(cell, str) for cell in cells):
        r.fail(key, f"must be a JSON list of texts, not {kind_of(cells)}")
    return tuple(cells)


def import_mapping(r: Record, key: str, ids: object = None) -> ImportMapping:
    """An import recipe's mapping, as ``ImportMapping.to_dict`` writes it."""
    data = r.raw(key)
    if not isinstance(data, dict):
        r.fail(key, f"must be a JSON object, not {kind_of(data)}")
    try:
        return ImportMapping.from_dict(data)
    except ValueError as problem:
        r.fail(key, str(problem))


def explanations(r: Record, key: str, ids: object = None) -> tuple[Explanation, ...]:
    """A review's explanations: ``{"measure_id": 3, "text": "..."}`` each. The measure may
    have been deleted since (an explanation is history), so its id is not looked up."""
    rows = r.raw(key, [])
    if not isinstance(rows, list):
        r.fail(key, f"must be a JSON list, not {kind_of(rows)}")
    found: list[Explanation] = []
    for index, row in enumerate(rows):
        label = f"{r.label}.explanations[{index}]"
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {kind_of(row)}")
        item = Record(label, row, ("measure_id", "text"))
        found.append(
            Explanation(record_id(item, "measure_id"), text(item, "text", default=MISSING))
        )
    return tuple(found)


def snapshot(r: Record, key: str, ids: object = None) -> Any:
    """A review's snapshot of the plan, or null for a review kept without one."""
    from bakeryplan.store.snapshot_json import snapshot_from_json

    value = r.data.get(key)
    return None if value is None else snapshot_from_json(r.label, value)


ORIGIN_KEYS = ("year_ending", "change_percent", "alignment")


def plan_origin(r: Record, key: str, ids: object = None) -> PlanOrigin | None:
    """Where a plan drawn from last year came from, or null for any other plan."""
    value = r.data.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        r.fail(key, f"must be a JSON object or null, not {kind_of(value)}")
    origin = Record(f"{r.label}.{key}", value, ORIGIN_KEYS)
    alignment = choice(Alignment, Alignment.HOLIDAYS.value)(origin, "alignment", ids)
    return PlanOrigin(day(origin, "year_ending"), number(origin, "change_percent"), alignment)
