"""The start-up benchmark's child windows still run and report, so its figures stay real."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "startup.py"


@pytest.fixture(scope="module")
def startup() -> ModuleType:
    spec = importlib.util.spec_from_file_location("startup_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "script", ["BARE_WINDOW", "RAW_SQLITE_WINDOW", "LAYERED_WINDOW", "REAL_WINDOW"]
)
def test_each_reference_window_reports_its_first_paint(
    startup: ModuleType, script: str, tmp_path: Path
) -> None:
    plan = startup.make_demo_plan(tmp_path)
    path = tmp_path / "window.py"
    path.write_text(getattr(startup, script), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    seconds = startup.time_to_window([sys.executable, str(path), str(plan)], env)
    assert 0 < seconds < 60
