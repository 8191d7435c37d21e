from __future__ import annotations

import socket
import subprocess
import sys
from datetime import date

import pytest

from bakeryplan.domain.wording import (
    TextCheck,
    check_goal,
    check_vision,
    count_sentences,
    count_words,
    find_jargon,
    has_date,
    has_number,
    jargon_words,
    readability,
    reading_ease,
)
from bakeryplan.text.wording_advice import advice_sentence, readability_label


def said(check: TextCheck) -> tuple[str, ...]:
    """The advice as the wizard shows it in English."""
    return tuple(advice_sentence(advice) for advice in check.advice)


JARGON_VISION = (
    "Going forward, we will leverage our synergies with every stakeholder to deliver "
    "Best in Class bread."
)
PLAIN_VISION = (
    "We bake good bread for the town. People come back because it tastes like home and "
    "costs a fair price."
)


def test_counts() -> None:
    assert count_words("We sell 5,200 loaves a year. Don't we?") == 8
    assert count_sentences("We sell 5,200 loaves. Every day! Why not") == 3
    assert count_sentences("") == 0
    assert count_words("  ") == 0


def test_reading_ease_is_flesch_with_hyphenation_syllables() -> None:
    # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.1
    assert reading_ease("The cat sat on the mat.") == pytest.approx(116.1)
    assert reading_ease("") is None
    assert reading_ease("...") is None


def test_reading_ease_never_goes_online(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    # Four words of 4 to 5 syllables in one sentence: the score falls below zero.
    ease = reading_ease("Comprehensive implementation necessitates coordination.")
    assert ease is not None and ease < 0


@pytest.mark.parametrize(
    ("ease", "label"),
    [(None, "Not enough text"), (80, "Easy to read"), (70, "Easy to read"),
     (69.9, "Fairly easy"), (50, "Fairly easy"), (49.9, "Hard to read")],
)  # fmt: skip
def test_reading_label(ease: float | None, label: str) -> None:
    assert readability_label(readability(ease)) == label


def test_jargon_list_is_loaded_from_the_package() -> None:
    words = jargon_words()
    assert len(words) >= 80
    assert {"synergy", "leverage", "stakeholder", "paradigm", "best-in-class"} <= set(words)
    assert "going forward" in words
    assert not any(w.startswith("#") for w in words)


def test_jargon_hits_have_offsets_and_match_phrases_case_insensitively() -> None:
    hits = find_jargon(JARGON_VISION)
    assert [h.word for h in hits] == [
        "going forward",
        "leverage",
        "synergies",
        "stakeholder",
        "best-in-class",
    ]
    assert [JARGON_VISION[h.start : h.end] for h in hits] == [
        "Going forward",
        "leverage",
        "synergies",
        "stakeholder",
        "Best in Class",
    ]


def test_jargon_only_on_word_boundaries() -> None:
    assert find_jargon("Our pivotal robustness of leverages") == ()
    assert [h.word for h in find_jargon("a paradigm shift; a PARADIGM")] == [
        "paradigm shift",
        "paradigm",
    ]


def test_plain_vision_has_no_advice() -> None:
    check = check_vision(PLAIN_VISION)
    assert (check.words, check.sentences) == (20, 2)
    assert readability_label(check.readability) == "Easy to read"
    assert check.jargon == ()
    assert check.advice == ()


def test_vision_advice() -> None:
    jargon = check_vision(JARGON_VISION)
    assert said(jargon) == (
        "Swap jargon for everyday words: “going forward”, “leverage”, “synergies”, "
        "“stakeholder” and “best-in-class”.",
    )
    short = check_vision("Best bread in town.")
    assert said(short)[0].startswith("Your vision is short (4 words).")
    long = check_vision(" ".join(["We bake bread."] * 21))
    assert long.words == 63
    assert said(long)[0].startswith("Your vision has 63 words.")
    assert said(check_vision("")) == (
        "Write your vision in a few plain sentences: where is the business going?",
    )


def test_hard_vision_gets_reading_advice() -> None:
    hard = check_vision(
        "Comprehensive implementation of multidimensional organisational initiatives "
        "necessitates considerable interdepartmental coordination, communication and "
        "consolidation."
    )
    assert readability_label(hard.readability) == "Hard to read"
    assert "This is hard to read. Try shorter sentences and everyday words." in said(hard)


@pytest.mark.parametrize(
    ("text", "number", "dated"),
    [
        ("Sell 40 loaves a day", True, False),
        ("Grow in 2027", False, True),
        ("We may grow", False, False),
        ("Open by 15 May", False, True),
        ("Finish by March 3rd", False, True),
        ("Q3 sales up", False, True),
        ("Hire two bakers within six months", True, True),
        ("Sell more within 6 months", False, True),
        ("Launch by 12/05/2027", False, True),
        ("Open a second shop by spring 2028", True, True),
        ("Sales up 10% in the second quarter", True, True),
        ("Win 3 new cafes by the end of the year", True, True),
        ("Be nicer to customers", False, False),
    ],
)
def test_number_and_date(text: str, number: bool, dated: bool) -> None:
    assert (has_number(text), has_date(text)) == (number, dated)


def test_specific_goal() -> None:
    check = check_goal("Open a second shop by spring 2028", owner="Sam", due=None)
    assert (check.has_number, check.has_date, check.has_owner, check.is_specific) == (
        True,
        True,
        True,
        True,
    )
    assert check.advice == ()


def test_vague_goal_gets_advice() -> None:
    check = check_goal("Leverage synergies with customers", owner=" ", due=None)
    assert not check.is_specific
    assert said(check) == (
        'Add a number, so everyone can tell when the goal is reached (like "40 loaves a day").',
        'Add a date, like "by spring 2028", or set a due date.',
        "Name one person who owns this goal.",
        "Swap jargon for everyday words: “leverage” and “synergies”.",
    )


def test_due_date_stands_in_for_a_date_in_the_words() -> None:
    check = check_goal("Sell 40 loaves a day", owner="Sam", due=date(2027, 6, 1))
    assert check.is_specific
    assert not check.has_date
    assert check.advice == ()


def test_long_goal() -> None:
    check = check_goal(" ".join(["bake"] * 26) + " 40 by 2027", owner="Sam", due=None)
    assert said(check)[0] == "Keep a goal to one short sentence (this one has 29 words)."


def test_importing_wording_stays_light() -> None:
    # textstat pulls in nltk (seconds of start-up); the check must not load it.
    code = "import sys, bakeryplan.domain.wording; print('nltk' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_jargon_is_quoted_and_listed_as_the_language_does() -> None:
    from bakeryplan.text.translate import in_language

    advice = check_vision("Synergies and leverage, going forward, for every stakeholder.").advice
    with in_language("de"):
        sentences = [advice_sentence(a) for a in advice]
    jargon = next(s for s in sentences if s.startswith("Fachjargon"))
    assert "„leverage“" in jargon and " und „" in jargon and '"' not in jargon
