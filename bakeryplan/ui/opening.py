"""Opening, creating and restoring plan files, with a clear dialog for each problem.

A plan can be in use by another running copy, come from a newer version, be damaged, or
not be a plan at all. Each case gets its own plain message and, where there is one, a
way forward (read-only, restore a backup); the file itself is never changed by a refusal.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from bakeryplan.editing.document import PlanDocument, today_from_environment
from bakeryplan.store.errors import (
    FILE_ERRORS,
    DamagedPlanError,
    NewerVersionError,
    NotAPlanError,
    PlanLockedElsewhereError,
    PlanLockedError,
    PlanNotFoundError,
    WriteProtectedError,
)
from bakeryplan.store.paths import PLAN_SUFFIX, default_plans_dir
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.formatter import language_formatter
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs, settings

if TYPE_CHECKING:
    from bakeryplan.store.backups import BackupInfo

log = logging.getLogger(__name__)

OPEN_ERRORS = FILE_ERRORS  # what opening a file may meet; anything else is a bug


def open_plan_interactive(parent: QWidget | None, path: Path) -> PlanDocument | None:
    """Open ``path`` for editing, asking the user what to do when that is not possible."""
    return _open(parent, Path(path), offer_restore=True)


def _open(parent: QWidget | None, path: Path, *, offer_restore: bool) -> PlanDocument | None:
    try:
        # The backup of opening waits until the window is on screen (PlanDocument).
        return _document(PlanRepository.open(path, back_up=False))
    except PlanLockedElsewhereError as error:
        return _offer_read_only_or_take_over(parent, path, error)
    except PlanLockedError as error:
        return _offer_read_only(parent, path, error)
    except WriteProtectedError as error:
        return _offer_read_only_when_protected(parent, path, error)
    except NewerVersionError:
        dialogs.show_info(
            parent,
            translate("opening", "Plan from a newer version"),
            translate(
                "opening",
                '"{name}" was saved by a newer version of BakeryPlan. It opens read-only '
                "so that nothing in it is lost; update BakeryPlan to edit it.",
            ).format(name=path.name),
        )
        return _open_read_only(parent, path)
    except DamagedPlanError:
        if offer_restore:
            return _offer_restore(parent, path)
        _show_open_error(parent, path, DamagedPlanError(path))
        return None
    except OPEN_ERRORS as error:
        _show_open_error(parent, path, error)
        return None


def _document(repository: PlanRepository) -> PlanDocument:
    """A document for an open repository; the file is remembered for next time."""
    try:
        document = PlanDocument(repository)
    except BaseException:
        repository.close()
        raise
    settings.add_recent_file(document.path)
    return document


def _open_read_only(parent: QWidget | None, path: Path) -> PlanDocument | None:
    try:
        return _document(PlanRepository.open(path, read_only=True))
    except DamagedPlanError:
        return _offer_restore(parent, path)
    except OPEN_ERRORS as error:
        _show_open_error(parent, path, error)
        return None


def _offer_read_only(
    parent: QWidget | None, path: Path, error: PlanLockedError
) -> PlanDocument | None:
    if not dialogs.ask(
        parent,
        translate("opening", "Plan in use"),
        translate(
            "opening",
            '"{name}" is open for editing elsewhere:\n{holder}.\n\n'
            "You can look at it here read-only,\nor cancel and switch to the other copy.",
        ).format(name=path.name, holder=error.holder),
        translate("opening", "Open read-only"),
    ):
        return None
    return _open_read_only(parent, path)


def _offer_read_only_or_take_over(
    parent: QWidget | None, path: Path, error: PlanLockedElsewhereError
) -> PlanDocument | None:
    """Another computer's lock: read-only, or, once the owner confirms that BakeryPlan no
    longer runs there, take the lock over (as LibreOffice offers for its lock files)."""
    choice = dialogs.ask_among(
        parent,
        translate("opening", "Plan in use on another computer"),
        translate(
            "opening",
            '"{name}" is open for editing on another computer:\n{holder}.\n\n'
            "You can look at it here read-only. If BakeryPlan no longer runs there (the "
            "computer was switched off or the app stopped), you can take the plan over and "
            "edit it here.",
        ).format(name=path.name, holder=error.holder),
        [translate("opening", "Open read-only"), translate("opening", "Take over…")],
    )
    if choice is None:
        return None
    if choice == 0:
        return _open_read_only(parent, path)
    if not dialogs.confirm(
        parent,
        translate("opening", "Take over the plan"),
        translate(
            "opening",
            'Take "{name}" over from the computer "{host}"? Do this only if BakeryPlan is '
            "not running there any more: if both edit the plan, changes made there will be "
            "lost.",
        ).format(name=path.name, host=error.host),
    ):
        return None
    try:
        return _document(PlanRepository.open(path, back_up=False, take_over=True))
    except OPEN_ERRORS as failure:
        _show_open_error(parent, path, failure)
        return None


def _offer_read_only_when_protected(
    parent: QWidget | None, path: Path, error: WriteProtectedError
) -> PlanDocument | None:
    if not dialogs.ask(
        parent,
        translate("opening", "Plan is read-only"),
        translate(
            "opening", '"{name}" cannot be changed here: {reason}.\n\nYou can look at it read-only.'
        ).format(name=path.name, reason=error.reason),
        translate("opening", "Open read-only"),
    ):
        return None
    return _open_read_only(parent, path)


def backup_reason_text(reason: str) -> str:
    """Why a backup was made, in words."""
    reasons = {
        "open": translate("opening", "made when the plan was opened"),
        "daily": translate("opening", "daily backup"),
        "create": translate("opening", "made when the plan was created"),
        "manual": translate("opening", "made by hand"),
        "before-restore": translate("opening", "the plan as it was before a restore"),
        "before-restore-damaged": translate("opening", "the damaged file, kept before a restore"),
    }
    if reason in reasons:
        return reasons[reason]
    if reason.startswith("before-upgrade"):
        return translate("opening", "made before an upgrade to a newer version")
    return reason.replace("-", " ")


def backup_label(backup: BackupInfo) -> str:
    """E.g. "27 Nov 2026, 10:31:05: daily backup (48 KB)", in local time.

    Seconds and size tell apart backups made in the same minute.
    """
    made = backup.made.astimezone()
    try:
        size = QLocale().formattedDataSize(backup.path.stat().st_size)
    except OSError:
        size = translate("opening", "size unknown")
    return translate("opening", "{when}: {reason} ({size})").format(
        when=language_formatter().date_time(made, seconds=True),
        reason=backup_reason_text(backup.reason),
        size=size,
    )


def _backups_newest_first(path: Path) -> list[BackupInfo]:
    from bakeryplan.store.backups import list_backups

    return sorted(list_backups(path), key=lambda backup: backup.made, reverse=True)


def _offer_restore(parent: QWidget | None, path: Path) -> PlanDocument | None:
    backups = _backups_newest_first(path)
    if not backups:
        dialogs.show_error(
            parent,
            translate("opening", "Plan file damaged"),
            translate(
                "opening",
                '"{name}" is damaged or incomplete, so it cannot be opened, and there is no '
                "backup of it yet. The file has not been changed.",
            ).format(name=path.name),
        )
        return None
    choice = dialogs.choose(
        parent,
        translate("opening", "Plan file damaged"),
        translate(
            "opening",
            '"{name}" is damaged or incomplete, so it cannot be opened.\n'
            "The file has not been changed.\n\n"
            "Pick a backup to restore (the damaged file is kept as a backup too):",
        ).format(name=path.name),
        [backup_label(b) for b in backups],
    )
    if choice is None:
        return None
    if not _restore(parent, path, backups[choice]):
        return None
    return _open(parent, path, offer_restore=False)


def _restore(parent: QWidget | None, path: Path, backup: BackupInfo) -> bool:
    from bakeryplan.store.backups import restore_backup

    try:
        restore_backup(path, backup.path)
    except OPEN_ERRORS as error:
        log.warning("Restoring %s from %s failed: %s", path, backup.path, error)
        dialogs.show_error(
            parent,
            translate("opening", "Backup not restored"),
            translate("opening", "The backup could not be restored: {reason}").format(
                reason=str(error)
            ),
        )
        return False
    return True


def restore_backup_interactive(
    parent: QWidget | None, document: PlanDocument
) -> PlanDocument | None:
    """File > Restore from backup. None: nothing changed, keep using ``document``.

    Otherwise ``document`` has been closed and the returned one replaces it.
    """
    path = document.path
    backups = _backups_newest_first(path)
    if not backups:
        dialogs.show_info(
            parent,
            translate("opening", "Restore from backup"),
            translate("opening", "There are no backups of this plan yet."),
        )
        return None
    choice = dialogs.choose(
        parent,
        translate("opening", "Restore from backup"),
        translate("opening", "Pick the backup to go back to:"),
        [backup_label(b) for b in backups],
    )
    if choice is None:
        return None
    backup = backups[choice]
    if not dialogs.confirm(
        parent,
        translate("opening", "Restore from backup"),
        translate(
            "opening",
            'Replace "{name}" with the backup from {when}? The plan as it is now is backed '
            "up first, so you can come back to it the same way.",
        ).format(name=path.name, when=backup_label(backup)),
    ):
        return None
    document.close()  # the restore needs the file's lock
    _restore(parent, path, backup)
    return _open(parent, path, offer_restore=False)


def new_plan_interactive(parent: QWidget | None) -> PlanDocument | None:
    """Run the new-plan wizard; the new plan's document, or None when cancelled."""
    from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard

    wizard = NewPlanWizard(today_from_environment(), parent)
    try:
        accepted = dialogs.exec_dialog(wizard) == QDialog.DialogCode.Accepted
        if not accepted or wizard.repository is None:
            return None
        document = _document(wizard.repository)
        write_vision_next = wizard.write_vision_next()
    finally:
        wizard.deleteLater()
    if write_vision_next:
        from bakeryplan.ui.wizards.vision_wizard import run_vision_wizard

        run_vision_wizard(parent, document)
    from bakeryplan.ui.first_goal import offer_first_goal

    offer_first_goal(parent, document)
    return document


def demo_plan_path() -> Path:
    """The sample bakery's file, named as the bakery is in the window's language."""
    from bakeryplan.store.demo import demo_business_name
    from bakeryplan.text.translate import current_language

    return default_plans_dir() / f"{demo_business_name(current_language())}{PLAN_SUFFIX}"


def open_demo_interactive(parent: QWidget | None) -> PlanDocument | None:
    """Open the sample bakery, making its file first if it is not there yet."""
    path = demo_plan_path()
    if not path.exists():
        from bakeryplan.store.demo import demo_plan
        from bakeryplan.text.translate import current_language

        try:
            demo = demo_plan(today_from_environment(), current_language())
            PlanRepository.create(path, demo).close()
        except OPEN_ERRORS as error:
            dialogs.show_error(
                parent,
                translate("opening", "Demo not created"),
                translate("opening", "The demo plan could not be created: {reason}").format(
                    reason=str(error)
                ),
            )
            return None
    return open_plan_interactive(parent, path)


def ask_and_open_plan(parent: QWidget | None) -> PlanDocument | None:
    """Ask for a plan file, then open it."""
    path = dialogs.ask_open_plan(parent)
    return open_plan_interactive(parent, path) if path is not None else None


def _show_open_error(parent: QWidget | None, path: Path, error: BaseException) -> None:
    if isinstance(error, NotAPlanError):
        title = translate("opening", "Not a plan")
        text = translate(
            "opening",
            '"{name}" is not a BakeryPlan plan, so it cannot be opened here. '
            "The file has not been changed.",
        ).format(name=path.name)
    elif isinstance(error, PlanNotFoundError):
        title = translate("opening", "Plan not found")
        text = translate(
            "opening", '"{name}" is no longer there. It may have been moved or renamed.'
        ).format(name=path.name)
        settings.remove_recent_file(path)
    elif isinstance(error, DamagedPlanError):
        title = translate("opening", "Plan file damaged")
        text = translate(
            "opening", '"{name}" is damaged and could not be repaired from a backup.'
        ).format(name=path.name)
    else:
        title = translate("opening", "Plan not opened")
        text = translate("opening", '"{name}" could not be opened: {reason}').format(
            name=path.name, reason=str(error)
        )
    dialogs.show_error(parent, title, text)
