"""Errors the services raise with a Danish message a user can act on."""

from __future__ import annotations

import errno

from .texts import QT_TRANSLATE_NOOP, Phrase


class DagbogError(Exception):
    """Base class: ``str(error)`` is a complete Danish sentence for the user.

    The message may be a ``core.texts.Phrase``: ``str(error)`` is then its Danish text and
    ``error.phrase`` lets the window show it in the chosen language.
    """

    phrase = None

    def __init__(self, message="", *args) -> None:
        if isinstance(message, Phrase):
            self.phrase = message
            message = message.render()
        super().__init__(message, *args)


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


class ReadOnlyDatabaseError(DatabaseError, ValidationError):
    """A write to a diary opened read-only; nothing was written.

    Also a :class:`ValidationError` (with no field), so every dialog that shows a refused
    save shows this too, instead of failing silently.
    """


class LockedDatabaseError(DatabaseError):
    """Another Dagbog window or process has the file open."""

    def __init__(self, message: str, path=None) -> None:
        super().__init__(message)
        self.path = path


# Danish words for the operating-system errors a user meets with files (marked for the
# window's translation: see :func:`os_reason_phrase`).
_OS_REASONS = {
    getattr(errno, name): text
    for name, text in (
        ("EACCES", QT_TRANSLATE_NOOP("Errors", "ingen adgang")),
        ("EPERM", QT_TRANSLATE_NOOP("Errors", "ingen adgang")),
        ("ENOENT", QT_TRANSLATE_NOOP("Errors", "findes ikke")),
        ("ENOTDIR", QT_TRANSLATE_NOOP("Errors", "en del af stien er ikke en mappe")),
        ("EISDIR", QT_TRANSLATE_NOOP("Errors", "det er en mappe")),
        ("ENOSPC", QT_TRANSLATE_NOOP("Errors", "disken er fuld")),
        ("EROFS", QT_TRANSLATE_NOOP("Errors", "drevet er skrivebeskyttet")),
        ("EEXIST", QT_TRANSLATE_NOOP("Errors", "findes allerede")),
        ("ENAMETOOLONG", QT_TRANSLATE_NOOP("Errors", "navnet er for langt")),
        ("EBUSY", QT_TRANSLATE_NOOP("Errors", "filen er i brug")),
        ("EDQUOT", QT_TRANSLATE_NOOP("Errors", "din diskkvote er brugt op")),
        ("EIO", QT_TRANSLATE_NOOP("Errors", "fejl ved læsning eller skrivning på disken")),
    )
    if hasattr(errno, name)
}


def os_reason(error: OSError) -> str:
    """The reason for an ``OSError`` in Danish (the system's text for rare ones)."""
    return _OS_REASONS.get(error.errno, error.strerror or str(error) or type(error).__name__)


def os_reason_phrase(error: OSError) -> Phrase | str:
    """:func:`os_reason` as a value for a :class:`~.texts.Phrase`: the window translates it."""
    text = _OS_REASONS.get(error.errno)
    return Phrase("Errors", text) if text else os_reason(error)
