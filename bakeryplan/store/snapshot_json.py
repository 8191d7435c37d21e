"""A review's snapshot as JSON: one encoding for the plan file's column and the JSON export.

Why JSON text in a column and not child tables: a snapshot is written once with its review,
never changed, and always read whole; as tables it would take three (measures, their curve
points, goals) and a join for every review. The same object travels in the JSON export, so
there is one encoding and one strict reader. SQLite's JSON functions (``json_each``) still
let any SQLite tool look inside it (docs/plan-file.md).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from bakeryplan.domain.bounds import clamp_day, clamp_value
from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Counting, CurveKind, GoalStatus, Period, PlanOrigin
from bakeryplan.domain.snapshot import GoalSnapshot, MeasureSnapshot, PlanSnapshot
from bakeryplan.store import interchange_fields as read
from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.interchange_fields import JsonObject

_MEASURE_KEYS = (
    "id", "goal_id", "name", "unit", "baseline", "target", "start", "target_date", "curve",
    "points", "period", "counting", "health", "planned_from",
)  # fmt: skip
_GOAL_KEYS = ("id", "title", "status", "due")


def snapshot_to_json(snapshot: PlanSnapshot) -> JsonObject:
    """The snapshot as JSON-ready data, keys in a fixed order. A number or date outside the
    bounds (a measure of a plan from an older release) is kept at the nearest bound, so the
    snapshot always reads back, as the rest of the export does."""
    return {
        "measures": [_measure_json(m) for m in snapshot.measures],
        "goals": [
            {
                "id": g.goal_id,
                "title": g.title,
                "status": g.status.value,
                "due": _day(g.due) if g.due else None,
            }
            for g in snapshot.goals
        ],
    }


def _day(day: date) -> str:
    return clamp_day(day).isoformat()


def _measure_json(m: MeasureSnapshot) -> JsonObject:
    return {
        "id": m.measure_id,
        "goal_id": m.goal_id,
        "name": m.name,
        "unit": m.unit,
        "baseline": clamp_value(m.baseline),
        "target": clamp_value(m.target),
        "start": _day(m.start),
        "target_date": _day(m.target_date),
        "curve": m.curve.value,
        "points": [{"on": _day(p.on), "value": clamp_value(p.value)} for p in m.points],
        "period": m.period.value,
        "counting": m.counting.value,
        "health": m.health.value,
        "planned_from": origin_to_json(m.planned_from),
    }


def origin_to_json(origin: PlanOrigin | None) -> JsonObject | None:
    """Where a plan drawn from last year came from, as ``measures[].planned_from`` and a
    snapshot's measures write it: null for any other plan."""
    if origin is None:
        return None
    return {
        "year_ending": _day(origin.year_ending),
        "change_percent": clamp_value(origin.change_percent),
        "alignment": origin.alignment.value,
    }


def snapshot_from_json(label: str, data: object) -> PlanSnapshot:
    """Read a snapshot strictly; a problem raises ``InterchangeError`` naming ``label``."""
    if not isinstance(data, dict):
        raise InterchangeError(
            label, "snapshot", f"must be a JSON object, not {read.kind_of(data)}"
        )
    top = read.Record(f"{label}.snapshot", data, ("measures", "goals"))
    return PlanSnapshot(
        measures=tuple(_measure(r) for r in _records(top, "measures", _MEASURE_KEYS)),
        goals=tuple(_goal(r) for r in _records(top, "goals", _GOAL_KEYS)),
    )


def _records(top: read.Record, key: str, keys: tuple[str, ...]) -> list[read.Record]:
    rows = top.raw(key, [])
    if not isinstance(rows, list):
        top.fail(key, f"must be a JSON list, not {read.kind_of(rows)}")
    records = []
    for index, row in enumerate(rows):
        label = f"{top.label}.{key}[{index}]"
        if not isinstance(row, dict):
            raise InterchangeError(label, "", f"must be a JSON object, not {read.kind_of(row)}")
        records.append(read.Record(label, row, keys))
    return records


def _measure(r: read.Record) -> MeasureSnapshot:
    return MeasureSnapshot(
        measure_id=read.record_id(r, "id"),
        goal_id=read.record_id(r, "goal_id"),
        name=read.text(r, "name"),
        unit=read.text(r, "unit"),
        baseline=read.number(r, "baseline"),
        target=read.number(r, "target"),
        start=read.day(r, "start"),
        target_date=read.day(r, "target_date"),
        curve=_choice(CurveKind, r, "curve"),
        points=read.points(r, "points"),
        period=_choice(Period, r, "period"),
        counting=_choice(Counting, r, "counting"),
        health=_choice(Health, r, "health"),
        planned_from=read.plan_origin(r, "planned_from"),  # absent before format 5: null
    )


def _goal(r: read.Record) -> GoalSnapshot:
    return GoalSnapshot(
        goal_id=read.record_id(r, "id"),
        title=read.text(r, "title"),
        status=_choice(GoalStatus, r, "status"),
        due=read.optional_day(r, "due"),
    )


def _choice(kind: Any, r: read.Record, key: str) -> Any:
    return read.choice(kind)(r, key, {})


def snapshot_to_text(snapshot: PlanSnapshot | None) -> str | None:
    """The column's text: compact JSON, or NULL for a review kept without a snapshot."""
    if snapshot is None:
        return None
    data = snapshot_to_json(snapshot)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def snapshot_from_text(text: str | None) -> PlanSnapshot | None:
    """The column's text read back; a malformed snapshot is a ``ValueError`` (a damaged file)."""
    if text is None:
        return None
    try:
        return snapshot_from_json("reviews", json.loads(text))
    except InterchangeError as error:
        raise ValueError(f"a review's snapshot cannot be read: {error}") from None
