"""Chart exports read back: PNG at 300 dpi, SVG that parses, PDF with text and metadata."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from bakeryplan.reports.chart import measure_figure
from bakeryplan.reports.export import export_figure, export_measure_chart
from bakeryplan.store.demo import demo_plan
from tests.reports.chart_fixtures import DEMO_TODAY, tricky_plan

PLAN = demo_plan(DEMO_TODAY)
NAME = "Weekly revenue"


def test_png_is_300_dpi_with_title_and_author(tmp_path: Path) -> None:
    path = export_measure_chart(PLAN, NAME, tmp_path / "chart.png", on=DEMO_TODAY)
    with Image.open(path) as image:
        assert image.size == (2400, 1440)  # 8 x 4.8 inches at 300 dpi
        assert tuple(round(v) for v in image.info["dpi"]) == (300, 300)
        assert image.info["Title"] == NAME
        assert image.info["Author"] == "Maria Lopez"
        assert "Sunrise Bakery" in image.info["Description"]
        assert image.getpixel((5, 5))[:3] == (255, 255, 255)  # exports are light


def test_png_holds_exactly_the_drawn_pixels_and_unicode_metadata(tmp_path: Path) -> None:
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = measure_figure(PLAN, 1, DEMO_TODAY)
    author = "Zoë Ünal ✓"
    path = export_figure(figure, tmp_path / "c.png", title="Ventes €", business="b", author=author)
    figure.set_dpi(300)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    drawn = np.asarray(canvas.buffer_rgba())[:, :, :3]
    with Image.open(path) as image:
        image.load()
        assert image.mode == "RGB"
        assert np.array_equal(np.asarray(image), drawn)  # lossless: not a pixel changed
        assert image.info["Author"] == author  # not Latin-1: an iTXt chunk
        assert image.info["Title"] == "Ventes €"


def test_the_kept_export_chart_draws_what_a_fresh_figure_draws(tmp_path: Path) -> None:
    plan = demo_plan(DEMO_TODAY)
    money, share, count = (plan.measures[i] for i in (0, 1, 3))  # EUR, %, cafes (stepped)
    for measure in (share, money, count, money):  # the kept chart switches between them
        kept = export_measure_chart(plan, measure.id, tmp_path / "kept.png", on=DEMO_TODAY)
        fresh = export_figure(
            measure_figure(plan, measure.id, DEMO_TODAY),
            tmp_path / "fresh.png",
            title=measure.name,
            business=plan.business.name,
            author=plan.business.owner,
        )
        assert kept.read_bytes() == fresh.read_bytes(), measure.name


def test_svg_parses_and_names_the_chart(tmp_path: Path) -> None:
    path = export_measure_chart(PLAN, NAME, tmp_path / "chart.svg", on=DEMO_TODAY)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert f"<dc:title>{NAME}</dc:title>" in text
    assert "Sunrise Bakery" in text
    assert "<dc:date>" not in text  # no clock in the file unless asked for


def test_pdf_has_one_page_searchable_text_and_metadata(tmp_path: Path) -> None:
    path = export_measure_chart(PLAN, NAME, tmp_path / "chart.pdf", on=DEMO_TODAY)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert NAME in words
    assert "Sunrise Bakery" in words
    assert reader.metadata.title == NAME
    assert reader.metadata.author == "Maria Lopez"
    assert "/CreationDate" not in reader.metadata


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_same_chart_gives_the_same_bytes(tmp_path: Path, suffix: str) -> None:
    first = export_measure_chart(PLAN, NAME, tmp_path / f"a.{suffix}", on=DEMO_TODAY)
    second = export_measure_chart(PLAN, NAME, tmp_path / f"b.{suffix}", on=DEMO_TODAY)
    assert first.read_bytes() == second.read_bytes()
    dated = export_measure_chart(
        PLAN,
        NAME,
        tmp_path / f"c.{suffix}",
        on=DEMO_TODAY,
        created=datetime(2026, 11, 27, 9, 30, tzinfo=UTC),
    )
    assert dated.read_bytes() != first.read_bytes()
    assert b"2026" in dated.read_bytes()


def test_measure_found_by_name_in_any_case_or_by_id(tmp_path: Path) -> None:
    by_name = export_measure_chart(PLAN, "  weekly   REVENUE ", tmp_path / "a.svg", on=DEMO_TODAY)
    by_id = export_measure_chart(PLAN, 1, tmp_path / "b.svg", on=DEMO_TODAY)
    assert by_name.read_bytes() == by_id.read_bytes()


def test_unknown_measure_is_a_clear_error_listing_the_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError) as error:
        export_measure_chart(PLAN, "Weekly profit", tmp_path / "a.png", on=DEMO_TODAY)
    message = str(error.value)
    assert "Weekly profit" in message
    for measure in PLAN.measures:
        assert repr(measure.name) in message
    assert not list(tmp_path.iterdir())


def test_unknown_format_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        export_measure_chart(PLAN, NAME, tmp_path / "chart.jpg", on=DEMO_TODAY)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_a_failed_export_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    from matplotlib.figure import Figure

    target = tmp_path / f"chart.{suffix}"
    target.write_bytes(b"the good old chart")

    def broken_write(self, handle, *args, **kwargs) -> None:
        handle.write(b"half a chart")
        raise OSError("disk full")

    def broken_save(self, handle, *args, **kwargs) -> None:  # PNG goes through Pillow
        handle.write(b"\x89PNG half a chart")
        raise OSError("disk full")

    monkeypatch.setattr(Image.Image, "save", broken_save)
    monkeypatch.setattr(Figure, "savefig", broken_write)
    figure = measure_figure(PLAN, 1, DEMO_TODAY)
    with pytest.raises(OSError, match="disk full"):
        export_figure(figure, target, title="t", business="b", author="a")
    assert target.read_bytes() == b"the good old chart"
    assert [p.name for p in tmp_path.iterdir()] == [f"chart.{suffix}"]


def test_export_keeps_the_mode_of_a_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("old")
    target.chmod(0o640)
    export_measure_chart(PLAN, NAME, target, on=DEMO_TODAY)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_tricky_names_export_as_written(tmp_path: Path, suffix: str) -> None:
    plan = tricky_plan()
    # SVG is quick: every name. PNG and PDF: money, right-to-left and emoji.
    measures = plan.measures if suffix == "svg" else plan.measures[0:6:2]
    for measure in measures:
        path = export_measure_chart(plan, measure.id, tmp_path / f"{measure.id}.{suffix}",
                                    on=DEMO_TODAY)  # fmt: skip
        assert path.stat().st_size > 1000
    if suffix == "svg":
        text = (tmp_path / "2.svg").read_text(encoding="utf-8")
        assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;i&gt;y&lt;/i&gt;" in text  # escaped, kept
        ET.parse(tmp_path / "2.svg")
    if suffix == "pdf":
        words = " ".join(PdfReader(tmp_path / "1.pdf").pages[0].extract_text().split())
        assert "$5 and $10 a loaf" in words
        assert re.search(r"\$1,[0-9]{3}", words)  # dollar tick labels, not math
