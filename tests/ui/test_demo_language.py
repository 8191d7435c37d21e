"""The first demo a new owner opens speaks the window's language."""

from __future__ import annotations

from datetime import date

import pytest

from bakeryplan.text.translate import in_language
from bakeryplan.ui import opening


def test_the_demo_is_made_in_the_windows_language(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAKERYPLAN_TODAY", date(2026, 11, 27).isoformat())
    with in_language("de"):
        document = opening.open_demo_interactive(None)
    assert document is not None
    try:
        business = document.plan.business
        assert (business.locale, business.currency) == ("de_DE", "EUR")
    finally:
        document.close()
