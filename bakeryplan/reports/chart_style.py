"""Colours, line styles and markers of the progress charts.

Planned and actual differ by line style and marker as well as by colour, so a chart printed
in black and white (or seen by a colour-blind lender) still reads. Exports always use the
light style; only the screen follows a dark scheme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChartStyle:
    """Everything that differs between the light and the dark chart."""

    background: str
    foreground: str
    muted: str
    grid: str
    planned: str
    band: str
    band_alpha: float
    actual: str
    forecast: str
    target: str
    today: str

    # Shapes: the same in both schemes, chosen to survive a grey-scale printer. The plan is
    # a long-dashed line with no markers, actuals a solid line with dots, the forecast a
    # short-dashed line, the target a dotted line ending in a diamond.
    planned_style: Any = (0, (7.0, 2.5))
    planned_width: float = 1.9
    actual_style: Any = "-"
    actual_width: float = 1.4
    actual_marker: str = "o"
    forecast_style: Any = (0, (2.2, 1.8))
    target_style: Any = ":"
    target_marker: str = "D"
    band_hatch: str = "////"


LIGHT = ChartStyle(
    background="#ffffff",
    foreground="#1a1a1a",
    muted="#5f5f5f",
    grid="#dddddd",
    planned="#1f4e8c",
    band="#9ec5e8",
    band_alpha=0.45,
    actual="#b3461b",
    forecast="#b3461b",
    target="#2e7d32",
    today="#444444",
)

DARK = ChartStyle(
    background="#1f2125",
    foreground="#e8e8e8",
    muted="#a8a8a8",
    grid="#3a3d42",
    planned="#8fb8ff",
    band="#3d6ea8",
    band_alpha=0.40,
    actual="#ffab7a",
    forecast="#ffab7a",
    target="#7fd38a",
    today="#cfcfcf",
)


def style_for(dark: bool) -> ChartStyle:
    return DARK if dark else LIGHT


#: Figure size of exported charts, in inches (fits an A4/Letter page with margins).
EXPORT_SIZE_INCHES = (8.0, 4.8)
#: Resolution of PNG exports: good enough for print.
EXPORT_DPI = 300
