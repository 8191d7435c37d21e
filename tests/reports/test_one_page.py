"""The one-page huddle plan as a PDF: always one page, with what staff need to read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    FeedbackSource,
    Goal,
    Measure,
    Person,
    Perspective,
    Plan,
    Step,
    VisionRevision,
)
from bakeryplan.reports.one_page import LayoutResult, write_one_page_pdf
from bakeryplan.reports.one_page_layout import DEFAULT_BODY_PT
from bakeryplan.store.demo import demo_plan

ON = date(2026, 11, 27)
HTML_TITLE = "Bake <b>x</b> & sell"


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    """A QApplication first, so widget tests later in the session still get one."""


def huge_plan(on: date) -> Plan:
    """200 goals, 2,000 steps, a 2,000-character vision: far more than one page holds."""
    people = tuple(Person(f"Baker {i}", id=i) for i in range(1, 21))
    goals = tuple(
        Goal(
            f"Goal {i}: grow something important for the shop by next spring",
            list(Perspective)[i % 4],
            owner_id=1 + i % 20,
            due=on + timedelta(days=30 + i),
            position=i,
            id=i,
        )
        for i in range(1, 201)
    )
    measures = tuple(
        Measure(
            g.id,
            f"Measure {g.id}",
            "EUR",
            baseline=0.0,
            target=1000.0,
            start=on - timedelta(days=100),
            target_date=on + timedelta(days=100),
            id=g.id,
        )
        for g in goals[:100]
    )
    actuals = tuple(
        Actual(m.id, on - timedelta(days=3), 300.0 + (m.id % 9) * 40, id=m.id) for m in measures
    )
    steps = tuple(
        Step(
            1 + i % 200,
            f"Step {i}: " + "do a useful thing " * (i % 3),
            owner_id=1 + i % 20,
            due=on + timedelta(days=(i % 40) - 20),
            position=i,
            id=i,
        )
        for i in range(1, 2001)
    )
    vision = VisionRevision(("We bake bread that people cross town for. " * 60)[:2000], id=1)
    assert len(vision.text) == 2000
    feedback = tuple(Feedback(on, FeedbackSource.TEAM, f"Idea {i}", id=i) for i in range(1, 6))
    return Plan(
        Business("Huge Bakery"), (vision,), people, goals, measures, actuals, steps, feedback
    )


def pdf_text(path: Path) -> tuple[int, str, tuple[float, float]]:
    """(page count, the first page's text with whitespace collapsed, its mediabox size)."""
    reader = PdfReader(path)
    page = reader.pages[0]
    text = unicodedata.normalize("NFKC", page.extract_text())
    box = page.mediabox
    return len(reader.pages), re.sub(r"\s+", " ", text), (float(box.width), float(box.height))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> tuple[Path, LayoutResult]:
    path = tmp_path_factory.mktemp("one-page") / "demo.pdf"
    return path, write_one_page_pdf(demo_plan(ON), path, on=ON)


@pytest.fixture(scope="module")
def huge_pdf(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> tuple[Path, LayoutResult]:
    path = tmp_path_factory.mktemp("one-page") / "huge.pdf"
    return path, write_one_page_pdf(huge_plan(ON), path, on=ON)


def test_demo_plan_prints_on_one_a4_page_with_what_staff_need(
    demo_pdf: tuple[Path, LayoutResult],
) -> None:
    path, result = demo_pdf
    plan = demo_plan(ON)
    pages, text, size = pdf_text(path)
    assert pages == 1
    assert size == (595, 842)
    assert plan.business.name in text
    assert plan.vision is not None and words(plan.vision.text) in text
    for goal in plan.goals:
        assert words(goal.title) in text
        owner = plan.person(goal.owner_id)
        assert owner is not None and owner.name in text
    assert "OVERDUE" in text
    assert "THE NEXT TWO WEEKS" in text
    assert "NOTES FROM THE HUDDLE" in text
    assert "3 pieces are waiting for an answer" in text
    assert result.body_pt == 12.0, "the demo plan fits in large type"
    assert not result.cut
    assert result.goals_shown == result.goals_total == len(plan.goals)


def test_letter_paper_has_the_letter_mediabox(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    write_one_page_pdf(demo_plan(ON), path, on=ON, page_size="letter")
    pages, _, size = pdf_text(path)
    assert (pages, size) == (1, (612, 792))


def test_landscape_turns_the_page(tmp_path: Path) -> None:
    path = tmp_path / "landscape.pdf"
    write_one_page_pdf(demo_plan(ON), path, on=ON, landscape=True)
    pages, text, size = pdf_text(path)
    assert (pages, size) == (1, (842, 595))
    assert "Sunrise Bakery" in text


def test_a_new_empty_plan_still_prints_something_sensible(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    result = write_one_page_pdf(Plan(Business("Corner Shop")), path, on=ON)
    pages, text, _ = pdf_text(path)
    assert pages == 1
    assert "Corner Shop" in text
    assert "No goals yet" in text
    assert "No vision written yet" in text
    assert "Nothing is due in the next two weeks" in text
    assert (result.goals_total, result.steps_total, result.cut) == (0, 0, False)


def test_a_huge_plan_shrinks_then_cuts_and_says_what_was_left_out(
    huge_pdf: tuple[Path, LayoutResult],
) -> None:
    path, result = huge_pdf
    pages, text, _ = pdf_text(path)
    assert pages == 1
    assert result.body_pt >= 8.0
    assert result.body_pt < DEFAULT_BODY_PT
    assert result.vision_cut
    assert 0 < result.goals_shown < 200
    assert 0 < result.steps_shown < result.steps_total
    hidden_goals = 200 - result.goals_shown
    hidden_steps = result.steps_total - result.steps_shown
    assert f"+{hidden_goals:,} more goals in the app" in text  # a count is grouped: "1,741"
    assert f"+{hidden_steps:,} more steps in the app" in text
    assert "The full vision is in the app." in text
    assert result.left_out == (
        "The full vision is in the app.",
        f"+{hidden_goals:,} more goals in the app",
        f"+{hidden_steps:,} more steps in the app",
    )


def test_user_text_is_printed_as_plain_text(tmp_path: Path) -> None:
    plan = Plan(
        Business("<i>Sunrise</i> & Co"),
        visions=(
            VisionRevision("Bread <script>alert(1)</script> for all", created=datetime(2026, 1, 1)),
        ),
        people=(Person("Sam <u>B</u>", id=1),),
        goals=(Goal(HTML_TITLE, Perspective.CUSTOMER, owner_id=1, id=1),),
        steps=(Step(1, "Tell <b>everyone</b>", owner_id=1, due=ON, id=1),),
    )
    path = tmp_path / "html.pdf"
    write_one_page_pdf(plan, path, on=ON)
    _, text, _ = pdf_text(path)
    for literal in (
        "<i>Sunrise</i> & Co",
        "<script>alert(1)</script>",
        "Sam <u>B</u>",
        HTML_TITLE,
        "Tell <b>everyone</b>",
    ):
        assert literal in text


def test_long_words_and_names_never_leave_their_column(tmp_path: Path) -> None:
    word = "Sauerteigbrotbackstubenmeisterprüfungsvorbereitungskurs" * 3
    plan = Plan(
        Business(word),
        people=(Person(word, id=1),),
        goals=(Goal(word, Perspective.LEARNING, owner_id=1, due=ON, id=1),),
        steps=(Step(1, word, owner_id=1, due=ON + timedelta(days=2), id=1),),
    )
    result = write_one_page_pdf(plan, tmp_path / "long.pdf", on=ON)
    assert result.goals_shown == result.steps_shown == 1


def test_the_file_is_replaced_whole_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"old")
    write_one_page_pdf(Plan(Business("Corner Shop")), path, on=ON)
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="page size"):
        write_one_page_pdf(Plan(Business("x")), tmp_path / "a.pdf", on=ON, page_size="a3")
    with pytest.raises(OSError):
        write_one_page_pdf(Plan(Business("x")), tmp_path / "missing" / "a.pdf", on=ON)
    assert list(tmp_path.iterdir()) == []


def test_writing_the_pdf_needs_no_widgets_and_no_matplotlib(tmp_path: Path) -> None:
    """The headless print-plan path: a QGuiApplication only, made on demand."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from bakeryplan.reports.one_page import write_one_page_pdf\n"
        "from bakeryplan.store.demo import demo_plan\n"
        "day = date(2026, 11, 27)\n"
        "write_one_page_pdf(demo_plan(day), sys.argv[1], on=day)\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [sys.executable, "-c", code, str(out)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert pdf_text(out)[0] == 1


def test_a_new_pdf_gets_ordinary_permissions_and_a_replaced_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh.pdf"
    write_one_page_pdf(Plan(Business("x")), fresh, on=ON)
    umask = os.umask(0o022)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_one_page_pdf(Plan(Business("x")), kept, on=ON)
    assert kept.stat().st_mode & 0o777 == 0o640
