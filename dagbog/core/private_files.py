"""Files Dagbog writes that hold case data: readable by their owner only, put in place whole.

The diary is created 0600 on POSIX (``db._create_private_file``); every file made from it
must be as private: PDFs, letters, the portable case file, calendar files, backups and the
copy made before a migration. :func:`replacing` writes to a temporary file beside the target
(``mkstemp`` makes it 0600), flushes it to disk and renames it over the target only when it is
complete, so a half-written file never replaces a good one. On Windows the modes do nothing;
the files live in the user's own folders.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

#: Read and write for the owner, nothing for anyone else.
PRIVATE_MODE = 0o600


def make_private(path: Path | str) -> None:
    """Make an existing file readable and writable by its owner only (POSIX)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_MODE)


def create_private(path: Path | str) -> None:
    """Create ``path`` empty and private if it does not exist, or make it private if it does.

    For files another library fills in (SQLite's backup API), so they are never readable by
    others, not even for a moment.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE)
    except OSError:
        return
    os.close(fd)
    make_private(path)


@contextmanager
def replacing(path: Path | str) -> Iterator[BinaryIO]:
    """A private binary file that takes ``path``'s place when the ``with`` block ends cleanly."""
    import tempfile  # not at start-up: only writers need it

    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        make_private(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_private(path: Path | str, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole and private."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with replacing(path) as handle:
        handle.write(data)


def open_private_append(path: Path | str):
    """A text file opened for appending, created private (for the error log)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
    fd = os.open(path, flags, PRIVATE_MODE)
    make_private(path)
    return os.fdopen(fd, "a", encoding="utf-8", errors="replace")
