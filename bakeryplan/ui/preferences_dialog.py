"""Preferences: the window's language.

Printouts and ``status`` keep the plan's own language (Business details), so the huddle
sheet is in the staff's language whatever the owner's window speaks; the dialog says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.text.languages import LANGUAGES
from bakeryplan.text.translate import translate
from bakeryplan.ui import settings
from bakeryplan.ui.interface_language import system_language


class PreferencesDialog(QDialog):
    """Chosen once, kept in the app's settings (not in the plan file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox()
        system_name = LANGUAGES[system_language()]
        self.language.addItem(
            translate("Preferences", "As the system: {language}").format(language=system_name), ""
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        stored = settings.read(settings.LANGUAGE)
        self.language.setCurrentIndex(max(self.language.findData(stored), 0))

        note = QLabel(
            translate(
                "Preferences",
                "The window speaks the new language the next time BakeryPlan opens. "
                "Printouts, the progress pack and the plan's status are always in the "
                "plan's own language, set in Business details.",
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Preferences", "&Language of the window:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The code chosen, or "" for the system's language."""
        return str(self.language.currentData())

    def accept(self) -> None:
        settings.write(settings.LANGUAGE, self.chosen())
        super().accept()
