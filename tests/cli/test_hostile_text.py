"""Hostile text in a plan reaches no terminal as control characters, breaks no file, and
drops no chart.

Found with plan text holding ESC, CR, BS, NUL and U+202E: ``status`` and ``check``
printed them straight to the terminal (an ESC sequence recolours it or rewrites its
title), a control character in a title made an SVG that is not valid XML, and an ESC in a
unit silently dropped that measure's chart from the progress pack.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from bakeryplan.cli import main
from bakeryplan.domain.model import Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository

ON = "2026-11-27"
HOSTILE = "A\x1b]0;owned\x07\x1b[31mred\x08\r\x00\u202eevil\x7f\x9b end"
RAW = ["\x1b", "\r", "\x08", "\x00", "\u202e", "\x07", "\x7f", "\x9b"]


def hostile_plan() -> Plan:
    plan = demo_plan(date(2026, 11, 27))
    measure, goal = plan.measures[0], plan.goals[0]
    return replace(
        plan,
        business=replace(plan.business, name="Bakery " + HOSTILE, owner=HOSTILE),
        measures=(replace(measure, name="Revenue " + HOSTILE, unit="EUR\x1b"), *plan.measures[1:]),
        goals=(replace(goal, title="Goal " + HOSTILE), *plan.goals[1:]),
        people=(replace(plan.people[0], name="Mia " + HOSTILE), *plan.people[1:]),
    )


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.bakeryplan"
    PlanRepository.create(path, hostile_plan()).close()
    return path


@pytest.mark.parametrize("command", ["status", "check"])
def test_status_and_check_escape_control_and_bidi_characters(
    plan_file: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(plan_file), "--on", ON]) == 0
    out = capsys.readouterr().out
    assert not [c for c in RAW if c in out]
    assert "\\u001b]0;owned\\u0007\\u001b[31mred\\u0008\\u000d\\u0000\\u202eevil" in out


@pytest.mark.parametrize("command", ["status", "check"])
def test_json_output_stays_valid_and_keeps_the_text(
    plan_file: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(plan_file), "--on", ON, "--json"]) == 0
    out = capsys.readouterr().out
    assert not [c for c in RAW if c in out]
    data = json.loads(out)  # still valid JSON, and the text comes back as it was
    if command == "status":
        assert data["business"] == "Bakery " + HOSTILE


def test_an_error_about_hostile_text_is_escaped_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps({"format": HOSTILE}), encoding="utf-8")
    assert main(["new", str(tmp_path / "x.bakeryplan"), "--from", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not [c for c in RAW if c in err]


def test_terminal_safe_keeps_ordinary_text() -> None:
    from bakeryplan.cli.terminal import terminal_safe

    text = "Café Ünlü, 5 € · 东京 · مخبز\tdone\n"
    assert terminal_safe(text) == text
    assert terminal_safe("\ud800") == "\\ud800"


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_a_chart_of_hostile_text_is_a_valid_file(
    plan_file: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"chart.{suffix}"
    measure = "Revenue " + HOSTILE
    assert main(["export-chart", str(plan_file), "--measure", measure, "-o", str(out)]) == 0
    if suffix == "svg":
        root = ElementTree.parse(out).getroot()  # not well-formed XML raises
        assert "\u241b" in ElementTree.tostring(root, encoding="unicode")  # ESC as "␛"
    elif suffix == "png":
        with Image.open(out) as image:
            image.verify()
    else:
        assert len(pypdf.PdfReader(out, strict=True).pages) == 1


def test_the_pack_keeps_the_chart_of_a_measure_with_hostile_text(
    plan_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["progress-pack", str(plan_file), "--on", ON, "-o", str(out)]) == 0
    pages = [page.extract_text() for page in pypdf.PdfReader(out, strict=True).pages]
    (measure_page,) = [text for text in pages if text.startswith("Revenue")]
    assert "On-track" in measure_page and "Forecast" in measure_page  # the chart's legend


def test_the_pack_says_so_when_a_chart_cannot_be_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.reports import pack_sections
    from bakeryplan.reports.pack import write_progress_pack

    monkeypatch.setattr(pack_sections, "chart_svg", lambda *args: b"<svg not really")
    out = tmp_path / "pack.pdf"
    write_progress_pack(demo_plan(date(2026, 11, 27)), out, on=date(2026, 11, 27))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "chart of this measure could not be drawn" in " ".join(text.split())
