"""Opening the diary file: pragmas, file permissions and schema migration."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from . import migrations
from .errors import DatabaseError
from .models import database

APP_NAME = "Dagbog"

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
    """Create an empty file readable only by its owner (POSIX), before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def _restrict_sidecars(path: Path) -> None:
    if os.name != "posix":
        return
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            with contextlib.suppress(OSError):
                os.chmod(sidecar, 0o600)


def open_database(path: Path | str | None = None, *, create: bool = True) -> Path:
    """Bind the module database to ``path`` (default: the user data folder) and migrate it."""
    path = Path(path) if path else default_database_path()
    if not path.exists():
        if not create:
            raise DatabaseError(f"Databasen {path} findes ikke.")
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseError(
                f"Kan ikke oprette databasen {path}: {error.strerror or error}."
            ) from error
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect()
        migrations.migrate(path)
    except DatabaseError:
        database.close()
        raise
    except Exception as error:  # sqlite3.DatabaseError and friends: damaged or not SQLite
        database.close()
        raise DatabaseError(
            f"Filen {path} kan ikke åbnes som en Dagbog-database ({error}). Filen er ikke ændret."
        ) from error
    _restrict_sidecars(path)
    return path


def close_database() -> None:
    if not database.is_closed():
        database.close()
