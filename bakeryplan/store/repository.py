"""The open plan's records: domain values in and out of one SQLite file.

Every write is one transaction (``atomic()`` groups several; blocks nest with savepoints),
so an undo command's redo or undo is all-or-nothing, and a crash never leaves half an edit.
Opening, the lock, migrations and the backup on open live in :mod:`.plan_opening`; reading
uses plain sqlite3, which keeps the window's start fast.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from bakeryplan.domain.import_mapping import ImportRecipe
from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    Goal,
    Measure,
    Person,
    Plan,
    Review,
    Step,
    VisionRevision,
)
from bakeryplan.store import rows
from bakeryplan.store.connection import atomic
from bakeryplan.store.errors import (
    DamagedPlanError,
    NewerVersionError,
    PlanWriteError,
    ReadOnlyPlanError,
    RecordError,
    RecordNotFoundError,
)
from bakeryplan.store.plan_opening import OpenedPlanFile
from bakeryplan.store.rows import Stored, TableSpec, with_id
from bakeryplan.store.schema import SCHEMA_VERSION
from bakeryplan.store.whole_plan import (
    BUSINESS_UPSERT,
    business_row,
    read_actuals_until,
    read_plan,
    reread_actuals_of,
)

T = TypeVar("T", bound=Stored)

# Beyond this many measures, reading the whole table is as quick as picking them out.
MAX_MEASURES_REREAD = 200


class PlanRepository(OpenedPlanFile):
    """Loads and writes the records of a plan file opened with ``open()`` or ``create()``."""

    # The actuals of the last load, reused while unchanged (see load()), and the measures
    # whose actuals this connection has written since.
    _actuals: tuple[Actual, ...] | None = None
    _actuals_data_version: int | None = None
    _stale_measures: frozenset[int] = frozenset()

    # ---- reading -------------------------------------------------------------------

    def load(self) -> Plan:
        """The whole plan as one consistent snapshot.

        The UI reloads after every edit, and actuals are most of a large plan, so the
        actuals of the last load are reused: after a write to some actuals only their
        measures' actuals are read again. Everything is read again after a delete of a
        measure or goal (cascades) or a commit by another connection (``PRAGMA
        data_version``). A load inside an open transaction is never kept, since that
        transaction may still be rolled back.
        """
        nested = self.connection.in_transaction
        try:
            with atomic(self.connection):
                data_version = self.connection.execute("PRAGMA data_version").fetchone()[0]
                if data_version != self._actuals_data_version:
                    self._actuals = None
                actuals = self._actuals
                if actuals is not None and self._stale_measures:
                    actuals = reread_actuals_of(self.connection, actuals, self._stale_measures)
                plan = read_plan(self.connection, actuals=actuals)
        except (sqlite3.DatabaseError, ValueError, TypeError, LookupError) as error:
            if self.schema_version > SCHEMA_VERSION:
                raise NewerVersionError(self.path, self.schema_version, SCHEMA_VERSION) from error
            raise DamagedPlanError(self.path, str(error)) from error
        if not nested:
            self._actuals, self._actuals_data_version = plan.actuals, data_version
            self._stale_measures = frozenset()
        return plan

    def load_for_status(self, on: date) -> Plan:
        """The plan with only the entries on or before ``on``: all a status on that day
        counts, so a look back at an older day reads no later history."""
        try:
            with atomic(self.connection):
                plan = read_plan(self.connection, actuals=())
                actuals = read_actuals_until(self.connection, on)
                return dataclasses.replace(plan, actuals=actuals)
        except (sqlite3.DatabaseError, ValueError, TypeError, LookupError) as error:
            if self.schema_version > SCHEMA_VERSION:
                raise NewerVersionError(self.path, self.schema_version, SCHEMA_VERSION) from error
            raise DamagedPlanError(self.path, str(error)) from error

    # ---- transactions --------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[PlanRepository]:
        """Group writes into one transaction; rolled back if the block raises.

        SQLite's refusals (disk full, the file locked by another program, a failed commit)
        leave as ``PlanWriteError`` or ``RecordError``, never as a bare ``sqlite3`` error.
        """
        self._back_up_before_first_write()
        with self._refusals_as_plan_errors("save", "the change"), atomic(self.connection):
            yield self

    @contextmanager
    def _writing(self, action: str, spec_kind: str) -> Iterator[None]:
        if self.read_only:
            raise ReadOnlyPlanError(self.path)
        self._back_up_before_first_write()
        if action == "delete" and spec_kind in ("measure", "goal"):
            self._actuals = None  # before the write: whatever happens next, reread them
        with self._refusals_as_plan_errors(action, spec_kind), atomic(self.connection):
            yield

    @contextmanager
    def _refusals_as_plan_errors(self, action: str, what: str) -> Iterator[None]:
        """A broken rule as ``RecordError``, any other SQLite refusal as ``PlanWriteError``."""
        try:
            yield
        except sqlite3.IntegrityError as error:
            raise RecordError(f"cannot {action} {what}: {_explain(error)}") from error
        except sqlite3.Error as error:
            raise PlanWriteError(self.path, str(error)) from error

    def _add(self, spec: TableSpec[T], value: T) -> T:
        with self._writing("add", spec.kind):
            cursor = self.connection.execute(
                spec.insert_sql,
                (value.id or None, *spec.to_row(value)),
            )
        return with_id(value, int(cursor.lastrowid or 0))

    def _update(self, spec: TableSpec[T], value: T) -> None:
        value_id = value.id
        with self._writing("change", spec.kind):
            cursor = self.connection.execute(spec.update_sql, (*spec.to_row(value), value_id))
            if cursor.rowcount == 0:
                raise RecordNotFoundError(f"there is no {spec.kind} with id {value_id}")

    def _delete(self, spec: TableSpec[Any], value_id: int) -> None:
        with self._writing("delete", spec.kind):
            cursor = self.connection.execute(spec.delete_sql, (value_id,))
            if cursor.rowcount == 0:
                raise RecordNotFoundError(f"there is no {spec.kind} with id {value_id}")

    # ---- writes --------------------------------------------------------------------

    def set_business(self, business: Business) -> None:
        with self._writing("change", "business"):
            self.connection.execute(BUSINESS_UPSERT, business_row(business))

    def add_vision(self, vision: VisionRevision) -> VisionRevision:
        return self._add(rows.VISIONS, vision)

    def delete_vision(self, vision_id: int) -> None:
        self._delete(rows.VISIONS, vision_id)

    def add_person(self, person: Person) -> Person:
        return self._add(rows.PEOPLE, person)

    def update_person(self, person: Person) -> None:
        self._update(rows.PEOPLE, person)

    def delete_person(self, person_id: int) -> None:
        """Goals and steps the person owned keep going, with no owner."""
        self._delete(rows.PEOPLE, person_id)

    def add_goal(self, goal: Goal) -> Goal:
        return self._add(rows.GOALS, goal)

    def update_goal(self, goal: Goal) -> None:
        if goal.parent_id is not None and self._is_ancestor_or_self(goal.id, goal.parent_id):
            raise RecordError(f"a goal cannot be its own sub-goal (goal {goal.id})")
        self._update(rows.GOALS, goal)

    def delete_goal(self, goal_id: int) -> None:
        """Also deletes its measures, actuals, steps and sub-goals; unlinks its feedback."""
        self._delete(rows.GOALS, goal_id)

    def add_measure(self, measure: Measure) -> Measure:
        with self.atomic():
            stored = self._add(rows.MEASURES, measure)
            self._write_points(stored)
        return stored

    def update_measure(self, measure: Measure) -> None:
        with self.atomic():
            self._update(rows.MEASURES, measure)
            self.connection.execute(rows.POINTS_DELETE, (measure.id,))
            self._write_points(measure)

    def delete_measure(self, measure_id: int) -> None:
        """Also deletes its actuals and curve points."""
        self._delete(rows.MEASURES, measure_id)

    def _write_points(self, measure: Measure) -> None:
        with self._writing("add", "curve point"):
            self.connection.executemany(
                rows.POINTS_INSERT, rows.point_rows(measure.id, measure.points)
            )

    def add_actual(self, actual: Actual) -> Actual:
        self._actuals_change({actual.measure_id})
        return self._add(rows.ACTUALS, actual)

    def add_actuals(self, actuals: Iterable[Actual]) -> tuple[Actual, ...]:
        """Many actuals (an import) in one transaction."""
        values = tuple(actuals)
        self._actuals_change({a.measure_id for a in values})
        with self.atomic():
            return tuple(self._add(rows.ACTUALS, a) for a in values)

    def update_actual(self, actual: Actual) -> None:
        self._actuals_change({actual.measure_id, self._cached_measure_of(actual.id)})
        self._update(rows.ACTUALS, actual)

    def delete_actual(self, actual_id: int) -> None:
        self._actuals_change({self._cached_measure_of(actual_id)})
        self._delete(rows.ACTUALS, actual_id)

    def _actuals_change(self, measure_ids: set[int | None]) -> None:
        """Before a write to actuals: the next load rereads these measures' actuals.

        Marked before the write, so a write that fails or is rolled back costs a reread,
        never a stale value. An actual the cache does not know (None) rereads them all.
        """
        if None in measure_ids or len(measure_ids) > MAX_MEASURES_REREAD:
            self._actuals = None
        else:
            self._stale_measures |= {m for m in measure_ids if m is not None}

    def _cached_measure_of(self, actual_id: int) -> int | None:
        """The measure an actual belonged to at the last load, if that load knew it."""
        return next((a.measure_id for a in self._actuals or () if a.id == actual_id), None)

    def add_recipe(self, recipe: ImportRecipe) -> ImportRecipe:
        return self._add(rows.RECIPES, recipe)

    def update_recipe(self, recipe: ImportRecipe) -> None:
        self._update(rows.RECIPES, recipe)

    def delete_recipe(self, recipe_id: int) -> None:
        self._delete(rows.RECIPES, recipe_id)

    def add_step(self, step: Step) -> Step:
        return self._add(rows.STEPS, step)

    def update_step(self, step: Step) -> None:
        self._update(rows.STEPS, step)

    def delete_step(self, step_id: int) -> None:
        self._delete(rows.STEPS, step_id)

    def add_feedback(self, feedback: Feedback) -> Feedback:
        return self._add(rows.FEEDBACK, feedback)

    def update_feedback(self, feedback: Feedback) -> None:
        self._update(rows.FEEDBACK, feedback)

    def delete_feedback(self, feedback_id: int) -> None:
        self._delete(rows.FEEDBACK, feedback_id)

    def add_review(self, review: Review) -> Review:
        """The review with its explanations (its snapshot is a column of its row)."""
        with self.atomic():
            stored = self._add(rows.REVIEWS, review)
            self._write_explanations(stored)
        return stored

    def update_review(self, review: Review) -> None:
        with self.atomic():
            self._update(rows.REVIEWS, review)
            self.connection.execute(rows.EXPLANATIONS_DELETE, (review.id,))
            self._write_explanations(review)

    def _write_explanations(self, review: Review) -> None:
        with self._writing("add", "explanation"):
            self.connection.executemany(rows.EXPLANATIONS_INSERT, rows.explanation_rows(review))

    def delete_review(self, review_id: int) -> None:
        """Also deletes its explanations."""
        self._delete(rows.REVIEWS, review_id)

    def _is_ancestor_or_self(self, goal_id: int, candidate_parent_id: int) -> bool:
        """Would making ``candidate_parent_id`` the parent of ``goal_id`` close a loop?"""
        found = self.connection.execute(
            "WITH RECURSIVE up(id) AS (SELECT ? UNION "
            "SELECT goals.parent_id FROM goals JOIN up ON goals.id = up.id "
            "WHERE goals.parent_id IS NOT NULL) SELECT 1 FROM up WHERE id = ?",
            (candidate_parent_id, goal_id),
        ).fetchone()
        return found is not None


def _explain(error: sqlite3.IntegrityError) -> str:
    text = str(error)
    if text.startswith("UNIQUE constraint failed") and text.endswith(".id"):
        return "that id is already taken"
    if "FOREIGN KEY" in text:
        return "it refers to a record that does not exist"
    return text
