"""Layer rules that import-linter cannot express: which Qt modules each layer may use.

import-linter forbids whole external packages only, so the finer DESIGN.md rules (store may
use QtCore, reports may use QtGui, nobody uses pyplot, domain runs no SQL) are read here from
the source itself.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "bakeryplan"

SQL_CALL = re.compile(r"\.execute(many|script)?\(")

ALLOWED_QT = {
    "domain": set(),
    "store": {"PySide6.QtCore"},
    "reports": {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg"},
    "editing": {"PySide6.QtCore", "PySide6.QtGui"},  # QUndoStack is QtGui's; no widgets
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED_QT))
def test_layer_uses_only_its_qt_modules(layer: str) -> None:
    offences = []
    for path in modules_of(layer):
        for name in imported_modules(path):
            top = ".".join(name.split(".")[:2])
            if name.startswith("PySide6") and top != "PySide6" and top not in ALLOWED_QT[layer]:
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
            if name == "PySide6" and not ALLOWED_QT[layer]:
                offences.append(f"{path.relative_to(PACKAGE)} imports PySide6")
    assert offences == []


def test_domain_runs_no_sql() -> None:
    offences = [
        str(path.relative_to(PACKAGE))
        for path in modules_of("domain")
        if {"sqlite3", "sqlite_utils"} & imported_modules(path)
    ]
    assert offences == []


def test_nobody_imports_pyplot() -> None:
    offences = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if any("pyplot" in name for name in imported_modules(path))
    ]
    assert offences == []


@pytest.mark.parametrize("layer", ["ui", "editing"])
def test_widgets_and_edits_run_no_sql(layer: str) -> None:
    """DESIGN: widgets push commands, commands call the repository; neither imports sqlite3
    nor executes SQL."""
    offences = []
    for path in modules_of(layer):
        name = str(path.relative_to(PACKAGE))
        if {"sqlite3", "sqlite_utils"} & {m.split(".")[0] for m in imported_modules(path)}:
            offences.append(f"{name} imports sqlite3 or sqlite_utils")
        if SQL_CALL.search(path.read_text(encoding="utf-8")):
            offences.append(f"{name} runs SQL (.execute())")
    assert offences == []
