"""Every report survives a value or date far outside the bounds, as an older file may hold.

Found with a CSV value of 309 digits stored as ``inf``: ``status``, ``export``,
``progress-pack`` and ``export-chart`` ended in a traceback, and so did the pack and the
chart for 1e308 and year-0001 values the JSON import accepted and a CSV row dated
9999-12-31. They now draw and compute with the nearest bound (``domain.within_bounds``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.cli.status_text import findings_as_text, status_as_json, status_as_text
from bakeryplan.domain.alignment import find_alignment_issues
from bakeryplan.domain.status import plan_status
from bakeryplan.reports.chart import export_figure, measure_figure
from bakeryplan.reports.csv_export import export_actuals_csv, export_status_csv
from bakeryplan.store.interchange import dump_json, load_json
from tests.chart_readback import burnup_figure
from tests.extreme_plans import EXTREME_PLANS, TODAY, write_plan


@pytest.mark.parametrize("kind", list(EXTREME_PLANS))
def test_status_check_charts_csv_and_json_survive(tmp_path: Path, kind: str) -> None:
    plan = EXTREME_PLANS[kind]()
    status = plan_status(plan, TODAY)
    assert status_as_text(plan, status)
    json.dumps(status_as_json(plan, status), allow_nan=False)  # finite numbers only
    assert findings_as_text(plan, find_alignment_issues(plan, TODAY))
    for measure in plan.measures[:3]:
        figure = measure_figure(plan, measure.id, TODAY)
        export_figure(figure, tmp_path / "chart.svg", title="t", business="b", author="a")
    for goal in plan.goals:
        if plan.steps_of(goal.id):
            figure = burnup_figure(plan, goal.id, TODAY)
            export_figure(figure, tmp_path / "burnup.png", title="t", business="b", author="a")
    export_actuals_csv(plan, tmp_path / "actuals.csv")
    export_status_csv(plan, tmp_path / "status.csv", on=TODAY)
    dump_json(plan, tmp_path / "plan.json")
    again = load_json(tmp_path / "plan.json")  # written at the nearest bound: reads back
    assert all(abs(a.value) <= 1e12 for a in again.actuals)  # domain.bounds.VALUE_LIMIT


@pytest.mark.parametrize(
    "kind",
    ["actual inf", "actual 1e308", "actual dated 9999-12-31", "measure from 0001 to 9999"],
)
@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["check"],
        ["export", "-o", "{out}/plan.json"],
        ["export-csv", "--status", "-o", "{out}/status.csv"],
        ["export-chart", "--measure", "Weekly revenue", "-o", "{out}/chart.svg"],
        ["progress-pack", "-o", "{out}/pack.pdf"],
        ["print-plan", "-o", "{out}/huddle.pdf"],
    ],
    ids=lambda c: c[0] if isinstance(c, list) else c,
)
def test_every_command_reads_a_plan_with_extreme_values(
    tmp_path: Path, kind: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_plan(tmp_path / "old.bakeryplan", EXTREME_PLANS[kind]())
    words = [part.format(out=tmp_path) for part in command]
    on = [] if words[0] == "export" else ["--on", TODAY.isoformat()]
    assert main([words[0], str(path), *words[1:], *on]) == 0, capsys.readouterr().err
