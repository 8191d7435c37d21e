"""Colours: follow the system's light or dark scheme, with health colours for both.

Health is never told by colour alone: every health has a shape (drawn by
:func:`health_icon`) and a word (``text.sentences.health_label``), so it reads in black
and white and for colour-blind users.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from bakeryplan.domain.health import Health
from bakeryplan.text.sentences import health_label

_state: dict[str, Any] = {
    "dark": False,
    "forced": False,
    "listening": False,
    "style": None,  # the dark scheme's proxy style, once made
}

# (light scheme, dark scheme): dark colours are lighter so they keep contrast on dark grey.
_HEALTH_COLOURS: dict[Health, tuple[str, str]] = {
    Health.ON_TRACK: ("#1b7f3b", "#5fd37e"),
    Health.BEHIND: ("#a86200", "#f2b33d"),
    Health.AT_RISK: ("#c0262d", "#ff7a7a"),
    Health.ACHIEVED: ("#1f5fae", "#7fb2ff"),
    Health.NOT_STARTED: ("#6b6b6b", "#a8a8a8"),
}

_SEVERITY_COLOURS = {"warning": ("#a86200", "#f2b33d"), "info": ("#1f5fae", "#7fb2ff")}

# Text saying what stops a form or a grid edit: at least 4.5:1 on both schemes' windows.
_PROBLEM_COLOURS = ("#b3261e", "#ff8a80")


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the theme applied last is dark."""
    return _state["dark"]


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#ececec")
    role = QPalette.ColorRole
    palette.setColor(role.Window, window)
    palette.setColor(role.WindowText, text)
    palette.setColor(role.Base, base)
    palette.setColor(role.AlternateBase, QColor("#282828"))
    palette.setColor(role.ToolTipBase, QColor("#3a3a3a"))
    palette.setColor(role.ToolTipText, text)
    palette.setColor(role.PlaceholderText, QColor("#9a9a9a"))
    palette.setColor(role.Text, text)
    palette.setColor(role.Button, QColor("#353535"))
    palette.setColor(role.ButtonText, text)
    palette.setColor(role.BrightText, QColor("#ff8080"))
    palette.setColor(role.Link, QColor("#8ab4ff"))
    palette.setColor(role.Highlight, QColor("#3d6fb4"))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    palette.setColor(role.Light, QColor("#4a4a4a"))
    palette.setColor(role.Midlight, QColor("#3d3d3d"))
    palette.setColor(role.Mid, QColor("#303030"))
    palette.setColor(role.Dark, QColor("#191919"))
    palette.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#7a7a7a"))
    return palette


READABLE_HINT_LIGHT = "#656565"
"""Hints and examples in the light theme: at least 4.5:1 on the window and on fields."""


def readable_hints(palette: QPalette) -> QPalette:
    """Fusion's light palette with hints that read: its half-transparent black is about
    3.8:1 on the grey window."""
    group = QPalette.ColorGroup
    for active in (group.Active, group.Inactive):
        palette.setColor(active, QPalette.ColorRole.PlaceholderText, QColor(READABLE_HINT_LIGHT))
    return palette


def apply_theme(app: QApplication, *, dark: bool | None = None) -> None:
    """Fusion with a light or dark palette; ``dark=None`` follows the system and its changes.

    The light scheme is Fusion's own palette (with readable hints); the dark one is ours,
    with a Python style that outlines check boxes (see ``readable_style``). The light
    scheme keeps Fusion itself, so the first window is drawn without a Python call per
    primitive.
    """
    _state["forced"] = dark is not None
    use_dark = system_prefers_dark() if dark is None else dark
    _state["dark"] = use_dark
    if use_dark and _state["style"] is None:
        from bakeryplan.ui.readable_style import ReadableStyle

        # By name: the proxy then owns the Fusion style in C++ (a Python-made base style
        # would be freed twice at exit).
        style = ReadableStyle("Fusion", is_dark)
        _state["style"] = style
        app.setStyle(style)
    elif _state["style"] is None and app.style().name() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if use_dark else readable_hints(app.style().standardPalette()))
    hints = QGuiApplication.styleHints()
    if hints is not None and not _state["listening"]:
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        _state["listening"] = True


def _follow_system(app: QApplication) -> None:
    if not _state["forced"]:
        apply_theme(app)


def health_colour(health: Health, dark: bool | None = None) -> QColor:
    light_hex, dark_hex = _HEALTH_COLOURS[health]
    return QColor(dark_hex if (is_dark() if dark is None else dark) else light_hex)


def severity_colour(severity: str, dark: bool | None = None) -> QColor:
    light_hex, dark_hex = _SEVERITY_COLOURS.get(severity, _SEVERITY_COLOURS["info"])
    return QColor(dark_hex if (is_dark() if dark is None else dark) else light_hex)


def problem_colour(dark: bool | None = None) -> QColor:
    """The colour of a problem message (never palette(bright-text): white on light grey)."""
    light_hex, dark_hex = _PROBLEM_COLOURS
    return QColor(dark_hex if (is_dark() if dark is None else dark) else light_hex)


def health_text(health: Health) -> str:
    """The translated word for a health (the shape and colour only repeat it)."""
    return health_label(health)


_health_icons: dict[tuple[Health, int, bool], QIcon] = {}


def health_icon(health: Health, size: int = 14, dark: bool | None = None) -> QIcon:
    """A distinct shape per health, as on paper: dot, triangle, diamond, star, hollow ring.

    Painted once per health, size and scheme: a tree shows the same few icons on every row.
    """
    scheme_dark = is_dark() if dark is None else dark
    key = (health, size, scheme_dark)
    icon = _health_icons.get(key)
    if icon is None:
        icon = _health_icons[key] = _paint_health_icon(health, size, scheme_dark)
    return icon


def _paint_health_icon(health: Health, size: int, dark: bool) -> QIcon:
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = health_colour(health, dark)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if health is Health.ON_TRACK:
        painter.drawEllipse(box)
    elif health is Health.BEHIND:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
    elif health is Health.AT_RISK:
        c = box.center()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), box.top()),
                    QPointF(box.right(), c.y()),
                    QPointF(c.x(), box.bottom()),
                    QPointF(box.left(), c.y()),
                ]
            )
        )
    elif health is Health.ACHIEVED:
        from bakeryplan.reports.one_page_marks import star  # the printouts' own shape

        painter.drawPolygon(star(box))
    else:
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(colour)
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    painter.end()
    return QIcon(pixmap)


def severity_icon(severity: str, size: int = 14) -> QIcon:
    """Warning: a triangle with "!"; info: a round "i"; shape and letter, not colour only."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(severity_colour(severity))
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    if severity == "warning":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
        mark, text_box = "!", box.adjusted(0, size * 0.2, 0, 0)
    else:
        painter.drawEllipse(box)
        mark, text_box = "i", box
    painter.setPen(QColor("#ffffff") if not is_dark() else QColor("#101010"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(max(6, int(size * 0.7)))
    painter.setFont(font)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)
