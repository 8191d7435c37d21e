"""Reading and writing a whole Plan in bulk: ``load()`` and ``create()`` use these.

Bulk reads iterate plain sqlite3 cursors (no per-row dicts) inside one read transaction,
so the plan is a consistent snapshot; bulk writes use ``executemany``.
"""

from __future__ import annotations

import errno
import gc
import sqlite3
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from contextlib import suppress
from datetime import date
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from bakeryplan.atomic_files import PRIVATE, AtomicWriteError, IncompleteFileError, atomic_replace
from bakeryplan.domain.model import Actual, Business, Plan, ReviewCadence
from bakeryplan.store import rows
from bakeryplan.store.connection import connect, verify
from bakeryplan.store.disk_errors import sqlite_disk_errors
from bakeryplan.store.errors import PlanExistsError, PlanFileError, RecordError
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.row_reader import RowReader
from bakeryplan.store.rows import Stored, TableSpec, with_id
from bakeryplan.store.schema import migrate

T = TypeVar("T", bound=Stored)

BUSINESS_COLUMNS = (
    "name",
    "owner",
    "currency",
    "locale",
    "fiscal_year_start",
    "week_start",
    "review_cadence",
)
BUSINESS_SELECT = f"SELECT {', '.join(BUSINESS_COLUMNS)} FROM business WHERE id = 1"
BUSINESS_UPSERT = (
    f"INSERT INTO business (id, {', '.join(BUSINESS_COLUMNS)}) "
    f"VALUES (1, {', '.join('?' for _ in BUSINESS_COLUMNS)}) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in BUSINESS_COLUMNS)
)


def business_row(b: Business) -> tuple[str, str, str, str, int, int, str]:
    return (
        b.name,
        b.owner,
        b.currency,
        b.locale,
        b.fiscal_year_start,
        b.week_start,
        b.review_cadence.value,
    )


def business_from_row(row: Sequence[Any] | None) -> Business:
    if row is None:
        return Business(name="")
    name, owner, currency, locale, fiscal_year_start, week_start, cadence = row
    return Business(
        name, owner, currency, locale, fiscal_year_start, week_start, ReviewCadence(cadence)
    )


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
        business = business_from_row(conn.execute(BUSINESS_SELECT).fetchone())
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
            reviews=reader.reviews(
                conn.execute(rows.REVIEWS.select_sql),
                reader.explanations(conn.execute(rows.EXPLANATIONS_SELECT)),
            ),
            recipes=reader.recipes(conn.execute(rows.RECIPES.select_sql)),
        )
    finally:
        if was_enabled:
            gc.enable()


def reread_actuals_of(
    conn: sqlite3.Connection, cached: tuple[Actual, ...], measure_ids: AbstractSet[int]
) -> tuple[Actual, ...]:
    """``cached`` (the actuals table as last read, in load order) with the actuals of
    ``measure_ids`` read again.

    Typing one value must not reread years of every measure's history: only the edited
    measures' actuals are read, and spliced in where load order puts them.
    """
    ids = sorted(measure_ids)
    fresh = RowReader().actuals(
        conn.execute(rows.actuals_of_measures_select(len(ids), up_to_a_day=False), ids)
    )
    kept = [a for a in cached if a.measure_id not in measure_ids]
    keys = [a.measure_id for a in kept]
    merged: list[Actual] = []
    start = 0
    for measure_id, group in groupby(fresh, key=attrgetter("measure_id")):
        at = bisect_left(keys, measure_id, lo=start)
        merged.extend(kept[start:at])
        merged.extend(group)
        start = at
    merged.extend(kept[start:])
    return tuple(merged)


def read_actuals_until(conn: sqlite3.Connection, on: date) -> tuple[Actual, ...]:
    """Every entry on or before ``on``, in load order: what a status on that day counts
    (its windows, its deadline and its "reached since" may reach back to any period)."""
    return RowReader().actuals(conn.execute(rows.ACTUALS_UNTIL_SELECT, (on.isoformat(),)))


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
    for review in plan.reviews:  # one by one: a review's explanations need its id
        cursor = conn.execute(
            rows.REVIEWS.insert_sql, (review.id or None, *rows.REVIEWS.to_row(review))
        )
        stored = with_id(review, review.id or int(cursor.lastrowid or 0))
        conn.executemany(rows.EXPLANATIONS_INSERT, rows.explanation_rows(stored))
    _insert_all(conn, rows.RECIPES, plan.recipes)


def _insert_all(conn: sqlite3.Connection, spec: TableSpec[T], values: Iterable[T]) -> None:
    conn.executemany(
        spec.insert_sql,
        ((value.id or None, *spec.to_row(value)) for value in values),
    )


def write_new_plan_file(path: Path, plan: Plan, *, to_version: int, replace: bool = False) -> None:
    """Write ``plan`` as a new plan file at ``path``, never leaving half of one there.

    The plan goes into a temporary file in the same folder, is synced to disk, is made
    owner-only (0600, a mode SQLite keeps) and only then gets its name; an existing file of
    that name is replaced only when ``replace`` says so (the caller holds its lock).
    """
    try:
        with atomic_replace(
            path, mode=PRIVATE, overwrite=replace, check=_readable_plan_file
        ) as pending:
            try:
                with sqlite_disk_errors(pending.temp):
                    _write_plan_database(pending.temp, plan, to_version=to_version)
            finally:
                with suppress(FileNotFoundError):
                    journal_path_for(pending.temp).unlink()
    except AtomicWriteError as error:
        if error.errno == errno.EEXIST:
            raise PlanExistsError(path) from None
        raise


def _readable_plan_file(file: Path) -> None:
    """The synced new file must open as a healthy plan before it takes the plan's name."""
    try:
        connection = connect(file, read_only=True)
        try:
            verify(connection, file)
        finally:
            connection.close()
    except (PlanFileError, sqlite3.Error) as error:
        raise IncompleteFileError(
            errno.EIO, f"the new plan could not be read back ({error})", str(file)
        ) from error


def _write_plan_database(file: Path, plan: Plan, *, to_version: int) -> None:
    connection = connect(file, read_only=False)
    try:
        import sqlite_utils

        db = sqlite_utils.Database(connection, execute_plugins=False)
        with db.atomic():
            migrate(db, to_version=to_version)
            write_plan(connection, plan)
    except sqlite3.IntegrityError as error:
        raise RecordError(f"the plan cannot be written: {error}") from error
    finally:
        connection.close()
