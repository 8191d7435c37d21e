"""The progress pack: cover, summary, one page per measure, steps; A4 and Letter."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import Actual, Business, Direction, Plan
from bakeryplan.reports import pack_sections
from bakeryplan.reports.fonts import ensure_fonts
from bakeryplan.reports.pack import default_page_size, pack_writer, page_flow, write_progress_pack
from bakeryplan.reports.pack_content import pack_content, variance_note
from bakeryplan.reports.pack_layout import Flow
from bakeryplan.reports.qt_runtime import ensure_gui_app
from bakeryplan.store.demo import demo_plan
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import outlook
from tests.reports.chart_fixtures import DEMO_TODAY, linear_plan, tricky_plan

#: PDF points (1/72 inch): portrait width and height.
PAGE_POINTS = {"a4": (595, 842), "letter": (612, 792)}


def _texts(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces."""
    # NFKC: the PDF's ligatures ("ﬀ" in "Difference") read as their letters.
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


@pytest.fixture(scope="module")
def demo() -> Plan:
    return demo_plan(DEMO_TODAY)


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_pack_has_cover_summary_one_page_per_measure_and_steps(
    tmp_path: Path, demo: Plan, page_size: str
) -> None:
    path = write_progress_pack(demo, tmp_path / "pack.pdf", on=DEMO_TODAY, page_size=page_size)
    reader = PdfReader(path)
    texts = _texts(path)
    total = len(texts)
    measures = len(demo.measures)
    assert total in (3 + measures, 4 + measures)  # cover, summary, measures, 1-2 step pages
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == PAGE_POINTS[page_size]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    cover = texts[0]
    assert demo.business.name in cover and demo.business.owner in cover
    assert "27 November 2026" in cover
    assert demo.vision is not None and " ".join(demo.vision.text.split())[:40] in cover
    summary = texts[1]
    assert summary.startswith("Summary")
    for word in ("Area", "Owner", "Due", "Planned", "Actual", "Difference", "Health"):
        assert word in summary
    for goal in demo.goals:
        assert goal.title.split()[0] in summary
    assert "On track" in summary and "Behind" in summary
    for measure, text in zip(demo.measures, texts[2 : 2 + measures], strict=True):
        assert text.startswith(measure.name), (measure.name, text[:60])
        assert "What this means" in text and "Latest values" in text
    steps = " ".join(texts[2 + measures :])
    assert steps.startswith("Steps")
    assert "Overdue" in steps and "Next" in steps and "Recently done" in steps


def test_pack_metadata_and_atomic_write(tmp_path: Path, demo: Plan) -> None:
    target = tmp_path / "pack.pdf"
    write_progress_pack(demo, target, on=DEMO_TODAY)
    reader = PdfReader(target)
    assert reader.metadata.title == "Sunrise Bakery: progress pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_unknown_page_size_is_refused(tmp_path: Path, demo: Plan) -> None:
    with pytest.raises(ValueError, match="a4 or letter"):
        write_progress_pack(demo, tmp_path / "p.pdf", on=DEMO_TODAY, page_size="a5")
    assert not list(tmp_path.iterdir())


def test_default_page_size_follows_the_locale() -> None:
    assert default_page_size(Business("x", locale="en_US")) == "letter"
    assert default_page_size(Business("x", locale="fr-CA")) == "letter"
    assert default_page_size(Business("x", locale="en_IE")) == "a4"
    assert default_page_size(Business("x", locale="de")) == "a4"


def test_tricky_user_text_prints_as_plain_text(tmp_path: Path) -> None:
    plan = tricky_plan()
    path = write_progress_pack(plan, tmp_path / "pack.pdf", on=DEMO_TODAY, page_size="letter")
    texts = _texts(path)
    everything = " ".join(texts)
    assert "<b>x</b> & <i>y</i>" in everything  # markup printed, not interpreted
    assert "$5 and $10 a loaf" in everything
    assert "<Bakery> & $ons" in texts[0]
    assert len(texts) >= 1 + 1 + len(plan.measures) + 1
    assert "Croissants" in everything and "A very long measure name" in everything
    # Right-to-left names are shaped and laid out visually in the PDF: check their letters.
    letters = unicodedata.normalize("NFKC", everything)
    assert set("مبيعات") <= set(letters) and set("מכירות") <= set(letters)


def test_long_summary_flows_onto_more_pages_with_the_header_repeated(tmp_path: Path) -> None:
    base = linear_plan()
    long_title = "with words " * 12
    goals = tuple(
        replace(base.goals[0], title=f"Goal number {i} {long_title}", id=i) for i in range(1, 41)
    )
    plan = Plan(base.business, goals=goals)
    texts = _texts(write_progress_pack(plan, tmp_path / "p.pdf", on=DEMO_TODAY))
    summary_pages = [t for t in texts[1:] if "Area" in t]
    assert len(summary_pages) >= 2  # the header comes back on every summary page
    assert all(f"of {len(texts)}" in t for t in texts)
    assert "Goal number 40" in texts[-1]


def test_variance_note_says_amount_share_side_and_forecast() -> None:
    plan = linear_plan(pace=0.9)
    measure = plan.measures[0]
    status = measure_status(measure, plan.actuals, DEMO_TODAY, business=plan.business)
    assert status.variance is not None and status.variance < 0
    note = variance_note(plan, status)
    planned = status.actual - status.variance
    amount = round(abs(status.variance))
    assert note.startswith(f"Weekly revenue is €{amount:,} (")
    assert f"({round(abs(status.variance) / planned * 100)}%) below plan" in note
    assert status.forecast is not None
    assert note.endswith(outlook(formatter_for(plan.business), status))


def test_variance_note_for_a_down_measure_says_better_or_worse() -> None:
    plan = linear_plan()
    m = plan.measures[0]
    down = replace(m, direction=Direction.DOWN, baseline=2000.0, target=1000.0, unit="kg")
    day = DEMO_TODAY - timedelta(days=1)
    from bakeryplan.domain.curves import expected_value

    planned = expected_value(down, day)
    plan = Plan(plan.business, goals=plan.goals, measures=(down,),
                actuals=(Actual(1, day - timedelta(days=7), planned + 60),
                         Actual(1, day, planned + 50)))  # fmt: skip
    status = measure_status(down, plan.actuals, DEMO_TODAY)
    note = variance_note(plan, status)
    assert "above plan" in note and "worse than planned" in note


def test_counts_of_one_take_the_singular(demo: Plan) -> None:
    pages = {page.name: page for page in pack_content(demo, DEMO_TODAY).measures}
    cafes, bakes = pages["Cafes supplied"], pages["Sourdough bakes done alone"]
    assert cafes.note.startswith("Cafes supplied is 1 cafe (50%) below plan (October 2026).")
    assert "This month so far: 1 cafe, 2 cafes planned by 27 Nov 2026." in cafes.note
    assert cafes.recent[0] == ("October 2026", "2 cafes", "1 cafe", "\u22121 cafe")
    assert cafes.recent[1][3] == "0 cafes"
    assert bakes.note.startswith("Sourdough bakes done alone is 1 bake (11%) above plan")
    assert bakes.recent[0] == ("Week of 16 Nov 2026", "13 bakes", "14 bakes", "+1 bake")
    stars = pages["Google review rating"]
    assert stars.recent[0][1:] == ("4.47 stars", "4.48 stars", "+0.01 stars")


def test_a_weekly_total_is_judged_over_four_weeks_and_listed_week_by_week(demo: Plan) -> None:
    pages = {page.name: page for page in pack_content(demo, DEMO_TODAY).measures}
    revenue = pages["Weekly revenue"]
    assert "(4 weeks to 22 Nov 2026, average per week)" in revenue.note
    assert "This week so far: \u20ac4,535, \u20ac4,701 planned by 27 Nov 2026." in revenue.note
    assert [row[0] for row in revenue.recent[:2]] == ["Week of 16 Nov 2026", "Week of 9 Nov 2026"]
    assert "months early" not in revenue.note


def test_summary_rows_for_goals_measures_and_steps(demo: Plan) -> None:
    content = pack_content(demo, DEMO_TODAY)
    goal_rows = [row for row in content.summary if row.is_goal]
    assert [row.name for row in goal_rows] == [g.title for g in demo.goals]
    measure_rows = [row for row in content.summary if not row.is_goal and row.planned]
    for measure in demo.measures:  # a word unit goes with the name, once
        assert any(row.name.startswith(measure.name) for row in measure_rows), measure.name
    assert all(row.health is not None for row in content.summary)
    assert content.overview.startswith(f"{len(demo.goals)} goals:")
    assert [page.name for page in content.measures] == [
        m.name for g in demo.goals for m in demo.measures_of(g.id)
    ]


def _flow(tmp_path: Path, page_size: str) -> Flow:
    ensure_gui_app()
    return page_flow(pack_writer(str(tmp_path / "unused.pdf"), page_size), ensure_fonts())


@pytest.mark.parametrize("page_size", ["a4", "letter"])
@pytest.mark.parametrize("which", ["demo", "tricky"])
def test_summary_headers_fit_their_columns_and_titles_wrap_before_an_ellipsis(
    tmp_path: Path, demo: Plan, page_size: str, which: str
) -> None:
    plan = demo if which == "demo" else tricky_plan()
    flow = _flow(tmp_path, page_size)
    rows = pack_content(plan, DEMO_TODAY).summary
    widths = pack_sections.summary_widths(flow, rows)
    assert sum(widths) == pytest.approx(flow.width)
    header = flow.metrics(pack_sections.HEADER_CELL)
    pad = flow.pt(2.5)
    for name, width in zip(pack_sections.column_headers(), widths, strict=True):
        assert header.horizontalAdvance(name) <= width - 2 * pad, name  # never clipped
    assert widths[0] >= flow.width * pack_sections.GOAL_LEAST
    for row in rows:
        lines = pack_sections.summary_row_lines(flow, row, widths)
        assert len(lines[0]) <= pack_sections.TITLE_LINES
        if which == "demo":  # the demo's titles all fit in three lines, none is cut
            assert " ".join(lines[0]) == " ".join(row.name.split()), lines[0]
        for cell in lines[3:7]:  # dates and numbers never wrap
            assert len(cell) == 1 and not cell[0].endswith("…"), cell


def test_summary_page_prints_whole_titles_and_counts_as_whole_numbers(
    tmp_path: Path, demo: Plan
) -> None:
    summary = _texts(write_progress_pack(demo, tmp_path / "p.pdf", on=DEMO_TODAY))[1]
    assert "Area Owner Due Planned Actual Difference Health" in summary
    assert "Tomás bakes 24 sourdough batches on his own by February 2027" in summary
    assert "…" not in summary
    rows = {row.name: row for row in pack_content(demo, DEMO_TODAY).summary}
    bakes = rows["Sourdough bakes done alone"]  # counted whole: no "13.41 bakes"
    assert bakes.planned.isdigit() and bakes.actual.isdigit()
    assert bakes.variance.lstrip("+\u2212").isdigit()
    stars = rows["Google review rating (stars)"]  # recorded to 0.01: two decimals
    assert len(stars.planned.split(".")[1]) == 2
    assert (
        rows["Weekly revenue"].planned.startswith("€") and "." not in rows["Weekly revenue"].planned
    )
