"""Charts leave the app as PNG (300 dpi), SVG or PDF: labelled, atomic and reproducible.

Reproducible means the same plan on the same day gives the same bytes: no creation date
is written unless one is asked for, and SVG ids are salted with a fixed string. Atomic
means a crash or a full disk never leaves half a file where a good one was: the chart is
written to a temporary file in the same folder and then moved over the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bakeryplan import APP_NAME, __version__
from bakeryplan.domain.model import Measure, Plan
from bakeryplan.reports.chart_style import EXPORT_DPI

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_FORMATS = ("png", "svg", "pdf")
_SOFTWARE = f"{APP_NAME} {__version__}"


def chart_format(path: str | Path) -> str:
    """The export format named by a file's suffix; a clear error for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise ValueError(
            f"Cannot export a chart as {Path(path).name!r}: the file name must end in "
            ".png, .svg or .pdf."
        )
    return suffix


def _metadata(
    fmt: str, *, title: str, business: str, author: str, created: datetime | None
) -> dict[str, Any]:
    """Document properties per format, in the keys each matplotlib backend understands."""
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


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """A temporary path next to ``path``; moved over it only when the block succeeds."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, _shareable_mode(target))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _shareable_mode(target: Path) -> int:
    """Keep an existing file's mode; a new export gets the usual umask-based mode."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Run ``write`` on a binary file handle and put the result at ``path`` atomically."""
    with atomic_file(path) as temp, temp.open("wb") as handle:
        write(handle)
    return Path(path)


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
    rc = {
        "svg.hashsalt": "bakeryplan",  # fixed ids: the same chart gives the same SVG
        "svg.fonttype": "path",  # looks the same on machines without DejaVu Sans
        "text.parse_math": False,
    }

    def write(handle: IO[bytes]) -> None:
        with mpl.rc_context(rc):
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
    """PNG at 300 dpi without an alpha channel, run-length compressed.

    The figure is opaque, so RGB loses nothing; with zlib's run-length strategy the file is
    about as small as matplotlib's own and is written in a third less time.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image, PngImagePlugin

    previous_canvas, previous_dpi = figure.canvas, figure.dpi
    try:
        figure.set_dpi(EXPORT_DPI)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        size = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", size, canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        rgb = image.convert("RGB")
    finally:
        figure.set_dpi(previous_dpi)
        figure.set_canvas(previous_canvas)
    info = PngImagePlugin.PngInfo()
    for key, value in meta.items():
        try:
            value.encode("latin-1")
            info.add_text(key, value)
        except UnicodeEncodeError:
            info.add_itxt(key, value)
    rgb.save(
        handle,
        format="png",
        pnginfo=info,
        dpi=(EXPORT_DPI, EXPORT_DPI),
        compress_level=6,
        compress_type=3,  # zlib Z_RLE: quick on the long flat runs of a chart
    )


def find_measure_by_name(plan: Plan, name_or_id: str | int) -> Measure:
    """The measure a person names on the command line (its name, any case) or its id."""
    if isinstance(name_or_id, int):
        found = plan.measure(name_or_id)
        if found is None:
            raise ValueError(f"No measure with id {name_or_id}. {_known_names(plan)}")
        return found
    wanted = " ".join(str(name_or_id).split()).casefold()
    matches = [m for m in plan.measures if " ".join(m.name.split()).casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if not matches and wanted.isdigit() and plan.measure(int(wanted)) is not None:
        return plan.measure(int(wanted))  # type: ignore[return-value]
    if matches:
        ids = ", ".join(str(m.id) for m in matches)
        raise ValueError(
            f"Several measures are called {name_or_id!r} (ids {ids}); give the id instead."
        )
    raise ValueError(f"No measure called {name_or_id!r}. {_known_names(plan)}")


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
    """Write one measure's chart (always the light style) to PNG, SVG or PDF."""
    from bakeryplan.reports.chart import measure_figure

    chart_format(path)
    measure = find_measure_by_name(plan, measure_name_or_id)
    figure = measure_figure(plan, measure.id, on, start=start, end=end, dark=False)
    return export_figure(
        figure,
        path,
        title=measure.name,
        business=plan.business.name,
        author=plan.business.owner,
        created=created,
    )
