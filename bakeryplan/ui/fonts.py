"""Make sure the app has a font to draw with.

The Qt wheels ship no fonts. On a machine without fontconfig fonts (a bare container, a
frozen build on a minimal system) every label would be empty boxes, so the app bundles
DejaVu Sans and registers it when Qt finds no font family at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
BUNDLED_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Names fontconfig lists even when it has no font file at all: they draw nothing.
GENERIC_ALIASES = frozenset(
    {"Sans Serif", "Sans", "Serif", "Monospace", "Mono", "Cursive", "Fantasy", "System-ui"}
)


def has_real_fonts() -> bool:
    """True when some font family other than fontconfig's generic aliases is installed."""
    return any(family not in GENERIC_ALIASES for family in QFontDatabase.families())


def register_bundled_fonts() -> list[str]:
    """Add the bundled font files to Qt; return the families that were registered."""
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def ensure_font(app: QApplication) -> list[str]:
    """Register the bundled font when Qt has none; return the families registered.

    Returns an empty list when the system already provides fonts (nothing was needed).
    """
    if has_real_fonts():
        return []
    families = register_bundled_fonts()
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return families
