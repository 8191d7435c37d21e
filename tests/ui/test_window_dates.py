"""The window's dates (QLocale) read as the printouts' dates (babel) in each locale."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from bakeryplan.domain.model import Business
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.formatter import formatter_for
from bakeryplan.ui.panels import format_day
from bakeryplan.ui.panels.home_panel import HomePanel
from bakeryplan.ui.widgets.date_text import read_date, show_date
from tests.ui.conftest import DEMO_TODAY

LOCALES = ["en_GB", "en_US", "de_DE", "fr_FR", "pl_PL", "es_ES", "it_IT"]
DAYS = [
    date(2026, month, day)
    for month, day in zip(range(1, 13), (1, 28, 9, 30, 5, 17, 4, 31, 2, 11, 23, 2), strict=True)
]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_windows_dates_agree_with_the_printouts(locale: str) -> None:
    """Long as babel's long date; medium as babel's "yMMMd" (babel's own medium date is
    all numbers in some locales, "02.12.2026" in German); day and month as "MMMd"."""
    business = Business("Crumb", locale=locale)
    printed = formatter_for(business)
    for day in DAYS:
        assert format_day(day, business, "long") == printed.date(day, "long")
        assert format_day(day, business) == printed.skeleton("yMMMd", day)
        assert format_day(day, business, "day_month") == printed.date(day, "day_month")


@pytest.mark.parametrize(
    ("locale", "long", "medium", "day_month"),
    [
        ("en_GB", "2 December 2026", "2 Dec 2026", "2 Dec"),
        ("en_US", "December 2, 2026", "Dec 2, 2026", "Dec 2"),
        ("de_DE", "2. Dezember 2026", "2. Dez. 2026", "2. Dez."),
        ("fr_FR", "2 décembre 2026", "2 déc. 2026", "2 déc."),
        ("pl_PL", "2 grudnia 2026", "2 gru 2026", "2 gru"),
        ("es_ES", "2 de diciembre de 2026", "2 dic 2026", "2 dic"),
        ("it_IT", "2 dicembre 2026", "2 dic 2026", "2 dic"),
        ("hu_HU", "2026. december 2.", "2026. dec. 2.", "dec. 2."),
    ],
)
def test_the_weekday_is_left_out(locale: str, long: str, medium: str, day_month: str) -> None:
    business = Business("Crumb", locale=locale)
    day = date(2026, 12, 2)
    assert (format_day(day, business, "long"), format_day(day, business)) == (long, medium)
    assert format_day(day, business, "day_month") == day_month


@pytest.mark.parametrize("locale", [*LOCALES, "pt_BR", "nl_NL", "sv_SE", "hu_HU"])
def test_a_form_reads_back_the_date_it_shows(locale: str) -> None:
    for day in DAYS:
        assert read_date(show_date(day, locale), locale) == day


def test_a_german_plans_home_page_writes_today_the_german_way(tmp_path, qtbot) -> None:
    plan = demo_plan(DEMO_TODAY)
    business = dataclasses.replace(plan.business, locale="de_DE")
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, dataclasses.replace(plan, business=business)).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    home = HomePanel(document)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: home.attention is not None)
    assert home.subtitle.text().startswith("27. November 2026 · ")
    document.close()
