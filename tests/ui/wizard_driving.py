"""How the wizard tests press buttons and type numbers: as a person does, one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWizard


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
