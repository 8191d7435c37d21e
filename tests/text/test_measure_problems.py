"""The measure rules in words: how to put each right, without numbers to translate."""

from __future__ import annotations

from bakeryplan.domain.measure_rules import MeasureProblem, MeasureRule
from bakeryplan.text.measure_problems import measure_problem_sentence


def said(rule: MeasureRule) -> str:
    return measure_problem_sentence(MeasureProblem("target", rule))


def test_every_rule_has_its_sentence_without_numbers() -> None:
    for rule in MeasureRule:
        assert said(rule).endswith(".") and not any(ch.isdigit() for ch in said(rule))
    assert "Lower is better" in said(MeasureRule.TARGET_BELOW_BASELINE)
    assert "Higher is better" in said(MeasureRule.TARGET_ABOVE_BASELINE)
