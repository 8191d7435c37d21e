"""The same health symbol on screen as on paper: the window's icon and the printouts'
mark cover the same shape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from bakeryplan.domain.health import Health
from bakeryplan.reports.one_page_marks import draw_mark, health_mark
from bakeryplan.ui import theme

SIDE = 28


def _covered(image: QImage) -> set[tuple[int, int]]:
    """The shape's silhouette: each row filled from its first drawn pixel to its last, so
    a ring and a white-filled circle compare as the same round shape."""
    shape: set[tuple[int, int]] = set()
    for y in range(image.height()):
        drawn = [x for x in range(image.width()) if image.pixelColor(x, y).alpha() > 128]
        if drawn:
            shape |= {(x, y) for x in range(min(drawn), max(drawn) + 1)}
    return shape


def _paper(health: Health) -> set[tuple[int, int]]:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw_mark(painter, health_mark(health), QRectF(1.5, 1.5, SIDE - 3, SIDE - 3))
    painter.end()
    return _covered(image)


def _screen(health: Health) -> set[tuple[int, int]]:
    pixmap = theme.health_icon(health, SIDE, dark=False).pixmap(SIDE, SIDE)
    return _covered(pixmap.toImage().scaled(SIDE, SIDE))


@pytest.mark.parametrize("health", list(Health))
def test_screen_and_paper_draw_the_same_shape(qapp, health: Health) -> None:
    paper, screen = _paper(health), _screen(health)
    overlap = len(paper & screen) / len(paper | screen)
    assert overlap > 0.75, f"{health.value}: {overlap:.2f}"
