"""What the huddle page says: which goals and steps, and how their figures read."""

from __future__ import annotations

from datetime import date, timedelta

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Actual,
    Business,
    Direction,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Person,
    Perspective,
    Plan,
    Step,
)
from bakeryplan.reports.one_page_content import one_page_content

ON = date(2026, 11, 27)
NBSP = "\xa0"


def plan_with(**parts: object) -> Plan:
    people = (Person("Maria Lopez", id=1), Person("Sam O'Brien", id=2))
    return Plan(Business("Sunrise Bakery", currency="EUR", locale="en_IE"), people=people, **parts)  # type: ignore[arg-type]


def test_steps_for_the_next_two_weeks_and_overdue_ones_soonest_first() -> None:
    goal = Goal("Sell more", Perspective.FINANCIAL, id=1)
    dropped = Goal("Old idea", Perspective.FINANCIAL, status=GoalStatus.DROPPED, id=2)
    steps = (
        Step(1, "in two weeks", owner_id=1, due=ON + timedelta(days=14), id=1),
        Step(1, "too far ahead", owner_id=1, due=ON + timedelta(days=15), id=2),
        Step(1, "long overdue", owner_id=2, due=ON - timedelta(days=40), id=3),
        Step(1, "done already", due=ON - timedelta(days=2), done=ON - timedelta(days=3), id=4),
        Step(1, "no date", id=5),
        Step(2, "of a dropped goal", due=ON, id=6),
        Step(1, "today", due=ON, id=7),
    )
    content = one_page_content(plan_with(goals=(goal, dropped), steps=steps), ON)
    assert [s.title for s in content.steps] == ["long overdue", "today", "in two weeks"]
    assert [s.overdue for s in content.steps] == [True, False, False]
    assert [s.owner for s in content.steps] == ["Sam O'Brien", "no owner yet", "Maria Lopez"]
    assert content.steps[0].due == "18 Oct"
    assert content.lookahead_end == "11 Dec"


def test_goals_in_tree_order_without_dropped_ones() -> None:
    goals = (
        Goal("Parent", Perspective.CUSTOMER, owner_id=1, due=date(2027, 5, 31), position=0, id=1),
        Goal("Other", Perspective.INTERNAL, position=1, id=2),
        Goal("Child", Perspective.CUSTOMER, parent_id=1, position=2, id=3),
        Goal("Dropped", Perspective.CUSTOMER, status=GoalStatus.DROPPED, position=3, id=4),
        Goal("Finished", Perspective.LEARNING, status=GoalStatus.DONE, position=4, id=5),
    )
    content = one_page_content(plan_with(goals=goals), ON)
    assert [g.title for g in content.goals] == ["Parent", "Child", "Other", "Finished"]
    assert content.goals[0].details == "Customers · Maria Lopez · due 31 May 2027"
    assert content.goals[2].details == "How we work · no owner yet · no due date yet"
    assert content.goals[3].health is Health.ACHIEVED
    assert (content.goals[1].measure_name, content.goals[1].measure_figures) == (
        "No measure yet",
        "add one in the app",
    )


def _measured_plan(unit: str, actual: float | None, locale: str = "en_IE") -> Plan:
    goal = Goal("Grow", Perspective.FINANCIAL, id=1)
    measure = Measure(
        1,
        "Weekly revenue",
        unit,
        Direction.UP,
        6500.0,
        9000.0,
        date(2026, 1, 1),
        date(2026, 12, 31),
        id=1,
    )
    actuals = () if actual is None else (Actual(1, ON - timedelta(days=7), actual, id=1),)
    return Plan(Business("B", locale=locale), goals=(goal,), measures=(measure,), actuals=actuals)


def test_key_measure_reads_actual_against_plan_in_the_business_locale() -> None:
    english = one_page_content(_measured_plan("EUR", 8756.0), ON).goals[0]
    assert english.health is Health.ON_TRACK
    assert english.measure_name == "Weekly revenue"
    assert english.measure_figures.startswith("€8,756 · €")
    assert english.measure_figures.endswith(" planned")
    german = one_page_content(_measured_plan("EUR", 8756.0, "de_DE"), ON).goals[0]
    assert german.measure_figures.startswith(f"8.756{NBSP}€ · ")


def test_word_units_are_said_once_at_the_plan() -> None:
    figures = one_page_content(_measured_plan("loaves", 8756.0), ON).goals[0].measure_figures
    assert figures.startswith("8,756 · ")
    assert figures.endswith(" loaves planned")


def test_goals_behind_or_at_risk_say_so_in_words() -> None:
    plan = _measured_plan("EUR", 6600.0)  # far below the plan for late November
    line = one_page_content(plan, ON).goals[0]
    assert line.health is Health.AT_RISK
    assert line.measure_name == "At risk: Weekly revenue"


def test_a_measure_without_figures_says_so() -> None:
    goal = one_page_content(_measured_plan("EUR", None), ON).goals[0]
    assert goal.measure_figures.startswith("no figure yet · €")
    assert goal.health is Health.NOT_STARTED


def test_a_band_measure_reads_as_the_band_to_keep() -> None:
    goal = Goal("Costs", Perspective.FINANCIAL, id=1)
    measure = Measure(
        1,
        "Cost share",
        "%",
        Direction.BAND,
        33.0,
        30.0,
        date(2026, 1, 1),
        date(2026, 12, 31),
        band_low=28.0,
        band_high=32.0,
        id=1,
    )
    plan = Plan(
        Business("B"), goals=(goal,), measures=(measure,), actuals=(Actual(1, ON, 30.9, id=1),)
    )
    assert one_page_content(plan, ON).goals[0].measure_figures == "30.9% · keep 28% to 32%"


def test_one_sided_and_reversed_bands_read_as_the_health_judges_them() -> None:
    goal = Goal("Costs", Perspective.FINANCIAL, id=1)

    def figures(unit: str, low: float | None, high: float | None, actual: float) -> str:
        measure = Measure(
            1, "Share", unit, Direction.BAND, 33.0, 30.0, date(2026, 1, 1), date(2026, 12, 31),
            band_low=low, band_high=high, id=1,
        )  # fmt: skip
        plan = Plan(
            Business("B"), goals=(goal,), measures=(measure,), actuals=(Actual(1, ON, actual),)
        )
        content = one_page_content(plan, ON).goals[0]
        return f"{content.health.value}: {content.measure_figures}"

    assert figures("%", 28.0, None, 40.0) == "on_track: 40% · keep at least 28%"
    assert figures("%", None, 32.0, 20.0) == "on_track: 20% · keep at most 32%"
    assert figures("C", 5.0, 2.0, 3.0) == "on_track: 3 · keep 2 C to 5 C"


def test_goals_with_steps_only_show_step_progress() -> None:
    goal = Goal("Write the routine", Perspective.LEARNING, id=1)
    steps = (
        Step(1, "a", due=ON - timedelta(days=5), done=ON - timedelta(days=6), id=1),
        Step(1, "b", due=ON + timedelta(days=5), id=2),
    )
    line = one_page_content(plan_with(goals=(goal,), steps=steps), ON).goals[0]
    assert (line.measure_name, line.measure_figures) == ("Steps", "1 of 2 steps done")


def test_only_new_feedback_counts_as_open() -> None:
    feedback = tuple(
        Feedback(ON, FeedbackSource.CUSTOMER, "x", status=status, id=i)
        for i, status in enumerate(
            [FeedbackStatus.NEW, FeedbackStatus.NEW, FeedbackStatus.ADOPTED, FeedbackStatus.PARKED],
            start=1,
        )
    )
    assert one_page_content(plan_with(feedback=feedback), ON).open_feedback == 2


def test_empty_plan_content() -> None:
    content = one_page_content(Plan(Business("  ")), ON)
    assert content.business_name == "My business"
    assert (content.vision, content.goals, content.steps, content.open_feedback) == ("", (), (), 0)
    assert "2026" in content.date_text
