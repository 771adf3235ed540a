"""The user's own settings kept in the diary file: name and role ("udarbejdet af").

Stored as key/value rows in :class:`Setting`, so a diary carried to another computer keeps
who prepared its letters and reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import events
from .errors import ValidationError
from .models import Setting, database
from .text import clean_line
from .texts import QT_TRANSLATE_NOOP, phrase

USER_NAME = "user.name"
USER_ROLE = "user.role"
MAX_NAME = 200


class UserRole(StrEnum):
    """Who the user is in the cases they keep."""

    CITIZEN = "citizen"
    COMPANION = "companion"
    REPRESENTATIVE = "representative"


USER_ROLE_LABELS: dict[str, str] = {
    UserRole.CITIZEN: "Borger",
    UserRole.COMPANION: "Bisidder",
    UserRole.REPRESENTATIVE: "Partsrepræsentant",
}


@dataclass(frozen=True)
class UserProfile:
    """The user's name and role."""

    name: str
    role: str

    @property
    def role_label(self) -> str:
        return USER_ROLE_LABELS.get(self.role, "")


_GET_SQL = f'SELECT "value" FROM "{Setting._meta.table_name}" WHERE "key" = ?'


def get(key: str, default: str = "") -> str:
    """The stored value of ``key`` (``default`` when none).

    Hand-written: every saved entry version asks for the user's name and role (its author,
    see :func:`prepared_by`), and peewee's building of the two lookups cost ~25x SQLite's
    work. Not cached: the value must be what the file holds at the moment of the write.
    """
    row = database.execute_sql(_GET_SQL, (key,)).fetchone()
    return row[0] if row else default


def set_values(values: dict[str, str]) -> None:
    """Store several settings in one transaction."""
    with database.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
    events.publish(events.Change("setting", None, ()))


def user_profile() -> UserProfile:
    return UserProfile(get(USER_NAME), get(USER_ROLE, UserRole.CITIZEN))


def set_user_profile(name: str, role: str) -> UserProfile:
    """Store the user's own name and role (borger, bisidder, partsrepræsentant)."""
    name = clean_line(name)
    if len(name) > MAX_NAME:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Navnet må højst være {limit} tegn."),
                limit=MAX_NAME,
            ),
            field="name",
        )
    if role not in set(UserRole):
        raise ValidationError(
            f"Rollen «{role}» kendes ikke. Vælg borger, bisidder eller partsrepræsentant.",
            field="role",
        )
    set_values({USER_NAME: name, USER_ROLE: role})
    return UserProfile(name, role)


def prepared_by() -> str:
    """ "Navn (rolle)" for "udarbejdet af" in letters and PDFs; "" when no name is set."""
    profile = user_profile()
    if not profile.name:
        return ""
    label = profile.role_label.lower()
    return f"{profile.name} ({label})" if label else profile.name
