from __future__ import annotations

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Business, Goal, GoalStatus, Person, Perspective, Plan, Step
from bakeryplan.domain.status import plan_status
from tests.domain.builders import actuals, d, measure

SAM = Person("Sam", id=7)


def goal(goal_id: int, **kwargs: object) -> Goal:
    return Goal(f"Goal {goal_id}", Perspective.FINANCIAL, id=goal_id, position=goal_id, **kwargs)  # type: ignore[arg-type]


def test_goal_health_is_the_worst_of_measures_and_steps() -> None:
    plan = Plan(
        Business("Sunrise Bakery"),
        people=(SAM,),
        goals=(goal(1, owner_id=7), goal(2), goal(3, status=GoalStatus.DONE), goal(4)),
        measures=(
            measure(measure_id=1, goal_id=1),  # on track on the 6th
            measure(measure_id=2, goal_id=1, name="Customers"),  # behind on the 6th
            measure(measure_id=3, goal_id=2, start=d(2, 1), target_date=d(3, 1)),  # later
            measure(measure_id=4, goal_id=3),  # at risk, but the goal is done
        ),
        actuals=(
            *actuals((d(1, 6), 50), measure_id=1),
            *actuals((d(1, 6), 44), measure_id=2),
            *actuals((d(1, 6), 0), measure_id=4),
        ),
        steps=(
            Step(goal_id=2, title="Order baskets", due=d(1, 3), done=d(1, 2), id=1),
            Step(goal_id=2, title="Train Sam", due=d(1, 20), id=2),
        ),
    )
    status = plan_status(plan, d(1, 6))
    assert status.on == d(1, 6)
    assert [r.goal.id for r in status.goals] == [1, 2, 3, 4]
    first, second, third, fourth = status.goals
    assert first.owner == SAM
    assert [m.health for m in first.measures] == [Health.ON_TRACK, Health.BEHIND]
    assert first.steps is None
    assert first.health is Health.BEHIND
    # The measure has not started; the steps are ahead of plan.
    assert second.owner is None
    assert second.measures[0].health is Health.NOT_STARTED
    assert second.steps is not None and second.steps.health is Health.ON_TRACK
    assert second.health is Health.ON_TRACK
    assert third.measures[0].health is Health.AT_RISK
    assert third.health is Health.ACHIEVED
    assert fourth.health is Health.NOT_STARTED  # nothing to judge
    assert status.goal(2) is second
    assert status.goal(99) is None


def test_everything_not_started() -> None:
    plan = Plan(
        Business("Sunrise Bakery"),
        goals=(goal(1),),
        measures=(measure(measure_id=1, goal_id=1),),
        steps=(Step(goal_id=1, title="Later", due=d(3, 1), id=1),),
    )
    assert plan_status(plan, d(1, 6)).goals[0].health is Health.NOT_STARTED
