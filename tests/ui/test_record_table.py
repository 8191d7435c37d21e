"""An empty list of records says what it is for, painted as plain text in the table."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from bakeryplan.ui.widgets.record_table import RecordTable


def _inked_pixels(table: RecordTable) -> int:
    """Pixels of the viewport that are not its background colour."""
    image = table.viewport().grab().toImage()
    base = table.palette().color(QPalette.ColorRole.Base).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != base
    )


@pytest.mark.parametrize("text", ["No one yet.", "<b>not bold</b> & plain"])
def test_an_empty_table_paints_its_text_and_nothing_without_one(qtbot, text: str) -> None:
    table = RecordTable(3, empty_text=text)
    qtbot.addWidget(table)
    table.resize(500, 200)
    table.show()
    assert _inked_pixels(table) > 20
    table.empty_text = ""
    assert _inked_pixels(table) == 0
    table.empty_text = text
    assert _inked_pixels(table) > 20
