"""What contradicts itself in a measure, in the reader's words (``domain.measure_rules``)."""

from __future__ import annotations

from bakeryplan.domain.measure_rules import MeasureProblem, MeasureRule
from bakeryplan.text.translate import translate


def measure_problem_sentence(problem: MeasureProblem) -> str:
    """The broken rule and how to put it right, in a sentence or two."""
    sentences = {
        MeasureRule.TARGET_BELOW_BASELINE: translate(
            "MeasureRules",
            "“Higher is better”, but the target is below the starting value: raise the "
            "target, or choose “Lower is better”.",
        ),
        MeasureRule.TARGET_ABOVE_BASELINE: translate(
            "MeasureRules",
            "“Lower is better”, but the target is above the starting value: lower the "
            "target, or choose “Higher is better”.",
        ),
        MeasureRule.BAND_WITHOUT_LIMITS: translate(
            "MeasureRules",
            "Keeping within a band needs at least one limit: give the lowest or the highest "
            "value to keep to.",
        ),
        MeasureRule.BAND_LIMITS_REVERSED: translate(
            "MeasureRules", "The band's low limit must be below its high limit."
        ),
        MeasureRule.TARGET_DATE_BEFORE_START: translate(
            "MeasureRules", "The target date is before the start date: move one of them."
        ),
        MeasureRule.POINT_AFTER_TARGET_DATE: translate(
            "MeasureRules",
            "A point of the planned path is after the target date: move it to the target "
            "date or earlier, or move the target date.",
        ),
    }
    return sentences[problem.rule]
