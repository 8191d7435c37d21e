"""What the plain-language check needs to know about a language, built once per language.

Reading ease is Flesch's formula with each language's own published constants,
``base - a * words per sentence - b * syllables per word``:

- English: 206.835, 1.015, 84.6 (R. Flesch, "A new readability yardstick", Journal of
  Applied Psychology 32, 1948).
- German: 180, 1, 58.5 (T. Amstad, "Wie verständlich sind unsere Zeitungen?",
  dissertation, Universität Zürich, 1978).
- French: 207, 1.015, 73.6 (L. Kandel and A. Moles, "Application de l'indice de Flesch à
  la langue française", Cahiers Études de Radio-Télévision 19, 1958).
- Spanish: 206.84, 1.02, 60 (J. Fernández Huerta, "Medidas sencillas de lecturabilidad",
  Consigna 214, 1959: 206.84 - 0.60 * syllables per 100 words - 1.02 * F). The sentence
  term is read as words per sentence, as G. Law ("Error in the Fernández Huerta
  readability formula", 2011) showed it must be: with F as printed, sentences per 100
  words, shorter sentences would score harder.
- Italian: 206, 1, 65 (V. Franchina and R. Vacca, "Adaptation of Flesch readability index
  on a bilingual text written by the same author both in Italian and English languages",
  Linguaggi 3, 1986: 206 - 0.65 * syllables per 100 words - words per sentence).
- Polish: none. Polish measures (Pisarek's formula, FOG-PL) give a school grade, not a
  0-100 ease, so Polish gets no score rather than one on the wrong scale.

The English check is kept exactly as it was first tuned: its own regular expressions for
numbers and dates, and syllables counted as pyphen's hyphenation points plus one. The other
languages read their words from ``resources/`` (jargon lists, and count, date and span words
for goals) and their month and day names from babel's locale data; babel is imported only
when a language's rules are first built, so starting the app never loads it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pyphen

from bakeryplan.resource_files import goal_words_file, jargon_file, read_text

ENGLISH = "en"


@dataclass(frozen=True)
class ReadingEaseFormula:
    """``base - sentence_weight * words per sentence - syllable_weight * syllables per word``."""

    base: float
    sentence_weight: float
    syllable_weight: float


READING_EASE: dict[str, ReadingEaseFormula] = {
    "en": ReadingEaseFormula(206.835, 1.015, 84.6),  # Flesch 1948
    "de": ReadingEaseFormula(180.0, 1.0, 58.5),  # Amstad 1978
    "fr": ReadingEaseFormula(207.0, 1.015, 73.6),  # Kandel and Moles 1958
    "es": ReadingEaseFormula(206.84, 1.02, 60.0),  # Fernández Huerta 1959
    "it": ReadingEaseFormula(206.0, 1.0, 65.0),  # Franchina and Vacca 1986
}
# pyphen's dictionary for each language the check speaks.
HYPHENATION: dict[str, str] = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr",
    "es": "es",
    "it": "it_IT",
    "pl": "pl_PL",
}
LANGUAGES = tuple(HYPHENATION)

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = re.compile(r"[aeiouyäöüàâæèéêëîïìòôœùûÿáíóúąę]+")
_BOUNDED = r"(?<![\w-])(?:{})(?![\w-])"

_EN_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_EN_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_EN_SEASONS = "spring|summer|autumn|fall|winter|christmas|easter|new year"
_EN_COUNT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|"
    "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|a|an"
)
_YEAR = r"\b(?:19|20)\d{2}\b"
_DATE_TOKEN = r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
_QUARTER = r"\bq[1-4]\b"
_EN_DATES = re.compile(
    "|".join(
        (
            _YEAR,
            _DATE_TOKEN,
            _QUARTER,
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTHS})\b",
            rf"\b(?:{_EN_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)",
            rf"\b(?:{_EN_MONTHS})\b",
            r"\b(?:in|by|before|until|from|since|of|end|\d{1,2})\s+may\b|\bmay\s+\d",
            rf"\b(?:by|in|this|next|until|before|for|from|over|during|the)\s+(?:{_EN_SEASONS})\b",
            rf"\b(?:by|on|before|until|next|this)\s+(?:{_EN_DAY_NAMES})\b",
            r"\b(?:first|second|third|fourth|last)\s+quarter\b",
            r"\b(?:end\s+of\s+(?:the\s+)?|this\s+|next\s+)(?:week|month|quarter|year)\b",
            r"\byear[\s-]end\b",
            r"\b\d{1,2}(?:st|nd|rd|th)\b",
            rf"\b(?:within|in|over|for)\s+(?:the\s+next\s+)?(?:\d+|{_EN_COUNT_WORDS})\s+"
            r"(?:days?|weeks?|months?|years?)\b",
        )
    ),
    re.IGNORECASE,
)
_EN_NUMBERS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|double|"
    r"triple|twice|half|percent|second|third|fourth|fifth)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WordingRules:
    """One language's reading-ease formula (None: no score), jargon, number and date words."""

    language: str
    reading_ease: ReadingEaseFormula | None
    jargon: re.Pattern[str]
    jargon_entries: Mapping[str, str]  # a normalised phrase -> the entry as listed
    dates: re.Pattern[str]
    numbers: re.Pattern[str]
    hyphenator: pyphen.Pyphen = field(compare=False, repr=False)

    def syllables(self, word: str) -> int:
        """Syllables of a word; figures count as one.

        English counts pyphen's hyphenation points plus one, as it always has. The other
        languages count the vowel groups in each piece pyphen splits a word into, at least
        one a piece: pyphen keeps two letters or more on each side of a break ("Ofen",
        "amici" stay whole), so its points alone miss a syllable in many short words.
        """
        letters = _LETTERS.findall(word)
        if not letters:
            return 1
        hyphenator = self.hyphenator
        if self.language == ENGLISH:
            return sum(len(hyphenator.positions(part.lower())) + 1 for part in letters)
        return sum(
            max(1, len(_VOWELS.findall(piece)))
            for part in letters
            for piece in hyphenator.inserted(part.lower(), hyphen="-").split("-")
        )


_built: dict[str, WordingRules] = {}
_building = threading.Lock()


def rules_for(language: str) -> WordingRules:
    """The rules of ``language`` (a code such as ``de``); English for a language it lacks.

    Built once per language, under a lock: a wizard builds them in a background thread
    (German's hyphenation dictionary takes seconds to read), and a check asked for meanwhile
    waits for that one rather than reading the files a second time.
    """
    language = language if language in LANGUAGES else ENGLISH
    rules = _built.get(language)
    if rules is None:
        with _building:
            rules = _built.get(language)
            if rules is None:
                rules = _built[language] = _build(language)
    return rules


def _build(language: str) -> WordingRules:
    jargon, entries = _jargon_pattern(jargon_words(language))
    if language == ENGLISH:
        dates, numbers = _EN_DATES, _EN_NUMBERS
    else:
        dates, numbers = _goal_patterns(language)
    return WordingRules(
        language=language,
        reading_ease=READING_EASE.get(language),
        jargon=jargon,
        jargon_entries=entries,
        dates=dates,
        numbers=numbers,
        hyphenator=pyphen.Pyphen(lang=HYPHENATION[language]),
    )


def jargon_words(language: str = ENGLISH) -> tuple[str, ...]:
    """The jargon list of ``language`` as shipped, in file order."""
    text = read_text(jargon_file(language if language in LANGUAGES else ENGLISH))
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def normalise(phrase: str) -> str:
    """A phrase as jargon entries are keyed: lower case, one space where spaces or hyphens were."""
    return " ".join(re.split(r"[\s-]+", phrase.lower()))


def goal_words(language: str) -> dict[str, tuple[str, ...]]:
    """The sections of a language's goal-words file: count, date and span words, time units."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in read_text(goal_words_file(language)).splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{goal_words_file(language)}: {line!r} is outside a section")
        else:
            current.append(line)
    return {name: tuple(words) for name, words in sections.items()}


def calendar_names(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Month and day names (wide) and month abbreviations of ``language``, from babel.

    Both the format and the stand-alone forms: in Polish they are different cases
    ("czerwca", "czerwiec"). Day abbreviations are left out ("So.", "Mi." are everyday
    German words), and month abbreviations count only after a day's number.
    """
    from babel.dates import get_day_names, get_month_names  # not at start-up: see above

    wide: set[str] = set()
    short: set[str] = set()
    for context in ("format", "stand-alone"):
        wide.update(get_month_names("wide", context, language).values())
        wide.update(get_day_names("wide", context, language).values())
        months = get_month_names("abbreviated", context, language).values()
        short.update(name.rstrip(".") for name in months)
    return frozenset(wide), frozenset(short - wide)


def _goal_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = goal_words(language)
    wide, short = calendar_names(language)
    counts = _alternatives(words["count words"])
    months = _alternatives([*wide, *short])
    dates = re.compile(
        "|".join(
            (
                _YEAR,
                _DATE_TOKEN,
                r"\b\d{1,2}\.\d{1,2}\.(?!\d)",
                r"\b[qt][1-4]\b",
                rf"\b\d{{1,2}}(?:\.|er|e|º|°)?\s+(?:de\s+)?(?:{months})(?![\w-])\.?",
                _BOUNDED.format(
                    rf"(?:{_alternatives(words['span words'])})\s+(?:\d+|{counts})\s+"
                    rf"(?:{_alternatives(words['time units'])})"
                ),
                _BOUNDED.format(_alternatives(words["date words"])),
                _BOUNDED.format(_alternatives(wide)),
            )
        ),
        re.IGNORECASE,
    )
    numbers = re.compile(r"\d|" + _BOUNDED.format(counts), re.IGNORECASE)
    return dates, numbers


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation, longest first; spaces and hyphens, and the two apostrophes, alike."""
    keys = sorted({normalise(phrase.replace("\u2019", "'")) for phrase in phrases}, key=len)
    return "|".join(
        r"[\s-]+".join(re.escape(word).replace("'", "['\u2019]") for word in key.split(" "))
        for key in reversed(keys)
    )


def _jargon_pattern(words: Iterable[str]) -> tuple[re.Pattern[str], dict[str, str]]:
    entries = {normalise(word): word for word in words}
    longest_first = sorted(entries, key=len, reverse=True)
    alternatives = (r"[\s-]+".join(map(re.escape, key.split(" "))) for key in longest_first)
    pattern = re.compile(_BOUNDED.format("|".join(alternatives)), re.I)
    return pattern, entries
