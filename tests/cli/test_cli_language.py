"""The command line speaks the language of the person at the shell; ``--json`` stays keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bakeryplan.cli import main
from tests.cli.conftest import ON, make_demo


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}, "de"),
        ({"LANGUAGE": "pl:de", "LANG": "pl_PL.UTF-8"}, "pl"),
        ({"LANGUAGE": "", "LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "", "LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "ja_JP.UTF-8"}, "en"),
    ],
)
def test_messages_follow_the_shells_language(environment: dict[str, str], language: str) -> None:
    script = (
        "from bakeryplan.cli import use_persons_language\n"
        "from bakeryplan.text.translate import current_language\n"
        "use_persons_language()\n"
        "print(current_language())\n"
    )
    env = {**os.environ, "LC_ALL": "", "LC_MESSAGES": "", **environment}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == language


def test_status_json_keeps_its_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_demo(tmp_path / "demo.bakeryplan")
    capsys.readouterr()
    assert main(["status", str(plan), "--on", ON, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"business", "on", "goals"} <= set(data)
    assert {"health", "measures"} <= set(data["goals"][0])
