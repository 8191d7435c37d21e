"""Write the sample plan of the current schema version into tests/store/samples/.

Run once whenever SCHEMA_VERSION goes up (``python -m tests.store.make_sample``) and commit
the new file; never regenerate an older sample: they stand for files users already have.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import SCHEMA_VERSION
from tests.store.plans import small_plan

SAMPLES = Path(__file__).with_name("samples")


def sample_path(version: int) -> Path:
    return SAMPLES / f"plan-v{version}.bakeryplan"


def main() -> None:
    target = sample_path(SCHEMA_VERSION)
    if target.exists():
        raise SystemExit(f"{target} exists; older samples must never change")
    with tempfile.TemporaryDirectory() as data:
        os.environ["BAKERYPLAN_DATA_DIR"] = data  # keep the backup out of the user's folder
        PlanRepository.create(target, small_plan()).close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
