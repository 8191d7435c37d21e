"""Each domain type's table and its values as a row: dates as ISO text, enums as values.

Rows are plain tuples in column order; reading them back is ``row_reader.RowReader``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from bakeryplan.domain.import_mapping import ImportRecipe
from bakeryplan.domain.model import (
    Actual,
    CurvePoint,
    Feedback,
    Goal,
    Measure,
    Person,
    PlanOrigin,
    Review,
    Step,
    VisionRevision,
)
from bakeryplan.store.snapshot_json import snapshot_to_text


class Stored(Protocol):
    """What a table holds: a frozen dataclass of the plan with the id the database gave it
    (0 before it is stored)."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=Stored)


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


@dataclass(frozen=True)
class TableSpec(Generic[T]):
    """One domain type's table: its columns and how a value becomes a row."""

    kind: str  # what the user calls it, for messages
    table: str
    columns: tuple[str, ...]  # without id
    to_row: Callable[[T], tuple[Any, ...]]  # values in ``columns`` order
    order_by: str

    @property
    def select_sql(self) -> str:
        return f"SELECT id, {', '.join(self.columns)} FROM {self.table} ORDER BY {self.order_by}"

    @property
    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in range(len(self.columns) + 1))
        return f"INSERT INTO {self.table} (id, {', '.join(self.columns)}) VALUES ({marks})"

    @property
    def update_sql(self) -> str:
        sets = ", ".join(f"{c} = ?" for c in self.columns)
        return f"UPDATE {self.table} SET {sets} WHERE id = ?"

    @property
    def delete_sql(self) -> str:
        return f"DELETE FROM {self.table} WHERE id = ?"


def origin_columns(origin: PlanOrigin | None) -> tuple[str | None, float | None, str | None]:
    """A plan drawn from last year as three columns, all NULL for any other plan."""
    if origin is None:
        return (None, None, None)
    return (origin.year_ending.isoformat(), origin.change_percent, origin.alignment.value)


def with_id(value: T, new_id: int) -> T:
    return dataclasses.replace(value, id=new_id)


VISIONS: TableSpec[VisionRevision] = TableSpec(
    "vision revision",
    "vision_revisions",
    ("text", "why", "created"),
    lambda v: (v.text, v.why, v.created.isoformat()),
    "created, id",
)
PEOPLE: TableSpec[Person] = TableSpec(
    "person", "people", ("name", "role", "active"), lambda p: (p.name, p.role, int(p.active)), "id"
)
GOALS: TableSpec[Goal] = TableSpec(
    "goal",
    "goals",
    ("title", "perspective", "owner_id", "start", "due", "status", "why", "parent_id", "position"),
    lambda g: (
        g.title,
        g.perspective.value,
        g.owner_id,
        iso(g.start),
        iso(g.due),
        g.status.value,
        g.why,
        g.parent_id,
        g.position,
    ),
    "position, id",
)
MEASURES: TableSpec[Measure] = TableSpec(
    "measure",
    "measures",
    (
        "goal_id",
        "name",
        "unit",
        "direction",
        "baseline",
        "target",
        "start",
        "target_date",
        "band_low",
        "band_high",
        "curve",
        "position",
        "period",
        "counting",
        "health_window",
        "planned_from_year_ending",
        "planned_from_change",
        "planned_from_alignment",
    ),
    lambda m: (
        m.goal_id,
        m.name,
        m.unit,
        m.direction.value,
        m.baseline,
        m.target,
        m.start.isoformat(),
        m.target_date.isoformat(),
        m.band_low,
        m.band_high,
        m.curve.value,
        m.position,
        m.period.value,
        m.counting.value,
        m.health_window,
        *origin_columns(m.planned_from),
    ),
    "goal_id, position, id",
)
ACTUALS: TableSpec[Actual] = TableSpec(
    "actual",
    "actuals",
    ("measure_id", "on_date", "value", "note", "source", "source_name"),
    lambda a: (a.measure_id, a.on.isoformat(), a.value, a.note, a.source.value, a.source_name),
    "measure_id, on_date, id",
)
# Every entry on or before a day (?1), in load order.
ACTUALS_UNTIL_SELECT = """
SELECT id, measure_id, on_date, value, note, source, source_name FROM actuals
WHERE on_date <= ?1 ORDER BY measure_id, on_date, id
"""


def actuals_of_measures_select(count: int, *, up_to_a_day: bool = True) -> str:
    """The actuals of ``count`` measures, in load order; with ``up_to_a_day``, only those on
    or before a day given as the first parameter, before the measures' ids."""
    marks = ", ".join("?" for _ in range(count))
    until = "on_date <= ? AND " if up_to_a_day else ""
    return (
        "SELECT id, measure_id, on_date, value, note, source, source_name FROM actuals "
        f"WHERE {until}measure_id IN ({marks}) ORDER BY measure_id, on_date, id"
    )


RECIPES: TableSpec[ImportRecipe] = TableSpec(
    "import recipe",
    "import_recipes",
    ("name", "header", "mapping"),
    lambda r: (
        r.name,
        json.dumps(list(r.header), ensure_ascii=False),
        json.dumps(r.mapping.to_dict(), ensure_ascii=False, sort_keys=True),
    ),
    "name COLLATE NOCASE, id",
)
STEPS: TableSpec[Step] = TableSpec(
    "step",
    "steps",
    ("goal_id", "title", "owner_id", "due", "done", "effort", "cost", "position"),
    lambda s: (
        s.goal_id,
        s.title,
        s.owner_id,
        iso(s.due),
        iso(s.done),
        s.effort,
        s.cost,
        s.position,
    ),
    "goal_id, position, id",
)
FEEDBACK: TableSpec[Feedback] = TableSpec(
    "feedback",
    "feedback",
    ("received", "source", "text", "from_name", "goal_id", "status", "response"),
    lambda f: (
        f.received.isoformat(),
        f.source.value,
        f.text,
        f.from_name,
        f.goal_id,
        f.status.value,
        f.response,
    ),
    "received, id",
)
REVIEWS: TableSpec[Review] = TableSpec(
    "review",
    "reviews",
    ("held", "kind", "notes", "decisions", "snapshot"),
    lambda r: (
        r.held.isoformat(),
        r.kind.value,
        r.notes,
        r.decisions,
        snapshot_to_text(r.snapshot),
    ),
    "held, id",
)
EXPLANATIONS_SELECT = (
    "SELECT review_id, measure_id, text FROM review_explanations ORDER BY review_id, position"
)
EXPLANATIONS_INSERT = (
    "INSERT INTO review_explanations (review_id, position, measure_id, text) VALUES (?, ?, ?, ?)"
)
EXPLANATIONS_DELETE = "DELETE FROM review_explanations WHERE review_id = ?"


def explanation_rows(review: Review) -> list[tuple[int, int, int, str]]:
    return [(review.id, i, e.measure_id, e.text) for i, e in enumerate(review.explanations)]


POINTS_SELECT = (
    "SELECT measure_id, on_date, value FROM measure_points ORDER BY measure_id, position"
)
POINTS_INSERT = (
    "INSERT INTO measure_points (measure_id, position, on_date, value) VALUES (?, ?, ?, ?)"
)
POINTS_DELETE = "DELETE FROM measure_points WHERE measure_id = ?"


def point_rows(measure_id: int, points: Sequence[CurvePoint]) -> list[tuple[int, int, str, float]]:
    return [(measure_id, i, p.on.isoformat(), p.value) for i, p in enumerate(points)]
