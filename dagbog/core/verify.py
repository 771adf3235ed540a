"""Checking that the diary file still holds what the app wrote into it.

:func:`verify_database` runs SQLite's ``integrity_check``, recomputes the hash chain from the
stored columns (see :mod:`fingerprint` for the encoding) and compares every Entry row with the
snapshot of its newest version. It reads raw column values, not model values, so a change made
with the sqlite3 shell (a different time zone suffix, ``2`` instead of ``1`` in a boolean, a
space in a snapshot) is seen exactly as it is stored.

The same checks run on any open ``sqlite3.Connection`` (:func:`verify_connection`), which is
how backups and case files are checked without binding the app's database to them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .fingerprint import (
    _ENTRY_FIELDS,
    GENESIS,
    RECORD_KINDS,
    Fingerprint,
    canonical_json,
    chain_hash,
    has_table,
    is_unchained_draft,
    record_payload,
    record_rows,
    version_payload,
)
from .models import Attachment, Case, Entry, EntryVersion, Person, RecordVersion, database
from .texts import QT_TRANSLATE_NOOP, Phrase, phrase

_ENTRY = Entry._meta.table_name
_VERSION = EntryVersion._meta.table_name
_CASE = Case._meta.table_name
_PERSON = Person._meta.table_name
_ATTACHMENT = Attachment._meta.table_name
_RECORD = RecordVersion._meta.table_name
# How a chained meeting or agreement row is named in a message (the window translates it).
_RECORD_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("Errors", "Mødet"),
    "agreement": QT_TRANSLATE_NOOP("Errors", "Aftalen"),
    "meeting_attendee": QT_TRANSLATE_NOOP("Errors", "Mødedeltageren"),
    "agenda_item": QT_TRANSLATE_NOOP("Errors", "Dagsordenspunktet"),
    "meeting_note": QT_TRANSLATE_NOOP("Errors", "Mødenoten"),
    "meeting_action": QT_TRANSLATE_NOOP("Errors", "Den aftalte handling"),
    "agreement_version": QT_TRANSLATE_NOOP("Errors", "Aftaleversionen"),
}
# The note :func:`attachments.add_attachment` ends a version's reason with; the version is
# hashed into the chain, so each attachment row is checked against it.
_ATTACHED_RE = re.compile(r"Bilag tilføjet: (.*) \((\d+) bytes, SHA-256 ([0-9a-f]{64})\)\Z", re.S)
_BOOLEANS = ("private", "deleted")


@dataclass
class VerifyResult:
    """The outcome of a check. ``message`` is a complete Danish sentence; ``phrase``, for a
    failed check, the same sentence for the window to translate (``core.texts.Phrase``)."""

    ok: bool
    message: str
    fingerprint: Fingerprint | None = None
    entry_id: int | None = None
    entry_uuid: str | None = None
    # Every chain head in order: hashes[i] is the head after i+1 versions.
    hashes: list[str] = field(default_factory=list, repr=False)
    phrase: Phrase | None = field(default=None, repr=False, compare=False)

    @property
    def problem(self) -> Phrase | str:
        """The message as a value for another phrase (translatable where it can be)."""
        return self.phrase if self.phrase is not None else self.message

    def is_state(self, printed: Fingerprint) -> bool:
        """True when ``printed`` is the fingerprint of this history at some moment.

        A short printed head (a page footer's 12 digits) matches as a prefix.
        """
        if printed.versions == 0:
            return GENESIS.startswith(printed.head)
        if len(printed.head) < 12:
            return False
        return 0 < printed.versions <= len(self.hashes) and self.hashes[
            printed.versions - 1
        ].startswith(printed.head)


def _failed(sentence: Phrase, **details) -> VerifyResult:
    return VerifyResult(False, sentence.render(), phrase=sentence, **details)


def _why(template: str, **values) -> Phrase:
    """What is wrong with a row, as a translatable phrase (lower case, no full stop)."""
    return phrase("Errors", template, **values)


class _Bad(Exception):
    def __init__(
        self,
        entry_id: int | None,
        uuid: str | None,
        why: Phrase | str,
        label: Phrase | str | None = None,
    ) -> None:
        super().__init__(why)
        self.entry_id = entry_id
        self.uuid = uuid
        self.why = why
        self.label = label  # names a meeting or agreement row instead of an entry


def _record_bad(kind: str, row_id: int | None, uuid: str | None, why: Phrase) -> _Bad:
    known = _RECORD_LABELS.get(kind)
    name = (
        phrase("Errors", known)
        if known
        else phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Rækken i {kind}"), kind=kind)
    )
    details = f" ({uuid})" if uuid else ""
    if row_id is not None:
        label = phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "{name} nr. {number}{details}"),
            name=name,
            number=row_id,
            details=details,
        )
    else:
        label = phrase("Errors", "{name}{details}", name=name, details=details)
    return _Bad(None, uuid, why, label)


def _integrity(conn: sqlite3.Connection) -> str | None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        return "; ".join(rows[:3])
    return None


def _raw_snapshot(row: sqlite3.Row) -> dict:
    """The snapshot an Entry row would have, built from raw stored values."""
    snapshot = {name: row[name] for name in _ENTRY_FIELDS}
    for name in _BOOLEANS:
        value = row[name]
        # Only 0 and 1 are what the app writes; anything else is a change from outside.
        snapshot[name] = {0: False, 1: True}.get(value, value) if type(value) is int else value
    snapshot["uuid"] = row["uuid"]
    snapshot["case"] = row["case_uuid"]
    snapshot["person"] = row["person_uuid"]
    snapshot["answered_by"] = row["answered_by_uuid"]
    return snapshot


def _describe(snapshot_a: dict, snapshot_b: dict) -> str:
    names = sorted(
        k for k in set(snapshot_a) | set(snapshot_b) if snapshot_a.get(k) != snapshot_b.get(k)
    )
    return ", ".join(names)


def _rows(conn: sqlite3.Connection, sql: str, params=()):
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # on the cursor: never change a shared connection
    return cursor.execute(sql, params)


def _check(conn: sqlite3.Connection) -> list[str]:
    uuids = {r["id"]: r["uuid"] for r in _rows(conn, f'SELECT id, uuid FROM "{_ENTRY}"')}
    hashes: list[str] = []
    newest: dict[int, sqlite3.Row] = {}
    noted: dict[int, Counter] = {}  # entry id -> attachments its versions recorded
    prev = GENESIS
    records = _records_by_place(conn)
    record_state: dict[tuple[str, str], sqlite3.Row] = {}
    prev = _walk_records(records.pop(0, []), prev, hashes, record_state)
    columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{_VERSION}")')}
    author = "author" if "author" in columns else "NULL AS author"  # schema 6
    for v in _rows(
        conn,
        f"SELECT id, entry_id, seq, action, recorded_at, reason, snapshot, prev_hash, hash, "
        f'{author} FROM "{_VERSION}" ORDER BY id',
    ):
        entry_id = v["entry_id"]
        uuid = uuids.get(entry_id)
        if uuid is None:
            raise _Bad(
                entry_id,
                None,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Errors", "version {number} peger på en kontakt, der ikke findes"
                    ),
                    number=v["id"],
                ),
            )
        if v["prev_hash"] != prev:
            raise _Bad(
                entry_id,
                uuid,
                _why(
                    QT_TRANSLATE_NOOP("Errors", "kæden er brudt (forrige fingeraftryk passer ikke)")
                ),
            )
        try:
            snapshot = json.loads(v["snapshot"])
        except (TypeError, ValueError):
            raise _Bad(
                entry_id, uuid, _why(QT_TRANSLATE_NOOP("Errors", "en gemt version kan ikke læses"))
            ) from None
        if not isinstance(snapshot, dict) or canonical_json(snapshot) != v["snapshot"]:
            raise _Bad(
                entry_id, uuid, _why(QT_TRANSLATE_NOOP("Errors", "en gemt version er ændret"))
            )
        if snapshot.get("uuid") != uuid:
            raise _Bad(
                entry_id,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt version hører til en anden kontakt")),
            )
        expected_seq = newest[entry_id]["seq"] + 1 if entry_id in newest else 1
        if v["seq"] != expected_seq or type(v["seq"]) is not int:
            raise _Bad(
                entry_id,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "versionernes rækkefølge er ændret")),
            )
        if not all(isinstance(v[k], str) for k in ("action", "recorded_at", "reason")):
            raise _Bad(
                entry_id, uuid, _why(QT_TRANSLATE_NOOP("Errors", "en gemt version er ændret"))
            )
        if v["author"] is not None and not isinstance(v["author"], str):
            raise _Bad(
                entry_id,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt version er ændret (feltet author)")),
            )
        payload = version_payload(
            uuid, v["seq"], v["action"], v["recorded_at"], v["reason"], snapshot, v["author"]
        )
        digest = chain_hash(prev, payload)
        if digest != v["hash"]:
            raise _Bad(
                entry_id,
                uuid,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Errors", "en gemt version er ændret (fingeraftrykket passer ikke)"
                    )
                ),
            )
        hashes.append(digest)
        newest[entry_id] = v
        attached = _ATTACHED_RE.search(v["reason"])
        if attached:
            name, size, sha = attached.group(1), int(attached.group(2)), attached.group(3)
            noted.setdefault(entry_id, Counter())[(name, size, sha)] += 1
        prev = digest
        prev = _walk_records(records.pop(v["id"], []), prev, hashes, record_state)
    for stray in records.values():
        first = stray[0]
        raise _record_bad(
            first["kind"],
            None,
            first["row_uuid"],
            _why(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "kæden er brudt (registreringen står efter en kontaktversion, der ikke findes)",
                )
            ),
        )

    entry_columns = ", ".join(f'e."{name}"' for name in _ENTRY_FIELDS)
    query = (
        f"SELECT e.id, e.uuid, e.version, e.updated_at, {entry_columns}, "
        f"c.uuid AS case_uuid, p.uuid AS person_uuid, a.uuid AS answered_by_uuid, "
        f"e.case_id, e.person_id, e.answered_by_id "
        f'FROM "{_ENTRY}" e LEFT JOIN "{_CASE}" c ON c.id = e.case_id '
        f'LEFT JOIN "{_PERSON}" p ON p.id = e.person_id '
        f'LEFT JOIN "{_ENTRY}" a ON a.id = e.answered_by_id ORDER BY e.id'
    )
    for row in _rows(conn, query):
        entry_id, uuid = row["id"], row["uuid"]
        version = newest.get(entry_id)
        if version is None:
            raise _Bad(
                entry_id,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "kontakten har ingen gemt version")),
            )
        if (
            (row["case_id"] is not None and row["case_uuid"] is None)
            or (row["person_id"] is not None and row["person_uuid"] is None)
            or (row["answered_by_id"] is not None and row["answered_by_uuid"] is None)
        ):
            raise _Bad(
                entry_id,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "kontakten peger på noget, der ikke findes")),
            )
        stored = json.loads(version["snapshot"])
        actual = _raw_snapshot(row)
        if actual != stored or any(
            type(actual[k]) is not type(stored.get(k)) for k in actual if actual[k] is not None
        ):
            raise _Bad(
                entry_id,
                uuid,
                _why(
                    QT_TRANSLATE_NOOP("Errors", "feltet {field} er ændret"),
                    field=_describe(actual, stored),
                ),
            )
        if row["version"] != version["seq"] or type(row["version"]) is not int:
            raise _Bad(
                entry_id, uuid, _why(QT_TRANSLATE_NOOP("Errors", "feltet version er ændret"))
            )
        if row["updated_at"] != version["recorded_at"]:
            raise _Bad(
                entry_id, uuid, _why(QT_TRANSLATE_NOOP("Errors", "feltet updated_at er ændret"))
            )
    _check_attachments(conn, uuids, noted)
    _check_record_rows(conn, record_state)
    return hashes


def _records_by_place(conn: sqlite3.Connection) -> dict[int, list[sqlite3.Row]]:
    """The chained meeting/agreement records grouped by the entry version they follow."""
    if not has_table(conn, _RECORD):  # a diary from before schema version 5
        return {}
    places: dict[int, list[sqlite3.Row]] = {}
    for r in _rows(
        conn,
        f"SELECT id, kind, row_uuid, seq, recorded_at, snapshot, after_version, prev_hash, hash "
        f'FROM "{_RECORD}" ORDER BY id',
    ):
        place = r["after_version"]
        if type(place) is not int:
            raise _record_bad(
                r["kind"],
                None,
                r["row_uuid"],
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering er ændret")),
            )
        places.setdefault(place, []).append(r)
    return places


def _walk_records(
    records: list[sqlite3.Row],
    prev: str,
    hashes: list[str],
    state: dict[tuple[str, str], sqlite3.Row],
) -> str:
    """Check a run of records linked after ``prev``; returns the new head."""
    for r in records:
        kind, uuid = r["kind"], r["row_uuid"]
        if kind not in RECORD_KINDS or not isinstance(uuid, str):
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering er ændret")),
            )
        if r["prev_hash"] != prev:
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(
                    QT_TRANSLATE_NOOP("Errors", "kæden er brudt (forrige fingeraftryk passer ikke)")
                ),
            )
        try:
            snapshot = json.loads(r["snapshot"])
        except (TypeError, ValueError):
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering kan ikke læses")),
            ) from None
        if not isinstance(snapshot, dict) or canonical_json(snapshot) != r["snapshot"]:
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering er ændret")),
            )
        if snapshot.get("uuid") != uuid:
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering hører til en anden række")),
            )
        before = state.get((kind, uuid))
        expected_seq = before["seq"] + 1 if before is not None else 1
        if type(r["seq"]) is not int or r["seq"] != expected_seq:
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "registreringernes rækkefølge er ændret")),
            )
        if not isinstance(r["recorded_at"], str):
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(QT_TRANSLATE_NOOP("Errors", "en gemt registrering er ændret")),
            )
        digest = chain_hash(prev, record_payload(kind, uuid, r["seq"], r["recorded_at"], snapshot))
        if digest != r["hash"]:
            raise _record_bad(
                kind,
                None,
                uuid,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Errors", "en gemt registrering er ændret (fingeraftrykket passer ikke)"
                    )
                ),
            )
        hashes.append(digest)
        state[(kind, uuid)] = r
        prev = digest
    return prev


def _check_record_rows(conn: sqlite3.Connection, state: dict[tuple[str, str], sqlite3.Row]) -> None:
    """Every meeting and agreement row must equal its newest record (a draft note of an
    unfinished meeting may have none yet), and no chained row may be missing."""
    if not state and not has_table(conn, _RECORD):
        return
    unseen = set(state)
    finished = {
        uuid: json.loads(r["snapshot"]).get("finished_at") is not None
        for (kind, uuid), r in state.items()
        if kind == "meeting"
    }
    for kind in RECORD_KINDS:
        for row_id, snapshot, dangling in record_rows(conn, kind):
            uuid = snapshot.get("uuid")
            if dangling:
                raise _record_bad(
                    kind,
                    row_id,
                    uuid,
                    _why(QT_TRANSLATE_NOOP("Errors", "rækken peger på noget, der ikke findes")),
                )
            newest = state.get((kind, uuid)) if isinstance(uuid, str) else None
            if newest is None:
                if is_unchained_draft(kind, snapshot):
                    if finished.get(snapshot.get("meeting"), False):
                        raise _record_bad(
                            kind,
                            row_id,
                            uuid,
                            _why(
                                QT_TRANSLATE_NOOP(
                                    "Errors", "en kladde er tilføjet efter mødet blev afsluttet"
                                )
                            ),
                        )
                    continue
                raise _record_bad(
                    kind,
                    row_id,
                    uuid,
                    _why(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "rækken har ingen gemt historik "
                            "(tilføjet eller ændret uden for programmet)",
                        )
                    ),
                )
            unseen.discard((kind, uuid))
            if canonical_json(snapshot) != newest["snapshot"]:
                stored = json.loads(newest["snapshot"])
                changed = ", ".join(
                    sorted(
                        k
                        for k in set(snapshot) | set(stored)
                        if canonical_json(snapshot.get(k)) != canonical_json(stored.get(k))
                    )
                )
                raise _record_bad(
                    kind,
                    row_id,
                    uuid,
                    _why(QT_TRANSLATE_NOOP("Errors", "feltet {field} er ændret"), field=changed),
                )
    for kind, uuid in sorted(unseen):
        raise _record_bad(
            kind,
            None,
            uuid,
            _why(QT_TRANSLATE_NOOP("Errors", "rækken er slettet uden for programmet")),
        )


def _check_attachments(conn: sqlite3.Connection, uuids: dict, noted: dict[int, Counter]) -> None:
    """Each attachment row must be one the entry's history recorded (name, size, checksum),
    stored where its checksum says, and none recorded may be missing."""
    if not has_table(conn, _ATTACHMENT):  # a diary from before schema version 4
        return
    found: dict[int, Counter] = {}
    for row in _rows(
        conn,
        f'SELECT id, entry_id, original_name, size, sha256, stored_path FROM "{_ATTACHMENT}" '
        "ORDER BY id",
    ):
        entry_id = row["entry_id"]
        if entry_id not in uuids:
            raise _Bad(
                entry_id,
                None,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Errors", "bilag {number} hører til en kontakt, der ikke findes"
                    ),
                    number=row["id"],
                ),
            )
        key = (row["original_name"], row["size"], row["sha256"])
        sha = row["sha256"]
        if (
            not isinstance(sha, str)
            or type(row["size"]) is not int
            or row["stored_path"] != f"attachments/{sha[:2]}/{sha}"
        ):
            raise _Bad(
                entry_id,
                uuids[entry_id],
                _why(QT_TRANSLATE_NOOP("Errors", "bilag {number} er ændret"), number=row["id"]),
            )
        found.setdefault(entry_id, Counter())[key] += 1
        if found[entry_id][key] > noted.get(entry_id, Counter())[key]:
            raise _Bad(
                entry_id,
                uuids[entry_id],
                _why(
                    QT_TRANSLATE_NOOP("Errors", "bilag {number} passer ikke med historikken"),
                    number=row["id"],
                ),
            )
    for entry_id, expected in noted.items():
        if found.get(entry_id, Counter()) != expected:
            raise _Bad(
                entry_id,
                uuids[entry_id],
                _why(QT_TRANSLATE_NOOP("Errors", "et bilag i historikken mangler")),
            )


def _entry_label(conn: sqlite3.Connection, entry_id: int | None, uuid: str | None) -> Phrase:
    """The entry a problem is in, as the start of a sentence ("Kontakt nr. 3 (…), …")."""
    if entry_id is None:
        return phrase("Errors", QT_TRANSLATE_NOOP("Errors", "En kontakt"))
    row = conn.execute(f'SELECT "at", subject FROM "{_ENTRY}" WHERE id = ?', (entry_id,)).fetchone()
    details = f" ({uuid})" if uuid else ""
    if row is not None and isinstance(row[0], str):
        details += f", {row[0][:16].replace('T', ' ')} UTC"
        if isinstance(row[1], str) and row[1]:
            details += f" «{row[1][:60]}»"
    return phrase(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {number}{details}"),
        number=entry_id,
        details=details,
    )


def verify_connection(conn: sqlite3.Connection, *, integrity: bool = True) -> VerifyResult:
    """Check one open SQLite connection (not bound to the app's database)."""
    try:
        if integrity:
            problem = _integrity(conn)
            if problem is not None:
                return _failed(
                    phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Databasefilen er beskadiget (SQLite integrity_check: {problem}).",
                        ),
                        problem=problem,
                    )
                )
        hashes = _check(conn)
    except _Bad as bad:
        label = bad.label or _entry_label(conn, bad.entry_id, bad.uuid)
        return _failed(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "FEJL: {label} passer ikke med sin historik: {why}."),
                label=label,
                why=bad.why,
            ),
            entry_id=bad.entry_id,
            entry_uuid=bad.uuid,
        )
    except sqlite3.DatabaseError as error:
        return _failed(_unreadable(error))
    fingerprint = Fingerprint(hashes[-1] if hashes else GENESIS, len(hashes))
    return VerifyResult(
        True, f"OK. Fingeraftryk: {fingerprint}", fingerprint=fingerprint, hashes=hashes
    )


def _unreadable(error: Exception) -> Phrase:
    return phrase(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "Databasefilen kan ikke læses ({problem})."),
        problem=error,
    )


def _not_opened(path: Path, error: Exception) -> Phrase:
    return phrase(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "Filen {path} kan ikke åbnes ({problem})."),
        path=path,
        problem=error,
    )


def verify_file(path: Path | str) -> VerifyResult:
    """Check a database file opened read-only (works on backups and closed diaries)."""
    path = Path(path)
    if not path.exists():
        return _failed(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Filen {path} findes ikke."), path=path)
        )
    try:
        from .db import connect_read_only

        conn = connect_read_only(path)
    except sqlite3.DatabaseError as error:
        if "unable to open" not in str(error):  # read, but not a healthy database
            return _failed(_unreadable(error))
        return _failed(_not_opened(path, error))
    except sqlite3.Error as error:
        return _failed(_not_opened(path, error))
    try:
        return verify_connection(conn)
    finally:
        conn.close()


def verify_database() -> VerifyResult:
    """Check the app's bound database through its own connection."""
    return verify_connection(database.connection())


@dataclass
class FilesResult:
    """The attachment files next to a database file, checked against their recorded checksums."""

    checked: int
    problems: list[str]
    folder_found: bool

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        if self.problems:
            return "FEJL: " + " ".join(self.problems)
        if not self.checked:
            return ""
        if not self.folder_found:
            return (
                f"Bilagsfilerne ({self.checked}) er ikke kontrolleret: mappen «attachments» ligger "
                "ikke ved denne fil (det er normalt for en sikkerhedskopi)."
            )
        return f"Bilag: {self.checked} filer findes og har deres kontrolsum."


def check_attachment_files(path: Path | str) -> FilesResult:
    """Check every attachment file of the database at ``path`` (size and SHA-256).

    The files live in the ``attachments`` folder next to the database file. When that folder is
    missing altogether (a backup copy elsewhere), nothing is checked and that is said.
    """
    import hashlib

    path = Path(path)
    folder = path.resolve().parent
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        exists = has_table(conn, _ATTACHMENT)
        rows = (
            conn.execute(
                f'SELECT entry_id, original_name, size, sha256, stored_path FROM "{_ATTACHMENT}" '
                "ORDER BY id"
            ).fetchall()
            if exists
            else []
        )
    finally:
        conn.close()
    if not rows:
        return FilesResult(0, [], True)
    if not (folder / "attachments").is_dir():
        return FilesResult(len(rows), [], False)
    problems = []
    for entry_id, name, size, sha, stored in rows:
        file = folder.joinpath(*str(stored).split("/"))
        try:
            digest = hashlib.sha256()
            with open(file, "rb") as handle:
                while chunk := handle.read(1024 * 1024):
                    digest.update(chunk)
            if file.stat().st_size != size or digest.hexdigest() != sha:
                problems.append(
                    f"Bilaget «{name}» (kontakt nr. {entry_id}) er ændret: kontrolsummen passer "
                    "ikke."
                )
        except OSError:
            problems.append(f"Bilaget «{name}» (kontakt nr. {entry_id}) mangler i {file.parent}.")
    return FilesResult(len(rows), problems, True)
