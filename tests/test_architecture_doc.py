"""docs/architecture.md names every module and no file that is not in the repository.

A module counts as named when the page holds its path below ``bakeryplan/`` (``domain/foo.py``)
or, in a grouped row or paragraph, its file name on a line that also names its folder
(``ui/panels/home_panel.py``, ``home_rows.py``). A package's ``__init__.py`` is named by its
folder (``text/``).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "bakeryplan"
PY_PATH = re.compile(r"(?<![\w/.])((?:[\w.-]+/)*\w+\.py)\b")


def _modules() -> list[str]:
    """Every module as the page would write it: relative to bakeryplan/, or resources/..."""
    names = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")]
    names += [p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*.py")]
    return sorted(names)


def _is_named(module: str, lines: list[str]) -> bool:
    folder, _, name = module.rpartition("/")
    if any(module in line for line in lines):
        return True
    if not folder:
        return False
    # the folder itself, or a file directly in it: `ui/panels/` or `ui/panels/x.py`, not `ui/`
    # on a line that only names `ui/panels/x.py`
    in_folder = re.compile(rf"(?<![\w/]){re.escape(folder)}/(?![\w.-]+/)")
    if name == "__init__.py":
        return any(in_folder.search(line) for line in lines)
    file_name = re.compile(rf"(?<![\w/]){re.escape(name)}")
    return any(file_name.search(line) and in_folder.search(line) for line in lines)


def test_every_module_is_named() -> None:
    lines = DOC.read_text(encoding="utf-8").splitlines()
    missing = [m for m in _modules() if not _is_named(m, lines)]
    assert missing == [], f"docs/architecture.md does not name: {missing}"


def _exists(mentioned: str) -> bool:
    if "/" not in mentioned:
        return any(PACKAGE.rglob(mentioned)) or any((ROOT / "resources").rglob(mentioned))
    return (ROOT / mentioned).is_file() or (PACKAGE / mentioned).is_file()


def test_every_file_named_exists() -> None:
    mentioned = set(PY_PATH.findall(DOC.read_text(encoding="utf-8")))
    assert mentioned, "the pattern finds no file names: the test would pass on anything"
    missing = sorted(m for m in mentioned if not _exists(m))
    assert missing == [], f"docs/architecture.md names files that do not exist: {missing}"


def test_the_checks_can_fail() -> None:
    """A name the page does not hold, and a file nobody wrote, are caught."""
    lines = ["| `ui/panels/home_panel.py`, `home_rows.py` | home |", "`domain/health.py`"]
    assert _is_named("ui/panels/home_rows.py", lines)
    assert not _is_named("ui/home_rows.py", lines)
    assert not _is_named("domain/model.py", lines)
    assert not _exists("domain/no_such_module.py")
    assert not _exists("no_such_module.py")
