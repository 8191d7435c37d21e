"""Fonts to draw with: one rule for the window and the printouts.

The Qt wheels ship no fonts. On a machine without any (a bare container, a frozen build on
a minimal system) every label would be empty boxes and every printed page blank, so the app
ships DejaVu Sans and registers it only when Qt finds no usable font family. Printouts draw
in DejaVu Sans when the machine has it (the family matplotlib's charts use too), else in
the application's font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from bakeryplan.reports.qt_runtime import ensure_gui_app
from bakeryplan.resource_files import BUNDLED_FONT_FILES, resource_path

REPORT_FONT_FAMILY = "DejaVu Sans"
# Names fontconfig lists even when it has no font file at all: they draw nothing.
GENERIC_ALIASES = frozenset(
    {"Sans Serif", "Sans", "Serif", "Monospace", "Mono", "Cursive", "Fantasy", "System-ui"}
)


def has_usable_font() -> bool:
    """True when some font family other than fontconfig's generic aliases is installed."""
    return any(family not in GENERIC_ALIASES for family in QFontDatabase.families())


def register_bundled_fonts() -> list[str]:
    """Add the shipped font files to Qt; return the families they provide."""
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def ensure_fonts() -> str:
    """Make sure text can be drawn; return the family printouts use.

    When the machine has no usable font, the shipped one is registered and made the
    application's font (at least 10 points); otherwise the system's fonts are left alone.
    Cheap to call again: once registered, the shipped font counts as usable.
    """
    app = ensure_gui_app()
    if not has_usable_font():
        families = register_bundled_fonts()
        if families:
            font = QFont(families[0])
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            QGuiApplication.setFont(font)
    if REPORT_FONT_FAMILY in QFontDatabase.families():
        return REPORT_FONT_FAMILY
    return QGuiApplication.font().family()
