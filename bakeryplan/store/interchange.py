"""The whole plan as a documented JSON file (docs/plan-format.md): templates, sharing, scripts.

Reading is strict: a file that a person edited by hand gets one clear message naming the
record and the field at fault, and nothing is built until the whole file has been read.
Records come out in a stable order, so two exports of the same plan are identical. Each
table is described once (``_TABLES``): the same description writes and reads it.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    CurveKind,
    CurvePoint,
    Direction,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Person,
    Perspective,
    Plan,
    Review,
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.store.errors import InterchangeError, PlanNotFoundError

FORMAT_NAME = "bakeryplan"
FORMAT_VERSION = 1
JsonObject = dict[str, Any]
T = TypeVar("T")

_FILE = "the file"
_MISSING: Any = object()
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")
_LARGEST_INTEGER = 2**63 - 1  # what SQLite can store


def plan_to_json(plan: Plan, *, exported_at: datetime) -> JsonObject:
    """The plan as JSON-ready data; records sorted so equal plans give equal output."""
    ordered = canonical(plan)
    data: JsonObject = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "business": _encode(ordered.business, _BUSINESS),
    }
    for table, (attribute, _, fields) in _TABLES.items():
        data[table] = [_encode(row, fields) for row in getattr(ordered, attribute)]
    return data


def canonical(plan: Plan) -> Plan:
    """The plan with every table in the order the JSON file uses."""
    return Plan(
        business=plan.business,
        visions=tuple(sorted(plan.visions, key=lambda v: v.id)),
        people=tuple(sorted(plan.people, key=lambda p: p.id)),
        goals=tuple(sorted(plan.goals, key=lambda g: (g.position, g.id))),
        measures=tuple(sorted(plan.measures, key=lambda m: (m.goal_id, m.position, m.id))),
        actuals=tuple(sorted(plan.actuals, key=lambda a: (a.measure_id, a.on, a.id))),
        steps=tuple(sorted(plan.steps, key=lambda s: (s.goal_id, s.position, s.id))),
        feedback=tuple(sorted(plan.feedback, key=lambda f: f.id)),
        reviews=tuple(sorted(plan.reviews, key=lambda r: r.id)),
    )


def dump_json(
    plan: Plan, path: str | os.PathLike[str], *, exported_at: datetime | None = None
) -> None:
    """Write the plan as UTF-8 JSON, replacing ``path`` only once the new file is complete.

    ``exported_at`` only labels the file; without it the current UTC time is used.
    """
    moment = exported_at if exported_at is not None else datetime.now(UTC)
    data = plan_to_json(plan, exported_at=moment)
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_json(path: str | os.PathLike[str]) -> Plan:
    """Read a plan from a JSON file; every problem is an error naming the file."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise PlanNotFoundError(source) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_unique_keys)
        return plan_from_json(data)
    except UnicodeDecodeError:
        raise InterchangeError(_FILE, "", "is not UTF-8 text", path=source) from None
    except json.JSONDecodeError as error:
        message = f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        raise InterchangeError(_FILE, "", message, path=source) from None
    except _DuplicateKeyError as error:
        message = f'has the key "{error}" twice in one object'
        raise InterchangeError(_FILE, "", message, path=source) from None
    except InterchangeError as error:
        raise InterchangeError(error.record, error.field, error.message, path=source) from None


def plan_from_json(data: object) -> Plan:
    """Build a plan from JSON data, refusing anything doubtful (see docs/plan-format.md)."""
    if not isinstance(data, dict):
        raise InterchangeError(_FILE, "", f"must hold a JSON object, not {_kind(data)}")
    top = _Record(_FILE, data, ("format", "format_version", "exported_at", "business", *_TABLES))
    found = top.raw("format")
    if found != FORMAT_NAME:
        top.fail("format", f'must be "{FORMAT_NAME}", not {_kind(found)}')
    version = _integer(top, "format_version")
    if version > FORMAT_VERSION:
        top.fail(
            "format_version",
            f"the file was written by a newer version of BakeryPlan (format version {version}; "
            f"this version reads up to {FORMAT_VERSION}): update BakeryPlan to read it",
        )
    if version < 1:
        top.fail("format_version", f"unknown format version {version}")
    if data.get("exported_at") is not None:
        _moment(top, "exported_at")
    business = top.raw("business")
    if not isinstance(business, dict):
        top.fail("business", f"must be a JSON object, not {_kind(business)}")
    ids: dict[str, set[int]] = {"goals": _goal_ids_ahead(data.get("goals"))}
    business_record = _Record("business", business, tuple(_BUSINESS))
    values: dict[str, Any] = {"business": _decode(business_record, _BUSINESS, ids, Business)}
    _check_business(business_record, values["business"])
    for table, (attribute, cls, fields) in _TABLES.items():
        values[attribute] = _read_table(top, table, cls, fields, ids)
    plan = Plan(**values)
    _check_parent_loops(plan.goals, data.get("goals", []))
    return canonical(plan)


# --- records and fields -------------------------------------------------------------------

Reader = Callable[["_Record", str, dict[str, set[int]]], Any]


class _Record:
    """One JSON object being read; every failure names it and the field."""

    def __init__(self, label: str, data: JsonObject, keys: tuple[str, ...] = ()) -> None:
        self.label = label
        self.data = data
        unknown = [key for key in data if keys and key not in keys]
        if unknown:
            self.fail(unknown[0], f"is not a known field (expected: {', '.join(keys)})")

    def fail(self, key: str, message: str) -> NoReturn:
        raise InterchangeError(self.label, key, message)

    def raw(self, key: str, default: Any = _MISSING) -> Any:
        value = self.data.get(key, default)
        if value is _MISSING:
            self.fail(key, "is missing")
        return value


def _read_table(
    top: _Record,
    table: str,
    cls: Callable[..., Any],
    fields: dict[str, Reader],
    ids: dict[str, set[int]],
) -> tuple[Any, ...]:
    rows = top.raw(table, [])
    if not isinstance(rows, list):
        top.fail(table, f"must be a JSON list, not {_kind(rows)}")
    labels: dict[int, str] = {}
    values = []
    for index, row in enumerate(rows):
        label = _label(table, index, row)
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {_kind(row)}")
        record = _Record(label, row, tuple(fields))
        value = _decode(record, fields, ids, cls)
        if value.id in labels:
            record.fail("id", f"the id {value.id} is already used by {labels[value.id]}")
        labels[value.id] = label
        values.append(value)
    ids[table] = set(labels)
    return tuple(values)


def _decode(
    record: _Record, fields: dict[str, Reader], ids: dict[str, set[int]], cls: Callable[..., T]
) -> T:
    return cls(**{key: read(record, key, ids) for key, read in fields.items()})


def _encode(value: object, fields: dict[str, Reader]) -> JsonObject:
    return {key: _json_value(getattr(value, key)) for key in fields}


def _json_value(value: object) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [{"on": p.on.isoformat(), "value": p.value} for p in value]
    return value


def _label(table: str, index: int, row: object) -> str:
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


def _kind(value: object) -> str:
    """A JSON value described for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 30 else f'"{value[:29]}…"'
    return "a list" if isinstance(value, list) else "an object"


def _text(r: _Record, key: str, ids: object = None, default: Any = "") -> str:
    value = r.raw(key, default)
    if not isinstance(value, str):
        r.fail(key, f"must be text, not {_kind(value)}")
    return value


def _name(r: _Record, key: str, ids: object = None) -> str:
    value = _text(r, key, default=_MISSING)
    if not value.strip():
        r.fail(key, "must not be empty")
    return value


def _integer(r: _Record, key: str, ids: object = None, default: Any = _MISSING) -> int:
    value = r.raw(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        r.fail(key, f"must be a whole number, not {_kind(value)}")
    if abs(value) > _LARGEST_INTEGER:
        r.fail(key, f"the number {value} is too large")
    return value


def _record_id(r: _Record, key: str, ids: object = None) -> int:
    value = _integer(r, key)
    if value < 1:
        r.fail(key, f"must be a whole number from 1 up, not {value}")
    return value


def _position(r: _Record, key: str, ids: object = None) -> int:
    return _integer(r, key, default=0)


def _number(r: _Record, key: str, ids: object = None) -> float:
    value = r.raw(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.fail(key, f"must be a number, not {_kind(value)}")
    try:
        number = float(value)
    except OverflowError:
        r.fail(key, "the number is too large")
    if not math.isfinite(number):
        r.fail(key, f"must be a finite number, not {value}")
    return number


def _optional_number(r: _Record, key: str, ids: object = None) -> float | None:
    return None if r.data.get(key) is None else _number(r, key)


def _day(r: _Record, key: str, ids: object = None) -> date:
    value = r.raw(key)
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        r.fail(key, f"must be a date written YYYY-MM-DD, not {_kind(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        r.fail(key, f'"{value}" is not a real date')


def _optional_day(r: _Record, key: str, ids: object = None) -> date | None:
    return None if r.data.get(key) is None else _day(r, key)


def _moment(r: _Record, key: str, ids: object = None) -> datetime:
    value = r.raw(key)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    r.fail(key, f"must be a date and time written like 2026-03-12T09:30:00, not {_kind(value)}")


def _flag(r: _Record, key: str, ids: object = None) -> bool:
    value = r.raw(key, True)
    if not isinstance(value, bool):
        r.fail(key, f"must be true or false, not {_kind(value)}")
    return value


def _choice(kind: type[StrEnum], default: Any = _MISSING) -> Reader:
    def read(r: _Record, key: str, ids: object = None) -> StrEnum:
        value = r.raw(key, default)
        allowed = ", ".join(member.value for member in kind)
        if isinstance(value, str) and value in kind._value2member_map_:
            return kind(value)
        noun = key.replace("_", " ")
        r.fail(key, f"unknown {noun} {_kind(value)} (expected one of: {allowed})")

    return read


def _reference(table: str, noun: str, *, optional: bool) -> Reader:
    def read(r: _Record, key: str, ids: dict[str, set[int]]) -> int | None:
        if optional and r.data.get(key) is None:
            return None
        value = _integer(r, key)
        if value not in ids.get(table, set()):
            r.fail(key, f"there is no {noun} with id {value}")
        return value

    return read


def _points(r: _Record, key: str, ids: object = None) -> tuple[CurvePoint, ...]:
    rows = r.raw(key, [])
    if not isinstance(rows, list):
        r.fail(key, f"must be a JSON list, not {_kind(rows)}")
    points: list[CurvePoint] = []
    for index, row in enumerate(rows):
        label = f"{r.label}.points[{index}]"
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {_kind(row)}")
        point = _Record(label, row, ("on", "value"))
        on = _day(point, "on")
        if points and on <= points[-1].on:
            point.fail("on", f"{on} must come after the point before ({points[-1].on})")
        points.append(CurvePoint(on, _number(point, "value")))
    return tuple(points)


# --- cross-record checks ------------------------------------------------------------------


def _goal_ids_ahead(rows: object) -> set[int]:
    """Goal ids known before goals are read, so a sub-goal may come before its parent."""
    if not isinstance(rows, list):
        return set()
    return {
        row["id"]
        for row in rows
        if isinstance(row, dict) and type(row.get("id")) is int and row["id"] >= 1
    }


def _check_business(record: _Record, business: Business) -> None:
    if not _CURRENCY.fullmatch(business.currency):
        record.fail(
            "currency", f"must be a currency code such as EUR, not {_kind(business.currency)}"
        )
    if not _is_known_locale(business.locale):
        record.fail("locale", f"unknown locale {_kind(business.locale)} (such as en_GB, de_DE)")
    if not 1 <= business.fiscal_year_start <= 12:
        record.fail(
            "fiscal_year_start", f"must be a month from 1 to 12, not {business.fiscal_year_start}"
        )


def _is_known_locale(name: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return True


def _check_parent_loops(goals: tuple[Goal, ...], rows: list[Any]) -> None:
    parents = {g.id: g.parent_id for g in goals}
    for index, goal in enumerate(goals):
        seen = {goal.id}
        parent = goal.parent_id
        while parent is not None:
            if parent in seen:
                label = _label("goals", index, rows[index])
                raise InterchangeError(label, "parent_id", "the goals' parents form a loop")
            seen.add(parent)
            parent = parents.get(parent)


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


# --- the tables: JSON key (= model field) and how to read it, in file order -------------------

_PERSON = _reference("people", "person", optional=True)
_OPTIONAL_GOAL = _reference("goals", "goal", optional=True)
_GOAL = _reference("goals", "goal", optional=False)
_MEASURE = _reference("measures", "measure", optional=False)

_BUSINESS: dict[str, Reader] = {
    "name": _name,
    "owner": _text,
    "currency": lambda r, key, ids: _text(r, key, default="EUR"),
    "locale": lambda r, key, ids: _text(r, key, default="en_GB"),
    "fiscal_year_start": lambda r, key, ids: _integer(r, key, default=1),
}
# fmt: off
_TABLES: dict[str, tuple[str, Callable[..., Any], dict[str, Reader]]] = {
    "vision_revisions": ("visions", VisionRevision, {
        "id": _record_id, "created": _moment, "text": _name, "why": _text,
    }),
    "people": ("people", Person, {
        "id": _record_id, "name": _name, "role": _text, "active": _flag,
    }),
    "goals": ("goals", Goal, {
        "id": _record_id, "title": _name, "perspective": _choice(Perspective),
        "owner_id": _PERSON, "parent_id": _OPTIONAL_GOAL, "start": _optional_day,
        "due": _optional_day, "status": _choice(GoalStatus, "active"), "why": _text,
        "position": _position,
    }),
    "measures": ("measures", Measure, {
        "id": _record_id, "goal_id": _GOAL, "name": _name, "unit": _text,
        "direction": _choice(Direction, "up"), "baseline": _number, "target": _number,
        "start": _day, "target_date": _day, "band_low": _optional_number,
        "band_high": _optional_number, "curve": _choice(CurveKind, "linear"),
        "points": _points, "position": _position,
    }),
    "actuals": ("actuals", Actual, {
        "id": _record_id, "measure_id": _MEASURE, "on": _day, "value": _number,
        "note": _text, "source": _choice(ActualSource, "typed"),
    }),
    "steps": ("steps", Step, {
        "id": _record_id, "goal_id": _GOAL, "title": _name, "owner_id": _PERSON,
        "due": _optional_day, "done": _optional_day, "effort": _optional_number,
        "cost": _optional_number, "position": _position,
    }),
    "feedback": ("feedback", Feedback, {
        "id": _record_id, "received": _day, "source": _choice(FeedbackSource),
        "from_name": _text, "text": _name, "goal_id": _OPTIONAL_GOAL,
        "status": _choice(FeedbackStatus, "new"), "response": _text,
    }),
    "reviews": ("reviews", Review, {
        "id": _record_id, "held": _day, "kind": _choice(ReviewKind, "monthly"),
        "notes": _text, "decisions": _text,
    }),
}
# fmt: on
