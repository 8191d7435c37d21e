"""Plain-language check of a vision or a goal: length, reading ease, jargon, number and date.

Every check speaks one language, the plan's (``language``, a code such as ``de``; English by
default); wording_rules holds what each language needs and the sources of its constants.

Reading ease is Flesch's reading ease, in English the formula textstat implements: 206.835 -
1.015 * words per sentence - 84.6 * syllables per word; German, French, Spanish and Italian
use their own published adaptations. It is computed here with pyphen's hyphenation for
syllables (textstat's own fallback) rather than by calling textstat, because textstat's
English syllable count fetches the CMU dictionary from the internet on first use
(BakeryPlan never goes online) and importing textstat loads nltk, which takes seconds.
Readability: 70 and above easy, 50 and above fairly easy, below hard to read; a language
without a published adaptation (Polish) gets no score and says so.

Jargon words come from ``resources/jargon.txt`` (English) and ``resources/jargon/<code>.txt``,
matched case-insensitively on word boundaries (spaces and hyphens inside a phrase are
interchangeable); each hit carries its character offsets so an editor can highlight it.

A goal is specific when it has a number (a year alone is a date, not a number), a date (in
the words, or a due date set on the goal) and an owner.

A check is facts (``Readability``, ``Advice`` with its case and counts);
``text.wording_advice`` says them in the owner's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bakeryplan.domain.wording_rules import ENGLISH, normalise, rules_for
from bakeryplan.domain.wording_rules import jargon_words as _jargon_words

VISION_MAX_WORDS = 60
VISION_MIN_WORDS = 12
GOAL_MAX_WORDS = 25
HARD_TO_READ_BELOW = 50.0
EASY_FROM = 70.0
READING_ADVICE_MIN_WORDS = 12

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019.,][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


class Readability(StrEnum):
    """The reading ease in a word (module docstring)."""

    NOT_ENOUGH_TEXT = "not_enough_text"
    EASY = "easy"
    FAIRLY_EASY = "fairly_easy"
    HARD = "hard"
    NO_SCORE = "no_score"  # the language has no published reading-ease formula


class AdviceCase(StrEnum):
    """One piece of advice on a vision or a goal."""

    WRITE_VISION = "write_vision"  # nothing written yet
    VISION_SHORT = "vision_short"  # words: fewer than VISION_MIN_WORDS
    VISION_LONG = "vision_long"  # words: more than VISION_MAX_WORDS
    GOAL_LONG = "goal_long"  # words: more than GOAL_MAX_WORDS
    ADD_NUMBER = "add_number"
    ADD_DATE = "add_date"
    NAME_OWNER = "name_owner"
    SWAP_JARGON = "swap_jargon"  # jargon: the words of the list found, once each
    HARD_TO_READ = "hard_to_read"


@dataclass(frozen=True)
class Advice:
    case: AdviceCase
    words: int = 0
    jargon: tuple[str, ...] = ()


@dataclass(frozen=True)
class JargonHit:
    word: str  # the entry of the jargon list that matched
    start: int  # character offsets into the checked text
    end: int


@dataclass(frozen=True)
class TextCheck:
    words: int
    sentences: int
    reading_ease: float | None
    readability: Readability
    jargon: tuple[JargonHit, ...]
    has_number: bool
    has_date: bool
    advice: tuple[Advice, ...]


@dataclass(frozen=True)
class GoalWordingCheck(TextCheck):
    has_owner: bool
    is_specific: bool


def check_vision(text: str, language: str = ENGLISH) -> TextCheck:
    """Length, reading ease and jargon of a vision in ``language``, with advice."""
    words = count_words(text)
    ease = reading_ease(text, language)
    jargon = find_jargon(text, language)
    advice: list[Advice] = []
    if words == 0:
        advice.append(Advice(AdviceCase.WRITE_VISION))
    elif words < VISION_MIN_WORDS:
        advice.append(Advice(AdviceCase.VISION_SHORT, words))
    elif words > VISION_MAX_WORDS:
        advice.append(Advice(AdviceCase.VISION_LONG, words))
    advice += _shared_advice(jargon, ease, words)
    return TextCheck(
        words=words,
        sentences=count_sentences(text),
        reading_ease=ease,
        readability=_readability(ease, language),
        jargon=jargon,
        has_number=has_number(text, language),
        has_date=has_date(text, language),
        advice=tuple(advice),
    )


def check_goal(
    title: str, *, owner: str | None, due: date | None, language: str = ENGLISH
) -> GoalWordingCheck:
    """Is the goal specific: a number, a date and an owner? With advice."""
    words = count_words(title)
    ease = reading_ease(title, language)
    jargon = find_jargon(title, language)
    number, dated = has_number(title, language), has_date(title, language)
    owned = bool(owner and owner.strip())
    advice: list[Advice] = []
    if words > GOAL_MAX_WORDS:
        advice.append(Advice(AdviceCase.GOAL_LONG, words))
    if not number:
        advice.append(Advice(AdviceCase.ADD_NUMBER))
    if not dated and due is None:
        advice.append(Advice(AdviceCase.ADD_DATE))
    if not owned:
        advice.append(Advice(AdviceCase.NAME_OWNER))
    advice += _shared_advice(jargon, ease, words)
    return GoalWordingCheck(
        words=words,
        sentences=count_sentences(title),
        reading_ease=ease,
        readability=_readability(ease, language),
        jargon=jargon,
        has_number=number,
        has_date=dated,
        advice=tuple(advice),
        has_owner=owned,
        is_specific=number and (dated or due is not None) and owned,
    )


def prepare(language: str = ENGLISH) -> None:
    """Read the language's word lists and hyphenation dictionary now (German's takes
    seconds), so the first check as the owner types does not wait for them."""
    rules_for(language)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def count_sentences(text: str) -> int:
    """Pieces ending in . ! or ? (or the end of the text) that hold at least one word."""
    return sum(1 for piece in _SENTENCE_END.split(text) if _WORD.search(piece))


def reading_ease(text: str, language: str = ENGLISH) -> float | None:
    """Flesch reading ease in the language's adaptation (module docstring); None when there
    are no words or the language has no published adaptation."""
    rules = rules_for(language)
    formula = rules.reading_ease
    words = count_words(text)
    if words == 0 or formula is None:
        return None
    sentences = max(1, count_sentences(text))
    syllables = sum(rules.syllables(word) for word in _WORD.findall(text))
    return round(
        formula.base
        - formula.sentence_weight * words / sentences
        - formula.syllable_weight * syllables / words,
        1,
    )


def readability(ease: float | None) -> Readability:
    if ease is None:
        return Readability.NOT_ENOUGH_TEXT
    if ease >= EASY_FROM:
        return Readability.EASY
    if ease >= HARD_TO_READ_BELOW:
        return Readability.FAIRLY_EASY
    return Readability.HARD


def has_number(text: str, language: str = ENGLISH) -> bool:
    """A figure or number word outside dates: "by 15 May 2027" alone has no number."""
    rules = rules_for(language)
    return bool(rules.numbers.search(rules.dates.sub(" ", text)))


def has_date(text: str, language: str = ENGLISH) -> bool:
    """A year, month, season, quarter, weekday, date-like token or span like "in 6 months"."""
    return bool(rules_for(language).dates.search(text))


def find_jargon(text: str, language: str = ENGLISH) -> tuple[JargonHit, ...]:
    rules = rules_for(language)
    return tuple(
        JargonHit(rules.jargon_entries[normalise(match.group())], match.start(), match.end())
        for match in rules.jargon.finditer(text)
    )


def jargon_words(language: str = ENGLISH) -> tuple[str, ...]:
    """The jargon list of ``language`` as shipped, in file order."""
    return _jargon_words(language)


def _readability(ease: float | None, language: str) -> Readability:
    """A language with no reading-ease formula claims no score."""
    if rules_for(language).reading_ease is None:
        return Readability.NO_SCORE
    return readability(ease)


def _shared_advice(jargon: tuple[JargonHit, ...], ease: float | None, words: int) -> list[Advice]:
    advice: list[Advice] = []
    if jargon:
        unique = tuple(dict.fromkeys(hit.word for hit in jargon))
        advice.append(Advice(AdviceCase.SWAP_JARGON, jargon=unique))
    if ease is not None and ease < HARD_TO_READ_BELOW and words >= READING_ADVICE_MIN_WORDS:
        advice.append(Advice(AdviceCase.HARD_TO_READ))
    return advice
