"""A plan with empty measures to import into, shared by the import tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bakeryplan.domain.model import (
    Business,
    Counting,
    Goal,
    Measure,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.store.repository import PlanRepository

TODAY = date(2026, 11, 27)
MEASURES = ("Revenue", "Orders", "Costs")


def import_plan() -> Plan:
    """A cafe's plan: revenue, orders and costs, nothing recorded yet."""
    return Plan(
        business=Business("Corner Cafe", "Ana", "EUR", "de_DE"),
        goals=(Goal("Grow sales", Perspective.FINANCIAL, id=1),),
        measures=tuple(
            Measure(
                1,
                name,
                start=date(2018, 1, 1),
                target_date=date(2027, 12, 31),
                target=1000,
                period=Period.DAY,
                counting=Counting.TOTAL,
                position=index,
                id=index + 1,
            )
            for index, name in enumerate(MEASURES)
        ),
    )


def write_import_plan(folder: Path) -> Path:
    path = folder / "cafe.bakeryplan"
    PlanRepository.create(path, import_plan()).close()
    return path


def entries_of(path: Path, measure_name: str) -> list[tuple[date, float, str]]:
    """(day, value, source name) of a measure's entries, as the file holds them."""
    with PlanRepository.open(path, read_only=True) as repository:
        plan = repository.load()
    measure = next(m for m in plan.measures if m.name == measure_name)
    return [(a.on, a.value, a.source_name) for a in plan.actuals_of(measure.id)]
