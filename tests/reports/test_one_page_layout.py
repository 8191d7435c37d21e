"""The huddle page's geometry: nothing overlaps, nothing leaves the page, type stays readable."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from bakeryplan.domain.model import Business, Plan
from bakeryplan.reports.one_page import LayoutResult, paint_one_page, write_one_page_pdf
from bakeryplan.reports.one_page_layout import MIN_BODY_PT
from bakeryplan.store.demo import demo_plan
from tests.reports.test_one_page import ON, huge_plan

PLANS = {
    "demo": lambda: demo_plan(ON),
    "empty": lambda: Plan(Business("Corner Shop")),
    "huge": lambda: huge_plan(ON),
}

# Rounding in text measurement may let neighbours touch; they must never really overlap.
TOLERANCE = 0.01


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    """A QApplication first, so widget tests later in the session still get one."""


def assert_no_overlaps(result: LayoutResult, page: QRectF) -> None:
    boxes = [b for b in result.boxes if b.rect.width() > 0 and b.rect.height() > 0]
    assert boxes
    inside = page.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    for box in boxes:
        assert inside.contains(box.rect), f"{box.text!r} leaves the page: {box.rect}"
    for a, b in combinations(boxes, 2):
        overlap = a.rect.intersected(b.rect)
        assert overlap.width() <= TOLERANCE or overlap.height() <= TOLERANCE, (
            f"{a.text!r} overlaps {b.text!r}"
        )


@pytest.mark.parametrize("name", sorted(PLANS))
@pytest.mark.parametrize(("page_size", "landscape"), [("a4", False), ("letter", True)])
def test_pdf_layout_has_no_overlapping_or_clipped_boxes(
    name: str, page_size: str, landscape: bool, tmp_path: Path
) -> None:
    from bakeryplan.reports.one_page import page_layout_for

    result = write_one_page_pdf(
        PLANS[name](), tmp_path / "p.pdf", on=ON, page_size=page_size, landscape=landscape
    )
    paint = page_layout_for(page_size, landscape=landscape).paintRectPixels(600)
    assert_no_overlaps(result, QRectF(0, 0, paint.width(), paint.height()))
    assert result.body_pt >= MIN_BODY_PT


def test_painting_into_part_of_a_device_stays_inside_that_part() -> None:
    image = QImage(900, 1300, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    page = QRectF(40, 60, 800, 1150)
    painter = QPainter(image)
    try:
        result = paint_one_page(painter, page, demo_plan(ON), ON)
    finally:
        painter.end()
    assert_no_overlaps(result, page)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(1300, 900)
    inked = pixels != 0xFFFFFFFF
    assert inked[60:1210, 40:840].sum() > 10_000, "the page was painted"
    inked[59:1211, 39:841] = False  # one pixel of antialiasing at the edge
    assert not inked.any(), "nothing is painted outside the page rectangle"


def test_every_goal_row_keeps_its_title_mark_and_figures_apart() -> None:
    image = QImage(827, 1169, QImage.Format.Format_ARGB32)  # A4 at 100 dpi
    painter = QPainter(image)
    try:
        result = paint_one_page(painter, QRectF(0, 0, 827, 1169), demo_plan(ON), ON)
    finally:
        painter.end()
    marks = [b for b in result.boxes if b.kind == "mark"]
    health_marks = [m for m in marks if m.text not in ("checkbox", "overdue")]
    assert len(health_marks) >= 5 + len(demo_plan(ON).goals)  # legend plus one per goal
    assert {m.text for m in marks} >= {"on_track", "behind", "at_risk", "checkbox", "overdue"}


def test_goals_needing_attention_stay_on_a_crowded_page(tmp_path: Path) -> None:
    result = write_one_page_pdf(huge_plan(ON), tmp_path / "huge.pdf", on=ON)
    shown = [
        b.text for b in result.boxes if b.kind == "mark" and b.text not in ("checkbox", "overdue")
    ]
    goal_marks = shown[5:]  # after the legend
    assert goal_marks and set(goal_marks) <= {"at_risk", "behind"}


def test_a_page_too_small_for_any_layout_is_clipped_and_says_so() -> None:
    image = QImage(300, 220, QImage.Format.Format_ARGB32)  # a postcard at 96 dpi
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        result = paint_one_page(painter, QRectF(0, 0, 300, 220), demo_plan(ON), ON)
    finally:
        painter.end()
    assert result.clipped
    assert result.body_pt == MIN_BODY_PT


def test_paper_sized_pages_are_never_clipped(tmp_path: Path) -> None:
    for name, make in PLANS.items():
        result = write_one_page_pdf(make(), tmp_path / f"{name}.pdf", on=ON, landscape=True)
        assert not result.clipped, name
