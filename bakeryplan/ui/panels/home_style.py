"""The home page's look: calm cards on the window's colour, links in the accent colour.

Colours come from the palette in use (light or dark), so the page follows the scheme; the
only colours of our own are the accent for links and the softer grey of detail lines,
both at least 4.5:1 against the card they sit on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# (light, dark): links and the lines under an item.
ACCENT = ("#1f5fae", "#8ab4ff")
DETAIL = ("#4d4d4d", "#c4c4c4")


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_colour(palette: QPalette) -> QColor:
    return QColor(ACCENT[1] if _is_dark(palette) else ACCENT[0])


def detail_colour(palette: QPalette) -> QColor:
    return QColor(DETAIL[1] if _is_dark(palette) else DETAIL[0])


def home_style_sheet(palette: QPalette) -> str:
    dark = _is_dark(palette)
    card = palette.color(QPalette.ColorRole.Base).name()
    border = "#3c3c3c" if dark else "#d9d9d9"
    return f"""
QFrame#homeCard {{
    background: {card};
    border: 1px solid {border};
    border-radius: 8px;
}}
QLabel#homeDetail {{ color: {detail_colour(palette).name()}; }}
QPushButton#homeLink {{
    border: none;
    background: transparent;
    color: {accent_colour(palette).name()};
    text-align: left;
    padding: 1px 0px;
    font-weight: 600;
}}
QPushButton#homeLink:hover {{ text-decoration: underline; }}
QPushButton#homeLink:focus {{ text-decoration: underline; }}
QScrollArea, QWidget#homeBody {{ background: transparent; }}
"""
