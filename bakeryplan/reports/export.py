"""Charts leave the app as PNG (300 dpi), SVG or PDF: labelled, atomic and reproducible.

Reproducible means the same plan on the same day gives the same bytes: no creation date
is written unless one is asked for, and SVG ids are salted with a fixed string. Atomic
means a crash or a full disk never leaves half a file where a good one was: the chart is
written to a temporary file in the same folder and then moved over the target.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bakeryplan import APP_NAME, __version__
from bakeryplan.atomic_files import atomic_write
from bakeryplan.domain.model import Measure, Plan
from bakeryplan.reports.chart_style import EXPORT_DPI
from bakeryplan.reports.printable import printable
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate

if TYPE_CHECKING:
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
            translate(
                "chart_export",
                "Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.",
            ).format(name=repr(Path(path).name))
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
    """PNG at 300 dpi, RGB without an alpha channel, drawn once and encoded by Pillow.

    zlib level 3 gives a file about as small as Pillow's default level 6 at about half
    the encoding time: a chart is mostly flat colour.
    """
    from PIL import Image, PngImagePlugin

    previous_canvas, previous_dpi = figure.canvas, figure.dpi
    with _RENDER_LOCK:
        try:
            figure.set_dpi(EXPORT_DPI)
            canvas = _export_canvas_class()(figure)
            canvas.draw()
            image = Image.frombuffer(
                "RGBA", canvas.get_width_height(physical=True), canvas.buffer_rgba()
            ).convert("RGB")
        finally:
            figure.set_dpi(previous_dpi)
            figure.set_canvas(previous_canvas)
    info = PngImagePlugin.PngInfo()
    for key, value in meta.items():
        info.add_text(key, value)  # tEXt when Latin-1 (what most viewers show), else iTXt
    image.save(handle, format="PNG", dpi=(EXPORT_DPI, EXPORT_DPI), pnginfo=info, compress_level=3)


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


def find_measure_by_name(plan: Plan, name_or_id: str | int) -> Measure:
    """The measure a person names on the command line (its name, any case) or its id."""
    if isinstance(name_or_id, int):
        found = plan.measure(name_or_id)
        if found is None:
            raise ChartRequestError(
                translate("chart_export", "No measure with id {id}. {known}").format(
                    id=name_or_id, known=_known_names(plan)
                )
            )
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
            translate(
                "chart_export",
                "Several measures are called {name} (ids {ids}); give the id instead.",
            ).format(name=repr(name_or_id), ids=ids)
        )
    raise ChartRequestError(
        translate("chart_export", "No measure called {name}. {known}").format(
            name=repr(name_or_id), known=_known_names(plan)
        )
    )


def _known_names(plan: Plan) -> str:
    if not plan.measures:
        return translate("chart_export", "This plan has no measures yet.")
    names = "; ".join(repr(m.name) for m in plan.measures)
    return translate("chart_export", "Measures in this plan: {names}.").format(names=names)


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
    with _RENDER_LOCK, in_language(language_of(plan.business.locale)):
        chart = _export_chart()
        chart.update(data)  # legend, axes and caption in the plan's language
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
