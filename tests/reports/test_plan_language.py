"""A plan's printouts and ``status`` speak the plan's language, whatever the shell speaks.

A German, French, Spanish, Italian or Polish plan, whose own names are no English words,
is printed (``print-plan``, ``progress-pack``) and reported (``status``) through the
command line; no English word of the interface may show. Until every printout's words are
translated, the test lists what is still English (it is expected to fail until then).
An English plan keeps its English wording, singular and plural included.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    Counting,
    Direction,
    Feedback,
    FeedbackSource,
    Goal,
    Measure,
    Period,
    Person,
    Perspective,
    Plan,
    Step,
    VisionRevision,
)
from bakeryplan.store.repository import PlanRepository

ON = date(2026, 11, 27)

#: Words the English printouts and status show (none of them a word of the plan below).
ENGLISH_WORDS = (
    "goal", "goals", "measure", "measures", "step", "steps", "owner", "deadline", "target",
    "planned", "actual", "difference", "on track", "behind", "at risk", "achieved",
    "not started", "vision", "review", "feedback", "week", "month", "total", "done", "of",
    "and", "the", "more", "since", "page", "due", "overdue", "staff huddle", "notes",
    "summary", "contents", "health", "progress", "progress pack", "status", "yet", "waiting",
    "answer", "app", "who", "by when", "next", "recently", "period", "area", "money",
    "customers", "how we work", "team", "skills", "way", "figure", "average", "per",
    "so far", "this", "today", "our", "at a glance", "what this means", "latest values",
    "why it matters", "report", "as of", "is", "are", "piece", "pieces", "none", "with",
    "open", "two", "weeks", "full", "write", "first", "add", "one", "latest", "above",
    "below", "planned by", "made", "kept", "between", "least", "most", "no owner",
)  # fmt: skip

#: Words of the interface that the plan's language writes the same way.
SAME_WORD = {  # written the same in the language: "Vision" (de), "notes" (fr), "due" = two (it)
    "de": {"total", "team", "status", "feedback", "vision"},
    "fr": {"total", "date", "note", "notes", "source", "page", "status", "vision"},
    "es": {"total", "no", "status"},
    "it": {"total", "no", "status", "team", "feedback", "due", "area", "per"},
    "pl": {"status", "no"},
}

LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL")
CURRENCY = {"pl_PL": "PLN"}


def plan_in(locale: str, *, english: bool = False) -> Plan:
    """A small plan in ``locale``: people, goals of three kinds, steps, feedback, entries.

    Its own words are no English words (``english``: an English plan's own words)."""
    names = (
        ("Bäckerei Kowalski", "Kasia", "Zofia", "Brot", "Kuchen", "Kursy", "Umsatz", "Rohstoff")
        if not english
        else ("Corner Bakery", "Kasia", "Zofia", "Bread", "Cakes", "Courses", "Takings", "Flour")
    )
    business_name, kasia, zofia, bread, cakes, courses, takings, flour = names
    business = Business(
        business_name, owner=kasia, currency=CURRENCY.get(locale, "EUR"), locale=locale
    )
    people = (Person(kasia, id=1), Person(zofia, id=2))
    goals = (
        Goal(bread, Perspective.FINANCIAL, owner_id=1, due=date(2027, 6, 30), id=1),
        Goal(cakes, Perspective.CUSTOMER, owner_id=2, due=date(2027, 3, 31), id=2),
        Goal(courses, Perspective.LEARNING, owner_id=2, id=3),
    )
    measures = (
        Measure(
            1, takings, "EUR", baseline=800.0, target=1200.0, start=date(2026, 1, 1),
            target_date=date(2027, 6, 30), id=1, period=Period.WEEK, counting=Counting.TOTAL,
        ),
        Measure(
            2, flour, "%", direction=Direction.BAND, baseline=30.0, target=30.0,
            band_low=28.0, band_high=32.0, start=date(2026, 1, 1),
            target_date=date(2027, 3, 31), id=2, period=Period.MONTH,
            counting=Counting.LATEST,
        ),
    )  # fmt: skip
    weekly = [
        Actual(1, date(2026, 9, 1) + timedelta(days=day), 130.0, "", ActualSource.TYPED, id=day + 1)
        for day in range(0, 88, 3)
    ]
    actuals = (*weekly, Actual(2, date(2026, 10, 30), 31.0, "", ActualSource.TYPED, id=100))
    steps = (
        Step(3, "Kasia: Kurs 1" if not english else "Book course 1", 1, date(2026, 11, 20),
             id=1),
        Step(3, "Zofia: Kurs 2" if not english else "Book course 2", 2, date(2026, 12, 3),
             id=2),
        Step(3, "Kurs 0" if not english else "Course 0", 2, date(2026, 10, 1),
             done=date(2026, 10, 2), id=3),
        Step(1, "Ofen" if not english else "Oven", 1, date(2026, 12, 1), id=4),
    )  # fmt: skip
    feedback = (Feedback(date(2026, 11, 20), FeedbackSource.CUSTOMER, "Lecker!", zofia, id=1),)
    vision = VisionRevision(
        "Brot, Kuchen, Kasia, Zofia." if not english else "Good bread for the street.",
        created=datetime(2026, 1, 1),
        id=1,
    )
    return Plan(
        business, people=people, goals=goals, measures=measures, actuals=actuals,
        steps=steps, feedback=feedback, visions=(vision,),
    )  # fmt: skip


def _write(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, plan).close()
    return path


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def printed(tmp_path: Path, plan: Plan, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """What ``print-plan``, ``progress-pack`` and ``status`` show of ``plan``."""
    path = _write(tmp_path, plan)
    on = ON.isoformat()
    shown: dict[str, str] = {}
    for command in ("print-plan", "progress-pack"):
        out = tmp_path / f"{command}.pdf"
        assert main([command, str(path), "-o", str(out), "--on", on]) == 0
        shown[command] = _pdf_text(out)
    capsys.readouterr()
    assert main(["status", str(path), "--on", on]) == 0
    shown["status"] = capsys.readouterr().out
    return shown


def english_words(text: str, language: str) -> list[str]:
    """The interface's English words in ``text``, but those ``language`` writes alike."""
    allowed = SAME_WORD.get(language, set())
    lowered = " ".join(text.lower().split())
    return [
        word
        for word in ENGLISH_WORDS
        if word not in allowed and re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", lowered)
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_plan_prints_in_its_own_language(
    locale: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = printed(tmp_path, plan_in(locale), capsys)
    language = locale.split("_")[0]
    found = {command: english_words(text, language) for command, text in shown.items()}
    assert not any(found.values()), found


def test_an_english_plan_keeps_its_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = printed(tmp_path, plan_in("en_GB", english=True), capsys)
    page = " ".join(shown["print-plan"].split())
    assert "Staff huddle" in page
    assert "OUR GOALS" in page and "OUR VISION" in page
    assert "1 piece is waiting for an answer (see Feedback in the app)." in page
    assert "1 of 3 steps done" in page
    pack = " ".join(shown["progress-pack"].split())
    assert "3 goals:" in pack
    assert "Page 1 of" in pack
    assert "1 of 3 steps done, 1 overdue." in pack
    status = shown["status"]
    assert status.startswith("Corner Bakery: status on 27 Nov 2026\n")
    assert "Money\n" in status and "Customers\n" in status
    assert "Bread  (Kasia, due 30 Jun 2027)" in status
    assert "Courses  (Zofia, no due date)" in status
    assert "to be kept between 28% and 32%" in status
    assert "Steps: 1 of 3 steps done, 1 overdue;" in status


def test_one_step_of_one_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = plan_in("en_GB", english=True)
    plan = Plan(
        plan.business, people=plan.people, goals=plan.goals[2:], steps=plan.steps[:1],
        visions=plan.visions,
    )  # fmt: skip
    shown = printed(tmp_path, plan, capsys)
    assert "0 of 1 step done" in " ".join(shown["print-plan"].split())
    pack = " ".join(shown["progress-pack"].split())
    assert "1 goal:" in pack and "0 of 1 step done, 1 overdue." in pack


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pl"])
def test_the_one_page_plan_stays_one_page_with_longer_words(language: str, tmp_path: Path) -> None:
    """The demo bakery as each owner gets it: every goal on one page, the vision whole."""
    from pypdf import PdfReader

    from bakeryplan.reports.one_page import write_one_page_pdf
    from bakeryplan.store.demo import demo_plan

    plan = demo_plan(ON, language)
    path = tmp_path / "one-page.pdf"
    result = write_one_page_pdf(plan, path, on=ON)
    assert len(PdfReader(path).pages) == 1
    assert (result.goals_shown, result.vision_cut) == (len(plan.goals), False)
