"""load() of the benchmark plan (300 goals, 10,000 steps, 200,000 actuals) stays fast.

Wall-clock limits are meaningless on a shared test machine, so the load is compared with
the cheapest possible read of the same data: fetching the actuals table as raw tuples.
Building the whole Plan must cost only a small multiple of that (about 2x when measured);
a per-row query or dict-based rows would be several times slower and fail here.
Run ``python -m tests.store.test_load_speed`` for absolute figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bakeryplan.store.repository import PlanRepository
from tests.store.plans import benchmark_plan


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def cold_load(path: Path) -> float:
    """A first load() after opening: nothing reused from an earlier load."""
    with PlanRepository.open(path, read_only=True) as repo:
        start = time.perf_counter()
        plan = repo.load()
        elapsed = time.perf_counter() - start
    assert (len(plan.goals), len(plan.steps), len(plan.actuals)) == (300, 10_000, 200_000)
    return elapsed


def measure(path: Path) -> dict[str, float]:
    with PlanRepository.open(path, read_only=True) as repo:
        raw_sql = "SELECT id, measure_id, on_date, value, note, source FROM actuals"
        raw = best_of(2, lambda: repo.connection.execute(raw_sql).fetchall())
    load = min(cold_load(path) for _ in range(2))
    return {"load": load, "raw_actuals_fetch": raw, "ratio": load / raw}


@pytest.fixture(scope="module")
def benchmark_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "benchmark.bakeryplan"
    PlanRepository.create(path, benchmark_plan()).close()
    return path


@pytest.mark.slow  # building and writing the 200,000-actual plan takes most of the time
def test_benchmark_plan_loads_in_a_small_multiple_of_a_raw_read(benchmark_file: Path) -> None:
    figures = measure(benchmark_file)
    print(f"\nload {figures['load']:.3f} s, raw fetch {figures['raw_actuals_fetch']:.3f} s")
    assert figures["ratio"] < 4.0, figures


if __name__ == "__main__":
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.environ["BAKERYPLAN_DATA_DIR"] = folder
        started = time.perf_counter()
        big_plan = benchmark_plan()
        print(f"build the Plan value: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        plan_file = Path(folder) / "benchmark.bakeryplan"
        PlanRepository.create(plan_file, big_plan).close()
        print(f"create: {time.perf_counter() - started:.2f} s, {plan_file.stat().st_size} bytes")
        started = time.perf_counter()
        PlanRepository.open(plan_file).close()
        print(f"open read-write (checks, lock, backup): {time.perf_counter() - started:.3f} s")
        print({k: round(v, 3) for k, v in measure(plan_file).items()})
        with PlanRepository.open(plan_file) as editing:
            editing.load()
            step = editing.load().steps[0]
            started = time.perf_counter()
            editing.update_step(step)
            editing.load()
            print(f"edit a step and reload (actuals reused): {time.perf_counter() - started:.3f} s")
        started = time.perf_counter()
        for _ in range(10**7):
            pass
        print(f"calibration, 10**7 empty loop turns: {time.perf_counter() - started:.3f} s")
