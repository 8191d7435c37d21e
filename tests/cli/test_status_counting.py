"""`status` counts a measure's entries into its periods, and ends quietly into a closed pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Goal,
    Measure,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.store.repository import PlanRepository

# Six product groups a day from a till, Monday 2 to Saturday 7 November 2026.
GROUPS = (261.12, 402.5, 198.35, 150.0, 221.5, 80.0)  # 1,313.47 a day
FIRST_DAY = date(2026, 11, 2)


def till_plan() -> Plan:
    goal = Goal("Take EUR 1,300 a day", Perspective.FINANCIAL, id=1)
    takings = Measure(
        1,
        "Daily takings",
        "EUR",
        baseline=1000.0,
        target=1600.0,
        start=date(2026, 1, 1),
        target_date=date(2026, 12, 31),
        curve=CurveKind.STEPPED,
        points=(CurvePoint(date(2026, 1, 1), 1300.0),),
        id=1,
        period=Period.DAY,
        counting=Counting.TOTAL,
    )
    entries = [
        Actual(1, FIRST_DAY + timedelta(days=day), value, f"group {i}", ActualSource.IMPORTED)
        for day in range(6)
        for i, value in enumerate(GROUPS)
    ]
    numbered = tuple(
        Actual(a.measure_id, a.on, a.value, a.note, a.source, id=n)
        for n, a in enumerate(entries, 1)
    )
    return Plan(Business("Corner Bakery", locale="de_DE"), goals=(goal,), measures=(takings,),
                actuals=numbered)  # fmt: skip


@pytest.fixture
def till(tmp_path: Path) -> Path:
    path = tmp_path / "till.bakeryplan"
    PlanRepository.create(path, till_plan()).close()
    return path


def status_json(path: Path, on: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["status", str(path), "--on", on, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return data["goals"][0]["measures"][0]


def test_a_days_figure_is_the_sum_of_its_entries(
    till: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    measure = status_json(till, "2026-11-07", capsys)
    assert (measure["period"], measure["counting"], measure["health_window"]) == (
        "day",
        "total",
        28,
    )
    last = measure["last_period"]
    assert (last["start"], last["end"], last["entries"]) == ("2026-11-06", "2026-11-06", 6)
    assert last["actual"] == pytest.approx(1313.47)
    assert last["planned"] == pytest.approx(1300)
    current = measure["current_period"]
    assert (current["start"], current["complete"], current["entries"]) == ("2026-11-07", False, 6)
    assert current["actual"] == pytest.approx(1313.47)
    assert [p["actual"] for p in measure["judged"]["periods"]] == pytest.approx([1313.47] * 5)
    assert measure["actual"] == pytest.approx(1313.47)
    assert measure["health"] == "on_track"


def test_a_day_without_entries_is_no_data_not_zero(
    till: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    measure = status_json(till, "2026-11-08", capsys)  # Sunday: closed
    assert measure["current_period"]["actual"] is None
    assert measure["current_period"]["entries"] == 0
    assert measure["last_period"]["start"] == "2026-11-07"
    assert len(measure["judged"]["periods"]) == 6
    assert measure["health"] == "on_track"


def test_status_text_says_the_days_sum(till: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status", str(till), "--on", "2026-11-07"]) == 0
    out = capsys.readouterr().out
    # A German plan: German words, numbers and dates (the plan's language, not the shell's).
    assert "Daily takings: 1.313\u00a0€, geplant 1.300\u00a0€ (5 Tage bis 06.11.2026" in out
    assert "Heute bisher: 1.313\u00a0€, geplant 1.300\u00a0€ bis zum 07.11.2026" in out


def test_status_into_a_closed_pipe_ends_quietly(till: Path, tmp_path: Path) -> None:
    env = {**os.environ, "BAKERYPLAN_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen(
        [sys.executable, "-m", "bakeryplan", "status", str(till)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before a line is written, as `| head -0`
    error = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert error == b""
