"""Edit > Preferences: the window's language, kept for the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from bakeryplan.text.translate import PLURAL, current_language, translate
from bakeryplan.ui import settings
from bakeryplan.ui.interface_language import chosen_language, install_interface_language


@pytest.fixture
def english_again(qapp) -> Iterator[None]:
    yield
    install_interface_language(qapp, "en")


def choose_in_preferences(window, qtbot, language: str) -> None:
    """Open Edit > Preferences, pick ``language`` in the list, press OK."""
    action = next(a for a in window.menus.edit_menu.actions() if "Preferences" in a.text())

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findText(language))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    action.trigger()


def test_the_chosen_language_is_kept_and_spoken_at_the_next_start(
    window, qtbot, qapp, english_again
) -> None:
    assert settings.read(settings.LANGUAGE) == ""  # nothing chosen: the system's language
    choose_in_preferences(window, qtbot, "Deutsch")
    assert settings.read(settings.LANGUAGE) == "de"
    assert current_language() == "en"  # the open window keeps its words until a restart

    install_interface_language(qapp)  # what the next start does
    assert current_language() == "de" == chosen_language()
    assert translate("periods", "%n week(s)", None, PLURAL, 3) == "3 Wochen"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # qtbase_de


def test_the_system_language_is_offered_first_and_chosen_again(
    window, qtbot, english_again
) -> None:
    settings.write(settings.LANGUAGE, "pl")
    choose_in_preferences(window, qtbot, "As the system: English")
    assert settings.read(settings.LANGUAGE) == ""
    assert chosen_language() == "en"  # LANGUAGE=en in the tests' environment
