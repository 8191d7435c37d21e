"""The sentence that says when the plan's next review is, or that none was held yet."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.model import ReviewCadence
from bakeryplan.text.translate import PLURAL, translate


def next_review_sentence(
    cadence: ReviewCadence, due: date | None, days_late: int, days_left: int
) -> str:
    """When the next review is, as the This week page says it; ``{day}`` is left for the
    caller to fill with the due date.

    One whole sentence per cadence: "weekly" before "review" and "every week" after
    "together" are different words in most languages. Without a due date the plan has a
    cadence (with none, the caller says so in its own words).
    """
    if due is not None and days_late:
        # (lupdate misses a counted text with a comma after its count)
        # fmt: off
        return {
            ReviewCadence.WEEKLY: translate(
                "HomePanel",
                "The weekly review was due on {day}: %n day(s) late.",
                None,
                PLURAL,
                days_late
            ),
            ReviewCadence.MONTHLY: translate(
                "HomePanel",
                "The monthly review was due on {day}: %n day(s) late.",
                None,
                PLURAL,
                days_late
            ),
            ReviewCadence.QUARTERLY: translate(
                "HomePanel",
                "The quarterly review was due on {day}: %n day(s) late.",
                None,
                PLURAL,
                days_late
            ),
        }.get(
            cadence,
            translate(
                "HomePanel", "The review was due on {day}: %n day(s) late.", None, PLURAL, days_late
            ),
        )
        # fmt: on
    if due is not None and days_left == 0:
        return {
            ReviewCadence.WEEKLY: translate("HomePanel", "The weekly review is due today, {day}."),
            ReviewCadence.MONTHLY: translate(
                "HomePanel", "The monthly review is due today, {day}."
            ),
            ReviewCadence.QUARTERLY: translate(
                "HomePanel", "The quarterly review is due today, {day}."
            ),
        }.get(cadence, translate("HomePanel", "The review is due today, {day}."))
    if due is not None:
        # (lupdate misses a counted text with a comma after its count)
        # fmt: off
        return {
            ReviewCadence.WEEKLY: translate(
                "HomePanel",
                "The weekly review is due on {day}, in %n day(s).",
                None,
                PLURAL,
                days_left
            ),
            ReviewCadence.MONTHLY: translate(
                "HomePanel",
                "The monthly review is due on {day}, in %n day(s).",
                None,
                PLURAL,
                days_left
            ),
            ReviewCadence.QUARTERLY: translate(
                "HomePanel",
                "The quarterly review is due on {day}, in %n day(s).",
                None,
                PLURAL,
                days_left
            ),
        }.get(
            cadence,
            translate(
                "HomePanel", "The review is due on {day}, in %n day(s).", None, PLURAL, days_left
            ),
        )
        # fmt: on
    return {
        ReviewCadence.WEEKLY: translate(
            "HomePanel", "No review held yet; the plan is to look at it together every week."
        ),
        ReviewCadence.MONTHLY: translate(
            "HomePanel", "No review held yet; the plan is to look at it together every month."
        ),
        ReviewCadence.QUARTERLY: translate(
            "HomePanel",
            "No review held yet; the plan is to look at it together every quarter.",
        ),
    }[cadence]
