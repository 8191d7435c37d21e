"""The plain-language check in words: how readable a text is, and what to do about it.

``domain.wording`` returns facts (a ``Readability``, ``Advice`` with its counts); the
vision and goal wizards show them through this module, in the owner's language.
"""

from __future__ import annotations

from bakeryplan.domain.wording import (
    GOAL_MAX_WORDS,
    VISION_MAX_WORDS,
    VISION_MIN_WORDS,
    Advice,
    AdviceCase,
    Readability,
)
from bakeryplan.text.translate import PLURAL, separated_list, translate


def readability_label(readability: Readability) -> str:
    """ "Easy to read", "Fairly easy", "Hard to read", "Not enough text"."""
    labels = {
        Readability.NOT_ENOUGH_TEXT: translate("wording", "Not enough text"),
        Readability.EASY: translate("wording", "Easy to read"),
        Readability.FAIRLY_EASY: translate("wording", "Fairly easy"),
        Readability.HARD: translate("wording", "Hard to read"),
        Readability.NO_SCORE: translate("wording", "No score for this language"),
    }
    return labels[readability]


def advice_sentence(advice: Advice) -> str:
    """One piece of advice, as a sentence or two."""
    case, words = advice.case, advice.words
    if case is AdviceCase.VISION_SHORT:
        text = translate(
            "wording",
            "Your vision is short (%n word(s)). Say where the business is going and why it "
            "matters, in {least} to {most} words.",
            None,
            PLURAL,
            words
        )  # fmt: skip
        return text.format(least=VISION_MIN_WORDS, most=VISION_MAX_WORDS)
    if case is AdviceCase.VISION_LONG:
        text = translate(
            "wording",
            "Your vision has %n word(s). Try to say it in {most} words or fewer, so people "
            "remember it.",
            None,
            PLURAL,
            words
        )  # fmt: skip
        return text.format(most=VISION_MAX_WORDS)
    if case is AdviceCase.GOAL_LONG:
        text = translate(
            "wording",
            "Keep a goal to one short sentence (this one has %n word(s)).",
            None,
            PLURAL,
            words
        )  # fmt: skip
        return text.format(most=GOAL_MAX_WORDS)
    if case is AdviceCase.SWAP_JARGON:
        quote = translate("wording", "“{word}”", "A word quoted in a sentence")
        quoted = separated_list([quote.format(word=word) for word in advice.jargon])
        return translate("wording", "Swap jargon for everyday words: {words}.").format(words=quoted)
    sentences = {
        AdviceCase.WRITE_VISION: translate(
            "wording", "Write your vision in a few plain sentences: where is the business going?"
        ),
        AdviceCase.ADD_NUMBER: translate(
            "wording",
            'Add a number, so everyone can tell when the goal is reached (like "40 loaves a day").',
        ),
        AdviceCase.ADD_DATE: translate(
            "wording", 'Add a date, like "by spring 2028", or set a due date.'
        ),
        AdviceCase.NAME_OWNER: translate("wording", "Name one person who owns this goal."),
        AdviceCase.HARD_TO_READ: translate(
            "wording", "This is hard to read. Try shorter sentences and everyday words."
        ),
    }
    return sentences[case]
