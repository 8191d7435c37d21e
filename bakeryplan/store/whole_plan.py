"""Reading and writing a whole Plan in bulk: ``load()`` and ``create()`` use these.

Bulk reads iterate plain sqlite3 cursors (no per-row dicts) inside one read transaction,
so the plan is a consistent snapshot; bulk writes use ``executemany``.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TypeVar

from bakeryplan.domain.model import Actual, Business, Plan
from bakeryplan.store import rows
from bakeryplan.store.connection import connect, fsync_dir
from bakeryplan.store.errors import PlanExistsError, RecordError
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.row_reader import RowReader
from bakeryplan.store.rows import TableSpec
from bakeryplan.store.schema import migrate

T = TypeVar("T")

BUSINESS_COLUMNS = ("name", "owner", "currency", "locale", "fiscal_year_start")
BUSINESS_SELECT = f"SELECT {', '.join(BUSINESS_COLUMNS)} FROM business WHERE id = 1"
BUSINESS_UPSERT = (
    f"INSERT INTO business (id, {', '.join(BUSINESS_COLUMNS)}) VALUES (1, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in BUSINESS_COLUMNS)
)


def business_row(b: Business) -> tuple[str, str, str, str, int]:
    return (b.name, b.owner, b.currency, b.locale, b.fiscal_year_start)


def read_plan(conn: sqlite3.Connection, *, actuals: tuple[Actual, ...] | None = None) -> Plan:
    """Every table into one Plan; the caller holds a transaction for a consistent view.

    ``actuals``, when given, are used instead of reading that table (the repository keeps
    them while nothing has changed them: they are most of a large plan).

    The garbage collector is paused: hundreds of thousands of new objects would otherwise
    trigger many full collections, none of which can free anything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        reader = RowReader()
        business_row_ = conn.execute(BUSINESS_SELECT).fetchone()
        business = Business(*business_row_) if business_row_ else Business(name="")
        points = reader.points(conn.execute(rows.POINTS_SELECT))
        return Plan(
            business=business,
            visions=reader.visions(conn.execute(rows.VISIONS.select_sql)),
            people=reader.people(conn.execute(rows.PEOPLE.select_sql)),
            goals=reader.goals(conn.execute(rows.GOALS.select_sql)),
            measures=reader.measures(conn.execute(rows.MEASURES.select_sql), points),
            actuals=(
                actuals
                if actuals is not None
                else reader.actuals(conn.execute(rows.ACTUALS.select_sql))
            ),
            steps=reader.steps(conn.execute(rows.STEPS.select_sql)),
            feedback=reader.feedback(conn.execute(rows.FEEDBACK.select_sql)),
            reviews=reader.reviews(conn.execute(rows.REVIEWS.select_sql)),
        )
    finally:
        if was_enabled:
            gc.enable()


def read_newest_actuals(conn: sqlite3.Connection, on: date, per_measure: int) -> tuple[Actual, ...]:
    """Each measure's newest ``per_measure`` actuals on or before ``on``, in load order."""
    return RowReader().actuals(
        conn.execute(rows.NEWEST_ACTUALS_SELECT, (on.isoformat(), per_measure))
    )


def write_plan(conn: sqlite3.Connection, plan: Plan) -> None:
    """Insert a whole plan, keeping its ids, inside the caller's transaction.

    Foreign keys are checked at commit, so records may refer to ones that come later
    (a sub-goal listed before its parent).
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute(BUSINESS_UPSERT, business_row(plan.business))
    _insert_all(conn, rows.VISIONS, plan.visions)
    _insert_all(conn, rows.PEOPLE, plan.people)
    _insert_all(conn, rows.GOALS, plan.goals)
    for measure in plan.measures:  # one by one: a measure's points need its id
        cursor = conn.execute(
            rows.MEASURES.insert_sql, (measure.id or None, *rows.MEASURES.to_row(measure))
        )
        measure_id = measure.id or int(cursor.lastrowid or 0)
        conn.executemany(rows.POINTS_INSERT, rows.point_rows(measure_id, measure.points))
    _insert_all(conn, rows.ACTUALS, plan.actuals)
    _insert_all(conn, rows.STEPS, plan.steps)
    _insert_all(conn, rows.FEEDBACK, plan.feedback)
    _insert_all(conn, rows.REVIEWS, plan.reviews)


def _insert_all(conn: sqlite3.Connection, spec: TableSpec[T], values: Iterable[T]) -> None:
    conn.executemany(
        spec.insert_sql,
        ((value.id or None, *spec.to_row(value)) for value in values),  # type: ignore[attr-defined]
    )


def write_new_plan_file(path: Path, plan: Plan, *, to_version: int) -> None:
    """Write ``plan`` as a new plan file at ``path``, never leaving half of one there.

    The plan goes into a temporary file in the same folder (created owner-only, 0600, a
    mode SQLite keeps), is synced to disk, and only then gets its name; an existing file
    of that name is never replaced.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        connection = connect(temp, read_only=False)
        try:
            from bakeryplan.store.sqlite_utils_light import sqlite_utils

            db = sqlite_utils.Database(connection, execute_plugins=False)
            with db.atomic():
                migrate(db, to_version=to_version)
                write_plan(connection, plan)
        except sqlite3.IntegrityError as error:
            raise RecordError(f"the plan cannot be written: {error}") from error
        finally:
            connection.close()
        _fsync_file(temp)
        _move_into_place(temp, path)
    finally:
        with suppress(FileNotFoundError):
            temp.unlink()
        with suppress(FileNotFoundError):
            journal_path_for(temp).unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _move_into_place(temp: Path, path: Path) -> None:
    """Give the finished file its name without ever replacing an existing file."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise PlanExistsError(path) from None
    except OSError:  # file systems without hard links (FAT, some network shares)
        if path.exists():
            raise PlanExistsError(path) from None
        os.replace(temp, path)
    fsync_dir(path.parent)
