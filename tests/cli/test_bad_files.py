"""Files that are not healthy plans: one clear line, exit code 2, and not a byte changed.

These run the real entry point in a child process, as a script would, so a traceback or a
stray write anywhere on the way would show.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import ON, digest, make_demo


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bakeryplan", *args], capture_output=True, text=True, timeout=60
    )


def not_a_plan(folder: Path) -> Path:
    path = folder / "notes.bakeryplan"
    path.write_text("Shopping list: flour, butter, yeast\n")
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.bakeryplan"
    path.write_bytes(b"")
    return path


def truncated(folder: Path) -> Path:
    path = make_demo(folder / "plan.bakeryplan")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "other.bakeryplan"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    return path


def newer_version(folder: Path) -> Path:
    path = make_demo(folder / "plan.bakeryplan")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not a plan": (not_a_plan, "not a BakeryPlan"),
    "empty": (empty, "empty"),
    "truncated": (truncated, "damaged"),
    "another sqlite database": (foreign_sqlite, "not a BakeryPlan"),
    "newer version": (newer_version, "newer"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("command", ["status", "check", "export", "backup"])
def test_bad_file_gets_one_clear_line_and_keeps_its_bytes(
    tmp_path: Path, kind: str, command: str
) -> None:
    make, words = BAD_FILES[kind]
    path = make(tmp_path)
    before = digest(path)
    if command == "export":
        args = ["export", str(path), "-o", str(tmp_path / "out.json")]
    else:
        args = [command, str(path)]
    result = run_cli(*args)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert words.lower() in result.stderr.lower()
    assert path.name in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ], "no journal, lock or other file may be left beside it"


def test_locked_plan_is_refused_for_writes_and_kept(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    backup = tmp_path / "backup.bakeryplan"
    backup.write_bytes(path.read_bytes())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from bakeryplan.store.repository import PlanRepository
                repository = PlanRepository.open(Path({str(path)!r}))
                print("holding", flush=True)
                sys.stdin.readline()
                repository.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        before = digest(path)
        for args in (["restore", str(path), str(backup)], ["demo", str(path), "--force"]):
            result = run_cli(*args)
            assert result.returncode == 2, result
            assert "in use" in result.stderr and result.stderr.count("\n") == 1
            assert "Traceback" not in result.stderr
            assert digest(path) == before
        reading = run_cli("status", str(path), "--on", ON)
        assert reading.returncode == 0, reading.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)


@pytest.mark.parametrize(
    "command",
    [
        ["status", "--on", ON],
        ["status", "--json", "--on", ON],
        ["check", "--on", ON],
        ["review-digest", "--on", ON],
        ["review-digest", "--json", "--on", ON],
        ["export", "-o", "{tmp}/x.json"],
        ["backup"],
        ["plan-from-history", "--measure", "Weekly revenue", "--year-ending", "2026-10-31",
         "--change", "5", "--fill-gaps", "--dry-run"],
    ],
)  # fmt: skip
def test_headless_commands_import_no_widgets_or_matplotlib(
    tmp_path: Path, command: list[str]
) -> None:
    path = make_demo(tmp_path / "plan.bakeryplan")
    args = [command[0], str(path), *(a.format(tmp=tmp_path) for a in command[1:])]
    probe = textwrap.dedent(
        f"""
        import sys
        from bakeryplan.cli import main
        code = main({args!r})
        heavy = sorted(m for m in sys.modules
                       if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "matplotlib")))
        print(code, heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stdout + result.stderr
