"""The frame every progress chart shares: margins, title block, caption, legend, limits.

A chart has two kinds of artists. The frame (axes, ticks, titles, legend) changes rarely
and costs most to draw, because text is slow to render; the data lines change on every
edit and are cheap. A *live* chart (the panel) marks the data lines as animated, so the
canvas keeps a picture of the frame and only redraws the lines on top of it ("blitting"),
and it keeps its axis limits while new data still fits, so the frame rarely changes.
Exported figures are never live: every artist is drawn normally.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from bakeryplan.reports.chart_axes import fit_text
from bakeryplan.reports.chart_style import ChartStyle

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure

#: What a chart shows: its series, worked out from the plan (``chart_series``).
Data = TypeVar("Data")

#: Space kept around the plot, in inches: title block above; ticks, legend, caption below.
_TOP_INCHES = 0.78
_BOTTOM_INCHES = 1.0
_SIDE_INCHES = (0.95, 0.3)
#: A live chart shrinks its limits only when the data needs less than this share of them.
_SHRINK_BELOW = 0.7


def configure_matplotlib() -> None:
    """User text is text: "$5 and $10" is money, never mathtext."""
    import matplotlib as mpl

    mpl.rcParams["text.parse_math"] = False
    mpl.rcParams["axes.formatter.use_mathtext"] = False


#: What matplotlib says, on every draw, when no installed font has a character of a text.
MISSING_GLYPH_MESSAGE = r"Glyph \d+ \(.*\) missing from font\(s\) "


@contextmanager
def quiet_missing_glyphs() -> Iterator[None]:
    """Silence exactly matplotlib's missing-glyph warning, nothing else.

    Names are user text and may hold emoji; the machine may have no font with them
    (``fc-list :charset=1f950`` finds none here, and shipping a colour emoji font would
    weigh megabytes). The text is kept as written: the character shows as the font's
    empty box, which is all matplotlib can do, and the warning, repeated on every redraw
    of the live chart and every export, would tell the user nothing they can act on.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=MISSING_GLYPH_MESSAGE, category=UserWarning)
        yield


@functools.cache
def quiet_figure_class() -> type[Figure]:
    """A Figure whose drawing (screen, PNG, SVG, PDF) is ``quiet_missing_glyphs``.

    Made on first use so that matplotlib is imported only when a chart is drawn. Every
    chart of the app comes from ``chart.new_figure``, and every save or draw (the export
    module, the progress pack, the panel's canvas) goes through ``Figure.draw``.
    """
    from matplotlib.figure import Figure

    class QuietFigure(Figure):
        def draw(self, renderer: RendererBase) -> None:
            with quiet_missing_glyphs():
                super().draw(renderer)

    return QuietFigure


class ChartFrame(Generic[Data]):
    """Axes, title block, caption and legend on a Figure, in one style; ``update`` puts
    new data in."""

    def __init__(
        self, figure: Figure, style: ChartStyle, *, titled: bool = True, live: bool = False
    ) -> None:
        configure_matplotlib()
        self.figure = figure
        self.style = style
        self.titled = titled
        self.live = live
        self.data: Data | None = None
        self.dynamic: list[Artist] = []
        self.needs_full_draw = True
        self._frame_key: tuple[Any, ...] = ()
        self._legend_key: tuple[Any, ...] = ()
        figure.set_facecolor(style.background)
        self.ax = figure.add_subplot()
        self.ax.set_facecolor(style.background)
        self.ax.grid(True, color=style.grid, linewidth=0.6)
        self.ax.set_axisbelow(True)
        for side in ("top", "right"):
            self.ax.spines[side].set_visible(False)
        self.ax.tick_params(colors=style.muted, labelcolor=style.foreground, labelsize=8)
        text: dict[str, Any] = {"color": style.foreground, "parse_math": False}
        self.title = figure.text(0.0, 1.0, "", fontsize=13, weight="bold", va="top", **text)
        self.subtitle = figure.text(0.0, 1.0, "", fontsize=9.5, va="top", **text)
        self.caption = figure.text(0.0, 0.0, "", fontsize=9, va="bottom", **text)
        self.title.set_gid("title")
        self.subtitle.set_gid("subtitle")
        self.caption.set_gid("caption")
        self.caption_text = ""
        self.relayout()

    def update(self, data: Data) -> None:
        raise NotImplementedError

    def redraw(self) -> None:
        """Put the current data in again: after a resize, to fit the titles anew."""
        if self.data is not None:
            self.update(self.data)

    def add_dynamic(self, *artists: Artist) -> None:
        """Artists that change with the data: animated (blitted) on a live chart."""
        for artist in artists:
            artist.set_animated(self.live)
            self.dynamic.append(artist)

    def relayout(self) -> None:
        """Keep margins a fixed size in inches whatever the figure size."""
        width, height = self.figure.get_size_inches()
        left, right = _SIDE_INCHES
        top = _TOP_INCHES if self.titled else 0.3
        bottom = _BOTTOM_INCHES if self.titled and not self.live else 0.72
        self.figure.subplots_adjust(
            left=min(left / width, 0.3),
            right=1 - right / width,
            top=max(1 - top / height, 0.5),
            bottom=min(bottom / height, 0.45),
        )
        x0 = 0.25 / width
        self.title.set_position((x0, 1 - 0.12 / height))
        self.subtitle.set_position((x0, 1 - 0.45 / height))
        self.caption.set_position((x0, 0.08 / height))
        self._chars = int(width * 72 / 7.2)
        self._legend_inches = 0.42 if self.titled and not self.live else 0.02

    def set_titles(self, title: str, subtitle: str, caption: str) -> None:
        """Title block and caption; a live chart leaves the caption to its host widget.

        Rendering a sentence of text costs more than redrawing all the data lines, and the
        forecast sentence changes with almost every edit, so the panel shows it in a label.
        """
        self.caption_text = caption
        if not self.titled:
            return
        self.title.set_text(fit_text(title, int(self._chars * 0.8), max_lines=1))
        self.subtitle.set_text(fit_text(subtitle, self._chars, max_lines=1))
        if not self.live:
            self.caption.set_text(fit_text(caption, self._chars, max_lines=2))

    def set_legend(self, artists: list[Any]) -> None:
        """Legend of the visible series only; rebuilt only when that set or the size changes."""
        width, height = self.figure.get_size_inches()
        labels = ((a.get_gid(), a.get_label()) for a in artists)  # "This week so far"
        key = (*labels, round(width, 2), round(height, 2))
        if key == self._legend_key:
            return
        self._legend_key = key
        legend = self.ax.get_legend()
        if legend is not None:
            legend.remove()
        legend = self.ax.legend(
            handles=artists,
            loc="lower left",
            bbox_to_anchor=(0.25 / width - 0.01, self._legend_inches / height),
            bbox_transform=self.figure.transFigure,
            # Up to six side by side; more (a period "so far") in two rows that fit.
            ncols=len(artists) if len(artists) <= 6 else (len(artists) + 1) // 2,
            fontsize=8,
            frameon=False,
            handlelength=2.6,
        )
        legend.set_animated(False)
        for text in legend.get_texts():
            text.set_color(self.style.foreground)

    def fit_limits(self, axis: str, low: float, high: float) -> None:
        """Set x or y limits to cover low..high; a live chart keeps them while data fits."""
        get = self.ax.get_xlim if axis == "x" else self.ax.get_ylim
        put = self.ax.set_xlim if axis == "x" else self.ax.set_ylim
        if self.live and self._frame_key:  # not the first draw
            now_low, now_high = get()
            fits = now_low <= low and high <= now_high
            if fits and (high - low) >= _SHRINK_BELOW * (now_high - now_low):
                return
        put(low, high)

    def finish_update(self, extra: tuple[Any, ...] = ()) -> None:
        """Work out whether the frame changed (full draw) or only the data lines (blit)."""
        key = (
            self.ax.get_xlim(),
            self.ax.get_ylim(),
            self.title.get_text(),
            self.subtitle.get_text(),
            self._legend_key,
            tuple(self.figure.get_size_inches()),
            *extra,
        )
        self.needs_full_draw = key != self._frame_key
        self._frame_key = key
