"""A folder that becomes read-only, for the tests of plans that cannot be written beside.

As root (where file permissions are not enforced) the folder is a small tmpfs remounted
read-only, as a write-protected USB stick or network share is; otherwise its permissions
are taken away.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.full_disk import can_mount


@dataclass
class ReadOnlyDisk:
    folder: Path
    mounted: bool

    def protect(self) -> None:
        """From now on nothing can be created, changed or removed in the folder."""
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)
        else:
            self.folder.chmod(0o555)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[ReadOnlyDisk]:
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() != 0:
        yield ReadOnlyDisk(folder, mounted=False)
        folder.chmod(0o755)
        return
    if not can_mount():
        pytest.skip("a read-only disk cannot be mounted here, and root ignores permissions")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a read-only disk cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield ReadOnlyDisk(folder, mounted=True)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
