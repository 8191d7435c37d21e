"""What the app loads before its first window is on screen, and what it leaves for later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.app import BENCH_ENV, SHOWN_MARKER
from tests.ui.conftest import DEMO_TODAY

MODULES_MARKER = "MODULES_AT_FIRST_EXPOSE"

# Runs the app as ``python -m bakeryplan PLAN`` does and lists sys.modules at the moment
# the benchmark's reporter sees the window exposed.
SPY = f"""
import sys
from bakeryplan.ui import app

original = app._report_shown_and_quit

def spying(application):
    print("{MODULES_MARKER}", ",".join(sorted(sys.modules)), flush=True)
    original(application)

app._report_shown_and_quit = spying
from bakeryplan.cli import main
sys.exit(main([sys.argv[1]]))
"""

NEVER_BEFORE_THE_WINDOW = (
    "matplotlib",
    "numpy",
    "pandas",
    "babel",
    "textstat",
    "pypdf",
    "bakeryplan.reports.chart",
    "bakeryplan.store.backups",
    "bakeryplan.ui.readable_style",  # light scheme: Fusion itself, no Python style
    # Only the tab on screen is built; the demo opens on the Vision tab.
    "bakeryplan.ui.panels.chart_panel",
    "bakeryplan.ui.panels.people_panel",
    "bakeryplan.ui.panels.alignment_panel",
    "bakeryplan.domain.alignment",
    "PySide6.QtPrintSupport",
)


@pytest.fixture(scope="module")
def modules_at_first_window(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    folder = tmp_path_factory.mktemp("startup")
    plan = folder / "Sunrise Bakery.bakeryplan"
    PlanRepository.create(plan, demo_plan(DEMO_TODAY)).close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BAKERYPLAN_DATA_DIR=str(folder / "data"),
        BAKERYPLAN_TODAY=DEMO_TODAY.isoformat(),
        **{BENCH_ENV: "1"},
    )
    result = subprocess.run(
        [sys.executable, "-c", SPY, str(plan)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert any(line.startswith(SHOWN_MARKER) for line in result.stdout.splitlines())
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith(MODULES_MARKER)]
    return set(line.split()[1].split(","))


def test_the_window_shows_the_plan_before_heavy_or_unused_modules_load(
    modules_at_first_window: set[str],
) -> None:
    assert "bakeryplan.ui.panels.vision_panel" in modules_at_first_window  # the check works
    loaded = {
        name
        for name in NEVER_BEFORE_THE_WINDOW
        if name in modules_at_first_window
        or any(m.startswith(name + ".") for m in modules_at_first_window)
    }
    assert not loaded


def test_sqlite_utils_waits_for_the_first_write(modules_at_first_window: set[str]) -> None:
    assert "sqlite_utils" not in modules_at_first_window
