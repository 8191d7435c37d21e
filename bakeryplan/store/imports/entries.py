"""Daily figures to entries of a measure: one entry per day and import, never counted twice.

An import names its source (its recipe's name, or the file's name). Days the same source
already brought into the measure are either replaced (the export was corrected) or
skipped (only the new days are wanted); the caller asks the owner which, and nothing is
written until then. Entries from other sources, or typed ones, are never touched: a day
may hold the till's and the web shop's entries side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bakeryplan.domain.model import Actual, ActualSource
from bakeryplan.store.imports.aggregate import DayFigure


class Repeat(StrEnum):
    """What to do with days the same source already imported."""

    ASK = "ask"
    REPLACE = "replace"
    SKIP = "skip"


@dataclass(frozen=True)
class EntryChanges:
    """The entries an import adds and the earlier ones it replaces."""

    add: tuple[Actual, ...]
    remove: tuple[Actual, ...]
    repeated: tuple[date, ...]  # days the same source had already imported
    kept: tuple[date, ...]  # of those, the days left as they were (Repeat.SKIP)


def repeated_days(
    days: Sequence[DayFigure], existing: Sequence[Actual], source_name: str
) -> tuple[date, ...]:
    """The days of ``days`` that entries from ``source_name`` already hold."""
    imported = _days_from(existing, source_name)
    return tuple(day.on for day in days if day.on in imported)


def entry_changes(
    days: Sequence[DayFigure],
    *,
    measure_id: int,
    source_name: str,
    existing: Sequence[Actual],
    repeat: Repeat,
) -> EntryChanges:
    """The entries for ``days``; ``existing`` are the measure's entries now.

    ``repeat`` must be REPLACE or SKIP when some days were imported from this source
    before (ValueError otherwise: the caller has to ask first).
    """
    repeated = repeated_days(days, existing, source_name)
    if repeated and repeat is Repeat.ASK:
        raise ValueError("days imported before from this source: replace or skip them")
    again = set(repeated)
    keep = again if repeat is Repeat.SKIP else set()
    add = tuple(
        Actual(
            measure_id,
            day.on,
            day.value,
            day.note,
            ActualSource.IMPORTED,
            source_name=source_name,
        )
        for day in days
        if day.on not in keep
    )
    remove: tuple[Actual, ...] = ()
    if repeat is Repeat.REPLACE and again:
        remove = tuple(
            a
            for a in existing
            if a.source is ActualSource.IMPORTED and a.source_name == source_name and a.on in again
        )
    return EntryChanges(add, remove, repeated, tuple(sorted(keep)))


def _days_from(existing: Sequence[Actual], source_name: str) -> set[date]:
    return {
        a.on for a in existing if a.source is ActualSource.IMPORTED and a.source_name == source_name
    }
