"""The demo bakery in each language BakeryPlan speaks: the same plan, its own words and money."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bakeryplan.domain.model import Plan
from bakeryplan.store import demo, demo_cast, demo_figures
from bakeryplan.store.demo import demo_plan
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.languages import LANGUAGES
from bakeryplan.text.translate import current_language, in_language

TODAY = date(2026, 11, 27)
EXPECTED_LOCALES = {
    "en": ("en_IE", "EUR"),
    "de": ("de_DE", "EUR"),
    "fr": ("fr_FR", "EUR"),
    "es": ("es_ES", "EUR"),
    "it": ("it_IT", "EUR"),
    "pl": ("pl_PL", "PLN"),
}
MONEY_MEASURES = {demo_figures.REVENUE}


@pytest.fixture(params=sorted(LANGUAGES), ids=str)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _fake_translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    plural: str | None = None,
    n: int = -1,
) -> str:
    """The text marked with the language it was asked in, so a test sees where it came from."""
    assert context == "DemoPlan"
    marked = f"[{current_language()}]{text}"
    return marked.replace("%n", str(n)) if n >= 0 else marked


def _texts(plan: Plan) -> list[str]:
    """Every text of the plan a person reads, but the units that are data ("EUR", "%")."""
    texts = [plan.business.name, plan.business.owner]
    texts += [t for p in plan.people for t in (p.name, p.role)]
    texts += [t for v in plan.visions for t in (v.text, v.why)]
    texts += [t for g in plan.goals for t in (g.title, g.why)]
    texts += [m.name for m in plan.measures]
    texts += [m.unit for m in plan.measures if m.unit not in {"%", plan.business.currency}]
    texts += [a.note for a in plan.actuals if a.note]
    texts += [s.title for s in plan.steps]
    texts += [t for f in plan.feedback for t in (f.text, f.from_name, f.response) if t]
    for review in plan.reviews:
        texts += [review.notes, *review.decisions.splitlines()]
        texts += [e.text for e in review.explanations]
    return texts


def test_each_language_has_its_locale_and_currency(language: str) -> None:
    business = demo_plan(TODAY, language).business
    assert (business.locale, business.currency) == EXPECTED_LOCALES[language]


def test_each_language_has_the_same_plan_as_english(language: str) -> None:
    english, plan = demo_plan(TODAY), demo_plan(TODAY, language)
    for rows in ("people", "visions", "goals", "measures", "actuals", "steps", "feedback"):
        assert len(getattr(plan, rows)) == len(getattr(english, rows)), rows
    assert [(g.id, g.perspective, g.owner_id, g.start, g.due) for g in plan.goals] == [
        (g.id, g.perspective, g.owner_id, g.start, g.due) for g in english.goals
    ]
    assert [(s.goal_id, s.owner_id, s.due, s.done, s.effort) for s in plan.steps] == [
        (s.goal_id, s.owner_id, s.due, s.done, s.effort) for s in english.steps
    ]
    assert [(a.measure_id, a.on) for a in plan.actuals] == [
        (a.measure_id, a.on) for a in english.actuals
    ]
    [review], [english_review] = plan.reviews, english.reviews
    assert len(review.explanations) == len(english_review.explanations)
    assert review.snapshot is not None and english_review.snapshot is not None
    assert [m.health for m in review.snapshot.measures] == [
        m.health for m in english_review.snapshot.measures
    ]


def test_percentages_ratings_and_counts_are_the_english_figures(language: str) -> None:
    english, plan = demo_plan(TODAY), demo_plan(TODAY, language)
    for ours, theirs in zip(plan.measures, english.measures, strict=True):
        if ours.id in MONEY_MEASURES:
            continue
        assert (ours.baseline, ours.target, ours.band_low, ours.band_high) == (
            theirs.baseline,
            theirs.target,
            theirs.band_low,
            theirs.band_high,
        )
        assert [a.value for a in plan.actuals_of(ours.id)] == [
            a.value for a in english.actuals_of(theirs.id)
        ]


def test_money_is_in_euros_but_for_polish_zloty_rounded_as_prices(language: str) -> None:
    english, plan = demo_plan(TODAY), demo_plan(TODAY, language)
    revenue, english_revenue = plan.measures[0], english.measures[0]
    assert revenue.unit == plan.business.currency
    costs = [s.cost for s in plan.steps]
    english_costs = [s.cost for s in english.steps]
    if plan.business.currency == "EUR":
        assert replace(revenue, name="") == replace(english_revenue, name="")  # name translated
        assert costs == english_costs
        return
    assert (revenue.baseline, revenue.target) == (28000.0, 39000.0)
    for cost, euros in zip(costs, english_costs, strict=True):
        assert (cost is None) == (euros is None)
        if cost is not None and euros is not None:
            assert cost % 5 == 0
            assert abs(cost - 4.3 * euros) <= 0.1 * 4.3 * euros


def test_every_text_is_what_translate_gave(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "translate", _fake_translate)
    monkeypatch.setattr(demo_figures, "translate", _fake_translate)  # the figures' notes
    monkeypatch.setattr(demo_cast, "translate", _fake_translate)  # the names
    with in_language("de" if language != "de" else "fr"):  # the demo's own language wins
        plan = demo_plan(TODAY, language)
    texts = _texts(plan)
    assert texts
    assert [t for t in texts if not t.startswith(f"[{language}]")] == []
    assert [t for t in texts if "{" in t or "%n" in t] == []  # every field filled


def test_figures_in_the_texts_are_written_in_the_demos_locale(language: str) -> None:
    plan = demo_plan(TODAY, language)
    formatter = formatter_for(plan.business)
    revenue = plan.goals[0]
    assert formatter.money(plan.measures[0].target) in revenue.title
    assert formatter.month(revenue.due or TODAY) in revenue.title
    assert formatter.percent(0.28) in plan.goals[1].title


def test_english_stays_english_whatever_the_interface_speaks() -> None:
    english = demo_plan(TODAY)
    with in_language("de"):
        assert demo_plan(TODAY) == english
    assert demo_plan(TODAY, "nl") == english  # a language the demo does not speak
    assert english.business.name == "Sunrise Bakery"
    assert english.goals[3].title.startswith("Supply bread to 3 local cafes by ")
