"""A plan with five years of a bakery's daily takings, for plan-from-last-year tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bakeryplan.domain.model import (
    Actual,
    Counting,
    Goal,
    Measure,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.store.repository import PlanRepository
from tests.domain.history_builders import GERMAN, history

REVENUE = Measure(
    1,
    "Weekly revenue",
    "EUR",
    baseline=7000,
    target=9000,
    start=date(2026, 1, 1),
    target_date=date(2026, 12, 31),
    period=Period.WEEK,
    counting=Counting.TOTAL,
    id=1,
)
RATING = Measure(1, "Google rating", "stars", baseline=4.2, target=4.6, id=2, position=1)


def history_plan(entries: list[Actual] | None = None) -> Plan:
    return Plan(
        business=GERMAN,
        goals=(Goal("Grow the takings by 8 %", Perspective.FINANCIAL, id=1),),
        measures=(REVENUE, RATING),
        actuals=tuple(history() if entries is None else entries),
    )


def write_history_plan(path: Path, entries: list[Actual] | None = None) -> Path:
    PlanRepository.create(path, history_plan(entries)).close()
    return path
