"""Opening the diary file: pragmas, file permissions, health check, lock and migration.

Before the app's connection touches a file, :func:`check_file` reads it through a separate
read-only connection and runs SQLite's ``quick_check``; a damaged file raises
:class:`DamagedDatabaseError` and is never written to (the caller offers a backup, see
:mod:`backup`). A file the user cannot write opens read-only (:func:`is_read_only`). With
``lock=True`` (the window) a lock file next to the database keeps a second Dagbog process
or window from opening the same file at the same time.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
from pathlib import Path

import platformdirs

from . import migrations, search_index
from .errors import (  # noqa: F401
    DamagedDatabaseError,
    DatabaseError,
    LockedDatabaseError,
    os_reason,
    os_reason_phrase,
)
from .models import database
from .private_files import PRIVATE_MODE, make_private
from .texts import QT_TRANSLATE_NOOP, phrase

APP_NAME = "Dagbog"

# The health check's page cache (KiB).
CHECK_CACHE_KIB = 256

PRAGMAS = {
    "journal_mode": "wal",
    # A saved entry must survive a power cut: FULL syncs the WAL on every commit.
    "synchronous": 2,
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "dagbog.db"


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (POSIX), before SQLite opens it.

    Unlike :func:`private_files.create_private` it refuses a file that exists and lets the
    error through: the caller explains why the diary cannot be created.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
        os.close(fd)


def _restrict_sidecars(path: Path) -> None:
    """The WAL and shared-memory files hold case data too: as private as the diary."""
    for suffix in ("-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))


class FileLock:
    """An exclusive lock on ``<database>.lock`` (flock on POSIX, msvcrt on Windows).

    The operating system drops the lock when the process dies, so a crash never leaves a
    stale lock behind. Two locks on the same file conflict even inside one process.
    """

    def __init__(self, db_path: Path | str) -> None:
        db_path = Path(db_path)
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockedDatabaseError` with a Danish message."""
        if self._handle is not None:
            return
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise LockedDatabaseError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Dagbog-filen {path} er allerede åben i et andet Dagbog-vindue eller "
                        "-program. Luk det andet vindue først, så dine data ikke bliver ødelagt.",
                    ),
                    path=self.db_path,
                ),
                path=self.db_path,
            ) from None
        with contextlib.suppress(OSError):
            handle.truncate(0)
            handle.write(str(os.getpid()).encode())
            handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            if os.name == "nt":
                import msvcrt

                self._handle.seek(0)
                msvcrt.locking(self._handle.fileno(), msvcrt.LK_UNLCK, 1)
        self._handle.close()  # closing drops a flock
        self._handle = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


_state: dict = {"read_only": False, "lock": None, "path": None, "pending": None}


def is_read_only() -> bool:
    """True when the bound database was opened read-only (the file cannot be written)."""
    return bool(_state["read_only"])


def current_path() -> Path | None:
    """The file the module database is bound to, if any."""
    return _state["path"]


def _ro_uri(path: Path, immutable: bool = False) -> str:
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A read-only sqlite3 connection to ``path`` that also works in a read-only folder.

    A WAL-mode file opened with ``mode=ro`` needs its ``-shm`` index, which SQLite cannot
    create in a folder the user may not write ("attempt to write a readonly database").
    When that happens and there is no unsaved WAL content, the file is opened ``immutable``
    instead: nothing can be writing to it, since no writer could create the index either.
    Raises ``sqlite3.Error`` when the file cannot be read.
    """
    path = Path(path)
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if ("readonly" not in str(error) and "unable to open" not in str(error)) or (
            wal.exists() and wal.stat().st_size > 0
        ):
            raise
    return sqlite3.connect(_ro_uri(path, immutable=True), uri=True)
    # (a damaged file still fails its first query on this connection)


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# (file, WAL) size and mtime of files that passed quick_check in this process: a file
# checked on a background thread during start-up is not read through a second time.
_passed: dict[Path, tuple] = {}


def _stamp(path: Path) -> tuple[int, int, int]:
    # A read-only open may create an empty WAL file, so only the WAL's size counts.
    wal = path.with_name(path.name + "-wal")
    main = path.stat()
    return (main.st_size, main.st_mtime_ns, wal.stat().st_size if wal.exists() else 0)


def check_file(path: Path | str) -> None:
    """Raise :class:`DamagedDatabaseError` unless ``path`` passes SQLite's quick_check.

    Reads through a separate read-only connection, so a damaged file is not written to.
    A file that cannot be opened read-only at all (a folder, or a WAL file with unsaved
    WAL content in a read-only folder) is left to the normal open, which reports it. Safe
    to call from a worker thread (the window starts it there while Qt loads, see
    ``ui.app.run``).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    if _passed.get(path.resolve()) == _stamp(path):
        return
    problem = None
    conn = None
    try:
        conn = connect_read_only(path)
        # quick_check reads every page once: a small page cache does as well as the default
        # 2 MiB, which would otherwise fill up while the window starts.
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        problem = None if rows == ["ok"] else "; ".join(rows[:3])
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error) or "readonly" in str(error):
            return  # cannot be checked from here; the normal open reports the real problem
        problem = str(error)
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
        problem = str(error)
    finally:
        if conn is not None:
            conn.close()
    if problem is None:
        _passed[path.resolve()] = _stamp(path)
        return
    _raise_damaged(path, problem)


def _emptied(path: Path) -> bool:
    """True when an empty (0-byte) diary file has backups with history: the file was emptied
    (a full disk, a failed copy), not just created, and must not silently become a new diary."""
    from .backup import list_backups

    try:
        backups = list_backups(path)
    except OSError:
        return False
    return any(b.fingerprint is not None and b.fingerprint.versions > 0 for b in backups)


def _raise_damaged(path: Path, problem) -> None:
    raise DamagedDatabaseError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Filen {path} kan ikke åbnes som en Dagbog-database, fordi den er beskadiget "
                "({problem}). Filen er ikke ændret. Du kan gendanne den nyeste sikkerhedskopi; "
                "den beskadigede fil gemmes til side.",
            ),
            path=path,
            problem=problem,
        ),
        path=path,
    )


class PendingCheck:
    """:func:`check_file` of one file running on a worker thread.

    :func:`open_database` given an unfinished check opens the file for reading at once and
    holds every write until the check is through (``models.DiaryDatabase.write_gate``), so a
    damaged file is still never written to. SQLite runs quick_check without holding Python's
    lock, so the window goes on meanwhile. ``start=False``: the thread starts at
    :meth:`start` (the window calls it once it has painted) or at the first :meth:`wait`
    (a write before that waits for the whole check), whichever comes first.
    """

    def __init__(self, path: Path | str, start: bool = True) -> None:
        self.path = Path(path)
        self.error: DamagedDatabaseError | None = None
        self._thread = threading.Thread(target=self._run, name="dagbog-check", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False
        if start:
            self.start()

    def start(self) -> None:
        """Start the check (once; later calls do nothing)."""
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def _run(self) -> None:
        if sys.platform.startswith("linux"):  # nice is per thread there: the window goes first
            with contextlib.suppress(OSError, AttributeError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            check_file(self.path)
        except DamagedDatabaseError as error:
            self.error = error
        except Exception:  # noqa: BLE001 - the normal open reports anything else itself
            pass

    def done(self) -> bool:
        """Whether the check is through (False while it has not started)."""
        return self._started and not self._thread.is_alive()

    def wait(self) -> DamagedDatabaseError | None:
        """Block until the check is through (starting it if need be); the damage, or None."""
        self.start()
        self._thread.join()
        return self.error


def pending_check() -> PendingCheck | None:
    """The health check still running for the open diary (writes wait for it), if any."""
    return _state.get("pending")


def _hold_writes_for(pending: PendingCheck) -> None:
    def gate() -> None:
        error = pending.wait()
        if error is not None:
            raise error
        if database.write_gate is gate:
            database.write_gate = None
            _state["pending"] = None

    _state["pending"] = pending
    database.write_gate = gate


def _open_read_only(path: Path) -> None:
    pragmas = {"foreign_keys": 1, "busy_timeout": 5000}
    for immutable in (False, True):
        database.init(_ro_uri(path, immutable), uri=True, pragmas=pragmas)
        try:
            database.connect()
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except Exception:
            database.close()
            if immutable:
                raise
    if migrations.current_version() != migrations.LATEST:
        raise DatabaseError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Databasen {path} er skrivebeskyttet og skal opgraderes, før denne version "
                    "af Dagbog kan åbne den. Giv skriveadgang til filen og prøv igen.",
                ),
                path=path,
            )
        )


def open_database(
    path: Path | str | None = None,
    *,
    create: bool = True,
    lock: bool = False,
    read_only: bool | None = None,
    check: PendingCheck | None = None,
) -> Path:
    """Bind the module database to ``path`` (default: the user data folder) and migrate it.

    Raises :class:`DamagedDatabaseError` for a damaged file (untouched) and, with ``lock``,
    :class:`LockedDatabaseError` when another Dagbog has the file open. ``read_only=None``
    opens read-only exactly when the file or its folder cannot be written. ``check``: the
    file's health check already running (:class:`PendingCheck`); if it has not finished,
    the file opens at once and writes wait for it (see :func:`pending_check`).
    """
    path = Path(path) if path else default_database_path()
    close_database()
    if path.is_dir():
        raise DatabaseError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "{path} er en mappe, ikke en databasefil."),
                path=path,
            )
        )
    if path.is_file() and path.stat().st_size == 0 and _emptied(path):
        _raise_damaged(
            path,
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "filen er tom, men dens sikkerhedskopier er ikke"),
            ),
        )
    if not path.exists():
        if not create:
            raise DatabaseError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Databasen {path} findes ikke."),
                    path=path,
                )
            )
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Kan ikke oprette databasen {path}: {reason}."),
                    path=path,
                    reason=os_reason_phrase(error),
                )
            ) from error
    if read_only is None:
        read_only = not _is_writable(path)
    deferred = check is not None and check.path == path and not check.done() and not read_only
    if check is not None and check.path == path and check.done() and check.error is not None:
        raise check.error
    if not deferred:
        check_file(path)
    file_lock = None
    if lock and not read_only:
        file_lock = FileLock(path)
        file_lock.acquire()
    try:
        if read_only:
            _open_read_only(path)
        else:
            _open_writable(path, check if deferred else None)
    except DatabaseError:
        if file_lock:
            file_lock.release()
        database.close()
        raise
    except Exception as error:  # sqlite3.DatabaseError and friends: damaged or not SQLite
        database.close()
        if file_lock:
            file_lock.release()
        if deferred and check.wait() is not None:
            raise check.error from error
        raise DatabaseError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Filen {path} kan ikke åbnes som en Dagbog-database ({problem}). "
                    "Filen er ikke ændret.",
                ),
                path=path,
                problem=error,
            )
        ) from error
    if not read_only:
        _restrict_sidecars(path)
    _state.update(read_only=read_only, lock=file_lock, path=path)
    return path


def _open_writable(path: Path, deferred: PendingCheck | None) -> None:
    database.init(str(path), pragmas=PRAGMAS)
    database.connect()
    if deferred is not None:
        _hold_writes_for(deferred)
    migrations.migrate(path)
    search_index.ensure()


def close_database() -> None:
    database.write_gate = None
    _state["pending"] = None
    if not database.is_closed():
        database.close()
    if _state["lock"] is not None:
        _state["lock"].release()
    _state.update(read_only=False, lock=None, path=None)
