"""A disk that is full, for the tests of what BakeryPlan does when a write cannot finish.

Where the machine allows it (Linux, as root, ``mount`` permitted) the disk is real: a small
tmpfs mounted in the test's folder and filled up, so every writer, Qt's and SQLite's
included, meets the same ENOSPC the owner's full disk gives. Elsewhere the ``enospc``
variant makes the sync every file write of BakeryPlan goes through before it replaces
anything fail with ENOSPC for files in the folder, as a full network or delayed-allocation
disk does.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bakeryplan import atomic_files

DISK_SIZE = "4m"
PAGE = 4096


@dataclass
class FullDisk:
    """A folder on a disk that :meth:`fill` makes full (``kind`` says how)."""

    folder: Path
    kind: str
    monkeypatch: pytest.MonkeyPatch

    def fill(self, room: int = 0) -> None:
        """Leave about ``room`` bytes free (rounded down to whole pages on a real disk)."""
        if self.kind == "enospc":
            self.monkeypatch.setattr(atomic_files, "_fsync_file", _no_space_in(self.folder))
            return
        fd = os.open(self.folder / ".filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in (b"\0" * (1 << 20), b"\0" * PAGE):
                while True:
                    try:
                        os.write(fd, chunk)
                    except OSError as error:
                        assert error.errno == errno.ENOSPC
                        break
            size = os.fstat(fd).st_size
            os.ftruncate(fd, max(0, size - room // PAGE * PAGE))
        finally:
            os.close(fd)

    def others(self) -> list[str]:
        """The names in the folder besides the filler: what a failed write left behind."""
        return sorted(p.name for p in self.folder.iterdir() if p.name != ".filler")


def _no_space_in(folder: Path) -> Callable[[Path], None]:
    sync = atomic_files._fsync_file

    def fsync_file(path: Path) -> None:
        if folder in Path(path).parents:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        sync(path)

    return fsync_file


def can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and bool(shutil.which("mount"))


@pytest.fixture(params=["tmpfs", "enospc"])
def full_disk(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FullDisk]:
    """A folder whose disk can be filled: a real small tmpfs, or simulated ENOSPC."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if request.param == "enospc":
        yield FullDisk(folder, "enospc", monkeypatch)
        return
    if not can_mount():
        pytest.skip("a small disk cannot be mounted here (needs Linux and root)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a small disk cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield FullDisk(folder, "tmpfs", monkeypatch)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
