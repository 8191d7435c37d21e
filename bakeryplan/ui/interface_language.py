"""The window's language: the person's choice in Preferences, else the system's.

BakeryPlan's own words come through ``text.translate``; Qt's own translations (``qtbase``:
the buttons of standard dialogs, the context menus of text fields) are installed in the
application here, so a German window has no English "Cancel".
The choice takes effect the next time the app opens: the window's words are set when each
widget is built, and rebuilding every open dialog and wizard at once is not worth its risk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bakeryplan.text.languages import first_supported
from bakeryplan.text.translate import set_interface_language
from bakeryplan.ui import settings

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def system_language() -> str:
    """The first of the system's preferred languages that BakeryPlan speaks."""
    return first_supported(QLocale.system().uiLanguages())


def chosen_language() -> str:
    """The language of Preferences, or the system's when none was chosen."""
    return settings.read(settings.LANGUAGE) or system_language()


def install_interface_language(app: QCoreApplication, code: str | None = None) -> str:
    """Speak ``code`` (default: the chosen language) in the window; returns the code."""
    code = code or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_interface_language(code)
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", folder):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    return code
