"""A Qt GUI application for painting reports, with or without a screen.

Reports paint with QtGui (QPdfWriter, QPainter, font metrics), which needs a
QGuiApplication. The desktop app already has one; the command line and the tests do not,
so one is made here, offscreen when there is no display. Fonts are bundled because a
headless machine may have none, and a page laid out without fonts prints nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
BUNDLED_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
REPORT_FONT_FAMILY = "DejaVu Sans"

_bundled_registered = False


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        if isinstance(existing, QGuiApplication):
            return existing
        raise RuntimeError(
            "A QCoreApplication without GUI support is running; reports need a QGuiApplication."
        )
    if sys.platform.startswith("linux") and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "bakeryplan"])


def register_bundled_fonts() -> list[str]:
    """Add the DejaVu fonts shipped in the package; returns the families they provide."""
    global _bundled_registered
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        path = FONTS_DIR / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _bundled_registered = _bundled_registered or bool(families)
    return families


def ensure_fonts() -> str:
    """Make sure text can be drawn; returns the family reports should use.

    The bundled DejaVu fonts are registered when the system has no fonts at all, and also
    when it lacks DejaVu Sans: reports then look, and break lines, the same on every
    machine, so the preview, the PDF and the command line cut a big plan in the same place.
    """
    ensure_gui_app()
    families = QFontDatabase.families()
    if REPORT_FONT_FAMILY not in families and not _bundled_registered:
        register_bundled_fonts()
        families = QFontDatabase.families()
    if REPORT_FONT_FAMILY in families:
        return REPORT_FONT_FAMILY
    return QGuiApplication.font().family()
