"""The whole plan as a documented JSON file (docs/plan-format.md): templates, sharing, scripts.

This module is the document: its header (format name and version), the order records are
written in, and the file itself (written atomically, read as strict UTF-8 JSON). Reading is
strict: a file that a person edited by hand gets one clear message naming the record and
the field at fault, and nothing is built until the whole file has been read. Records come
out in a stable order, so two exports of the same plan are identical. What each record
holds and how each field is checked lives in ``interchange_tables`` and
``interchange_fields``.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from bakeryplan.atomic_files import atomic_write
from bakeryplan.domain.counting_guess import guess_counting
from bakeryplan.domain.model import Business, Plan
from bakeryplan.store import interchange_fields as read
from bakeryplan.store import interchange_tables as tables
from bakeryplan.store.errors import InterchangeError, PlanNotFoundError
from bakeryplan.store.interchange_fields import JsonObject
from bakeryplan.store.locale_calendar import first_weekday

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "canonical",
    "dump_json",
    "load_json",
    "plan_from_json",
    "plan_to_json",
]

FORMAT_NAME = "bakeryplan"
FORMAT_VERSION = 5

_FILE = "the file"


def plan_to_json(plan: Plan, *, exported_at: datetime) -> JsonObject:
    """The plan as JSON-ready data; records sorted so equal plans give equal output."""
    ordered = canonical(plan)
    data: JsonObject = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "business": tables.encode(ordered.business, tables.BUSINESS),
    }
    for table, (attribute, _, fields) in tables.TABLES.items():
        data[table] = [tables.encode(row, fields) for row in getattr(ordered, attribute)]
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
        recipes=tuple(sorted(plan.recipes, key=lambda r: r.id)),
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
    encoded = text.encode("utf-8")

    def write(stream: IO[bytes]) -> None:
        stream.write(encoded)

    atomic_write(path, write)


def load_json(path: str | os.PathLike[str]) -> Plan:
    """Read a plan from a JSON file; every problem is an error naming the file."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise PlanNotFoundError(source) from None
    try:
        data = json.loads(
            raw.decode("utf-8-sig"), object_pairs_hook=_unique_keys, parse_int=read.json_integer
        )
        return plan_from_json(data)
    except UnicodeDecodeError:
        raise InterchangeError(_FILE, "", "is not UTF-8 text", path=source) from None
    except RecursionError:  # lists in lists thousands deep: no plan is written like that
        message = "is nested too deeply to be a plan"
        raise InterchangeError(_FILE, "", message, path=source) from None
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
        raise InterchangeError(_FILE, "", f"must hold a JSON object, not {read.kind_of(data)}")
    top = read.Record(
        _FILE, data, ("format", "format_version", "exported_at", "business", *tables.TABLES)
    )
    found = top.raw("format")
    if found != FORMAT_NAME:
        top.fail("format", f'must be "{FORMAT_NAME}", not {read.kind_of(found)}')
    version = read.integer(top, "format_version")
    if version > FORMAT_VERSION:
        top.fail(
            "format_version",
            f"the file was written by a newer version of BakeryPlan (format version {version}; "
            f"this version reads up to {FORMAT_VERSION}): update BakeryPlan to read it",
        )
    if version < 1:
        top.fail("format_version", f"unknown format version {version}")
    if data.get("exported_at") is not None:
        read.moment(top, "exported_at")
    business = top.raw("business")
    if not isinstance(business, dict):
        top.fail("business", f"must be a JSON object, not {read.kind_of(business)}")
    ids: dict[str, set[int]] = {"goals": tables.goal_ids_ahead(data.get("goals"))}
    business_record = read.Record("business", business, tuple(tables.BUSINESS))
    values: dict[str, Any] = {
        "business": tables.decode(business_record, tables.BUSINESS, ids, Business)
    }
    tables.check_business(business_record, values["business"])
    for table, (attribute, cls, fields) in tables.TABLES.items():
        values[attribute] = tables.read_table(top, table, cls, fields, ids)
    plan = _counted_as_meant(Plan(**values), data.get("measures", []))
    tables.check_parent_loops(plan.goals, data.get("goals", []))
    tables.check_recipe_names(plan.recipes)
    return canonical(plan)


def _counted_as_meant(plan: Plan, measure_rows: list[Any]) -> Plan:
    """Fill in what a version-1 file cannot say: the week start of the business's locale,
    and each measure's period and counting as the upgrade of a plan file guesses them."""
    business = plan.business
    if business.week_start == tables.UNSET_WEEK_START:
        business = dataclasses.replace(business, week_start=first_weekday(business.locale))
    measures = []
    for m, row in zip(plan.measures, measure_rows, strict=True):
        if all(key in row for key in tables.MEASURE_COUNTING_KEYS):
            measures.append(m)
            continue
        period, counting = guess_counting(m, plan.actuals_of(m.id))
        measures.append(
            dataclasses.replace(
                m,
                period=m.period if "period" in row else period,
                counting=m.counting if "counting" in row else counting,
            )
        )
    return dataclasses.replace(plan, business=business, measures=tuple(measures))


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result
