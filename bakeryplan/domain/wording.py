"""Plain-language check of a vision or a goal: length, reading ease, jargon, number and date.

Reading ease is the Flesch reading ease, the formula textstat implements: 206.835 - 1.015 *
words per sentence - 84.6 * syllables per word. It is computed here with pyphen's
hyphenation for syllables (textstat's own fallback) rather than by calling textstat, because
textstat's English syllable count fetches the CMU dictionary from the internet on first use
(BakeryPlan never goes online) and importing textstat loads nltk, which takes seconds.
Readability: 70 and above easy, 50 and above fairly easy, below hard to read.

Jargon words come from ``resources/jargon.txt``, matched case-insensitively on
word boundaries (spaces and hyphens inside a phrase are interchangeable); each hit carries
its character offsets so an editor can highlight it.

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
from functools import cache

import pyphen

from bakeryplan.resource_files import JARGON_WORDS, read_text

VISION_MAX_WORDS = 60
VISION_MIN_WORDS = 12
GOAL_MAX_WORDS = 25
HARD_TO_READ_BELOW = 50.0
EASY_FROM = 70.0
READING_ADVICE_MIN_WORDS = 12

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019.,][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_LETTERS = re.compile(r"[^\W\d_]+")

_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_SEASONS = "spring|summer|autumn|fall|winter|christmas|easter|new year"
_COUNT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|"
    "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|a|an"
)
_YEAR = r"\b(?:19|20)\d{2}\b"
_DATE_TOKEN = r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
_QUARTER = r"\bq[1-4]\b"
_DATE_PATTERNS = re.compile(
    "|".join(
        (
            _YEAR,
            _DATE_TOKEN,
            _QUARTER,
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b",
            rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)",
            rf"\b(?:{_MONTHS})\b",
            r"\b(?:in|by|before|until|from|since|of|end|\d{1,2})\s+may\b|\bmay\s+\d",
            rf"\b(?:by|in|this|next|until|before|for|from|over|during|the)\s+(?:{_SEASONS})\b",
            rf"\b(?:by|on|before|until|next|this)\s+(?:{_DAY_NAMES})\b",
            r"\b(?:first|second|third|fourth|last)\s+quarter\b",
            r"\b(?:end\s+of\s+(?:the\s+)?|this\s+|next\s+)(?:week|month|quarter|year)\b",
            r"\byear[\s-]end\b",
            r"\b\d{1,2}(?:st|nd|rd|th)\b",
            rf"\b(?:within|in|over|for)\s+(?:the\s+next\s+)?(?:\d+|{_COUNT_WORDS})\s+"
            r"(?:days?|weeks?|months?|years?)\b",
        )
    ),
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|double|"
    r"triple|twice|half|percent|second|third|fourth|fifth)\b",
    re.IGNORECASE,
)


class Readability(StrEnum):
    """The reading ease in a word (module docstring)."""

    NOT_ENOUGH_TEXT = "not_enough_text"
    EASY = "easy"
    FAIRLY_EASY = "fairly_easy"
    HARD = "hard"


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


def check_vision(text: str) -> TextCheck:
    """Length, reading ease and jargon of a vision, with advice."""
    words = count_words(text)
    ease = reading_ease(text)
    jargon = find_jargon(text)
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
        readability=readability(ease),
        jargon=jargon,
        has_number=has_number(text),
        has_date=has_date(text),
        advice=tuple(advice),
    )


def check_goal(title: str, *, owner: str | None, due: date | None) -> GoalWordingCheck:
    """Is the goal specific: a number, a date and an owner? With advice."""
    words = count_words(title)
    ease = reading_ease(title)
    jargon = find_jargon(title)
    number, dated = has_number(title), has_date(title)
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
        readability=readability(ease),
        jargon=jargon,
        has_number=number,
        has_date=dated,
        advice=tuple(advice),
        has_owner=owned,
        is_specific=number and (dated or due is not None) and owned,
    )


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def count_sentences(text: str) -> int:
    """Pieces ending in . ! or ? (or the end of the text) that hold at least one word."""
    return sum(1 for piece in _SENTENCE_END.split(text) if _WORD.search(piece))


def reading_ease(text: str) -> float | None:
    """Flesch reading ease (module docstring); None when there are no words."""
    words = count_words(text)
    if words == 0:
        return None
    sentences = max(1, count_sentences(text))
    syllables = sum(_syllables(word) for word in _WORD.findall(text))
    return round(206.835 - 1.015 * words / sentences - 84.6 * syllables / words, 1)


def readability(ease: float | None) -> Readability:
    if ease is None:
        return Readability.NOT_ENOUGH_TEXT
    if ease >= EASY_FROM:
        return Readability.EASY
    if ease >= HARD_TO_READ_BELOW:
        return Readability.FAIRLY_EASY
    return Readability.HARD


def has_number(text: str) -> bool:
    """A figure or number word outside dates: "by 15 May 2027" alone has no number."""
    return bool(_NUMBER.search(_DATE_PATTERNS.sub(" ", text)))


def has_date(text: str) -> bool:
    """A year, month, season, quarter, weekday, date-like token or span like "in 6 months"."""
    return bool(_DATE_PATTERNS.search(text))


def find_jargon(text: str) -> tuple[JargonHit, ...]:
    pattern, entries = _jargon_pattern()
    return tuple(
        JargonHit(entries[_normalise(match.group())], match.start(), match.end())
        for match in pattern.finditer(text)
    )


def jargon_words() -> tuple[str, ...]:
    """The jargon list as shipped, in file order."""
    text = read_text(JARGON_WORDS)
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def _shared_advice(jargon: tuple[JargonHit, ...], ease: float | None, words: int) -> list[Advice]:
    advice: list[Advice] = []
    if jargon:
        unique = tuple(dict.fromkeys(hit.word for hit in jargon))
        advice.append(Advice(AdviceCase.SWAP_JARGON, jargon=unique))
    if ease is not None and ease < HARD_TO_READ_BELOW and words >= READING_ADVICE_MIN_WORDS:
        advice.append(Advice(AdviceCase.HARD_TO_READ))
    return advice


@cache
def _jargon_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    entries = {_normalise(word): word for word in jargon_words()}
    longest_first = sorted(entries, key=len, reverse=True)
    alternatives = (r"[\s-]+".join(map(re.escape, key.split(" "))) for key in longest_first)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)
    return pattern, entries


def _normalise(phrase: str) -> str:
    return " ".join(re.split(r"[\s-]+", phrase.lower()))


@cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB")


def _syllables(word: str) -> int:
    """Syllables of a word; figures count as one."""
    letters = _LETTERS.findall(word)
    if not letters:
        return 1
    return sum(len(_hyphenator().positions(part.lower())) + 1 for part in letters)
