"""The plain-language check in German, French, Spanish, Italian and Polish."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bakeryplan.domain.wording import (
    Advice,
    AdviceCase,
    Readability,
    check_goal,
    check_vision,
    find_jargon,
    has_date,
    has_number,
    jargon_words,
    reading_ease,
)
from bakeryplan.domain.wording_rules import READING_EASE, rules_for

LANGUAGES = ("de", "fr", "es", "it", "pl")

GERMAN_JARGON_VISION = (
    "Wir wollen proaktiv Synergien nutzen, zielführend Mehrwert generieren und als Benchmark "
    "der Branche gelten."
)
GERMAN_PLAIN_VISION = (
    "Wir backen gutes Brot für die Stadt. Die Leute kommen wieder, weil es wie zu Hause "
    "schmeckt und nicht zu viel kostet."
)
PLAIN_VISIONS = {
    "de": GERMAN_PLAIN_VISION,
    "fr": (
        "Nous faisons du bon pain pour le quartier. Les gens reviennent parce qu'il a le goût "
        "de la maison et un prix juste."
    ),
    "es": (
        "Hacemos buen pan para el barrio. La gente vuelve porque sabe a casa y cuesta un "
        "precio justo."
    ),
    "it": (
        "Facciamo buon pane per il quartiere. La gente torna perché sa di casa e costa il giusto."
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_real_jargon_list(language: str) -> None:
    words = jargon_words(language)
    assert 30 <= len(words) <= 80
    assert not any(word.startswith("#") for word in words)
    assert len({word.lower() for word in words}) == len(words)  # no entry twice


def test_german_jargon_is_found_with_offsets() -> None:
    hits = find_jargon(GERMAN_JARGON_VISION, "de")
    assert [hit.word for hit in hits] == [
        "proaktiv",
        "Synergien",
        "zielführend",
        "Mehrwert generieren",
        "Benchmark",
    ]
    assert GERMAN_JARGON_VISION[hits[3].start : hits[3].end] == "Mehrwert generieren"


def test_german_jargon_vision_is_flagged_and_a_plain_one_is_not() -> None:
    jargon = check_vision(GERMAN_JARGON_VISION, "de")
    assert jargon.advice[0] == Advice(
        AdviceCase.SWAP_JARGON,
        jargon=("proaktiv", "Synergien", "zielführend", "Mehrwert generieren", "Benchmark"),
    )
    plain = check_vision(GERMAN_PLAIN_VISION, "de")
    assert plain.jargon == ()
    assert plain.advice == ()


def test_english_jargon_is_not_german_jargon() -> None:
    assert find_jargon("We leverage synergies.", "de") == ()
    assert find_jargon("Wir nutzen Synergien.", "en") == ()


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Une démarche proactive qui apporte de la valeur ajoutée.", "fr", ["proactive",
         "valeur ajoutée"]),
        ("Queremos empoderar al equipo y generar valor con sinergias.", "es", ["empoderar",
         "generar valor", "sinergias"]),
        ("Un approccio proattivo per creare valore e sinergie.", "it", ["proattivo",
         "creare valore", "sinergie"]),
        ("Dedykowany zespół da nam wartość dodaną i synergię.", "pl", ["dedykowany",
         "wartość dodaną", "synergię"]),
    ],
)  # fmt: skip
def test_jargon_in_the_other_languages(text: str, language: str, words: list[str]) -> None:
    assert [hit.word for hit in find_jargon(text, language)] == words


def test_german_goal_with_month_year_and_count_is_specific() -> None:
    check = check_goal("Bis Juni 2027 wöchentlich 400 Brote verkaufen", owner="Ana", due=None,
                       language="de")  # fmt: skip
    assert (check.has_number, check.has_date, check.is_specific) == (True, True, True)
    assert check.advice == ()


def test_vague_german_goal_gets_the_advice() -> None:
    check = check_goal("Mehr Kunden gewinnen", owner=None, due=None, language="de")
    assert not check.is_specific
    assert (check.has_number, check.has_date, check.has_owner) == (False, False, False)


@pytest.mark.parametrize(
    ("text", "language", "number", "dated"),
    [
        ("Bis zum 15. Juni eine zweite Filiale eröffnen", "de", True, True),
        ("Bis zum 15. Juni mehr Kunden", "de", False, True),
        ("In sechs Monaten mehr Umsatz", "de", False, True),
        ("Im Frühling 50 Torten am Tag", "de", True, True),
        ("Im dritten Quartal 10 % mehr Umsatz", "de", True, True),
        ("Am Montag fünf Kuchen backen", "de", True, True),
        ("So machen wir das.", "de", False, False),
        ("Vendre 400 pains par semaine d'ici juin 2027", "fr", True, True),
        ("Le 15 sept. vendre deux fois plus", "fr", True, True),
        ("D\u2019ici six mois, plus de clients", "fr", False, True),
        ("Ce magasin a été rénové", "fr", False, False),
        ("Vender 400 panes a la semana antes de junio de 2027", "es", True, True),
        ("Abrir una segunda tienda en primavera", "es", True, True),
        ("Ir al mar", "es", False, False),
        ("Vendere 400 pani a settimana entro giugno 2027", "it", True, True),
        ("Entro sei mesi più clienti", "it", False, True),
        ("Secondo il piano crescere", "it", False, False),
        ("Do czerwca 2027 sprzedawać 400 chlebów tygodniowo", "pl", True, True),
        ("W czerwcu otworzyć drugi sklep", "pl", True, True),
        ("W ciągu sześciu miesięcy więcej klientów", "pl", False, True),
        ("Więcej klientów", "pl", False, False),
    ],
)
def test_number_and_date_in_each_language(
    text: str, language: str, number: bool, dated: bool
) -> None:
    assert (has_number(text, language), has_date(text, language)) == (number, dated)


def test_month_names_come_from_the_locale_data_in_every_form() -> None:
    assert has_date("Im März", "de")
    assert has_date("Am 3. Okt. öffnen", "de")
    assert has_date("do 15 października", "pl")  # genitive, from babel's format names
    assert has_date("en septiembre", "es")
    assert has_date("a dicembre", "it")
    # An abbreviation counts only after a day's number: "Mär" and "mar" are words too.
    assert not has_date("Ir al mar", "es")


def test_english_words_do_not_date_a_german_goal() -> None:
    assert not has_date("Bis spring mehr verkaufen", "de")
    assert has_date("Bis Frühling mehr verkaufen", "de")


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_short_plain_text_reads_easy(language: str) -> None:
    check = check_vision(PLAIN_VISIONS[language], language)
    assert check.reading_ease is not None and check.reading_ease >= 70
    assert check.readability is Readability.EASY


def test_german_reading_ease_is_amstad() -> None:
    # 4 words, 1 sentence; Brot 1, für 1, die 1, Stadt 1: 180 - 4 - 58.5 * 1 = 117.5
    assert reading_ease("Brot für die Stadt.", "de") == pytest.approx(117.5)
    # Bä-cke-rei 3, O-fen 2 (one vowel is a syllable the dictionary never splits off):
    # 2 words, 5 syllables: 180 - 2 - 58.5 * 2.5 = 31.75
    assert reading_ease("Bäckerei Ofen", "de") == pytest.approx(31.8)


def test_hard_german_text_gets_reading_advice() -> None:
    check = check_vision(
        "Die Wertschöpfungskettenoptimierung erfordert eine ganzheitliche, "
        "bereichsübergreifende Implementierung unternehmensspezifischer Qualitätsstandards "
        "und Verantwortlichkeiten sowie eine kontinuierliche Überprüfung sämtlicher "
        "Geschäftsprozesse.",
        "de",
    )
    assert check.readability is Readability.HARD
    assert Advice(AdviceCase.HARD_TO_READ) in check.advice


def test_constants_are_the_published_ones() -> None:
    assert [(f.base, f.sentence_weight, f.syllable_weight) for f in READING_EASE.values()] == [
        (206.835, 1.015, 84.6),
        (180.0, 1.0, 58.5),
        (207.0, 1.015, 73.6),
        (206.84, 1.02, 60.0),
        (206.0, 1.0, 65.0),
    ]


def test_polish_shows_no_score_and_claims_none() -> None:
    text = (
        "To jest bardzo skomplikowane i niezrozumiałe zdanie o wielowymiarowej "
        "transformacji organizacyjnej przedsiębiorstwa, które trudno przeczytać."
    )
    check = check_vision(text, "pl")
    assert check.reading_ease is None
    assert reading_ease(text, "pl") is None
    assert check.readability is Readability.NO_SCORE
    assert Advice(AdviceCase.HARD_TO_READ) not in check.advice
    goal = check_goal("Do czerwca 2027 sprzedawać 400 chlebów", owner="Ola", due=None,
                      language="pl")  # fmt: skip
    assert (goal.reading_ease, goal.readability, goal.is_specific) == (
        None,
        Readability.NO_SCORE,
        True,
    )


def test_an_unknown_language_is_checked_in_english() -> None:
    assert rules_for("nl") is rules_for("en")
    assert check_vision("We leverage synergies.", "nl").jargon


def test_importing_the_check_loads_no_babel() -> None:
    # Start-up must not load babel: only building a language's rules does.
    code = (
        "import sys, bakeryplan.domain.wording as w; w.check_vision('We bake bread.'); "
        "print('babel' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
