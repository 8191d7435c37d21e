"""The command line as a script author uses it: exit codes, output, files written."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bakeryplan import __version__
from bakeryplan.cli import main
from bakeryplan.cli.status_text import status_as_text
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import (
    Actual,
    Business,
    Direction,
    Goal,
    Measure,
    Perspective,
    Plan,
)
from bakeryplan.domain.status import PlanStatus, plan_status
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import outlook

ON = "2026-11-27"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "Sunrise Bakery.bakeryplan"
    assert main(["demo", str(path), "--on", ON]) == 0
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"bakeryplan {__version__}"


def test_demo_refuses_to_overwrite_without_force(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    assert main(["demo", str(demo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert demo.read_bytes() == before


def test_demo_force_replaces_and_keeps_a_backup(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with PlanRepository.open(demo) as repository:
        goal = repository.load().goals[0]
        repository.delete_goal(goal.id)
    assert main(["demo", str(demo), "--force", "--on", ON]) == 0
    with PlanRepository.open(demo, read_only=True) as repository:
        assert goal.title in [g.title for g in repository.load().goals]
    capsys.readouterr()
    assert main(["backups", str(demo)]) == 0
    assert "replacing" in capsys.readouterr().out


def test_new_empty_plan_takes_its_name_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Corner Cafe.bakeryplan"
    assert main(["new", str(path), "--owner", "Ana", "--currency", "gbp"]) == 0
    with PlanRepository.open(path, read_only=True) as repository:
        plan = repository.load()
    assert plan.business.name == "Corner Cafe"
    assert plan.business.owner == "Ana"
    assert plan.business.currency == "GBP"
    assert plan.goals == ()


def test_export_then_new_from_json_round_trips(demo: Path, tmp_path: Path) -> None:
    exported = tmp_path / "plan.json"
    assert main(["export", str(demo), "-o", str(exported)]) == 0
    copy = tmp_path / "copy.bakeryplan"
    assert main(["new", str(copy), "--from", str(exported)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", str(copy), "-o", str(again)]) == 0
    first, second = json.loads(exported.read_text()), json.loads(again.read_text())
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_new_from_invalid_json_names_the_field_and_writes_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "plan.json"
    main(["export", str(demo), "-o", str(exported)])
    data = json.loads(exported.read_text())
    data["goals"][0]["perspective"] = "finance"
    exported.write_text(json.dumps(data))
    target = tmp_path / "bad.bakeryplan"
    capsys.readouterr()
    assert main(["new", str(target), "--from", str(exported)]) == 2
    err = capsys.readouterr().err
    assert "perspective" in err and "finance" in err and err.count("\n") == 1
    assert not target.exists()


def test_status_text_names_goals_health_and_forecast(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["status", str(demo), "--on", ON]) == 0
    out = capsys.readouterr().out
    with PlanRepository.open(demo, read_only=True) as repository:
        plan = repository.load()
    for goal in plan.goals:
        assert goal.title in out
    assert "On track" in out and "At risk" in out and "Behind" in out
    # Shares are of the steps' effort, so they need not match the count of steps.
    steps = (
        "Steps: 1 of 4 steps done, 2 overdue; 32% of the effort done, 89% planned by now: At risk"
    )
    assert steps in out


@pytest.mark.parametrize(
    ("on", "start"),
    [(ON, "At this pace the target is reached on "), ("2027-03-01", "At this pace you reach")],
)
def test_status_text_gives_the_engines_forecast_of_revenue(
    demo: Path, capsys: pytest.CaptureFixture[str], on: str, start: str
) -> None:
    with PlanRepository.open(demo, read_only=True) as repository:
        plan = repository.load()
    revenue = next(m for m in plan.measures if m.name == "Weekly revenue")
    day = date.fromisoformat(on)
    status = measure_status(revenue, plan.actuals_of(revenue.id), day, business=plan.business)
    sentence = outlook(formatter_for(plan.business), status)
    assert sentence.startswith(start)
    capsys.readouterr()
    assert main(["status", str(demo), "--on", on]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Weekly revenue:"))
    assert f"        {sentence}" in lines[at + 1 : at + 4]


def _one_measure_plan(measure: Measure, value: float) -> Plan:
    goal = Goal("Keep it right", Perspective.FINANCIAL, id=1)
    return Plan(
        Business("B"),
        goals=(goal,),
        measures=(replace(measure, goal_id=1, id=1),),
        actuals=(Actual(1, date(2026, 3, 1), value, id=1),),
    )


@pytest.mark.parametrize(
    ("low", "high", "unit", "value", "health", "words"),
    [
        (28.0, None, "%", 40.0, "On track", "to be at least 28%"),
        (None, 30.0, "%", 40.0, "At risk", "to be at most 30%"),
        (5.0, 2.0, "C", 3.0, "On track", "to be kept between 2 C and 5 C"),
    ],
)
def test_status_text_says_the_band_the_health_judges(
    low: float | None, high: float | None, unit: str, value: float, health: str, words: str
) -> None:
    band = Measure(0, "Share", unit, Direction.BAND, 0.0, 30.0, date(2026, 1, 1),
                   date(2026, 12, 31), band_low=low, band_high=high)  # fmt: skip
    plan = _one_measure_plan(band, value)
    lines = status_as_text(plan, plan_status(plan, date(2026, 3, 2))).splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Share:"))
    assert lines[at].endswith(f": {health}")
    assert lines[at + 1] == f"        {words}"


def test_status_text_says_one_cafe() -> None:
    cafes = Measure(0, "Cafes supplied", "cafes", baseline=0.0, target=3.0,
                    start=date(2026, 1, 1), target_date=date(2026, 12, 31))  # fmt: skip
    text = status_as_text(*_plan_and_status(_one_measure_plan(cafes, 1.0)))
    assert "Cafes supplied: 1 cafe, planned " in text
    stars = replace(cafes, name="Rating", unit="stars", baseline=4.0, target=5.0)
    text = status_as_text(*_plan_and_status(_one_measure_plan(stars, 4.51)))
    assert "Rating: 4.51 stars, planned " in text


def _plan_and_status(plan: Plan) -> tuple[Plan, PlanStatus]:
    return plan, plan_status(plan, date(2026, 3, 2))


def test_status_json_has_every_goal_and_measure(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["status", str(demo), "--on", ON, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    with PlanRepository.open(demo, read_only=True) as repository:
        plan = repository.load()
    assert report["on"] == ON
    assert [g["title"] for g in report["goals"]] == [g.title for g in plan.goals]
    measures = [m for g in report["goals"] for m in g["measures"]]
    assert len(measures) == len(plan.measures)
    assert {g["health"] for g in report["goals"]} >= {"on_track", "behind", "at_risk"}


def test_status_on_a_later_date_changes_expectations(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["status", str(demo), "--on", ON, "--json"]) == 0
    now = json.loads(capsys.readouterr().out)
    assert main(["status", str(demo), "--on", "2027-03-01", "--json"]) == 0
    later = json.loads(capsys.readouterr().out)
    expected_now = [m["expected"] for g in now["goals"] for m in g["measures"]]
    expected_later = [m["expected"] for g in later["goals"] for m in g["measures"]]
    assert expected_now != expected_later


def test_check_lists_findings(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check", str(demo), "--on", ON]) == 0
    text = capsys.readouterr().out
    assert "overdue" in text
    assert main(["check", str(demo), "--on", ON, "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert findings and {"code", "severity", "message", "subject"} <= set(findings[0])


def test_backup_and_restore(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["backup", str(demo)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.is_file()
    with PlanRepository.open(demo) as repository:
        before = repository.load()
        for goal in before.goals:
            if goal.parent_id is None:  # sub-goals go with their parent
                repository.delete_goal(goal.id)
        assert repository.load().goals == ()
    assert main(["restore", str(demo), str(backup)]) == 0
    with PlanRepository.open(demo, read_only=True) as repository:
        after = repository.load()
    assert before.goals  # there was something to lose
    assert after.goals == before.goals
    assert after.measures == before.measures
    assert after.steps == before.steps
    assert after.actuals == before.actuals


@pytest.mark.parametrize(
    ("arguments", "shown"),
    [
        (["status", "{plan}", "--on", "27/11/2026"], "2026-11-27"),
        (["status", "{plan}", "--on", "2026-13-01"], "bakeryplan status --help"),
        (["print-plan", "{plan}", "-o", "x.pdf", "--page-size", "a3"], "'a4', 'letter'"),
        (["status"], "required: PLAN"),
        (["export-chart", "{plan}", "--from", "9000-01-01"], "1900 to 2199"),
    ],
)
def test_usage_errors_are_one_line(
    demo: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], shown: str
) -> None:
    """As the README promises for every error: one line on stderr, exit code 2."""
    capsys.readouterr()
    assert main([a.format(plan=demo) for a in arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bakeryplan: error: ") and err.count("\n") == 1
    assert shown in err


def test_window_refuses_a_missing_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.bakeryplan")]) == 2
    assert "no plan file" in capsys.readouterr().err


def test_status_of_a_plan_from_an_older_today_is_deterministic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.bakeryplan", tmp_path / "b.bakeryplan"
    assert main(["demo", str(first), "--on", ON]) == 0
    assert main(["demo", str(second), "--on", ON]) == 0
    capsys.readouterr()
    assert main(["status", str(first), "--on", ON, "--json"]) == 0
    a = capsys.readouterr().out
    assert main(["status", str(second), "--on", ON, "--json"]) == 0
    assert json.loads(a)["goals"]
    assert a == capsys.readouterr().out


def test_today_default_is_used_when_no_date_given(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["status", str(demo), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["on"] == date.today().isoformat()


def test_check_json_names_each_perspective_without_a_goal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "empty.bakeryplan"
    assert main(["new", str(plan), "--name", "Corner Shop"]) == 0
    capsys.readouterr()
    assert main(["check", str(plan), "--on", ON, "--json"]) == 0
    subjects = [f["subject"] for f in json.loads(capsys.readouterr().out)]
    names = {s["name"] for s in subjects if s["kind"] == "perspective"}
    assert names == {"financial", "customer", "internal_process", "learning_growth"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["new", "{dir}/shop.txt"], "must end in .bakeryplan"),
        (["demo", "{dir}/demo"], "must end in .bakeryplan"),
        (["print-plan", "{plan}", "-o", "{dir}/plan.txt"], "name it something.pdf"),
        (["progress-pack", "{plan}", "-o", "{dir}/pack"], "name it something.pdf"),
        (
            ["export-chart", "{plan}", "--measure", "Weekly revenue", "-o", "{dir}/c.png",
             "--from", "2027-01-01", "--to", "2026-01-01"],
            "--from 2027-01-01 must be before --to 2026-01-01",
        ),
    ],
)  # fmt: skip
def test_names_and_ranges_that_would_mislead_are_refused(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    before = sorted(tmp_path.iterdir())
    filled = [a.format(dir=tmp_path, plan=demo) for a in arguments]
    capsys.readouterr()
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert sorted(tmp_path.iterdir()) == before


def test_status_text_writes_shares_as_the_plans_locale_does(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported, german = tmp_path / "demo.json", tmp_path / "Bäckerei.bakeryplan"
    assert main(["export", str(demo), "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["business"]["locale"] = "de_DE"
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert main(["new", str(german), "--from", str(exported)]) == 0
    capsys.readouterr()
    assert main(["status", str(german), "--on", ON]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Fortschritt \d+\u00a0% des Weges, \d+\u00a0% bis dahin geplant", out)
    assert "80\u00a0% des Aufwands erledigt, 80\u00a0% bis heute geplant" in out
