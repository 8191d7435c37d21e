"""Every plan-file error says its own action: none falls back to "cannot open"."""

from __future__ import annotations

from bakeryplan.store import errors


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_each_action_has_its_own_message_with_a_file_and_without() -> None:
    actions = {cls.action for cls in [errors.PlanFileError, *_subclasses(errors.PlanFileError)]}
    assert len(actions) >= 8
    for action in actions:
        with_file = errors._message(action).format(file="plan.bakeryplan", reason="why")
        alone = errors._message_without_file(action).format(reason="why")
        assert with_file == f'{action} "plan.bakeryplan": why'
        assert alone == f"{action}: why"
