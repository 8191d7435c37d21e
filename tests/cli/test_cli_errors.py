"""The user's mistakes are one line and exit code 2; a bug keeps its traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.errors import RecordError
from tests.cli.conftest import ON, make_demo, one_line_error


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path / "plan.bakeryplan")


@pytest.mark.parametrize("bug", [ValueError("a slip"), KeyError("goal"), TypeError("slip")])
def test_a_bug_in_a_command_is_not_passed_off_as_a_user_error(
    demo: Path, bug: Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.domain import status

    def broken(*args: object, **kwargs: object) -> None:
        raise bug

    monkeypatch.setattr(status, "plan_status", broken)
    with pytest.raises(type(bug)):
        main(["status", str(demo), "--on", ON])


def test_an_unknown_measure_is_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    chart = tmp_path / "chart.png"
    assert main(["export-chart", str(demo), "--measure", "Nope", "-o", str(chart)]) == 2
    assert "No measure called 'Nope'" in one_line_error(capsys)
    assert not chart.exists()


def test_a_plan_the_store_refuses_to_write_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bakeryplan.store.repository import PlanRepository

    def refuse(path: Path, plan: object) -> None:
        raise RecordError("cannot add goal: it refers to a record that does not exist")

    monkeypatch.setattr(PlanRepository, "create", refuse)
    assert main(["new", str(tmp_path / "new.bakeryplan")]) == 2
    assert "refers to a record that does not exist" in one_line_error(capsys)
