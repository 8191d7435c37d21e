"""The application's icon: the installed theme's, else the SVG shipped with the app.

Run from a virtual environment, no icon theme knows BakeryPlan, so the shipped SVG
(``resources/icons``, the same file packaging/ installs into hicolor) keeps the window and
the welcome from looking anonymous.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from bakeryplan import APP_ID
from bakeryplan.resource_files import APP_ICON, resource_path


def app_icon() -> QIcon:
    return QIcon.fromTheme(APP_ID, QIcon(str(resource_path(APP_ICON))))
