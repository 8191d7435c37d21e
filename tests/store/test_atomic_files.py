"""The one way files are written: complete or not at all, with the right permissions."""

from __future__ import annotations

import ast
import errno
import os
import stat
from datetime import date
from pathlib import Path
from typing import IO

import pytest

import bakeryplan.atomic_files as atomic_files
from bakeryplan.atomic_files import PRIVATE, AtomicWriteError, atomic_replace, atomic_write
from bakeryplan.reports.csv_export import export_status_csv
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.interchange import dump_json

TODAY = date(2026, 11, 27)
TODAY_PLAN = demo_plan(TODAY)


def writes(data: bytes):  # type: ignore[no-untyped-def]
    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    return write


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_bytes_and_returns_the_path(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    assert atomic_write(target, writes(b"hello")) == target
    assert target.read_bytes() == b"hello"
    assert only(tmp_path) == ["out.bin"]


def test_a_new_export_gets_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "new.txt", writes(b"x"))
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "new.txt") == 0o640


def test_a_replaced_export_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.txt"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write(target, writes(b"new"))
    assert (target.read_bytes(), mode_of(target)) == (b"new", 0o644)


def test_private_files_are_owner_only_even_over_a_shared_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.bakeryplan"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write(target, writes(b"new"), mode=PRIVATE)
    assert mode_of(target) == 0o600


@pytest.mark.parametrize("failure", [ValueError("bad figure"), OSError("disk trouble")])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, failure: Exception
) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"good")

    def write(handle: IO[bytes]) -> None:
        handle.write(b"half")
        raise failure

    with pytest.raises(type(failure)) as caught:
        atomic_write(target, write)
    assert target.read_bytes() == b"good"
    assert only(tmp_path) == ["out.json"]
    if isinstance(failure, OSError):
        assert str(caught.value) == f"disk trouble: {target} was not changed"


def test_a_failed_move_leaves_the_old_file_and_names_the_users_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"good")

    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(src))

    monkeypatch.setattr(atomic_files.os, "replace", no_space)
    with pytest.raises(AtomicWriteError) as caught:
        atomic_write(target, writes(b"new"))
    assert str(caught.value) == f"the disk is full: {target} was not changed"
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"good"
    assert only(tmp_path) == ["out.csv"]


def test_a_missing_folder_is_named_as_such(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "out.json"
    with pytest.raises(AtomicWriteError) as caught:
        atomic_write(target, writes(b"x"))
    assert str(caught.value) == f"the folder does not exist: {target} was not written"
    assert isinstance(caught.value, OSError)
    assert only(tmp_path) == []


def test_the_temporary_name_never_reaches_the_user(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(AtomicWriteError) as caught, atomic_replace(target) as pending:
        raise OSError(f"cannot open {pending.temp}")
    assert str(caught.value) == f"cannot open {target}: {target} was not written"


def test_no_overwrite_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.bakeryplan"
    target.write_bytes(b"mine")
    with pytest.raises(AtomicWriteError) as caught:
        atomic_write(target, writes(b"other"), overwrite=False)
    assert caught.value.errno == errno.EEXIST
    assert target.read_bytes() == b"mine"
    assert only(tmp_path) == ["plan.bakeryplan"]


def test_a_cancelled_write_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "backup.bakeryplan"
    with atomic_replace(target) as pending:
        pending.temp.write_bytes(b"same as before")
        pending.cancel()
    assert only(tmp_path) == []


def test_json_and_csv_exports_are_not_owner_only(tmp_path: Path) -> None:
    mask = current_umask()
    dump_json(TODAY_PLAN, tmp_path / "plan.json")
    export_status_csv(TODAY_PLAN, tmp_path / "status.csv", on=TODAY)
    assert mode_of(tmp_path / "plan.json") == 0o666 & ~mask
    assert mode_of(tmp_path / "status.csv") == 0o666 & ~mask


def test_the_module_imports_nothing_of_the_package_and_no_qt() -> None:
    tree = ast.parse(Path(atomic_files.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {m for m in imported if m.startswith(("bakeryplan", "PySide6"))}


def test_a_file_the_check_refuses_never_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF- good")

    def refuse(temp: Path) -> None:
        raise atomic_files.IncompleteFileError(errno.EIO, "the PDF is cut short", str(temp))

    with pytest.raises(AtomicWriteError) as caught:
        atomic_write(target, writes(b"%PDF- cut"), check=refuse)
    assert str(caught.value) == f"the PDF is cut short: {target} was not changed"
    assert target.read_bytes() == b"%PDF- good"
    assert only(tmp_path) == ["out.pdf"]


def dead_process_id() -> int:
    """The id of a process that has finished (ids are not reused at once)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporaries_of_a_crashed_writer_are_removed_at_the_next_write(tmp_path: Path) -> None:
    dead, alive = dead_process_id(), os.getpid()
    left = {
        f".out.json.{dead}-abcd1234.tmp": True,  # its writer is gone
        f".out.json.{dead}-abcd1234.tmp-journal": True,
        ".out.json.old_name.tmp": True,  # an older release's, an hour old
        f".out.json.{alive}-efgh5678.tmp": False,  # still being written
        ".out.json.recentxy.tmp": False,  # an older release's, maybe still writing
        f".other.json.{dead}-abcd1234.tmp": False,  # another file's: cleaned when it is
        "notes.tmp": False,  # not ours
    }
    for name in left:
        (tmp_path / name).write_bytes(b"half")
    hour_ago = os.path.getmtime(tmp_path / ".out.json.old_name.tmp") - 3700
    os.utime(tmp_path / ".out.json.old_name.tmp", (hour_ago, hour_ago))
    atomic_write(tmp_path / "out.json", writes(b"{}"))
    kept = sorted(name for name, stale in left.items() if not stale)
    assert only(tmp_path) == sorted([*kept, "out.json"])
    assert atomic_files.remove_stale_temporaries(tmp_path) == [
        tmp_path / f".other.json.{dead}-abcd1234.tmp"
    ]
