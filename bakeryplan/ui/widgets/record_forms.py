"""The add/edit forms of goals, measures, steps, people, feedback and reviews.

Each ``ask_*`` function shows a form through ``dialogs.exec_dialog`` and returns the new
value (not yet stored) or None when cancelled; the caller turns it into a command.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from bakeryplan.domain.model import (
    Business,
    Feedback,
    FeedbackSource,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Person,
    Perspective,
    Plan,
    Review,
    ReviewCadence,
    ReviewKind,
    Step,
)
from bakeryplan.domain.review_cadence import kind_for_next_review
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import decimal_mark, perspective_label
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.widgets.measure_form import ask_measure

__all__ = ["ask_business", "ask_feedback", "ask_goal", "ask_measure", "ask_person",
           "ask_review", "ask_step"]  # fmt: skip


def perspective_options() -> list[tuple[str, Any]]:
    return [(perspective_label(p), p) for p in Perspective]


def owner_options(plan: Plan, current: int | None) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = [(translate("forms", "Nobody yet"), None)]
    for person in plan.people:
        if person.active or person.id == current:
            options.append((person.name, person.id))
    return options


def goal_options(plan: Plan, *, exclude: int | None = None) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = [(translate("forms", "No goal"), None)]
    options += [(g.title, g.id) for g in plan.goals if g.id != exclude]
    return options


def goal_and_descendants(plan: Plan, goal_id: int) -> set[int]:
    """A goal and every goal below it: none of them can be the goal's parent."""
    found = {goal_id}
    children: dict[int, list[int]] = {}
    for goal in plan.goals:
        if goal.parent_id is not None:
            children.setdefault(goal.parent_id, []).append(goal.id)
    waiting = [goal_id]
    while waiting:
        for child in children.get(waiting.pop(), []):
            if child not in found:
                found.add(child)
                waiting.append(child)
    return found


def feedback_source_options() -> list[tuple[str, Any]]:
    labels = {
        FeedbackSource.TEAM: translate("forms", "Team"),
        FeedbackSource.CUSTOMER: translate("forms", "Customer"),
        FeedbackSource.SUPPLIER: translate("forms", "Supplier"),
    }
    return [(labels[s], s) for s in FeedbackSource]


def feedback_status_label(status: FeedbackStatus) -> str:
    return {
        FeedbackStatus.NEW: translate("forms", "New"),
        FeedbackStatus.ADOPTED: translate("forms", "Adopted"),
        FeedbackStatus.DECLINED: translate("forms", "Declined"),
        FeedbackStatus.PARKED: translate("forms", "Parked"),
    }[status]


def feedback_source_label(source: FeedbackSource) -> str:
    return dict((s, t) for t, s in feedback_source_options())[source]


def review_kind_options() -> list[tuple[str, Any]]:
    labels = {
        ReviewKind.HUDDLE: translate("forms", "Huddle"),
        ReviewKind.MONTHLY: translate("forms", "Monthly review"),
        ReviewKind.QUARTERLY: translate("forms", "Quarterly review"),
    }
    return [(labels[k], k) for k in ReviewKind]


def cadence_options() -> list[tuple[str, Any]]:
    labels = {
        ReviewCadence.NONE: translate("forms", "Not scheduled"),
        ReviewCadence.WEEKLY: translate("forms", "Every week (a huddle)"),
        ReviewCadence.MONTHLY: translate("forms", "Every month"),
        ReviewCadence.QUARTERLY: translate("forms", "Every quarter"),
    }
    return [(labels[c], c) for c in ReviewCadence]


def review_kind_label(kind: ReviewKind) -> str:
    return dict((k, t) for t, k in review_kind_options())[kind]


if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def _run(form: FormDialog) -> dict[str, Any] | None:
    if dialogs.exec_dialog(form) != QDialog.DialogCode.Accepted:
        return None
    return form.values()


def _edited(form: FormDialog, base: T) -> T | None:
    """``base`` with what the form now says; each field's key is the value's field name."""
    values = _run(form)
    return None if values is None else replace(base, **values)


def ask_goal(
    parent: QWidget | None,
    plan: Plan,
    goal: Goal | None = None,
    *,
    perspective: Perspective = Perspective.FINANCIAL,
    today: date | None = None,
) -> Goal | None:
    """The goal form; a new goal starts today and is due in a year by default."""
    start = today or date.today()
    base = goal or Goal(
        title="", perspective=perspective, start=start, due=start + timedelta(days=365)
    )
    form = FormDialog(
        translate("forms", "Edit goal") if goal else translate("forms", "New goal"),
        parent,
        locale_name=plan.business.locale,
    )
    form.add_text("title", translate("forms", "&Goal"), base.title, required=True)
    form.add_choice(
        "perspective", translate("forms", "&Area"), perspective_options(), base.perspective
    )
    form.add_choice(
        "owner_id", translate("forms", "&Owner"), owner_options(plan, base.owner_id), base.owner_id
    )
    form.add_date("start", translate("forms", "&Start"), base.start)
    form.add_date("due", translate("forms", "&Due"), base.due)
    status_options = [
        (translate("forms", "Active"), GoalStatus.ACTIVE),
        (translate("forms", "Done"), GoalStatus.DONE),
        (translate("forms", "Dropped"), GoalStatus.DROPPED),
    ]
    form.add_choice("status", translate("forms", "S&tatus"), status_options, base.status)
    parents: list[tuple[str, int | None]] = [(translate("forms", "Nothing: a main goal"), None)]
    below = goal_and_descendants(plan, base.id) if base.id else set()
    parents += [(g.title, g.id) for g in plan.goals if g.id not in below]
    form.add_choice("parent_id", translate("forms", "P&art of"), parents, base.parent_id)
    form.add_text("why", translate("forms", "&Why it matters"), base.why, multiline=True)
    return _edited(form, base)


def ask_step(parent: QWidget | None, plan: Plan, step: Step, *, is_new: bool) -> Step | None:
    form = FormDialog(
        translate("forms", "New step") if is_new else translate("forms", "Edit step"),
        parent,
        decimal_mark=decimal_mark(plan.business),
        locale_name=plan.business.locale,
    )
    form.add_text("title", translate("forms", "&Step"), step.title, required=True)
    form.add_choice(
        "owner_id", translate("forms", "&Owner"), owner_options(plan, step.owner_id), step.owner_id
    )
    form.add_date("due", translate("forms", "&Due"), step.due)
    form.add_date("done", translate("forms", "Do&ne on"), step.done)
    form.add_number("effort", translate("forms", "&Effort (hours)"), step.effort)
    form.add_number("cost", translate("forms", "&Cost"), step.cost)
    return _edited(form, step)


def ask_feedback_step(
    parent: QWidget | None, plan: Plan, feedback: Feedback, *, today: date
) -> Step | None:
    """A step made from feedback: its words as the title, its goal (or the first one), due
    in two weeks. The step goes last among its goal's steps."""
    goals = [(g.title, g.id) for g in plan.goals if g.status is GoalStatus.ACTIVE]
    goals = goals or [(g.title, g.id) for g in plan.goals]
    linked = feedback.goal_id if any(gid == feedback.goal_id for _, gid in goals) else None
    form = FormDialog(
        translate("forms", "Make a step of feedback"), parent, locale_name=plan.business.locale
    )
    form.add_text(
        "title", translate("forms", "&Step"), " ".join(feedback.text.split()), required=True
    )
    form.add_choice(
        "goal_id", translate("forms", "&Goal"), goals, linked if linked is not None else goals[0][1]
    )
    form.add_choice("owner_id", translate("forms", "&Owner"), owner_options(plan, None), None)
    form.add_date("due", translate("forms", "&Due"), today + timedelta(days=14))
    values = _run(form)
    if values is None:
        return None
    goal_id = values["goal_id"]
    position = max((s.position for s in plan.steps_of(goal_id)), default=-1) + 1
    return Step(
        goal_id=goal_id,
        title=values["title"],
        owner_id=values["owner_id"],
        due=values["due"],
        position=position,
    )


def ask_person(parent: QWidget | None, person: Person | None) -> Person | None:
    base = person or Person(name="")
    form = FormDialog(
        translate("forms", "Edit person") if person else translate("forms", "New person"), parent
    )
    form.add_text("name", translate("forms", "&Name"), base.name, required=True)
    form.add_text("role", translate("forms", "&Role"), base.role)
    form.add_check("active", translate("forms", "&Active"), base.active)
    return _edited(form, base)


def ask_feedback(
    parent: QWidget | None, plan: Plan, feedback: Feedback | None, *, today: date
) -> Feedback | None:
    base = feedback or Feedback(received=today, source=FeedbackSource.CUSTOMER, text="")
    form = FormDialog(
        translate("forms", "Edit feedback") if feedback else translate("forms", "New feedback"),
        parent,
        locale_name=plan.business.locale,
    )
    form.add_text("text", translate("forms", "&Feedback"), base.text, required=True, multiline=True)
    form.add_choice("source", translate("forms", "&Source"), feedback_source_options(), base.source)
    form.add_text("from_name", translate("forms", "&From"), base.from_name)
    form.add_date("received", translate("forms", "&Received"), base.received, optional=False)
    form.add_choice("goal_id", translate("forms", "&Linked goal"), goal_options(plan), base.goal_id)
    statuses = [(feedback_status_label(s), s) for s in FeedbackStatus]
    form.add_choice("status", translate("forms", "S&tatus"), statuses, base.status)
    form.add_text("response", translate("forms", "&Response"), base.response, multiline=True)
    return _edited(form, base)


def ask_review(
    parent: QWidget | None, plan: Plan, review: Review | None, *, today: date
) -> Review | None:
    """The review form; a new review is held today and, as reviews follow a rhythm, is of
    the kind the plan's cadence (or else the last review) says. A review edited here keeps
    its snapshot and explanations."""
    base = review or Review(held=today, kind=kind_for_next_review(plan, today))
    form = FormDialog(
        translate("forms", "Edit review") if review else translate("forms", "New review"),
        parent,
        locale_name=plan.business.locale,
    )
    form.add_date("held", translate("forms", "&Held on"), base.held, optional=False)
    form.add_choice("kind", translate("forms", "&Kind"), review_kind_options(), base.kind)
    form.add_text("notes", translate("forms", "&Notes"), base.notes, multiline=True)
    form.add_text("decisions", translate("forms", "&Decisions"), base.decisions, multiline=True)
    return _edited(form, base)


COMMON_LOCALES = (
    "en_GB", "en_IE", "en_US", "en_CA", "en_AU", "en_NZ", "en_ZA", "en_IN", "de_DE", "de_AT",
    "de_CH", "fr_FR", "fr_BE", "fr_CH", "fr_CA", "nl_NL", "nl_BE", "it_IT", "es_ES", "es_MX",
    "pt_PT", "pt_BR", "sv_SE", "nb_NO", "da_DK", "fi_FI", "is_IS", "pl_PL", "cs_CZ", "hu_HU",
    "ro_RO", "bg_BG", "el_GR", "tr_TR", "ja_JP", "zh_CN", "ko_KR",
)  # fmt: skip


def ask_business(parent: QWidget | None, business: Business) -> Business | None:
    """Name, owner, currency, locale, fiscal year start and first day of the week.

    Currency and locale are checked by the JSON import's own rule, so a plan edited here
    can always be exported and read back (``bakeryplan new --from``).
    """
    form = FormDialog(translate("forms", "Business details"), parent)
    form.add_text("name", translate("forms", "&Business name"), business.name, required=True)
    form.add_text("owner", translate("forms", "&Owner"), business.owner)
    form.add_editable_choice(
        "currency",
        translate("forms", "&Currency (like EUR, GBP, USD)"),
        _currency_options(business),
        business.currency,
    )
    form.add_editable_choice(
        "locale",
        translate("forms", "&Language and country"),
        _locale_options(business),
        business.locale,
    )
    months = [(QLocale().monthName(m), m) for m in range(1, 13)]
    form.add_choice(
        "fiscal",
        translate("forms", "&Financial year starts in"),
        months,
        business.fiscal_year_start,
    )
    # date.weekday() numbers (Monday 0); QLocale counts Monday as 1.
    days = [(QLocale().dayName(day + 1), day) for day in range(7)]
    form.add_choice(
        "week_start", translate("forms", "&Weeks start on"), days, business.week_start % 7
    )
    _week_start_follows_locale(form)
    form.add_choice(
        "review_cadence",
        translate("forms", "&Review the plan"),
        cadence_options(),
        business.review_cadence,
    )
    form.add_rule(lambda values: _business_problem(_business_from(values, business)))
    values = _run(form)
    return None if values is None else _business_from(values, business)


def _week_start_follows_locale(form: FormDialog) -> None:
    """A locale picked or typed sets the first day of the week its country counts from
    (Sunday in the United States), until the owner picks the day by hand: weeks, and so
    every weekly figure, are counted from it."""
    from bakeryplan.store.locale_calendar import first_weekday

    locale, week = form.widget("locale"), form.widget("week_start")
    assert isinstance(locale, QComboBox) and isinstance(week, QComboBox)
    picked = {"by_hand": False}

    def follow() -> None:
        values = form.typed_values()
        if values is not None and values["locale"] and not picked["by_hand"]:
            form.set_choice("week_start", first_weekday(values["locale"]))

    week.activated.connect(lambda _index: picked.update(by_hand=True))
    locale.currentIndexChanged.connect(follow)
    locale.editTextChanged.connect(follow)


def _business_from(values: dict[str, Any], business: Business) -> Business:
    return replace(
        business,
        name=values["name"],
        owner=values["owner"],
        currency=values["currency"].upper(),
        locale=values["locale"] or business.locale,
        fiscal_year_start=values["fiscal"],
        week_start=values["week_start"],
        review_cadence=values.get("review_cadence", business.review_cadence),
    )


def _business_problem(business: Business) -> tuple[str, str] | None:
    """What the plan file's import would refuse, in words, and the field to put right."""
    from bakeryplan.store.errors import InterchangeError
    from bakeryplan.store.interchange_fields import Record
    from bakeryplan.store.interchange_tables import check_business

    try:
        check_business(Record("business", {}), business)
    except InterchangeError as refused:
        if refused.field == "currency":
            return translate(
                "forms", "Currency: pick one from the list, or type a code such as EUR or GBP."
            ), "currency"
        if refused.field == "locale":
            return translate("forms", "Language and country: pick one from the list."), "locale"
        return refused.message, "fiscal"  # a month from the list: not seen in practice
    return None


def _currency_options(business: Business) -> list[tuple[str, str]]:
    """("EUR", "Euro (EUR)") pairs: the common currencies, named in the plan's language.

    A code not among them is shown as typed, so one the import refuses is never offered.
    """
    from bakeryplan.ui.wizards.business_defaults import currency_choices

    return currency_choices(business.locale, "")


def _locale_options(business: Business) -> list[tuple[str, str]]:
    """("en_GB", "English (United Kingdom)") pairs: each named in its own language, no code
    shown (two with the same name, such as a script variant, keep the code to tell apart)."""
    from babel import Locale, UnknownLocaleError

    names = list(COMMON_LOCALES)
    if business.locale and business.locale not in names:
        names.insert(0, business.locale)
    options = []
    for name in names:
        try:
            shown = Locale.parse(name).get_display_name() or name
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        options.append((name, shown))
    named = [text for _, text in options]
    return [(code, f"{text} ({code})" if named.count(text) > 1 else text) for code, text in options]
