"""Charts leave the app as PNG (300 dpi), SVG or PDF: labelled, atomic and reproducible.

Reproducible means the same plan on the same day gives the same bytes: no creation date
is written unless one is asked for, and SVG ids are salted with a fixed string. Atomic
means a crash or a full disk never leaves half a file where a good one was: the chart is
written to a temporary file in the same folder and then moved over the target.
"""

from __future__ import annotations

import functools
import struct
import threading
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bakeryplan import APP_NAME, __version__
from bakeryplan.atomic_files import atomic_write
from bakeryplan.domain.model import Measure, Plan
from bakeryplan.reports.chart_style import EXPORT_DPI
from bakeryplan.reports.printable import printable

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from bakeryplan.reports.chart import MeasureChart

CHART_FORMATS = ("png", "svg", "pdf")


class ChartRequestError(ValueError):
    """A chart asked for in words the plan cannot answer: a measure named by nothing or by
    several, or a file type no chart is written as. Its text is for the user."""


_SOFTWARE = f"{APP_NAME} {__version__}"


def chart_format(path: str | Path) -> str:
    """The export format named by a file's suffix; a clear error for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise ChartRequestError(
            f"Cannot export a chart as {Path(path).name!r}: the file name must end in "
            ".png, .svg or .pdf."
        )
    return suffix


def _metadata(
    fmt: str, *, title: str, business: str, author: str, created: datetime | None
) -> dict[str, Any]:
    """Document properties per format, in the keys each matplotlib backend understands."""
    title, business, author = printable(title), printable(business), printable(author)
    description = f"{title} · {business}" if business else title
    if fmt == "png":
        meta: dict[str, Any] = {
            "Title": title,
            "Author": author,
            "Description": description,
            "Source": business,
            "Software": _SOFTWARE,
        }
        if created is not None:
            meta["Creation Time"] = created.isoformat(timespec="seconds")
        return meta
    if fmt == "svg":
        return {
            "Title": title,
            "Creator": author or business,
            "Publisher": business,
            "Description": description,
            "Date": created.isoformat(timespec="seconds") if created else None,
        }
    return {
        "Title": title,
        "Author": author,
        "Subject": description,
        "Creator": _SOFTWARE,
        "Producer": _SOFTWARE,
        "CreationDate": created,
        "ModDate": None,
    }


def write_atomically(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Run ``write`` on a binary file handle and put the result at ``path`` atomically."""
    return atomic_write(path, write)


def export_figure(
    figure: Figure,
    path: str | Path,
    *,
    title: str,
    business: str,
    author: str,
    created: datetime | None = None,
) -> Path:
    """Save ``figure`` as PNG (300 dpi), SVG or PDF, chosen by the suffix of ``path``.

    ``created`` is written as the document date only when given, so by default the same
    figure always gives the same bytes.
    """
    import matplotlib as mpl

    fmt = chart_format(path)
    meta = _metadata(fmt, title=title, business=business, author=author, created=created)

    def write(handle: IO[bytes]) -> None:
        with mpl.rc_context(
            {
                "svg.hashsalt": "bakeryplan",  # fixed ids: the same chart gives the same SVG
                "svg.fonttype": "path",  # looks the same on machines without DejaVu Sans
                "text.parse_math": False,
            }
        ):
            if fmt == "png":
                _write_png(figure, handle, meta)
            else:
                figure.savefig(
                    handle,
                    format=fmt,
                    dpi=EXPORT_DPI,
                    metadata=meta,
                    facecolor=figure.get_facecolor(),
                )

    return write_atomically(path, write)


def _write_png(figure: Figure, handle: IO[bytes], meta: dict[str, str]) -> None:
    """PNG at 300 dpi, RGB without an alpha channel, drawn once and encoded losslessly.

    Encoding the 3.5-megapixel image took a third of the export time through Pillow, which
    tries five filters on every row. A chart is mostly flat colour, so the PNG "Up" filter
    (each row minus the one above, done by numpy in one pass) already turns it into long
    runs of zeros that zlib packs quickly and about as small.
    """
    previous_canvas, previous_dpi = figure.canvas, figure.dpi
    with _RENDER_LOCK:
        try:
            figure.set_dpi(EXPORT_DPI)
            canvas = _export_canvas_class()(figure)
            canvas.draw()
            rows = _up_filtered_rows(canvas.buffer_rgba())
        finally:
            figure.set_dpi(previous_dpi)
            figure.set_canvas(previous_canvas)
    height, width = rows.shape[0], (rows.shape[1] - 1) // 3
    compressor = zlib.compressobj(_PNG_ZLIB_LEVEL, zlib.DEFLATED, 15, 9)
    pixels_per_metre = round(EXPORT_DPI / 0.0254)
    handle.write(_PNG_SIGNATURE)
    handle.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
    handle.write(_png_chunk(b"pHYs", struct.pack(">IIB", pixels_per_metre, pixels_per_metre, 1)))
    for key, value in meta.items():
        handle.write(_png_text_chunk(key, value))
    handle.write(_png_chunk(b"IDAT", compressor.compress(rows.data) + compressor.flush()))
    handle.write(_png_chunk(b"IEND", b""))


#: The kept export chart and renderer are shared: one export draws at a time.
_RENDER_LOCK = threading.RLock()


@functools.cache
def _export_canvas_class() -> type[FigureCanvasAgg]:
    """An Agg canvas that draws every export of one size into the same kept renderer.

    matplotlib caches text metrics per renderer, and a fresh renderer per export measured
    its labels again and allocated a new 14 MB buffer each time (about 30 ms of 300).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg

    kept: dict[tuple[int, int, float], RendererAgg] = {}

    class ExportCanvas(FigureCanvasAgg):
        def get_renderer(self) -> RendererAgg:
            width, height = self.get_width_height(physical=True)
            key = (width, height, float(self.figure.dpi))
            renderer = kept.get(key)
            if renderer is None:
                kept.clear()  # keep one size only: the buffer is large
                renderer = kept[key] = RendererAgg(width, height, self.figure.dpi)
            self.renderer = renderer
            return renderer

    return ExportCanvas


def _up_filtered_rows(rgba: memoryview) -> np.ndarray:
    """PNG scanlines of the RGB pixels, each with filter byte 2 ("Up") in front."""
    import numpy as np

    pixels = np.asarray(rgba)
    height, width = pixels.shape[:2]
    flat = np.ascontiguousarray(pixels[:, :, :3]).reshape(height, 3 * width)
    rows = np.empty((height, 1 + 3 * width), dtype=np.uint8)
    rows[:, 0] = _PNG_FILTER_UP
    rows[0, 1:] = flat[0]
    np.subtract(flat[1:], flat[:-1], out=rows[1:, 1:])  # wraps modulo 256, as PNG wants
    return rows


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_FILTER_UP = 2
#: zlib level 3: a little smaller than the Pillow level-6 file was, at about half the cost.
_PNG_ZLIB_LEVEL = 3


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _png_text_chunk(key: str, value: str) -> bytes:
    """tEXt when the value is Latin-1 (what most viewers show), else UTF-8 iTXt."""
    name = key.encode("latin-1")
    try:
        return _png_chunk(b"tEXt", name + b"\0" + value.encode("latin-1"))
    except UnicodeEncodeError:
        # keyword, no compression (0, 0), no language tag, no translated keyword, text
        return _png_chunk(b"iTXt", name + b"\0\0\0\0\0" + value.encode("utf-8"))


def find_measure_by_name(plan: Plan, name_or_id: str | int) -> Measure:
    """The measure a person names on the command line (its name, any case) or its id."""
    if isinstance(name_or_id, int):
        found = plan.measure(name_or_id)
        if found is None:
            raise ChartRequestError(f"No measure with id {name_or_id}. {_known_names(plan)}")
        return found
    wanted = " ".join(str(name_or_id).split()).casefold()
    matches = [m for m in plan.measures if " ".join(m.name.split()).casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    by_id = plan.measure(int(wanted)) if not matches and wanted.isdigit() else None
    if by_id is not None:
        return by_id
    if matches:
        ids = ", ".join(str(m.id) for m in matches)
        raise ChartRequestError(
            f"Several measures are called {name_or_id!r} (ids {ids}); give the id instead."
        )
    raise ChartRequestError(f"No measure called {name_or_id!r}. {_known_names(plan)}")


def _known_names(plan: Plan) -> str:
    if not plan.measures:
        return "This plan has no measures yet."
    return "Measures in this plan: " + "; ".join(repr(m.name) for m in plan.measures) + "."


def export_measure_chart(
    plan: Plan,
    measure_name_or_id: str | int,
    path: str | Path,
    *,
    on: date,
    start: date | None = None,
    end: date | None = None,
    created: datetime | None = None,
) -> Path:
    """Write one measure's chart (always the light style) to PNG, SVG or PDF.

    Every export draws on the same kept chart, updated with this measure's data: building
    a figure and its axes, ticks and text costs about a fifth of a PNG export, and the
    chart is made to take new data (the live panel does the same).
    """
    from bakeryplan.reports.chart_series import measure_chart_data

    chart_format(path)
    measure = find_measure_by_name(plan, measure_name_or_id)
    data = measure_chart_data(plan, measure.id, on, start=start, end=end)
    with _RENDER_LOCK:
        chart = _export_chart()
        chart.update(data)
        return export_figure(
            chart.figure,
            path,
            title=measure.name,
            business=plan.business.name,
            author=plan.business.owner,
            created=created,
        )


@functools.cache
def _export_chart() -> MeasureChart:
    """The light, titled chart at export size that ``export_measure_chart`` draws on."""
    from bakeryplan.reports.chart import MeasureChart, new_figure
    from bakeryplan.reports.chart_style import style_for

    return MeasureChart(new_figure(), style_for(False))
