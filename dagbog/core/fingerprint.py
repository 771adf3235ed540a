"""The hash chain over entry versions: the diary's tamper-evident fingerprint.

Encoding (documented so anyone can recompute it):

* A version's *snapshot* is a JSON object of the entry's stored fields (see
  :func:`entry_snapshot`), with foreign keys given as UUIDs, dates and times as ISO 8601
  text (times in UTC), booleans as true/false and absent values as null.
* The *payload* hashed for a version is the canonical JSON (keys sorted, no spaces,
  UTF-8, non-ASCII kept) of ``{"action", "entry", "reason", "recorded_at", "seq",
  "snapshot"}``.
* ``hash = sha256(prev_hash + "\\n" + payload)`` in hex; the first version of a database
  has ``prev_hash = GENESIS``. One chain per database, in the order versions were stored.
* The fingerprint is the newest hash and the number of versions. It is printed as
  ``Fingeraftryk: <64 hex> (<N> versioner)`` (see :data:`FINGERPRINT_LINE`); the short form
  ``<first 12 hex>/<N>`` is for page footers.

What the chain covers (and why): every stored column of ``entry`` and ``entryversion``.
``recorded_at`` of an entry's newest version equals the entry's ``updated_at``, and its ``seq``
equals the entry's ``version``, so :mod:`verify` can check every Entry column against its newest
version. Cases, people and caseworker assignments are referenced from a snapshot by UUID, so
moving an entry to another case or person is detected; their descriptive fields (a person's
name, a case's title) are context that the user may legitimately correct later, which would
otherwise invalidate every entry that names them. They are not in the chain; the portable case
file and backups carry them alongside.

Attachments: adding a file stores a new version whose reason ends with
``Bilag tilføjet: <name> (<size> bytes, SHA-256 <hex>)``, so name, size and checksum are in the
chain; :mod:`verify` checks every ``attachment`` row (entry, name, size, checksum, stored path)
against those notes, both ways. The row's ``uuid`` and ``added_at`` are bookkeeping, not hashed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime

from .models import AwareDateTimeField, Entry, EntryVersion

GENESIS = "0" * 64

#: How a fingerprint is printed (PDF summary page, CLI); parsed back by :func:`parse_fingerprint`.
FINGERPRINT_LINE = "Fingeraftryk: {head} ({versions} versioner)"
_FINGERPRINT_RE = re.compile(
    r"(?:Fingeraftryk|kontrolsum[^:\n]{0,40}):\s*([0-9a-f]{64})\s*\((\d+)\s*"
    r"(?:versioner|version|registreringer|registrering)\)",
    re.IGNORECASE,
)
_SHORT_RE = re.compile(r"(?:Kontrolsum|Fingeraftryk)\s+([0-9a-f]{12})/(\d+)", re.IGNORECASE)

_ENTRY_FIELDS = (
    "at",
    "kind",
    "direction",
    "subject",
    "note",
    "outcome",
    "request_type",
    "reply_status",
    "reply_due",
    "answered_at",
    "response_days",
    "closed_reason",
    "private",
    "deleted",
    "deleted_reason",
    "registered_at",
)


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _stored(entry: Entry, name: str):
    """The value as it sits in the database, so a snapshot compares equal to the row."""
    value = getattr(entry, name)
    field = Entry._meta.fields[name]
    if value is None:
        return None
    if isinstance(field, AwareDateTimeField):
        return field.db_value(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def entry_snapshot(entry: Entry) -> dict:
    """The stored fields of an entry, as hashed into its version."""
    snapshot = {name: _stored(entry, name) for name in _ENTRY_FIELDS}
    snapshot["uuid"] = entry.uuid
    snapshot["case"] = entry.case.uuid
    snapshot["person"] = entry.person.uuid if entry.person_id else None
    snapshot["answered_by"] = entry.answered_by.uuid if entry.answered_by_id else None
    snapshot["private"] = bool(snapshot["private"])
    snapshot["deleted"] = bool(snapshot["deleted"])
    return snapshot


def version_payload(
    entry_uuid: str, seq: int, action: str, recorded_at: str, reason: str, snapshot: dict
) -> str:
    return canonical_json(
        {
            "action": action,
            "entry": entry_uuid,
            "reason": reason,
            "recorded_at": recorded_at,
            "seq": seq,
            "snapshot": snapshot,
        }
    )


def chain_hash(prev_hash: str, payload: str) -> str:
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


def head_hash() -> str:
    """The newest hash of the chain (GENESIS for an empty diary)."""
    last = EntryVersion.select(EntryVersion.hash).order_by(EntryVersion.id.desc()).first()
    return last.hash if last else GENESIS


@dataclass(frozen=True)
class Fingerprint:
    head: str
    versions: int

    @property
    def short(self) -> str:
        return f"{self.head[:12]}/{self.versions}"

    def __str__(self) -> str:
        return f"{self.head} ({self.versions} versioner)"

    @property
    def line(self) -> str:
        """The printed form, e.g. in a PDF: ``Fingeraftryk: <hex> (<N> versioner)``."""
        return FINGERPRINT_LINE.format(head=self.head, versions=self.versions)


def parse_fingerprint(text: str) -> Fingerprint | None:
    """The fingerprint printed in ``text`` (e.g. extracted from a PDF), or None.

    Understands the full forms ``Fingeraftryk: <hex> (<N> versioner)`` and the PDF log's
    ``kontrolsum ved udskriften: <hex> (<N> registreringer)``, and, failing those, the footer's
    short form ``Kontrolsum <12 hex>/<N>`` (then ``head`` holds only the 12 digits). Line
    breaks and spaces that text extraction inserts inside the digits are tolerated.
    """
    for candidate in (text, re.sub(r"(?<=[0-9a-f])\s+(?=[0-9a-f])", "", text)):
        match = _FINGERPRINT_RE.search(candidate)
        if match:
            return Fingerprint(match.group(1), int(match.group(2)))
    match = _SHORT_RE.search(text)
    if match:
        return Fingerprint(match.group(1), int(match.group(2)))
    return None


def current_fingerprint() -> Fingerprint:
    return Fingerprint(head_hash(), EntryVersion.select().count())


def append_version(entry: Entry, action: str, reason: str = "") -> EntryVersion:
    """Store the entry's current state as its next version. Call inside the write's transaction."""
    from . import clock

    snapshot = entry_snapshot(entry)
    seq = entry.version
    # The version is recorded at the moment of the write, which is the entry's updated_at.
    recorded_at = entry.updated_at or clock.now()
    recorded_text = AwareDateTimeField().db_value(recorded_at)
    payload = version_payload(entry.uuid, seq, action, recorded_text, reason, snapshot)
    prev = head_hash()
    return EntryVersion.create(
        entry=entry,
        seq=seq,
        action=action,
        recorded_at=recorded_at,
        reason=reason,
        snapshot=canonical_json(snapshot),
        prev_hash=prev,
        hash=chain_hash(prev, payload),
    )


def save_new_version(
    entry: Entry, action: str, reason: str = "", at: datetime | None = None
) -> EntryVersion:
    """Count up the entry's version, save it at ``at`` (default now) and chain that version.

    Every change to an entry goes this way, inside the write's transaction, so the row's
    ``version`` and ``updated_at`` always match the newest version in the chain.
    """
    from . import clock

    entry.version += 1
    entry.updated_at = at or clock.now()
    entry.save()
    return append_version(entry, action, reason)
