"""Actuals and plan status as CSV for the accountant's spreadsheet, safe to open.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
formula, so a goal titled "=HYPERLINK(...)" could act when the file is opened. Such text
cells get a leading apostrophe, which spreadsheets show as plain text. Numbers stay
numbers (a negative variance is still a number), dates are written as ISO dates. Files are
UTF-8 with a byte order mark, so spreadsheets read accents and the euro sign correctly.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import IO

from bakeryplan.atomic_files import atomic_write
from bakeryplan.domain.model import Plan
from bakeryplan.domain.status import plan_status
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.sentences import health_label, outlook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | date | datetime | Enum | None

ACTUALS_HEADER = ("goal", "measure", "unit", "date", "value", "note", "source")
STATUS_HEADER = (
    "goal",
    "perspective",
    "owner",
    "due",
    "goal health",
    "measure",
    "unit",
    "planned value",
    "latest actual",
    "actual date",
    "progress %",
    "planned progress %",
    "variance",
    "measure health",
    "forecast",
    "steps done",
    "steps total",
    "steps overdue",
)


def actuals_rows(plan: Plan, measure_ids: Iterable[int] | None = None) -> list[tuple[Cell, ...]]:
    """One row per actual, grouped by measure in plan order, oldest first; header first."""
    wanted = None if measure_ids is None else set(measure_ids)
    rows: list[tuple[Cell, ...]] = [ACTUALS_HEADER]
    for measure in plan.measures:
        if wanted is not None and measure.id not in wanted:
            continue
        goal = plan.goal(measure.goal_id)
        for actual in plan.actuals_of(measure.id):
            rows.append(
                (
                    goal.title if goal else "",
                    measure.name,
                    measure.unit,
                    actual.on,
                    actual.value,
                    actual.note,
                    actual.source,
                )
            )
    return rows


def status_rows(plan: Plan, on: date) -> list[tuple[Cell, ...]]:
    """One row per measure (or per goal without measures) with health on ``on``; header first."""
    rows: list[tuple[Cell, ...]] = [STATUS_HEADER]
    for report in plan_status(plan, on).goals:
        goal = report.goal
        steps = report.steps
        goal_cells: tuple[Cell, ...] = (
            goal.title,
            perspective_name(goal.perspective),
            report.owner.name if report.owner else "",
            goal.due,
            health_label(report.health),
        )
        step_cells: tuple[Cell, ...] = (
            (steps.done, steps.total, steps.overdue) if steps else (None, None, None)
        )
        if not report.measures:
            rows.append((*goal_cells, *([None] * 10), *step_cells))
        for status in report.measures:
            m = status.measure
            rows.append(
                (
                    *goal_cells,
                    m.name,
                    m.unit,
                    _rounded(status.expected),
                    status.actual,
                    status.actual_on,
                    _percent(status.progress),
                    _percent(status.expected_progress),
                    _rounded(status.variance),
                    health_label(status.health),
                    outlook(formatter_for(plan.business), status),
                    *step_cells,
                )
            )
    return rows


def to_csv_text(rows: Iterable[Sequence[Cell]], *, delimiter: str = ",") -> str:
    """CSV text with every cell made safe for spreadsheets (see the module docstring)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def safe_cell(cell: Cell) -> str:
    """One cell as text: numbers plain, dates ISO, text defused against formulas."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, int | float):
        return _number(cell)
    if isinstance(cell, date | datetime):
        return cell.isoformat()
    text = cell.value if isinstance(cell, Enum) else str(cell)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(
    path: str | os.PathLike[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ","
) -> None:
    """Write rows as a UTF-8 CSV file (with BOM), replacing ``path`` only when complete."""
    text = to_csv_text(rows, delimiter=delimiter)
    encoded = text.encode("utf-8-sig")

    def write(stream: IO[bytes]) -> None:
        stream.write(encoded)

    atomic_write(path, write)


def export_actuals_csv(
    plan: Plan, path: str | os.PathLike[str], *, measure_ids: Iterable[int] | None = None
) -> None:
    write_csv(path, actuals_rows(plan, measure_ids))


def export_status_csv(plan: Plan, path: str | os.PathLike[str], *, on: date) -> None:
    write_csv(path, status_rows(plan, on))


def _number(value: float) -> str:
    """Whole numbers without ".0"; others with full precision, never in a locale style."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else round(fraction * 100, 1)


def _rounded(value: float | None) -> float | None:
    """Computed figures to 4 decimals: 8267.4667 reads better than 8267.466666666667."""
    return None if value is None else round(value, 4)
