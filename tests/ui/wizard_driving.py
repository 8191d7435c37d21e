"""How the wizard tests press buttons and type numbers: as a person does, one place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWizard

from bakeryplan.ui.widgets.date_field import DateField


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    """Click Next, Back or Finish; a disabled button fails the test (a person cannot)."""
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_number(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    """Replace a spin box's number by typing, as after a click and Ctrl+A."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def type_date(qtbot, field: DateField, day: date | str) -> None:
    """Replace a date field's text by typing (a date is typed as "30 June 2027"), then
    leave the field as Tab does."""
    text = day if isinstance(day, str) else f"{day.day} {day:%B} {day.year}"
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.line, text)
    field.line.editingFinished.emit()
