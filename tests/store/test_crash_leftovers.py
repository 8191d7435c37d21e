"""Temporary files a crash left behind are removed at the next start.

Found after killing writes at random moments: the half-written temporaries of a new plan,
a ``demo --force`` and a backup stayed beside the plan and in the backups folder for ever.
"""

from __future__ import annotations

from pathlib import Path

from bakeryplan.store.backups import backup_dir_for, make_backup
from bakeryplan.store.repository import PlanRepository
from tests.store.test_atomic_files import dead_process_id


def test_opening_a_plan_removes_what_crashed_writes_left(closed_plan: Path) -> None:
    dead = dead_process_id()
    make_backup(closed_plan, "manual")
    beside = [
        closed_plan.with_name(f".{closed_plan.name}.{dead}-abcd1234.tmp"),
        closed_plan.with_name(f".{closed_plan.name}.{dead}-abcd1234.tmp-journal"),
    ]
    in_backups = (
        backup_dir_for(closed_plan) / f".20260101T000000000000Z-open.bakeryplan.{dead}-x1y2z3w4.tmp"
    )
    for path in [*beside, in_backups]:
        path.write_bytes(b"half a plan")
    with PlanRepository.open(closed_plan):
        pass
    assert not any(path.exists() for path in [*beside, in_backups])


def test_a_read_only_open_leaves_the_folder_alone(closed_plan: Path) -> None:
    left = closed_plan.with_name(f".{closed_plan.name}.{dead_process_id()}-abcd1234.tmp")
    left.write_bytes(b"half a plan")
    with PlanRepository.open(closed_plan, read_only=True):
        pass
    assert left.exists()
