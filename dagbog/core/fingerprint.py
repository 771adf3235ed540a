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

Encoding 2 (schema version 5): meetings and agreements
------------------------------------------------------
Rows of the tables in :data:`RECORD_KINDS` (the meeting, its attendees, agenda points, notes and
agreed actions; agreements and their versions) are chained too, as ``record_version`` rows in
the *same* chain. Encoding 1 is unchanged, so a diary written before verifies as it did and an
old printed fingerprint is still a state of its history.

* A record's *snapshot* is every stored column of the row except ``id``: foreign keys as the
  referenced row's UUID (under the field name, e.g. ``"meeting"``), booleans as true/false,
  timestamps and dates as the stored text, numbers as numbers, absent values as null.
* Its payload is the canonical JSON of ``{"kind", "record", "recorded_at", "seq",
  "snapshot"}`` (``kind`` = table name, ``record`` = the row's UUID, ``seq`` = 1, 2, ... per
  row), hashed like an entry version: ``sha256(prev_hash + "\n" + payload)``. The key set
  differs from an entry version's, so the two can never be confused.
* Order: a record follows the entry version that was newest when it was written
  (``after_version``, its id; 0 = before any) and the records written before it. A service
  that changes such a row calls :func:`chain_meeting` / :func:`chain_agreement` in its
  transaction; a new record is stored only when a row's snapshot differs from its newest one.
  Schema migration 5 chained every existing row once, appended after the chain's head then.
* The fingerprint counts entry versions and records together ("registreringer").
* The snapshot has every column of the model, so a schema step that adds a column to one of
  these tables must end with :func:`chain_all_records`: each row then gets a new record that
  includes the new field (nothing else changes), and verify stays OK.

Live meeting notes: the note being typed is autosaved as a *draft* row about every 600 ms.
Drafts are deliberately not chained (a record per keystroke pause would bloat the chain with
half-words and cost a hash per autosave); a note is chained when it is stamped, and
"Afslut møde" stamps every draft holding text. So a draft is covered once it is final. The
check in :mod:`verify`: every row must match its newest record, except a draft note of a
meeting whose chained state is not finished (no record yet); a chained note later marked
draft, a draft in a finished meeting, a row added or removed outside the app are detected.
The rows' ``id`` is bookkeeping and not hashed (links between rows are hashed as UUIDs).

Encoding 3 (schema version 6): who saved a version
--------------------------------------------------
An entry version stores its *author*: the user's name and role from the settings as printed
for "udarbejdet af" (``"Lise Holm (bisidder)"``; ``""`` when no name is set). When the
stored author is not null, the payload gets the key ``"author"`` (a string); versions saved
before schema 6 have a null author and are hashed exactly as in Encoding 1, so existing
diaries and printed fingerprints still verify. Changing or clearing an author is detected.

What the chain cannot show by itself: removing the newest links at the end of the chain
(e.g. the newest entry together with its only version) leaves a shorter chain that is still
whole. :mod:`verify` therefore compares with the newest backup next to the diary (its head must
be a state of this history) and a printed log can be checked with ``verify --pdf``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from peewee import BooleanField, ForeignKeyField

from .models import (
    AgendaItem,
    Agreement,
    AgreementVersion,
    AwareDateTimeField,
    Entry,
    EntryVersion,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    MeetingNote,
    RecordVersion,
    database,
)

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
    entry_uuid: str,
    seq: int,
    action: str,
    recorded_at: str,
    reason: str,
    snapshot: dict,
    author: str | None = None,
) -> str:
    payload = {
        "action": action,
        "entry": entry_uuid,
        "reason": reason,
        "recorded_at": recorded_at,
        "seq": seq,
        "snapshot": snapshot,
    }
    if author is not None:  # Encoding 3; a version from before schema 6 has none
        payload["author"] = author
    return canonical_json(payload)


def chain_hash(prev_hash: str, payload: str) -> str:
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


def head_hash() -> str:
    """The newest hash of the chain (GENESIS for an empty diary). Every save asks: no counting."""
    return chain_head(database.connection(), count=False)[0]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """True when the file open in ``conn`` has the table ``name`` (older schemas lack some)."""
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        is not None
    )


def chain_head(conn: sqlite3.Connection, count: bool = True) -> tuple[str, int]:
    """(head, number of links) of the chain in an open connection, read from the raw tables
    (the number is 0 unless ``count``).

    The head is the newest record when it was written after the newest entry version (its
    ``after_version`` is that version's id), else the newest entry version.
    """
    last = conn.execute(
        f'SELECT id, hash FROM "{_VERSION_TABLE}" ORDER BY id DESC LIMIT 1'
    ).fetchone()
    links = conn.execute(f'SELECT count(*) FROM "{_VERSION_TABLE}"').fetchone()[0] if count else 0
    head = last[1] if last else GENESIS
    if has_table(conn, _RECORD_TABLE):
        record = conn.execute(
            f'SELECT after_version, hash FROM "{_RECORD_TABLE}" ORDER BY id DESC LIMIT 1'
        ).fetchone()
        if count:
            links += conn.execute(f'SELECT count(*) FROM "{_RECORD_TABLE}"').fetchone()[0]
        if record is not None and record[0] == (last[0] if last else 0):
            head = record[1]
    return head, links


@dataclass(frozen=True)
class Fingerprint:
    """The newest hash of the chain and the number of versions it covers."""

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
    return Fingerprint(*chain_head(database.connection()))


def append_version(entry: Entry, action: str, reason: str = "") -> EntryVersion:
    """Store the entry's current state as its next version. Call inside the write's transaction."""
    from . import clock, settings

    snapshot = entry_snapshot(entry)
    author = settings.prepared_by()
    seq = entry.version
    # The version is recorded at the moment of the write, which is the entry's updated_at.
    recorded_at = entry.updated_at or clock.now()
    recorded_text = AwareDateTimeField().db_value(recorded_at)
    payload = version_payload(entry.uuid, seq, action, recorded_text, reason, snapshot, author)
    prev = head_hash()
    return EntryVersion.create(
        author=author,
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


# --- Encoding 2: meeting and agreement rows ---------------------------------------------

_VERSION_TABLE = EntryVersion._meta.table_name
_RECORD_TABLE = RecordVersion._meta.table_name

#: The chained tables, parents first (the order migration 5 chained existing rows in).
RECORD_KINDS = {
    model._meta.table_name: model
    for model in (
        Meeting,
        Agreement,
        MeetingAttendee,
        AgendaItem,
        MeetingNote,
        MeetingAction,
        AgreementVersion,
    )
}


def _record_sql(kind: str, where: str = "") -> tuple[str, list[tuple[str, str]]]:
    """SELECT of a chained table's rows with foreign keys joined to their UUIDs.

    Returns the SQL and the snapshot's (name, type) in column order after ``id``;
    type is "fk", "bool" or "value".
    """
    model = RECORD_KINDS[kind]
    columns, joins, shape = ['t."id"'], [], []
    for n, field in enumerate(model._meta.sorted_fields):
        if field.name == "id":
            continue
        if isinstance(field, ForeignKeyField):
            target = field.rel_model._meta.table_name
            columns += [f'j{n}."uuid"', f't."{field.column_name}"']
            joins.append(f'LEFT JOIN "{target}" j{n} ON j{n}."id" = t."{field.column_name}"')
            shape.append((field.name, "fk"))
        else:
            columns.append(f't."{field.column_name}"')
            shape.append((field.name, "bool" if isinstance(field, BooleanField) else "value"))
    sql = f'SELECT {", ".join(columns)} FROM "{kind}" t {" ".join(joins)} {where} ORDER BY t."id"'
    return sql, shape


def record_rows(conn: sqlite3.Connection, kind: str, where: str = "", params=()):
    """Yield ``(row id, snapshot, dangling)`` for the rows of a chained table, from raw values.

    ``dangling`` is True when a foreign key points at a row that does not exist. A boolean
    stored as anything but 0 or 1 stays as stored, so it never equals a chained snapshot.
    """
    sql, shape = _record_sql(kind, where)
    for row in conn.execute(sql, params):
        snapshot, dangling, i = {}, False, 1
        for name, how in shape:
            if how == "fk":
                uuid, raw = row[i], row[i + 1]
                i += 2
                snapshot[name] = uuid
                dangling = dangling or (raw is not None and uuid is None)
            else:
                value = row[i]
                i += 1
                if how == "bool" and type(value) is int and value in (0, 1):
                    value = bool(value)
                snapshot[name] = value
        yield row[0], snapshot, dangling


def is_unchained_draft(kind: str, snapshot: dict) -> bool:
    """A live note still being typed: not chained until stamped (see the module notes)."""
    return kind == MeetingNote._meta.table_name and snapshot.get("draft") is True


def record_payload(kind: str, uuid: str, seq: int, recorded_at: str, snapshot: dict) -> str:
    return canonical_json(
        {"kind": kind, "record": uuid, "recorded_at": recorded_at, "seq": seq, "snapshot": snapshot}
    )


def append_record(
    kind: str, uuid: str, seq: int, snapshot: dict, recorded_at: str | None = None
) -> RecordVersion:
    """Append one record to the chain. Call inside the write's transaction."""
    from . import clock

    conn = database.connection()
    recorded_at = recorded_at or AwareDateTimeField().db_value(clock.now())
    last = conn.execute(f'SELECT max(id) FROM "{_VERSION_TABLE}"').fetchone()[0] or 0
    prev = head_hash()
    return RecordVersion.create(
        kind=kind,
        row_uuid=uuid,
        seq=seq,
        recorded_at=recorded_at,
        snapshot=canonical_json(snapshot),
        after_version=last,
        prev_hash=prev,
        hash=chain_hash(prev, record_payload(kind, uuid, seq, recorded_at, snapshot)),
    )


def newest_records(kind: str, uuids) -> dict[str, tuple[int, str]]:
    """uuid -> (seq, snapshot text) of each row's newest record."""
    uuids = list(uuids)
    newest: dict[str, tuple[int, str]] = {}
    conn = database.connection()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for uuid, seq, snapshot in conn.execute(
            f'SELECT row_uuid, seq, snapshot FROM "{_RECORD_TABLE}" '
            f"WHERE kind = ? AND row_uuid IN ({marks}) ORDER BY seq",
            [kind, *chunk],
        ):
            newest[uuid] = (seq, snapshot)
    return newest


def chain_rows(kind: str, where: str, params=()) -> int:
    """Chain the rows of ``kind`` matching ``where`` whose state changed since their newest
    record (a new row gets its first). Returns how many records were appended."""
    rows = [
        snapshot
        for _id, snapshot, _dangling in record_rows(database.connection(), kind, where, params)
        if not is_unchained_draft(kind, snapshot)
    ]
    newest = newest_records(kind, (s["uuid"] for s in rows))
    added = 0
    for snapshot in rows:
        seq, text = newest.get(snapshot["uuid"], (0, None))
        if text != canonical_json(snapshot):
            append_record(kind, snapshot["uuid"], seq + 1, snapshot)
            added += 1
    return added


def chain_meeting(meeting_id: int) -> int:
    """Chain the meeting and every attendee, agenda point, final note and action of it that
    changed. Every meeting service calls this inside its transaction."""
    added = chain_rows("meeting", 'WHERE t."id" = ?', (meeting_id,))
    for model in (MeetingAttendee, AgendaItem, MeetingNote, MeetingAction):
        added += chain_rows(model._meta.table_name, 'WHERE t."meeting_id" = ?', (meeting_id,))
    return added


def chain_agreement(agreement_id: int) -> int:
    """Chain the agreement and its versions that are new or changed (inside the transaction)."""
    added = chain_rows("agreement", 'WHERE t."id" = ?', (agreement_id,))
    return added + chain_rows("agreement_version", 'WHERE t."agreement_id" = ?', (agreement_id,))


def chain_all_records() -> int:
    """Chain every row of every chained table that has no current record (migration 5)."""
    return sum(chain_rows(kind, "") for kind in RECORD_KINDS)
