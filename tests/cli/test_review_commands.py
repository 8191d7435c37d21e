"""``review-digest`` and ``print-checkin`` as a script author uses them."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.cli import main
from bakeryplan.domain.model import Alignment, PlanOrigin
from bakeryplan.store.demo_figures import REVENUE
from bakeryplan.store.repository import PlanRepository

ON = "2026-11-27"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "Sunrise Bakery.bakeryplan"
    assert main(["demo", str(path), "--on", ON]) == 0
    return path


def test_review_digest_prints_what_changed_since_the_last_review(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["review-digest", str(demo), "--on", ON]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sunrise Bakery: what changed since the monthly review of 7 November")
    assert "Unsold bread: On track → Behind" in out
    assert "Steps newly overdue (1)" in out and "New feedback (2)" in out
    assert "Decisions of the last review (3)" in out


def test_review_digest_json_names_health_and_plan_changes(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with PlanRepository.open(demo) as repository:
        revenue = repository.load().measure(REVENUE)
        assert revenue is not None
        repository.update_measure(dataclasses.replace(revenue, target=9500.0))
    capsys.readouterr()
    assert main(["review-digest", str(demo), "--on", ON, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["last_review"]["held"] == "2026-11-07"
    assert data["last_review"]["has_snapshot"] is True
    assert [(c["name"], c["from"], c["to"]) for c in data["health_changes"]] == [
        ("Unsold bread", "on_track", "behind")
    ]
    assert data["plan_changes"] == [
        {
            "subject": "measure",
            "id": REVENUE,
            "name": "Weekly revenue",
            "field": "target",
            "from": 9000.0,
            "to": 9500.0,
            "text": "target €9,000 → €9,500",
        }
    ]
    assert [s["title"] for s in data["newly_overdue"]] == ["Buy a second set of delivery crates"]
    assert data["actuals_recorded"] == 28


def test_review_digest_json_names_a_plan_drawn_from_last_year(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only where the plan came from changed here, as the snapshot kept it."""
    origin = PlanOrigin(date(2026, 7, 31), 8.0, Alignment.WEEKDAY)
    with PlanRepository.open(demo) as repository:
        revenue = repository.load().measure(REVENUE)
        assert revenue is not None
        repository.update_measure(dataclasses.replace(revenue, planned_from=origin))
    capsys.readouterr()
    assert main(["review-digest", str(demo), "--on", ON, "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)["plan_changes"]
    assert change == {
        "subject": "measure",
        "id": REVENUE,
        "name": "Weekly revenue",
        "field": "planned_from",
        "from": None,
        "to": {"year_ending": "2026-07-31", "change_percent": 8.0, "alignment": "weekday"},
        "text": "now planned from last year (year ending 31 Jul 2026, +8 %, days matched by "
        "weekday)",
    }


def test_review_digest_before_any_review(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["review-digest", str(demo), "--on", "2026-11-01"]) == 0
    assert capsys.readouterr().out == (
        "Sunrise Bakery: no review held on or before 1 November 2026 yet.\n"
    )
    assert main(["review-digest", str(demo), "--on", "2026-11-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"on": "2026-11-01", "last_review": None}


def test_print_checkin_writes_one_page_for_the_week_asked(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    capsys.readouterr()
    assert main(["print-checkin", str(demo), "-o", str(out), "--week", "2026-12-16"]) == 0
    assert capsys.readouterr().out == f"Wrote {out} for the week of 2026-12-14\n"
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "Take Christmas pre-orders" in " ".join(reader.pages[0].extract_text().split())
    letter = tmp_path / "letter.pdf"
    assert main(["print-checkin", str(demo), "-o", str(letter), "--page-size", "letter"]) == 0
    width, height = (float(v) for v in PdfReader(letter).pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (792, 612)  # Letter, landscape


def test_print_checkin_is_for_next_week_by_default(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    capsys.readouterr()
    assert main(["print-checkin", str(demo), "-o", str(out)]) == 0
    today = date.today()
    next_monday = today + timedelta(days=7 - today.weekday())  # the demo's weeks: Monday
    assert capsys.readouterr().out == f"Wrote {out} for the week of {next_monday.isoformat()}\n"


@pytest.mark.parametrize(
    ("output", "extra", "words"),
    [
        ("sheet.png", [], "would hold a PDF"),
        ("sheet.pdf", ["--week", "27/11/2026"], "is not a date"),
        ("sheet.pdf", ["--page-size", "a5"], "invalid choice"),
    ],
)
def test_print_checkin_mistakes_are_one_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    output: str,
    extra: list[str],
    words: str,
) -> None:
    capsys.readouterr()
    code = main(["print-checkin", str(demo), "-o", str(tmp_path / output), *extra])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and words in err
    assert not (tmp_path / output).exists()


def test_a_missing_plan_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.bakeryplan"
    for command in (
        ["review-digest", str(missing)],
        ["print-checkin", str(missing), "-o", str(tmp_path / "x.pdf")],
    ):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.startswith("bakeryplan: error:") and err.count("\n") == 1
