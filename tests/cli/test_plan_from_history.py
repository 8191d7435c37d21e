"""``bakeryplan plan-from-history``: the new plan as JSON, dry runs, writes and refusals."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.domain.model import CurveKind
from bakeryplan.store.backups import list_backups
from bakeryplan.store.repository import PlanRepository
from tests.domain.history_builders import history
from tests.store.history_plans import write_history_plan

# English month names German writes otherwise (April, August, September, November are the
# same in both).
ENGLISH_ONLY_MONTHS = r"\b(January|February|March|May|June|July|October|December)"

ASK = ["--measure", "weekly revenue", "--year-ending", "2026-08-02"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_history_plan(tmp_path / "bakery.bakeryplan")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(["plan-from-history", *arguments])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_each_period_of_the_new_plan_in_date_order(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, backups = digest(plan), list_backups(plan)
    code, out, _ = run(capsys, str(plan), *ASK, "--change", "8", "--dry-run", "--json")
    assert code == 0
    assert digest(plan) == before  # a dry run writes nothing
    assert list_backups(plan) == backups
    data = json.loads(out)
    periods = data["periods"]
    assert len(periods) == 53
    assert periods[0] == {"start": "2026-08-03", "planned": periods[0]["planned"]}
    starts = [date.fromisoformat(p["start"]) for p in periods]
    assert starts == sorted(starts) and all(day.weekday() == 0 for day in starts)
    easter_week = next(p["planned"] for p in periods if p["start"] == "2027-03-22")
    assert easter_week > 1.5 * next(p["planned"] for p in periods if p["start"] == "2027-03-08")
    assert data["planned"] == pytest.approx(data["last_year"] * 1.08, abs=0.01)
    assert data["written"] is False


def test_writing_replaces_the_curve_after_a_backup(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, str(plan), *ASK, "--change", "+8 %")
    assert code == 0
    assert "Wrote the new plan of Weekly revenue" in out
    assert "Easter Sunday 2026-04-05 -> 2027-03-28" in out
    newest = list_backups(plan)[0].path  # the plan as it was before the write
    with PlanRepository.open(newest, read_only=True) as backup:
        assert backup.load().measures[0].planned_from is None
    with PlanRepository.open(plan, read_only=True) as repository:
        loaded = repository.load()
    revenue = loaded.measure(1)
    assert revenue is not None and revenue.planned_from is not None
    assert revenue.curve is CurveKind.STEPPED and len(revenue.points) == 53
    assert revenue.planned_from.change_percent == pytest.approx(8.0)
    assert len(loaded.actuals) == len(history())  # the entries are untouched


def test_a_total_for_the_year_instead_of_a_change(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, str(plan), *ASK, "--year-total", "450000", "--dry-run", "--json")
    assert code == 0
    assert json.loads(out)["planned"] == pytest.approx(450_000)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--measure", "Daily loaves", "--year-ending", "2026-08-02", "--change", "8"],
         "No measure called 'Daily loaves'"),
        (["--measure", "Google rating", "--year-ending", "2026-08-02", "--change", "8"],
         "read as its latest figure"),
        (["--measure", "Weekly revenue", "--year-ending", "2020-12-31", "--change", "8"],
         "has no entries in the year"),
        (["--measure", "Weekly revenue", "--year-ending", "2021-09-15", "--change", "8"],
         "Too little history"),
        (["--measure", "Weekly revenue", "--year-ending", "2022-03-31", "--change", "8"],
         "Add --fill-gaps"),
    ],
)  # fmt: skip
def test_a_refusal_is_one_line_with_exit_code_2(
    plan: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], words: str
) -> None:
    before = digest(plan)
    code, out, err = run(capsys, str(plan), *arguments)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("bakeryplan: error: ")
    assert words in err
    assert digest(plan) == before


def test_an_incomplete_year_with_a_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write_history_plan(tmp_path / "new.bakeryplan", history(first=date(2026, 3, 2)))
    code, _, err = run(capsys, str(plan), *ASK, "--change", "5", "--dry-run")
    assert code == 2 and "The entries start on 2. März 2026" in err
    code, out, _ = run(capsys, str(plan), *ASK, "--change", "5", "--known-only", "--json")
    assert code == 0
    assert json.loads(out)["periods"][0]["start"] == "2027-03-01"
    code, out, _ = run(capsys, str(plan), *ASK, "--change", "5", "--fill-gaps", "--dry-run")
    assert code == 0 and "missing days of last year filled from the weeks around" in out


def test_a_bad_percentage_is_a_usage_error(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(plan), *ASK, "--change", "lots")
    assert code == 2
    assert '"lots" is not a percentage' in err


def test_status_judges_the_drawn_plan_on_its_year(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The weeks recorded at 97 % of their plan: status says the share of the plan made and
    where the year comes out, not how far the window is on the way to the best week."""
    from datetime import timedelta

    from bakeryplan.domain.model import Actual

    assert run(capsys, str(plan), *ASK, "--change", "8")[0] == 0
    with PlanRepository.open(plan) as repository:
        m = repository.load().measure(1)
        assert m is not None
        for point in m.points:
            if point.on + timedelta(days=5) <= date(2026, 12, 30):
                saturday = point.on + timedelta(days=5)
                repository.add_actual(Actual(1, saturday, round(point.value * 0.97, 2)))
        planned = sum(point.value for point in m.points)
    assert main(["status", str(plan), "--on", "2026-12-30"]) == 0
    out = capsys.readouterr().out
    assert "97\u00a0% des Plans erreicht" in out  # a German plan speaks German
    total = f"{round(0.97 * planned):,}".replace(",", ".")
    assert f"Bei diesem Tempo kommt das Jahr auf {total}\u00a0€ (Plan " in out  # one locale
    assert not re.search(ENGLISH_ONLY_MONTHS, out)
    assert "des Weges" not in out.split("Weekly revenue", 1)[1].split("Google rating")[0]
