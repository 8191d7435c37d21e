"""Health marks that differ by shape as well as colour, for paper printed in black and white.

On track is a filled circle, behind a triangle, at risk a diamond, achieved a star and not
started a hollow circle. Every mark has a dark outline so that even the light amber
triangle stays visible on a grey photocopy.
"""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from bakeryplan.domain.health import Health

MarkKind = Literal[
    "on_track", "behind", "at_risk", "achieved", "not_started", "checkbox", "overdue"
]

OUTLINE = QColor("#1a1a1a")
HEALTH_FILL: dict[str, QColor] = {
    Health.ON_TRACK.value: QColor("#2e7d32"),
    Health.BEHIND.value: QColor("#f2b01e"),
    Health.AT_RISK.value: QColor("#c62828"),
    Health.ACHIEVED.value: QColor("#1f5fa8"),
    Health.NOT_STARTED.value: QColor("#ffffff"),
}

# The legend's order: from good to needing attention, then the two ends of a goal's life.
LEGEND: tuple[Health, ...] = (
    Health.ON_TRACK,
    Health.BEHIND,
    Health.AT_RISK,
    Health.ACHIEVED,
    Health.NOT_STARTED,
)


def health_mark(health: Health) -> MarkKind:
    return health.value


def draw_mark(painter: QPainter, kind: MarkKind, rect: QRectF) -> None:
    """Draw one mark centred in ``rect`` (a square is best)."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    pen = QPen(OUTLINE, max(side * 0.08, 0.5))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setBrush(QBrush(HEALTH_FILL.get(kind, QColor("#ffffff"))))
    inner = box.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08)
    if kind in ("on_track", "not_started"):
        if kind == "not_started":
            pen.setWidthF(max(side * 0.12, 0.6))
            painter.setPen(pen)
        painter.drawEllipse(inner)
    elif kind == "behind":
        painter.drawPolygon(_triangle(inner))
    elif kind == "at_risk":
        painter.drawPolygon(_diamond(inner))
    elif kind == "achieved":
        painter.drawPolygon(star(inner))
    elif kind == "checkbox":
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(box.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12))
    elif kind == "overdue":
        _draw_warning(painter, inner)
    painter.restore()


def _triangle(box: QRectF) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(box.center().x(), box.top()),
            QPointF(box.right(), box.bottom()),
            QPointF(box.left(), box.bottom()),
        ]
    )


def _diamond(box: QRectF) -> QPolygonF:
    c = box.center()
    return QPolygonF(
        [
            QPointF(c.x(), box.top()),
            QPointF(box.right(), c.y()),
            QPointF(c.x(), box.bottom()),
            QPointF(box.left(), c.y()),
        ]
    )


def star(box: QRectF) -> QPolygonF:
    """Achieved: a five-pointed star, on paper and (``ui.theme``) on screen."""
    c = box.center()
    outer = box.width() / 2
    inner = outer * 0.45
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle)))
    # Nudge down: a star's visual centre sits above its box centre.
    return QPolygonF([p + QPointF(0, box.height() * 0.05) for p in points])


def _draw_warning(painter: QPainter, box: QRectF) -> None:
    """A black warning triangle with a white "!" drawn as shapes (no text to overlap)."""
    painter.setBrush(QBrush(OUTLINE))
    painter.drawPolygon(_triangle(box))
    w = box.width()
    bar = QRectF(0, 0, w * 0.12, box.height() * 0.38)
    bar.moveCenter(QPointF(box.center().x(), box.top() + box.height() * 0.52))
    dot = QRectF(0, 0, w * 0.13, w * 0.13)
    dot.moveCenter(QPointF(box.center().x(), box.top() + box.height() * 0.83))
    path = QPainterPath()
    path.addRect(bar)
    path.addEllipse(dot)
    painter.fillPath(path, QBrush(QColor("#ffffff")))
