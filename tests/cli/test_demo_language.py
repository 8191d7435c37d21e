"""``bakeryplan demo`` writes the demo bakery in the language the command line speaks."""

from __future__ import annotations

from pathlib import Path

from bakeryplan.cli import main
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.translate import in_language
from tests.cli.conftest import ON


def test_the_demo_speaks_the_command_lines_language(tmp_path: Path) -> None:
    path = tmp_path / "demo.bakeryplan"
    with in_language("pl"):
        assert main(["demo", str(path), "--on", ON]) == 0
    with PlanRepository.open(path, read_only=True) as repository:
        business = repository.load().business
    assert (business.locale, business.currency) == ("pl_PL", "PLN")
