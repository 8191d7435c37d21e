"""SQLite's own words for a full or failing disk, turned into the OSError the file layer
explains ("the disk is full: ... was not written").

SQLite reports a full disk as ``sqlite3.OperationalError("database or disk is full")``;
:mod:`bakeryplan.atomic_files` and the command line know OSErrors, and a full disk must
read the same wherever it happens.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sqlite_disk_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Inside the block, SQLite's full disk or I/O error on ``path`` is an OSError."""
    try:
        yield
    except sqlite3.OperationalError as error:
        code = getattr(error, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path)) from error
        if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path)) from error
        raise
