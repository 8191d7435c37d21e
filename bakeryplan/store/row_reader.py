"""Rows back into domain values, for ``load()``: the hot path of opening a plan.

A large plan has 200,000 actuals, so actuals and steps are built by filling the frozen
dataclass's ``__dict__`` directly, about twice as fast as its generated ``__init__`` (which
calls ``object.__setattr__`` once per field); dates are parsed once per distinct text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar, overload

from bakeryplan.domain.import_mapping import ImportMapping, ImportRecipe
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Alignment,
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
    ReviewKind,
    Step,
    VisionRevision,
)
from bakeryplan.store.snapshot_json import snapshot_from_text

E = TypeVar("E", bound=StrEnum)
Row = Sequence[Any]


class DateCache:
    """Parses each distinct ISO date once: a plan repeats the same few thousand dates."""

    def __init__(self) -> None:
        self.seen: dict[str, date] = {}

    @overload
    def __call__(self, text: str) -> date: ...
    @overload
    def __call__(self, text: None) -> None: ...
    @overload
    def __call__(self, text: str | None) -> date | None: ...
    def __call__(self, text: str | None) -> date | None:
        if text is None:
            return None
        day = self.seen.get(text)
        if day is None:
            day = self.seen[text] = date.fromisoformat(text)
        return day


def enum_lookup(kind: type[E]) -> Callable[[str], E]:
    """A dict lookup is several times faster than calling the enum."""
    table = {member.value: member for member in kind}

    def lookup(value: str) -> E:
        try:
            return table[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {kind.__name__}") from None

    return lookup


ACTUAL_FIELDS = frozenset({"measure_id", "on", "value", "note", "source", "id", "source_name"})
STEP_FIELDS = frozenset(
    {"goal_id", "title", "owner_id", "due", "done", "effort", "cost", "position", "id"}
)


def _can_fill_dict(cls: type, fields: frozenset[str]) -> bool:
    """Filling ``__dict__`` is only right while the class is exactly what the loop expects."""
    return (
        "__slots__" not in cls.__dict__
        and not hasattr(cls, "__post_init__")
        and {f.name for f in dataclasses.fields(cls)} == fields
    )


class RowReader:
    """Turns rows of one ``load()`` into values, sharing one date cache."""

    def __init__(self) -> None:
        self.day = DateCache()
        self._perspective = enum_lookup(Perspective)
        self._goal_status = enum_lookup(GoalStatus)
        self._direction = enum_lookup(Direction)
        self._curve = enum_lookup(CurveKind)
        self._period = enum_lookup(Period)
        self._counting = enum_lookup(Counting)
        self._alignment = enum_lookup(Alignment)
        self._actual_source = enum_lookup(ActualSource)
        self._feedback_source = enum_lookup(FeedbackSource)
        self._feedback_status = enum_lookup(FeedbackStatus)
        self._review_kind = enum_lookup(ReviewKind)

    def visions(self, rows: Iterable[Row]) -> tuple[VisionRevision, ...]:
        return tuple(
            VisionRevision(text, why, datetime.fromisoformat(created), id_)
            for id_, text, why, created in rows
        )

    def people(self, rows: Iterable[Row]) -> tuple[Person, ...]:
        return tuple(Person(name, role, bool(active), id_) for id_, name, role, active in rows)

    def goals(self, rows: Iterable[Row]) -> tuple[Goal, ...]:
        day = self.day
        return tuple(
            Goal(
                title,
                self._perspective(perspective),
                owner_id,
                day(start),
                day(due),
                self._goal_status(status),
                why,
                parent_id,
                position,
                id_,
            )
            for (
                id_,
                title,
                perspective,
                owner_id,
                start,
                due,
                status,
                why,
                parent_id,
                position,
            ) in rows
        )

    def measures(
        self, rows: Iterable[Row], points: dict[int, tuple[CurvePoint, ...]]
    ) -> tuple[Measure, ...]:
        day = self.day
        return tuple(
            Measure(
                goal_id,
                name,
                unit,
                self._direction(direction),
                float(baseline),
                float(target),
                day(start),
                day(target_date),
                band_low,
                band_high,
                self._curve(curve),
                points.get(id_, ()),
                position,
                id_,
                self._period(period),
                self._counting(counting),
                health_window,
                self._origin(origin_year_ending, origin_change, origin_alignment),
            )
            for (
                id_,
                goal_id,
                name,
                unit,
                direction,
                baseline,
                target,
                start,
                target_date,
                band_low,
                band_high,
                curve,
                position,
                period,
                counting,
                health_window,
                origin_year_ending,
                origin_change,
                origin_alignment,
            ) in rows
        )

    def _origin(
        self, year_ending: str | None, change: float | None, alignment: str | None
    ) -> PlanOrigin | None:
        """A plan drawn from last year; None unless all three columns are set."""
        if year_ending is None or change is None or alignment is None:
            return None
        return PlanOrigin(self.day(year_ending), float(change), self._alignment(alignment))

    def points(self, rows: Iterable[Row]) -> dict[int, tuple[CurvePoint, ...]]:
        grouped: dict[int, list[CurvePoint]] = {}
        day = self.day
        for measure_id, on_date, value in rows:
            grouped.setdefault(measure_id, []).append(CurvePoint(day(on_date), float(value)))
        return {k: tuple(v) for k, v in grouped.items()}

    def actuals(self, rows: Iterable[Row]) -> tuple[Actual, ...]:
        if not _can_fill_dict(Actual, ACTUAL_FIELDS):
            return tuple(
                Actual(
                    measure_id,
                    self.day(on_date),
                    float(value),
                    note,
                    self._actual_source(src),
                    id_,
                    source_name,
                )
                for id_, measure_id, on_date, value, note, src, source_name in rows
            )
        # The hot loop of a load: inlined, with every name local.
        new, set_attr, cls = object.__new__, object.__setattr__, Actual
        seen = self.day.seen
        parse = date.fromisoformat
        sources = {member.value: member for member in ActualSource}
        out: list[Actual] = []
        append = out.append
        for id_, measure_id, on_date, value, note, src, source_name in rows:
            day = seen.get(on_date)
            if day is None:
                day = seen[on_date] = parse(on_date)
            obj = new(cls)
            set_attr(
                obj,
                "__dict__",
                {
                    "measure_id": measure_id,
                    "on": day,
                    "value": float(value),
                    "note": note,
                    "source": sources[src],
                    "id": id_,
                    "source_name": source_name,
                },
            )
            append(obj)
        return tuple(out)

    def recipes(self, rows: Iterable[Row]) -> tuple[ImportRecipe, ...]:
        """Saved import recipes; a mapping this version cannot read is kept as the default
        so the rest of the plan still opens (the owner sees and can fix the recipe)."""
        out = []
        for id_, name, header, mapping in rows:
            try:
                columns = tuple(str(cell) for cell in json.loads(header))
                read = ImportMapping.from_dict(json.loads(mapping))
            except (ValueError, TypeError):
                columns, read = (), ImportMapping()
            out.append(ImportRecipe(name, columns, read, id_))
        return tuple(out)

    def steps(self, rows: Iterable[Row]) -> tuple[Step, ...]:
        day = self.day
        if not _can_fill_dict(Step, STEP_FIELDS):
            return tuple(
                Step(goal_id, title, owner_id, day(due), day(done), effort, cost, position, id_)
                for id_, goal_id, title, owner_id, due, done, effort, cost, position in rows
            )
        new, set_attr, cls = object.__new__, object.__setattr__, Step
        out = []
        for id_, goal_id, title, owner_id, due, done, effort, cost, position in rows:
            obj = new(cls)
            set_attr(
                obj,
                "__dict__",
                {
                    "goal_id": goal_id,
                    "title": title,
                    "owner_id": owner_id,
                    "due": day(due),
                    "done": day(done),
                    "effort": effort,
                    "cost": cost,
                    "position": position,
                    "id": id_,
                },
            )
            out.append(obj)
        return tuple(out)

    def feedback(self, rows: Iterable[Row]) -> tuple[Feedback, ...]:
        day = self.day
        return tuple(
            Feedback(
                day(received),
                self._feedback_source(source),
                text,
                from_name,
                goal_id,
                self._feedback_status(status),
                response,
                id_,
            )
            for id_, received, source, text, from_name, goal_id, status, response in rows
        )

    def reviews(
        self, rows: Iterable[Row], explanations: dict[int, tuple[Explanation, ...]]
    ) -> tuple[Review, ...]:
        day = self.day
        return tuple(
            Review(
                day(held),
                self._review_kind(kind),
                notes,
                decisions,
                id_,
                explanations.get(id_, ()),
                snapshot_from_text(snapshot),
            )
            for id_, held, kind, notes, decisions, snapshot in rows
        )

    def explanations(self, rows: Iterable[Row]) -> dict[int, tuple[Explanation, ...]]:
        grouped: dict[int, list[Explanation]] = {}
        for review_id, measure_id, text in rows:
            grouped.setdefault(review_id, []).append(Explanation(measure_id, text))
        return {k: tuple(v) for k, v in grouped.items()}
