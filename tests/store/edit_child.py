"""Child process of the crash test: edits a plan without pause, reporting each commit.

Each upper-case line on stdout is written only after its transaction committed, so every
such line the parent reads names an edit that must survive the SIGKILL that ends this
process. A delete is announced first ("d <id>"): killed between commit and report, the
goal may be gone without a "D" line.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from bakeryplan.domain.model import Actual, Goal, Person, Perspective, Step
from bakeryplan.store.repository import PlanRepository

MEASURE_ID = 1


def run(path: str, run_id: int, edits: int) -> None:
    repo = PlanRepository.open(path)
    report = sys.stdout
    print("ready", file=report, flush=True)
    people: list[int] = []
    goals: list[int] = []
    for i in range(edits):
        kind = i % 5
        if kind == 0:
            person = repo.add_person(Person(f"run{run_id}-{i}"))
            people.append(person.id)
            line = f"P {person.id}"
        elif kind == 1:
            with repo.atomic():
                goal = repo.add_goal(Goal(f"group {run_id}-{i}", Perspective.INTERNAL))
                steps = [repo.add_step(Step(goal.id, f"step {n}", position=n)) for n in range(3)]
            goals.append(goal.id)
            line = f"G {goal.id} " + " ".join(str(s.id) for s in steps)
        elif kind == 2:
            actual = repo.add_actual(Actual(MEASURE_ID, date(2026, 1, 1) + timedelta(i), i))
            line = f"A {actual.id}"
        elif kind == 3 and people:
            person_id = people[-1]
            repo.update_person(Person(f"run{run_id}", role=f"role {i}", id=person_id))
            line = f"U {person_id} {i}"
        elif kind == 4 and len(goals) > 1:
            goal_id = goals.pop(0)
            print(f"d {goal_id}", file=report, flush=True)  # may commit unreported
            repo.delete_goal(goal_id)
            line = f"D {goal_id}"
        else:
            continue
        print(line, file=report, flush=True)
    repo.close()
    print("done", file=report, flush=True)


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
