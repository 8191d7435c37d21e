"""How fast does BakeryPlan show its window, compared with a bare PySide6 window?

Starts ``python -m bakeryplan PLAN`` on the demo plan and a minimal QMainWindow script
alternately, each child printing a timestamp when its window is first exposed and quitting
(``BAKERYPLAN_BENCH_EXIT_ON_SHOW=1``). Prints the medians and their ratio; the target is
a ratio of at most 1.3.

The app opens on the tab used last; ``--tab`` sets it (default 1, Goals: the tab with the
most to compute). ``--compiled`` lets both children use byte-code cached in a temporary
folder, as an installed app does, even when PYTHONDONTWRITEBYTECODE is set.

    python benchmarks/startup.py [--runs 7] [--check] [--tab 1] [--compiled]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bakeryplan.ui.app import BENCH_ENV, SHOWN_MARKER

TARGET_RATIO = 1.3
BENCH_TODAY = date(2026, 11, 27)

BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Reporter(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            print("{SHOWN_MARKER}", f"{{time.time():.6f}}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
reporter = Reporter()
window.windowHandle().installEventFilter(reporter)
sys.exit(app.exec())
"""


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it reports its window exposed."""
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN_MARKER):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no window reported by {command}: {result.stderr[-2000:]}")


def make_demo_plan(folder: Path) -> Path:
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository

    path = folder / "Sunrise Bakery.bakeryplan"
    PlanRepository.create(path, demo_plan(BENCH_TODAY)).close()
    return path


def remember_tab(index: int) -> None:
    """Make ``index`` the tab used last, in the benchmark's own settings."""
    from bakeryplan.ui import settings

    settings.write(settings.CURRENT_TAB, index)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    parser.add_argument("--check", action="store_true", help="exit 1 above the target ratio")
    parser.add_argument("--tab", type=int, default=1, help="the tab shown (0 Vision, 1 Goals)")
    parser.add_argument(
        "--compiled", action="store_true", help="cache byte-code for both children (as installed)"
    )
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    with tempfile.TemporaryDirectory(prefix="bakeryplan-bench-") as temp:
        folder = Path(temp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update({BENCH_ENV: "1", "BAKERYPLAN_DATA_DIR": str(folder / "data")})
        env["BAKERYPLAN_TODAY"] = BENCH_TODAY.isoformat()
        os.environ["BAKERYPLAN_DATA_DIR"] = env["BAKERYPLAN_DATA_DIR"]
        if args.compiled:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        plan = make_demo_plan(folder)
        remember_tab(args.tab)
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        app_command = [sys.executable, "-m", "bakeryplan", str(plan)]
        bare_command = [sys.executable, str(bare_script)]
        time_to_window(app_command, env)  # warm the file cache for both
        time_to_window(bare_command, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            app_times.append(time_to_window(app_command, env))
            bare_times.append(time_to_window(bare_command, env))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"runs each:            {runs}  (tab {args.tab}, compiled: {args.compiled})")
    print(f"bare PySide6 window:  median {bare_median * 1000:.0f} ms  {_list(bare_times)}")
    print(f"BakeryPlan with plan: median {app_median * 1000:.0f} ms  {_list(app_times)}")
    print(f"ratio:                {ratio:.2f} (target <= {TARGET_RATIO})")
    return 1 if args.check and ratio > TARGET_RATIO else 0


def _list(times: list[float]) -> str:
    return "[" + ", ".join(f"{t * 1000:.0f}" for t in times) + "]"


if __name__ == "__main__":
    sys.exit(main())
