"""Shared by the command-line tests: the day they run on, a demo plan made by the command
itself, a file's digest, and the one line every refusal prints."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bakeryplan.cli import main

ON = "2026-11-27"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_demo(path: Path) -> Path:
    """The demo plan written at ``path`` by ``bakeryplan demo``."""
    assert main(["demo", str(path), "--on", ON]) == 0
    return path


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    """What the command wrote on stderr: one line, starting "bakeryplan: error: "."""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bakeryplan: error: "), err
    return err
