"""The command line never destroys what it cannot give back, and refuses bad input plainly."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.backups import list_backups
from bakeryplan.store.repository import PlanRepository
from tests.cli.conftest import ON, digest, make_demo, one_line_error


def test_force_backs_up_the_plan_it_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    with PlanRepository.open(path) as repository:
        repository.delete_goal(repository.load().goals[0].id)
        edited = repository.load()
    assert main(["demo", str(path), "--force", "--on", ON]) == 0
    replaced = [b for b in list_backups(path) if "replacing" in b.reason]
    assert len(replaced) == 1
    with PlanRepository.open(replaced[0].path, read_only=True) as backup:
        assert backup.load() == edited
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bakeryplan"]


@pytest.mark.parametrize("kind", ["notes", "truncated", "newer"])
def test_force_refuses_what_is_not_a_healthy_plan(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "notes":
        path = tmp_path / "plan.bakeryplan"
        path.write_text("flour, butter, yeast\n")
    else:
        path = make_demo(tmp_path / "plan.bakeryplan")
        if kind == "truncated":
            path.write_bytes(path.read_bytes()[:4096])
        else:
            connection = sqlite3.connect(path)
            connection.execute("PRAGMA user_version = 99")
            connection.commit()
            connection.close()
    capsys.readouterr()
    before = digest(path)
    assert main(["demo", str(path), "--force", "--on", ON]) == 2
    assert "--force only replaces a BakeryPlan plan" in one_line_error(capsys)
    assert digest(path) == before


def test_force_backs_up_a_plan_left_mid_change_with_its_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    before = digest(path), digest(journal)
    assert main(["demo", str(path), "--force", "--on", ON]) == 0
    (kept,) = [b.path for b in list_backups(path) if b.reason == "before-repair"]
    assert (digest(kept), digest(kept.with_name(kept.name + "-journal"))) == before


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [("--currency", "zz", "currency code"), ("--locale", "xx_BOGUS", "locale")],
)
def test_new_refuses_an_unknown_currency_or_locale(
    tmp_path: Path, option: str, value: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.bakeryplan"
    assert main(["new", str(target), option, value]) == 2
    assert words in one_line_error(capsys)
    assert not target.exists()


@pytest.mark.parametrize("command", ["status", "print-plan", "export-chart"])
def test_a_date_out_of_range_is_one_line(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    capsys.readouterr()
    extra = {
        "status": [],
        "print-plan": ["-o", str(tmp_path / "x.pdf")],
        "export-chart": ["--measure", "Weekly revenue", "-o", str(tmp_path / "x.png")],
    }[command]
    assert main([command, str(path), "--on", "9999-12-31", *extra]) == 2
    assert "outside the years" in capsys.readouterr().err


def test_export_csv_of_actuals_and_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    with PlanRepository.open(path, read_only=True) as repository:
        plan = repository.load()
    actuals_file, status_file = tmp_path / "actuals.csv", tmp_path / "status.csv"
    assert main(["export-csv", str(path), "-o", str(actuals_file)]) == 0
    assert main(["export-csv", str(path), "-o", str(status_file), "--status", "--on", ON]) == 0
    actual_rows = list(csv.reader(io.StringIO(actuals_file.read_text(encoding="utf-8-sig"))))
    assert len(actual_rows) == 1 + len(plan.actuals)
    status_text = status_file.read_text(encoding="utf-8-sig")
    for measure in plan.measures:
        assert measure.name in status_text


def test_every_subcommand_is_known_without_building_the_parser() -> None:
    import argparse

    from bakeryplan.cli import SUBCOMMANDS, build_parser

    choices = next(
        action.choices
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert set(choices) == SUBCOMMANDS
