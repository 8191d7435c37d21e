"""The concepts of a plan as plain, immutable values.

Frozen dataclasses keep undo simple: an edit replaces a value, it never mutates one that
another panel or an undo command still holds. Ids are assigned by the store; a value not
yet stored has ``id == 0``. Every class has a docstring: without one, ``@dataclass``
builds one from ``inspect.signature`` at import, on the way to the first window.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from bakeryplan.domain.snapshot import PlanSnapshot

from bakeryplan.domain.import_mapping import ImportRecipe

T = TypeVar("T")


class Perspective(StrEnum):
    """The four balanced-scorecard views; every goal belongs to one."""

    FINANCIAL = "financial"
    CUSTOMER = "customer"
    INTERNAL = "internal_process"
    LEARNING = "learning_growth"
    # Named as an owner would (docs/glossary.md) by ``text.perspectives.perspective_name``.


class Direction(StrEnum):
    """Which way a measure should move."""

    UP = "up"
    DOWN = "down"
    BAND = "band"  # keep within [band_low, band_high]


class CurveKind(StrEnum):
    """How a measure is planned to move from baseline to target."""

    LINEAR = "linear"  # straight line from (start, baseline) to (target_date, target)
    STEPPED = "stepped"  # holds each point's value until the next point
    CUSTOM = "custom"  # straight lines between points (seasonal plans)


class Period(StrEnum):
    """The stretch of time a measure's target speaks of: "weekly revenue" is a week."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Counting(StrEnum):
    """How a period's entries make its one value."""

    TOTAL = "total"  # the sum of the entries: revenue, loaves, customers
    AVERAGE = "average"  # the mean of the daily totals: a daily rate over a week
    LATEST = "latest"  # the last entry: a rating, a share, a headcount


class Alignment(StrEnum):
    """How a day of the new year finds its day last year, for a plan drawn from history."""

    HOLIDAYS = "holidays"  # the same weekday 52 weeks back; holidays moved to their dates
    WEEKDAY = "weekday"  # the same weekday 52 weeks back, holidays not moved
    DATE = "date"  # the same calendar date a year back


class GoalStatus(StrEnum):
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


class ActualSource(StrEnum):
    TYPED = "typed"
    IMPORTED = "imported"


class FeedbackSource(StrEnum):
    TEAM = "team"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"


class FeedbackStatus(StrEnum):
    NEW = "new"
    ADOPTED = "adopted"
    DECLINED = "declined"
    PARKED = "parked"


class ReviewKind(StrEnum):
    HUDDLE = "huddle"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class ReviewCadence(StrEnum):
    """How often the owner means to review the plan; NONE: no rhythm set, nothing is due."""

    NONE = "none"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


@dataclass(frozen=True)
class Business:
    """Who the plan is for, and how its money, dates and numbers are written."""

    name: str
    owner: str = ""
    currency: str = "EUR"  # ISO 4217 code
    locale: str = "en_GB"  # babel / POSIX style locale name
    fiscal_year_start: int = 1  # month, 1..12
    week_start: int = 0  # the first day of a week, as date.weekday(): 0 Monday .. 6 Sunday
    review_cadence: ReviewCadence = ReviewCadence.NONE  # how often the plan is reviewed


@dataclass(frozen=True)
class VisionRevision:
    """One wording of the vision; the newest is the current one."""

    text: str
    why: str = ""
    created: datetime = field(default_factory=lambda: datetime(2000, 1, 1))
    id: int = 0


@dataclass(frozen=True)
class Person:
    """Someone who can own goals and steps."""

    name: str
    role: str = ""
    active: bool = True
    id: int = 0


@dataclass(frozen=True)
class Goal:
    """An aim in one perspective, optionally under a parent goal."""

    title: str
    perspective: Perspective
    owner_id: int | None = None
    start: date | None = None
    due: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    why: str = ""
    parent_id: int | None = None
    position: int = 0
    id: int = 0


@dataclass(frozen=True)
class CurvePoint:
    """A planned value on a date, for stepped and custom curves."""

    on: date
    value: float


@dataclass(frozen=True)
class PlanOrigin:
    """Where a measure's planned curve came from: last year's entries and a change.

    Kept so the progress pack can say how the plan was made, and the chart can draw last
    year's entries behind it, day matched to day as the plan was derived.
    """

    year_ending: date  # the last day of the reference year
    change_percent: float  # 8.0 for "8 % more than last year"
    alignment: Alignment = Alignment.HOLIDAYS


@dataclass(frozen=True)
class Measure:
    """A number that shows a goal's progress, planned from baseline to target."""

    goal_id: int
    name: str
    unit: str = ""
    direction: Direction = Direction.UP
    baseline: float = 0.0
    target: float = 0.0
    start: date = date(2000, 1, 1)
    target_date: date = date(2000, 12, 31)
    band_low: float | None = None  # only for Direction.BAND
    band_high: float | None = None
    curve: CurveKind = CurveKind.LINEAR
    points: tuple[CurvePoint, ...] = ()  # for STEPPED and CUSTOM, sorted by date
    position: int = 0
    id: int = 0
    period: Period = Period.DAY  # what the target and the planned curve speak of
    counting: Counting = Counting.LATEST  # how a period's entries make its value
    health_window: int | None = None  # complete periods health judges; None: the default
    planned_from: PlanOrigin | None = None  # set while the curve is one drawn from last year


@dataclass(frozen=True)
class Actual:
    """One entry of a measure on a day; a day may have any number of them."""

    measure_id: int
    on: date
    value: float
    note: str = ""
    source: ActualSource = ActualSource.TYPED
    id: int = 0
    source_name: str = ""  # the import that brought it: a recipe's or a file's name


@dataclass(frozen=True)
class Step:
    """A piece of work towards a goal; done when it has a date."""

    goal_id: int
    title: str
    owner_id: int | None = None
    due: date | None = None
    done: date | None = None
    effort: float | None = None  # hours or points; weights the burn-up
    cost: float | None = None  # in the business currency
    position: int = 0
    id: int = 0


@dataclass(frozen=True)
class Feedback:
    """A suggestion or remark from the team, a customer or a supplier."""

    received: date
    source: FeedbackSource
    text: str
    from_name: str = ""
    goal_id: int | None = None
    status: FeedbackStatus = FeedbackStatus.NEW
    response: str = ""
    id: int = 0


@dataclass(frozen=True)
class Explanation:
    """Why a measure stood behind or at risk, in the owner's words at one review.

    The measure id is history, not a link: the explanation stays with its review when the
    measure is deleted later (ids are never reused).
    """

    measure_id: int
    text: str


@dataclass(frozen=True)
class Review:
    """A meeting held about the plan: notes, decisions, explanations, and the plan as it
    stood (``snapshot``; None for a review kept without one)."""

    held: date
    kind: ReviewKind = ReviewKind.MONTHLY
    notes: str = ""
    decisions: str = ""
    id: int = 0
    explanations: tuple[Explanation, ...] = ()
    snapshot: PlanSnapshot | None = None


@dataclass(frozen=True)
class Plan:
    """Everything in one plan file, as loaded at one moment."""

    business: Business
    visions: tuple[VisionRevision, ...] = ()  # oldest first
    people: tuple[Person, ...] = ()
    goals: tuple[Goal, ...] = ()  # by position
    measures: tuple[Measure, ...] = ()
    actuals: tuple[Actual, ...] = ()  # by measure, then date
    steps: tuple[Step, ...] = ()  # by goal, then position
    feedback: tuple[Feedback, ...] = ()
    reviews: tuple[Review, ...] = ()
    recipes: tuple[ImportRecipe, ...] = ()  # by name

    @property
    def vision(self) -> VisionRevision | None:
        """The current vision: the newest revision."""
        return self.visions[-1] if self.visions else None

    def person(self, person_id: int | None) -> Person | None:
        return None if person_id is None else self._people_by_id.get(person_id)

    def goal(self, goal_id: int | None) -> Goal | None:
        return None if goal_id is None else self._goals_by_id.get(goal_id)

    def measure(self, measure_id: int | None) -> Measure | None:
        return None if measure_id is None else self._measures_by_id.get(measure_id)

    def measures_of(self, goal_id: int) -> tuple[Measure, ...]:
        return self._measures_by_goal.get(goal_id, ())

    def steps_of(self, goal_id: int) -> tuple[Step, ...]:
        return self._steps_by_goal.get(goal_id, ())

    def actuals_of(self, measure_id: int) -> tuple[Actual, ...]:
        """Actuals of one measure, oldest first."""
        return self._actuals_by_measure.get(measure_id, ())

    def subgoals_of(self, goal_id: int) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.parent_id == goal_id)

    # Indexes are built once per Plan value: a plan with 200,000 actuals is read often
    # and never changed in place.
    @cached_property
    def _people_by_id(self) -> dict[int, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def _goals_by_id(self) -> dict[int, Goal]:
        return {g.id: g for g in self.goals}

    @cached_property
    def _measures_by_id(self) -> dict[int, Measure]:
        return {m.id: m for m in self.measures}

    @cached_property
    def _measures_by_goal(self) -> dict[int, tuple[Measure, ...]]:
        return _group(self.measures, lambda m: m.goal_id)

    @cached_property
    def _steps_by_goal(self) -> dict[int, tuple[Step, ...]]:
        return _group(self.steps, lambda s: s.goal_id)

    @cached_property
    def _actuals_by_measure(self) -> dict[int, tuple[Actual, ...]]:
        grouped = _group(self.actuals, attrgetter("measure_id"))
        return {
            k: v if _dated_in_order(v) else tuple(sorted(v, key=_on)) for k, v in grouped.items()
        }


_on = attrgetter("on")


def _dated_in_order(actuals: tuple[Actual, ...]) -> bool:
    """The store hands actuals over sorted; checking is cheaper than sorting again."""
    days = list(map(_on, actuals))
    return all(map(operator.le, days, days[1:]))


def _group(items: tuple[T, ...], key: Callable[[T], int]) -> dict[int, tuple[T, ...]]:
    groups: dict[int, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return {k: tuple(v) for k, v in groups.items()}
