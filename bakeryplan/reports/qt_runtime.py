"""A Qt GUI application for painting reports, with or without a screen.

Reports paint with QtGui (QPdfWriter, QPainter, font metrics), which needs a
QGuiApplication. The desktop app already has one; the command line and the tests do not,
so one is made here, offscreen when there is no display (``reports/fonts.py`` then makes
sure it has a font to draw with).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


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
