"""The plan file's tables: each model field's JSON key and reader, in file order.

Each table is described once (``TABLES``): the same description writes a record and reads
it back, so the file format and the model cannot drift apart. Checks that span records
(references, id clashes, parent loops, the business's codes) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from bakeryplan.domain.bounds import clamp_day, clamp_value
from bakeryplan.domain.import_mapping import ImportMapping, ImportRecipe
from bakeryplan.domain.measure_rules import curve_problems
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Direction,
    Explanation,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Period,
    Person,
    Perspective,
    PlanOrigin,
    Review,
    ReviewCadence,
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.domain.snapshot import PlanSnapshot
from bakeryplan.store import interchange_fields as read
from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.snapshot_json import origin_to_json, snapshot_to_json

T = TypeVar("T")
_CURRENCY = re.compile(r"[A-Z]{3}")


def read_table(
    top: read.Record,
    table: str,
    cls: Callable[..., Any],
    fields: dict[str, read.Reader],
    ids: dict[str, set[int]],
) -> tuple[Any, ...]:
    rows = top.raw(table, [])
    if not isinstance(rows, list):
        top.fail(table, f"must be a JSON list, not {read.kind_of(rows)}")
    labels: dict[int, str] = {}
    values = []
    for index, row in enumerate(rows):
        label = read.record_label(table, index, row)
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {read.kind_of(row)}")
        record = read.Record(label, row, tuple(fields))
        value = decode(record, fields, ids, cls)
        check_date_order(record, table, value)
        if isinstance(value, Measure):
            check_curve(record, value)
        if value.id in labels:
            record.fail("id", f"the id {value.id} is already used by {labels[value.id]}")
        labels[value.id] = label
        values.append(value)
    ids[table] = set(labels)
    return tuple(values)


def decode(
    record: read.Record,
    fields: dict[str, read.Reader],
    ids: dict[str, set[int]],
    cls: Callable[..., T],
) -> T:
    return cls(**{key: reader(record, key, ids) for key, reader in fields.items()})


def encode(value: object, fields: dict[str, read.Reader]) -> read.JsonObject:
    return {key: _json_value(getattr(value, key)) for key in fields}


def _json_value(value: object) -> Any:
    """A field as JSON. A number or date outside the bounds (a plan written by an older
    release) is written at the nearest bound, so the file can always be read back."""
    if isinstance(value, datetime):
        day = clamp_day(value.date())
        return (value if day == value.date() else datetime.combine(day, value.timetz())).isoformat()
    if isinstance(value, date):
        return clamp_day(value).isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, ImportMapping):
        return value.to_dict()
    if isinstance(value, PlanSnapshot):
        return snapshot_to_json(value)
    if isinstance(value, tuple):
        return [_json_item(item) for item in value]
    if isinstance(value, PlanOrigin):
        return origin_to_json(value)
    if isinstance(value, float):
        return clamp_value(value)
    return value


def _json_item(item: object) -> Any:
    """An element of a list field: a curve point, an explanation or a header's text."""
    if isinstance(item, str):
        return item
    if isinstance(item, Explanation):
        return {"measure_id": item.measure_id, "text": item.text}
    assert isinstance(item, CurvePoint)
    return {"on": clamp_day(item.on).isoformat(), "value": clamp_value(item.value)}


# --- checks across records ---------------------------------------------------------------


def goal_ids_ahead(rows: object) -> set[int]:
    """Goal ids known before goals are read, so a sub-goal may come before its parent."""
    if not isinstance(rows, list):
        return set()
    return {
        row["id"]
        for row in rows
        if isinstance(row, dict) and type(row.get("id")) is int and row["id"] >= 1
    }


def check_business(record: read.Record, business: Business) -> None:
    if not (_CURRENCY.fullmatch(business.currency) and _is_known_currency(business.currency)):
        record.fail(
            "currency",
            f"must be a currency code such as EUR, not {read.kind_of(business.currency)}",
        )
    if not _is_known_locale(business.locale):
        record.fail(
            "locale", f"unknown locale {read.kind_of(business.locale)} (such as en_GB, de_DE)"
        )
    if not 1 <= business.fiscal_year_start <= 12:
        record.fail(
            "fiscal_year_start", f"must be a month from 1 to 12, not {business.fiscal_year_start}"
        )
    if business.week_start != UNSET_WEEK_START and not 0 <= business.week_start <= 6:
        record.fail(
            "week_start", f"must be a weekday from 0 (Monday) to 6, not {business.week_start}"
        )


def _is_known_currency(code: str) -> bool:
    """ISO 4217 as babel knows it: the reports must be able to write the amounts."""
    from babel.numbers import is_currency

    return bool(is_currency(code))


def _is_known_locale(name: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return True


# A record's end may not come before its start: (start field, end field) by table.
_DATE_ORDER = {"goals": ("start", "due"), "measures": ("start", "target_date")}


def check_date_order(record: read.Record, table: str, value: object) -> None:
    if table not in _DATE_ORDER:
        return
    start_field, end_field = _DATE_ORDER[table]
    start, end = getattr(value, start_field), getattr(value, end_field)
    if start is not None and end is not None and end < start:
        record.fail(
            end_field,
            f"{end.isoformat()} is before the {start_field} ({start.isoformat()})",
        )


def check_curve(record: read.Record, measure: Measure) -> None:
    """The forms' rule for the planned path's points (``measure_rules.curve_problems``),
    naming the first point at fault as the order check does."""
    if not curve_problems(measure):
        return
    target_date = measure.target_date.isoformat()
    for index, point in enumerate(measure.points):
        if point.on > measure.target_date:
            raise InterchangeError(
                f"{record.label}.points[{index}]",
                "on",
                f"{point.on.isoformat()} is after the measure's target date ({target_date})",
            )


def check_parent_loops(goals: tuple[Goal, ...], rows: list[Any]) -> None:
    parents = {g.id: g.parent_id for g in goals}
    for index, goal in enumerate(goals):
        seen = {goal.id}
        parent = goal.parent_id
        while parent is not None:
            if parent in seen:
                label = read.record_label("goals", index, rows[index])
                raise InterchangeError(label, "parent_id", "the goals' parents form a loop")
            seen.add(parent)
            parent = parents.get(parent)


# --- the tables: JSON key (= model field) and how to read it, in file order -------------------

_PERSON = read.reference("people", "person", optional=True)
_OPTIONAL_GOAL = read.reference("goals", "goal", optional=True)
_GOAL = read.reference("goals", "goal", optional=False)
_MEASURE = read.reference("measures", "measure", optional=False)

BUSINESS: dict[str, read.Reader] = {
    "name": read.name,
    "owner": read.text,
    "currency": lambda r, key, ids: read.text(r, key, default="EUR"),
    "locale": lambda r, key, ids: read.text(r, key, default="en_GB"),
    "fiscal_year_start": lambda r, key, ids: read.integer(r, key, default=1),
    # Absent in format version 1: the locale's first day of the week (see plan_from_json).
    "week_start": lambda r, key, ids: read.integer(r, key, default=UNSET_WEEK_START),
    # Absent before format version 3: no rhythm set.
    "review_cadence": read.choice(ReviewCadence, "none"),
}
UNSET_WEEK_START = -1
MEASURE_COUNTING_KEYS = ("period", "counting")  # absent in format version 1: guessed
# fmt: off
TABLES: dict[str, tuple[str, Callable[..., Any], dict[str, read.Reader]]] = {
    "vision_revisions": ("visions", VisionRevision, {
        "id": read.record_id, "created": read.moment, "text": read.name, "why": read.text,
    }),
    "people": ("people", Person, {
        "id": read.record_id, "name": read.name, "role": read.text, "active": read.flag,
    }),
    "goals": ("goals", Goal, {
        "id": read.record_id, "title": read.name, "perspective": read.choice(Perspective),
        "owner_id": _PERSON, "parent_id": _OPTIONAL_GOAL, "start": read.optional_day,
        "due": read.optional_day, "status": read.choice(GoalStatus, "active"), "why": read.text,
        "position": read.position,
    }),
    "measures": ("measures", Measure, {
        "id": read.record_id, "goal_id": _GOAL, "name": read.name, "unit": read.text,
        "direction": read.choice(Direction, "up"), "baseline": read.number, "target": read.number,
        "start": read.day, "target_date": read.day, "band_low": read.optional_number,
        "band_high": read.optional_number, "curve": read.choice(CurveKind, "linear"),
        "points": read.points, "position": read.position,
        "period": read.choice(Period, "month"), "counting": read.choice(Counting, "latest"),
        "health_window": read.optional_window, "planned_from": read.plan_origin,
    }),
    "actuals": ("actuals", Actual, {
        "id": read.record_id, "measure_id": _MEASURE, "on": read.day, "value": read.number,
        "note": read.text, "source": read.choice(ActualSource, "typed"),
        "source_name": read.text,
    }),
    "steps": ("steps", Step, {
        "id": read.record_id, "goal_id": _GOAL, "title": read.name, "owner_id": _PERSON,
        "due": read.optional_day, "done": read.optional_day, "effort": read.optional_number,
        "cost": read.optional_number, "position": read.position,
    }),
    "feedback": ("feedback", Feedback, {
        "id": read.record_id, "received": read.day, "source": read.choice(FeedbackSource),
        "from_name": read.text, "text": read.name, "goal_id": _OPTIONAL_GOAL,
        "status": read.choice(FeedbackStatus, "new"), "response": read.text,
    }),
    "reviews": ("reviews", Review, {
        "id": read.record_id, "held": read.day, "kind": read.choice(ReviewKind, "monthly"),
        "notes": read.text, "decisions": read.text, "explanations": read.explanations,
        "snapshot": read.snapshot,
    }),
    # Absent before format version 3: no recipes.
    "import_recipes": ("recipes", ImportRecipe, {
        "id": read.record_id, "name": read.name, "header": read.header,
        "mapping": read.import_mapping,
    }),
}
# fmt: on


def check_recipe_names(recipes: tuple[ImportRecipe, ...]) -> None:
    """Recipe names are unique, case ignored: the owner picks a recipe by its name."""
    seen: set[str] = set()
    for index, recipe in enumerate(recipes):
        key = recipe.name.strip().casefold()
        if key in seen:
            raise InterchangeError(
                f"import_recipes[{index}]", "name", f'"{recipe.name}" is the name of another recipe'
            )
        seen.add(key)
