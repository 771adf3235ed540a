"""An entry's history as the user sees it: each stored version and what it changed.

Reads the versions kept by :mod:`fingerprint` (never the other way round): the UI's history
dialog and anything else that explains an entry's past use :func:`entry_history_rows`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from .journal import LATE_REGISTRATION, is_registered_late  # noqa: F401 - asked for here
from .models import Entry, EntryVersion, Person

#: Snapshot fields in the order a history lists their changes (uuid and case never change).
SHOWN_FIELDS = (
    "at",
    "kind",
    "direction",
    "person",
    "subject",
    "note",
    "outcome",
    "request_type",
    "reply_status",
    "reply_due",
    "answered_by",
    "answered_at",
    "response_days",
    "closed_reason",
    "private",
    "deleted",
    "deleted_reason",
    "registered_at",
)


@dataclass(frozen=True)
class FieldChange:
    """One field a version changed, with the stored values before and after."""

    field: str
    old: object
    new: object


@dataclass(frozen=True)
class HistoryRow:
    """One stored version of an entry."""

    seq: int
    action: str  # create, edit, delete, restore
    recorded_at: datetime
    reason: str
    changes: tuple[FieldChange, ...]
    snapshot: dict
    #: Who saved it ("Navn (rolle)"); None for versions saved before authors were stored.
    author: str | None = None


def entry_history_rows(entry: Entry) -> list[HistoryRow]:
    """Every version of ``entry``, oldest first, each with the fields it changed."""
    rows: list[HistoryRow] = []
    previous: dict | None = None
    versions = EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq)
    for version in versions:
        snapshot = json.loads(version.snapshot)
        if previous is None:
            changes: tuple[FieldChange, ...] = ()
        else:
            changes = tuple(
                FieldChange(name, previous.get(name), snapshot.get(name))
                for name in SHOWN_FIELDS
                if previous.get(name) != snapshot.get(name)
            )
        rows.append(
            HistoryRow(
                version.seq,
                version.action,
                version.recorded_at,
                version.reason,
                changes,
                snapshot,
                version.author,
            )
        )
        previous = snapshot
    return rows


def person_names(entry: Entry) -> dict[str, str]:
    """UUID -> name of the people of the entry's case, to show a changed counterpart."""
    return {
        uuid: name
        for uuid, name in Person.select(Person.uuid, Person.name)
        .where(Person.case == entry.case_id)
        .tuples()
    }


def entry_subjects(entry: Entry) -> dict[str, str]:
    """UUID -> subject of the entries of the entry's case (for a changed "answered by")."""
    return {
        uuid: subject
        for uuid, subject in Entry.select(Entry.uuid, Entry.subject)
        .where(Entry.case == entry.case_id)
        .tuples()
    }
