"""Every import is an ordinary one: linters, the layer contracts and the freezer follow it."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "bakeryplan"


def test_no_module_is_loaded_by_a_string_name() -> None:
    by_name = re.compile(r"\bimport_module\s*\(|\b__import__\s*\(|sys\.modules\s*\.get\(")
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if by_name.search(line)
    ]
    assert found == []
