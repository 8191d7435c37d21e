"""How long does ``bakeryplan print-plan`` take, start-up included?

Writes the demo plan to a scratch file, then runs ``python -m bakeryplan print-plan DEMO -o
out.pdf`` several times as a fresh process, alternating with a bare ``python -c "import
PySide6.QtGui"`` as the floor no Qt program can beat. Prints both medians, wall-clock and CPU
time (CPU time is the steadier figure on a shared machine); the target for print-plan is at
most 1 s wall-clock.

    python benchmarks/print_plan.py [--runs 7] [--check]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGET_SECONDS = 1.0
BENCH_TODAY = date(2026, 11, 27)

# Used only when the CLI has no print-plan subcommand: the same work, minus argparse.
DIRECT_SCRIPT = """
import sys
from datetime import date
from bakeryplan.store.repository import PlanRepository
from bakeryplan.reports.one_page import write_one_page_pdf
with PlanRepository.open(sys.argv[1], read_only=True) as repository:
    plan = repository.load()
write_one_page_pdf(plan, sys.argv[2], on=date.fromisoformat(sys.argv[3]))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; CPU time is steadier on a busy machine."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu_before


def print_command(plan: Path, output: Path) -> list[str]:
    """The CLI subcommand when it exists, else a script doing the same."""
    from bakeryplan.cli import build_parser

    names = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "print-plan" in names:
        return [
            sys.executable,
            "-m",
            "bakeryplan",
            "print-plan",
            str(plan),
            "-o",
            str(output),
            "--on",
            BENCH_TODAY.isoformat(),
        ]
    return [sys.executable, "-c", DIRECT_SCRIPT, str(plan), str(output), BENCH_TODAY.isoformat()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = parser.parse_args()

    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository

    with tempfile.TemporaryDirectory(prefix="bakeryplan-bench-") as scratch:
        folder = Path(scratch)
        env = dict(os.environ, BAKERYPLAN_DATA_DIR=str(folder / "data"))
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        plan = folder / "demo.bakeryplan"
        PlanRepository.create(plan, demo_plan(BENCH_TODAY)).close()
        output = folder / "out.pdf"
        command = print_command(plan, output)
        baseline = [sys.executable, "-c", "import PySide6.QtGui"]
        timed(command, env)  # warm the file cache once; not counted
        printing: list[tuple[float, float]] = []
        bare: list[tuple[float, float]] = []
        for _ in range(args.runs):
            printing.append(timed(command, env))
            bare.append(timed(baseline, env))
        if not output.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("print-plan wrote no PDF")

    kind = "print-plan" if "print-plan" in command else "write_one_page_pdf script"
    print_median = statistics.median(wall for wall, _ in printing)
    for label, runs in ((kind, printing), ("import PySide6.QtGui", bare)):
        walls = ", ".join(f"{wall:.3f}" for wall, _ in runs)
        print(
            f"{label:<26} median {statistics.median(w for w, _ in runs):.3f} s wall, "
            f"{statistics.median(c for _, c in runs):.3f} s CPU  (wall: {walls})"
        )
    verdict = "met" if print_median <= TARGET_SECONDS else "MISSED"
    print(f"target: print-plan <= {TARGET_SECONDS:.1f} s wall -> {verdict}")
    return 1 if args.check and print_median > TARGET_SECONDS else 0


if __name__ == "__main__":
    sys.exit(main())
