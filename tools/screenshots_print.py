"""Render the demo plan's one-page huddle plan into docs/screenshots/one-page*.png.

Run: ``python tools/screenshots_print.py``. Writes the PDF with ``write_one_page_pdf`` on a
fixed day (2026-11-27), then rasterises it with poppler's ``pdftoppm`` at 100 dpi: in
colour (one-page.png) and in grey (one-page-grey.png), to check that the page still reads
on a black-and-white printer. Works headless.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)
DPI = 100
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is needed to rasterise the PDF", file=sys.stderr)
        return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bakeryplan.reports.one_page import write_one_page_pdf
    from bakeryplan.store.demo import demo_plan

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bakeryplan-print-") as scratch:
        pdf = Path(scratch) / "one-page.pdf"
        write_one_page_pdf(demo_plan(TODAY), pdf, on=TODAY)
        for name, extra in (("one-page", []), ("one-page-grey", ["-gray"])):
            stem = Path(scratch) / name
            command = [pdftoppm, "-png", "-r", str(DPI), "-singlefile", *extra, str(pdf), str(stem)]
            subprocess.run(command, check=True, timeout=120)
            target = OUT / f"{name}.png"
            shutil.move(stem.with_suffix(".png"), target)
            print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
