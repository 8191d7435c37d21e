"""Plain words in the window and on paper: the consultant's words are not shown.

Every string the window or a printout shows goes through a translation call (``tr``,
``_tr``, ``QCoreApplication.translate``); this reads those strings out of ``ui/`` and
``reports/`` with ``ast`` and looks for the words the glossary (docs/glossary.md)
replaced. The perspectives' names, which come from the domain, are checked too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import bakeryplan
from bakeryplan.domain.model import Perspective
from bakeryplan.text.perspectives import perspective_name

PACKAGE = Path(bakeryplan.__file__).parent
BANNED = re.compile(
    r"\b(perspectives?|internal process|learning and growth|learning & growth|alignment"
    r"|baselines?|variances?|KiB|MiB|en_GB|de_DE)\b",
    re.IGNORECASE,
)
TRANSLATING = {"tr", "_tr", "translate", "_t"}


def _shown_strings(path: Path) -> list[tuple[int, str]]:
    """The literal strings handed to a translation call in one module."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TRANSLATING:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((node.lineno, arg.value))
    return found


def _banned_in(folder: str) -> list[str]:
    problems = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for line, text in _shown_strings(path):
            context = text in {"perspective", "forms", "alignment"}  # translation contexts
            match = None if context else BANNED.search(text)
            if match is not None:
                where = path.relative_to(PACKAGE.parent)
                problems.append(f"{where}:{line}: {match.group(0)!r} in {text!r}")
    return problems


def test_the_window_speaks_plain_words() -> None:
    assert _banned_in("ui") == []


def test_printouts_speak_plain_words() -> None:
    assert _banned_in("reports") == []


def test_the_four_views_have_an_owners_names() -> None:
    names = [perspective_name(p) for p in Perspective]
    assert names == ["Money", "Customers", "How we work", "Team and skills"]
    assert not any(BANNED.search(name) for name in names)


def test_the_check_finds_a_banned_word(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('self.tr("Baseline")\n_tr("Starting point")\n', encoding="utf-8")
    assert [text for _, text in _shown_strings(module) if BANNED.search(text)] == ["Baseline"]
