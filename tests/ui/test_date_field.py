"""Dates in forms: shown as the window writes them, typed with a month name or numbers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from bakeryplan.ui.widgets.date_text import read_date, show_date
from bakeryplan.ui.widgets.form_dialog import FormDialog
from tests.ui.conftest import on_screen


def test_a_form_date_accepts_a_typed_month_name_and_shows_the_plans_format(qtbot) -> None:
    form = on_screen(FormDialog("Step", locale_name="en_GB"), qtbot)
    form.add_date("due", "&Due", date(2026, 12, 2))
    field = form.widget("due")
    assert field.editor.line.text() == "2 Dec 2026"
    qtbot.mouseClick(field.editor.line, Qt.MouseButton.LeftButton)
    field.editor.line.selectAll()
    qtbot.keyClicks(field.editor.line, "3 March 2027")
    qtbot.keyClick(field.editor.line, Qt.Key.Key_Tab)
    assert form.values()["due"] == date(2027, 3, 3)
    assert field.editor.line.text() == "3 Mar 2027"


def test_a_form_date_that_is_no_date_says_so(qtbot) -> None:
    form = on_screen(FormDialog("Step", locale_name="en_GB"), qtbot)
    form.add_date("due", "&Due", None)
    qtbot.keyClicks(form.widget("due").editor.line, "next Tuesday")
    form.accept()
    assert form.isVisible()
    assert "please type a date, like 3 Mar 2027" in (form.problem() or "")


def test_the_calendar_pops_up_and_picks_a_day(qtbot) -> None:
    form = on_screen(FormDialog("Step", locale_name="en_GB"), qtbot)
    form.add_date("due", "&Due", date(2026, 12, 2), optional=False)
    field = form.widget("due").editor
    assert field.calendar_button.menu() is not None
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(5))
    assert field.date() == date(2026, 12, 7)
    assert field.line.text() == "7 Dec 2026"


@pytest.mark.parametrize(
    ("typed", "locale", "day"),
    [
        ("3 March 2027", "en_GB", date(2027, 3, 3)),
        ("March 3, 2027", "en_US", date(2027, 3, 3)),
        ("3 Mar 2027", "en_GB", date(2027, 3, 3)),
        ("3. März 2027", "de_DE", date(2027, 3, 3)),
        ("03/04/2027", "en_GB", date(2027, 4, 3)),
        ("03/04/2027", "en_US", date(2027, 3, 4)),
        ("2027-03-04", "de_DE", date(2027, 3, 4)),
    ],
)
def test_read_date(typed: str, locale: str, day: date) -> None:
    assert read_date(typed, locale) == day


def test_show_date_follows_the_plans_locale() -> None:
    assert show_date(date(2026, 12, 2), "en_GB") == "2 Dec 2026"
    assert show_date(date(2026, 12, 2), "de_DE") == "2. Dez. 2026"
    assert show_date(date(2026, 12, 2), "en_US") == "Dec 2, 2026"


def test_a_german_form_writes_its_dates_the_german_way(qtbot) -> None:
    form = on_screen(FormDialog("Schritt", locale_name="de_DE"), qtbot)
    form.add_date("due", "&Fällig", date(2026, 12, 2))
    line = form.widget("due").editor.line
    assert line.text() == "2. Dez. 2026"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    qtbot.keyClicks(line, "3.3.2027")  # keyClicks types ASCII only
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert form.values()["due"] == date(2027, 3, 3)
    assert line.text() == "3. März 2027"
