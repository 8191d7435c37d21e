"""Writing a file so that it appears complete or not at all.

Every file BakeryPlan writes (plans, backups, exports) goes through here: the bytes go to a
hidden temporary file in the target's folder, are synced to disk, get their permissions,
and only then take the target's name (``os.replace``, or a hard link when an existing file
must never be replaced); the folder is synced so the new name survives a power cut. On any
failure the temporary file is removed and the old file is left as it was. A writer that
cannot report its own failures (Qt's PDF writer goes on after a full disk) passes ``check``:
the finished bytes are looked at before they may replace anything.

Temporary names carry the writing process's id, so the files a crash left behind are
recognised and removed the next time anything is written there (or a plan there is opened),
while the file another running process is still writing is left alone.

Exports are for sharing, so they get the ordinary permissions (those of the file they
replace, else ``0o666`` less the umask); plan files and backups pass ``mode=PRIVATE``.
Errors name the user's path, never the hidden temporary file.

This module imports nothing of the package (and no Qt), so every layer may use it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

PRIVATE = 0o600  # plan files and backups: the owner only
_TEMP_NAME_CHARS = 100  # keeps ".<name>.<pid>-<random>.tmp" within a file name's 255 bytes
#: A temporary file of this module: ".<target name>.<pid>-<random>.tmp", an older release's
#: ".<target name>.<random>.tmp", and the journal SQLite may leave beside either.
_TEMP_FILE = re.compile(
    r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.tmp(?:-journal)?$", re.DOTALL
)
#: A temporary file without a process id is left alone this long (its writer may still run).
_UNOWNED_TEMP_AGE_S = 3600.0

_REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.EEXIST: "a file of that name already exists",
}


class AtomicWriteError(OSError):
    """A write that failed, told in terms of the user's path; ``errno`` is the cause's.

    Its text is one line that also says what became of the file: "the disk is full:
    /home/mia/plan.pdf was not changed" (or "was not written" when there was none).
    """

    def __init__(
        self, path: Path, reason: str, error_number: int | None = None, *, existed: bool = True
    ) -> None:
        super().__init__(error_number, reason)
        self.path = path
        self.reason = reason
        self.existed = existed
        self.filename = str(path)

    def __str__(self) -> str:
        outcome = "was not changed" if self.existed else "was not written"
        return f"{self.reason}: {self.path} {outcome}"


class IncompleteFileError(OSError):
    """Raised by a ``check``: the finished temporary file is not a whole file of its kind."""


@dataclass
class PendingFile:
    """The temporary file of an :func:`atomic_replace` block, and a way to drop it."""

    temp: Path
    target: Path
    cancelled: bool = False

    def cancel(self) -> None:
        """Leave the target untouched: the temporary file is removed when the block ends."""
        self.cancelled = True


@contextmanager
def atomic_replace(
    path: str | os.PathLike[str],
    *,
    mode: int | None = None,
    overwrite: bool = True,
    check: Callable[[Path], None] | None = None,
) -> Iterator[PendingFile]:
    """A temporary file next to ``path`` for the block to fill (by name, e.g. for SQLite or
    a PDF writer); it takes ``path``'s name when the block ends without an exception.

    ``mode`` None gives the ordinary permissions (see module doc). ``overwrite=False``
    never replaces an existing file (raises with ``errno.EEXIST``). ``check`` is called
    with the synced temporary file and raises :class:`IncompleteFileError` (or any OSError)
    when it is not whole; the target is then left as it was.
    """
    target = Path(path)
    folder = target.parent
    existed = target.exists()
    remove_stale_temporaries(folder, name=target.name)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name[:_TEMP_NAME_CHARS]}.{os.getpid()}-", suffix=".tmp", dir=folder
        )
    except OSError as error:
        raise _explained(target, error, existed=existed) from error
    os.close(fd)
    pending = PendingFile(Path(temp_name), target)
    try:
        try:
            yield pending
        except AtomicWriteError:
            raise
        except OSError as error:  # the caller's writing: its cause may be anything
            raise _explained(target, error, temp=pending.temp, existed=existed) from error
        if pending.cancelled:
            return
        _fsync_file(pending.temp)
        if check is not None:
            check(pending.temp)
        os.chmod(pending.temp, _ordinary_mode(target) if mode is None else mode)
        _move_into_place(pending.temp, target, overwrite=overwrite)
        fsync_folder(folder)
    except AtomicWriteError:
        raise
    except OSError as error:
        raise _explained(target, error, existed=existed) from error
    finally:
        with suppress(OSError):
            pending.temp.unlink()


def atomic_write(
    path: str | os.PathLike[str],
    write: Callable[[IO[bytes]], None],
    *,
    mode: int | None = None,
    overwrite: bool = True,
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Run ``write`` on a binary handle and put what it wrote at ``path`` atomically.

    The synced file must hold every byte written (and pass ``check``, if given) before it
    may replace anything.
    """
    written = 0

    def whole(temp: Path) -> None:
        size = temp.stat().st_size
        if size != written:
            raise IncompleteFileError(
                errno.EIO, f"only {size} of {written} bytes reached the disk", str(temp)
            )
        if check is not None:
            check(temp)

    with (
        atomic_replace(path, mode=mode, overwrite=overwrite, check=whole) as pending,
        pending.temp.open("wb") as handle,
    ):
        write(handle)
        handle.flush()
        written = handle.tell()
    return pending.target


def remove_stale_temporaries(folder: Path, *, name: str | None = None) -> list[Path]:
    """Remove the temporary files a crashed writer left in ``folder``; returns them.

    Only files named as this module names them (of the target ``name``, or of any target
    when ``name`` is None), and only when their writer is gone: a process id that no longer
    runs on this computer, or, without one (an older release), an hour's age. Never raises:
    cleaning up must not stop the write that does it.
    """
    removed: list[Path] = []
    wanted = None if name is None else name[:_TEMP_NAME_CHARS]
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_FILE.match(entry.name)
        if match is None or (wanted is not None and match["name"] != wanted):
            continue
        with suppress(OSError):
            if not entry.is_file(follow_symlinks=False) or not _writer_gone(entry, match["pid"]):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _writer_gone(entry: os.DirEntry[str], pid_text: str | None) -> bool:
    if pid_text is None or sys.platform == "win32":  # Windows: os.kill(pid, 0) is Ctrl+C
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > _UNOWNED_TEMP_AGE_S
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # this process: another thread may be writing it now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False  # another user's process (or no such number): leave it
    return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only handles opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _move_into_place(temp: Path, target: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if the name is taken: no window for a race
    except FileExistsError:
        raise
    except OSError:  # file systems without hard links (FAT, some network shares)
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(temp, target)


def _ordinary_mode(target: Path) -> int:
    """The replaced file's permissions, else those of any new file (``0o666`` less umask)."""
    try:
        status = target.stat()
    except OSError:
        return 0o666 & ~_umask()
    if stat.S_ISREG(status.st_mode):
        return stat.S_IMODE(status.st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask; read from /proc where possible, since setting it is not thread-safe."""
    with suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def reason_for(error: OSError) -> str:
    """An OSError's cause in the owner's words: "the disk is full", "permission denied"."""
    if isinstance(error, AtomicWriteError):
        return error.reason
    return _REASONS.get(error.errno or -1) or error.strerror or str(error) or "unknown error"


def _explained(
    target: Path, error: OSError, *, temp: Path | None = None, existed: bool = True
) -> AtomicWriteError:
    """The error in the user's terms. A failure inside the caller's own writing keeps its
    message (it may be about another file) unless the disk is full or read-only, and any
    mention of the temporary file becomes the target's name."""
    known = _REASONS if temp is None else {e: _REASONS[e] for e in (errno.ENOSPC, errno.EROFS)}
    reason = known.get(error.errno or -1)
    if reason is None and error.strerror and error.filename is not None and temp is not None:
        reason = f"{error.strerror} ({error.filename})"
    reason = reason or error.strerror or str(error) or "unknown error"
    if temp is not None:
        reason = reason.replace(str(temp), str(target))
    return AtomicWriteError(target, reason, error.errno, existed=existed)
