"""The application's icon: the installed theme's, else the SVG shipped in the package.

Run from a virtual environment, no icon theme knows BakeryPlan, so the packaged SVG (the
same file packaging/ installs into hicolor) keeps the window and the welcome from looking
anonymous.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from bakeryplan import APP_ID

ICON_FILE = Path(__file__).resolve().parent.parent / "resources" / "icons" / f"{APP_ID}.svg"


def app_icon() -> QIcon:
    return QIcon.fromTheme(APP_ID, QIcon(str(ICON_FILE)))
