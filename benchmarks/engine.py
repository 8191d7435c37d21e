"""Open-and-status times of the demo plan and of a generated large plan, and peak memory.

Each measurement runs in a fresh child process (so imports, caches and peak memory are those
of a real start), alternating with a baseline child that only starts Python and reads the
same rows with plain sqlite3, on this same shared machine in the same run.

    python benchmarks/engine.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)
HERE = Path(__file__).resolve().parent


def child_measure(plan_path: str) -> None:
    """Runs in the child: time open+load and status of one plan; report peak memory."""
    import resource

    started = time.perf_counter()
    from bakeryplan.domain.alignment import find_alignment_issues
    from bakeryplan.domain.status import plan_status
    from bakeryplan.store.repository import PlanRepository

    imported = time.perf_counter()
    with PlanRepository.open(Path(plan_path), read_only=True) as repository:
        plan = repository.load_for_status(TODAY)  # what `status` reads
    opened = time.perf_counter()
    status = plan_status(plan, TODAY)
    computed = time.perf_counter()
    find_alignment_issues(plan, TODAY)
    checked = time.perf_counter()
    with PlanRepository.open(Path(plan_path), read_only=True) as repository:
        whole = repository.load()  # what the window and the exports read
    loaded = time.perf_counter()
    plan_status(whole, TODAY)
    computed_whole = time.perf_counter()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # of the load and status
    reload_s = edit_and_reload(Path(plan_path))
    print(
        json.dumps(
            {
                "import_s": imported - started,
                "open_s": opened - imported,
                "status_s": computed - opened,
                "check_s": checked - computed,
                "open_load_s": loaded - checked,
                "status_whole_s": computed_whole - loaded,
                "reload_s": reload_s,
                "goals": len(status.goals),
                "peak_mib": peak_kib / 1024,
            }
        )
    )


def edit_and_reload(plan_path: Path) -> float:
    """Seconds the window's reload takes after one typed value (the actual is then removed)."""
    from bakeryplan.domain.model import Actual
    from bakeryplan.store.repository import PlanRepository

    with PlanRepository.open(plan_path, back_up=False) as repository:
        measure = repository.load().measures[0]
        added = repository.add_actual(Actual(measure.id, TODAY, 1.0, "benchmark"))
        started = time.perf_counter()
        repository.load()
        reloaded = time.perf_counter() - started
        repository.delete_actual(added.id)
    return reloaded


def child_baseline(plan_path: str) -> None:
    """Runs in the child: plain sqlite3 reading every row, the floor for any loader."""
    import resource
    import sqlite3

    started = time.perf_counter()
    connection = sqlite3.connect(Path(plan_path).as_uri() + "?mode=ro", uri=True)
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    rows = sum(len(connection.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables)
    connection.close()
    print(
        json.dumps(
            {
                "read_s": time.perf_counter() - started,
                "rows": rows,
                "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def run_child(mode: str, plan: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(plan)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def build_plans(folder: Path) -> dict[str, Path]:
    sys.path.insert(0, str(HERE))
    from large_plan import large_plan

    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository

    plans = {"demo": folder / "demo.bakeryplan", "large": folder / "large.bakeryplan"}
    started = time.perf_counter()
    PlanRepository.create(plans["demo"], demo_plan(TODAY)).close()
    generated = large_plan(TODAY)
    built = time.perf_counter()
    PlanRepository.create(plans["large"], generated).close()
    written = time.perf_counter()
    print(
        f"large plan: {len(generated.goals)} goals, {len(generated.steps)} steps, "
        f"{len(generated.actuals)} actuals, {len(generated.measures)} measures; "
        f"generated in {built - started:.2f} s, written in {written - built:.2f} s, "
        f"{plans['large'].stat().st_size / 1e6:.1f} MB"
    )
    return plans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PLAN"))
    args = parser.parse_args()
    if args.child:
        mode, plan = args.child
        (child_measure if mode == "measure" else child_baseline)(plan)
        return
    with tempfile.TemporaryDirectory() as folder:
        plans = build_plans(Path(folder))
        for name, plan in plans.items():
            runs, baselines = [], []
            for _ in range(args.rounds):
                runs.append(run_child("measure", plan))
                baselines.append(run_child("baseline", plan))

            report(name, runs, baselines)


def report(name: str, runs: list[dict[str, float]], baselines: list[dict[str, float]]) -> None:
    def ms(key: str, rows: list[dict[str, float]] = runs) -> float:
        return statistics.median(row[key] for row in rows) * 1000

    pad = " " * len(name)
    print(
        f"{name}: open {ms('open_s'):.1f} ms + status {ms('status_s'):.1f} ms = "
        f"{ms('open_s') + ms('status_s'):.1f} ms (check {ms('check_s'):.1f} ms, "
        f"imports {ms('import_s'):.0f} ms)"
    )
    print(
        f"{pad}  whole load {ms('open_load_s'):.1f} ms + status {ms('status_whole_s'):.1f} ms = "
        f"{ms('open_load_s') + ms('status_whole_s'):.1f} ms; "
        f"peak {max(r['peak_mib'] for r in runs):.0f} MiB"
    )
    print(f"{pad}  reload after one typed value (what every edit costs): {ms('reload_s'):.1f} ms")
    print(
        f"{pad}  baseline, plain sqlite3 reading all {int(baselines[0]['rows'])} rows: "
        f"{ms('read_s', baselines):.1f} ms, peak {max(b['peak_mib'] for b in baselines):.0f} MiB "
        f"(medians of {len(runs)})"
    )


if __name__ == "__main__":
    main()
