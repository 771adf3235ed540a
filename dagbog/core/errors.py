"""Errors the services raise with a Danish message a user can act on."""

from __future__ import annotations


class DagbogError(Exception):
    """Base class: ``str(error)`` is a complete Danish sentence for the user."""


class ValidationError(DagbogError):
    """Bad input; nothing was written. ``field`` names the offending field, if one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DagbogError):
    """A case, person or entry that was asked for does not exist."""


class DatabaseError(DagbogError):
    """The database file cannot be opened or used safely."""


class DamagedDatabaseError(DatabaseError):
    """The file fails SQLite's check. It was not written to; ``path`` names it."""

    def __init__(self, message: str, path=None) -> None:
        super().__init__(message)
        self.path = path


class LockedDatabaseError(DatabaseError):
    """Another Dagbog window or process has the file open."""

    def __init__(self, message: str, path=None) -> None:
        super().__init__(message)
        self.path = path
