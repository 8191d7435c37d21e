"""Render the app icon's PNG sizes from the one SVG source, resources/icons.

Run after editing the SVG: ``python packaging/render_icons.py``. The PNGs are committed so
that packagers need neither Qt nor this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.bakeryplan.BakeryPlan"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
SVG_SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"  # the one copy of the icon


def render_png(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the SVG into a transparent square image of ``size`` pixels and save it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG_SOURCE))
    if not renderer.isValid():
        print(f"not a valid SVG: {SVG_SOURCE}", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render_png(renderer, size, target)
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
