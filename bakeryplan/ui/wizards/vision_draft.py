"""Turn the owner's short answers into a first draft of the vision, in plain sentences.

The draft is only a start that the owner edits; the rules are kept simple and
predictable rather than clever.
"""

from __future__ import annotations

from dataclasses import dataclass

from bakeryplan.text.translate import translate

# Words that are lowercased when an answer is put in the middle of a sentence. Anything
# else keeps its capital letter, because it may be a name ("Dublin", "Sunrise Bakery").
_COMMON_FIRST_WORDS = frozenset(
    """a an the our my your their this that these those every each all any some most many
    more people families local busy young old new small big fresh good great real honest
    friendly warm hungry early everyone anyone customers neighbours neighbors students
    workers commuters parents children kids office offices shops cafes restaurants
    making baking being having selling serving bread cakes pastries coffee quality
    simple handmade homemade we us it to be in on at for with by from known sourdough
    pastry croissants cake sandwiches lunch breakfast one two three four five six seven
    eight nine ten""".split()  # noqa: SIM905 (a readable word list)
)


def example_vision() -> str:
    """A vision as the wizard shows it for an example, in the window's language."""
    return translate(
        "VisionWizard",
        "We bake honest bread and pastries for the people of our neighbourhood, every morning. "
        "We are best at slow-rising sourdough and a warm welcome at the counter. "
        "We want to be known as the place where the bread is still warm at seven. "
        "In three to five years, we run two shops and supply six local cafes, "
        "and every baker on the team can run a morning bake alone.",
    )


@dataclass(frozen=True)
class VisionAnswers:
    """The answers to the wizard's questions, as typed."""

    who: str = ""
    best: str = ""
    known_for: str = ""
    future: str = ""
    why: str = ""


def _clean(answer: str) -> str:
    """One line, no trailing full stop, no surrounding blanks."""
    text = " ".join(answer.split())
    return text.rstrip(" .")


def _mid_sentence(answer: str) -> str:
    """The answer as it reads after a few leading words: lowercase only common words."""
    first, _, rest = answer.partition(" ")
    common = first.lower() in _COMMON_FIRST_WORDS or "-" in first.strip("-")
    if common and first[1:] == first[1:].lower():
        first = first.lower()
    return f"{first} {rest}".strip()


def _starts_own_sentence(answer: str) -> bool:
    return answer.split(" ", 1)[0].lower() in {"we", "our", "we'll", "we're"}


def _sentence(sentence: str, answer: str, *, may_stand_alone: bool = True) -> str:
    """``sentence`` (a whole message with ``{answer}`` in it) around the answer, or the
    answer alone where it is a sentence of its own already ("We bake …")."""
    answer = _clean(answer)
    if not answer:
        return ""
    if may_stand_alone and _starts_own_sentence(answer):
        return f"{answer[0].upper()}{answer[1:]}."
    return sentence.format(answer=_mid_sentence(answer))


def compose_vision_draft(answers: VisionAnswers) -> str:
    """A draft vision: one plain sentence per answered question, in a fixed order."""
    sentences = [
        _sentence(translate("VisionWizard", "We serve {answer}."), answers.who),
        _sentence(translate("VisionWizard", "We are best at {answer}."), answers.best),
        _sentence(
            translate("VisionWizard", "We want to be known for {answer}."), answers.known_for
        ),
        _sentence(
            translate("VisionWizard", "In three to five years, {answer}."),
            answers.future,
            may_stand_alone=False,
        ),
    ]
    return " ".join(s for s in sentences if s)
