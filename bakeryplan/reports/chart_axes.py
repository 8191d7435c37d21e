"""Axis ticks and labels in the plan's own language, currency and number style.

matplotlib formats dates with strftime (the C locale); a baker in Lyon expects "mai 2027"
and "1 200 €". Babel (through text.formatter) does the words and numbers here.
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from bakeryplan.domain.model import Business
from bakeryplan.text.formatter import Formatter, formatter_for

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: matplotlib's default date epoch: day numbers count from here.
_EPOCH = date(1970, 1, 1).toordinal()


def day_number(d: date) -> float:
    """matplotlib's float for a date (days since 1970-01-01), without its slow converter."""
    return float(d.toordinal() - _EPOCH)


def day_of(number: float) -> date:
    return date.fromordinal(round(number) + _EPOCH)


@lru_cache(maxsize=4096)
def tick_date(ordinal: int, skeleton: str, locale: str) -> str:
    return Formatter(locale).skeleton(skeleton, date.fromordinal(ordinal))


def skeleton_for(span: timedelta) -> str:
    """Coarser date labels on longer axes: "14 May", "May 2027", "2027"."""
    if span > timedelta(days=5 * 365):
        return "y"
    if span > timedelta(days=200):
        return "yMMM"
    return "MMMd"


def use_plan_axes(ax: Axes, business: Business, unit: str, *, whole: bool = False) -> None:
    """Date ticks on x and measure values on y, both worded for the plan's locale.

    ``whole``: the measure counts whole things (cafes, bakes), so no "0.5 cafes" tick.
    """
    from matplotlib.dates import AutoDateLocator
    from matplotlib.ticker import AutoLocator, FuncFormatter, MaxNLocator

    locale = business.locale

    def x_label(number: float, _pos: int | None = None) -> str:
        low, high = ax.get_xlim()
        skeleton = skeleton_for(timedelta(days=abs(high - low)))
        return tick_date(round(number) + _EPOCH, skeleton, locale)

    def y_label(value: float, _pos: int | None = None) -> str:
        return formatter_for(business).value(value, unit)

    ax.xaxis_date()
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(FuncFormatter(x_label))
    if whole:  # AutoLocator's own steps, whole numbers only
        ax.yaxis.set_major_locator(MaxNLocator("auto", steps=[1, 2, 2.5, 5, 10], integer=True))
    else:
        ax.yaxis.set_major_locator(AutoLocator())
    ax.yaxis.set_major_formatter(FuncFormatter(y_label))


def use_share_axis(ax: Axes, business: Business) -> None:
    """Percent ticks (0 % .. 100 %) in the plan's locale, for burn-up charts."""
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    ax.yaxis.set_major_locator(MultipleLocator(0.25))
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos=None: formatter_for(business).percent(v))
    )


def fit_text(text: str, width_chars: int, max_lines: int = 2) -> str:
    """Wrap user text to the figure width; a very long name ends in an ellipsis."""
    clean = " ".join(text.split())
    lines = textwrap.wrap(clean, width=max(width_chars, 10), break_long_words=True)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    kept = lines[:max_lines]
    kept[-1] = kept[-1][: max(width_chars - 1, 1)].rstrip() + "…"
    return "\n".join(kept)
