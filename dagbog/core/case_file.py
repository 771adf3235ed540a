"""The portable case file: one case moved between diaries (a citizen's PC, an advocate's laptop).

The file is UTF-8 JSON (``.dagbogsag``)::

    {"format": "dagbog-sag", "format_version": 1, "exported_at": "...",
     "case": {...}, "people": [...], "caseworker_history": [...],
     "versions": [{"entry", "seq", "action", "recorded_at", "reason", "snapshot", "hash"}...],
     "chain": {"head": "<hex>", "versions": N}}

``versions`` holds every stored version of the case's entries in the order the source diary
stored them; an entry's current state is its newest version's snapshot. The file carries the
*case's own chain*: the hashes of :mod:`fingerprint` recomputed over this case's versions only,
starting from GENESIS (the diary's chain interleaves all cases, so it cannot be checked from one
case). Import recomputes it and refuses the file, writing nothing, when any hash differs.

Import merges by UUID: a case, person, caseworker assignment (person + start date) or version
(entry + seq) that is already there is skipped, so importing the same file twice adds nothing.
New versions are appended to the receiving diary's chain. A version that exists on both sides
with different contents means the case was changed in both places; that is refused.

Format version 2 adds ``"attachments": [{"uuid", "entry", "original_name", "size", "sha256",
"added_at", "data"}...]`` with each file's bytes in base64, so the file stays one self-contained
document. Attaching a file stored a version whose reason names the file, its size and SHA-256
(see :mod:`attachments`), so the case's chain covers every attachment: on import each file's
bytes must have its recorded checksum and size, and the attachments must be exactly the ones
the versions recorded, or the file is refused. Files of format version 1 (no attachments) are
still read.

Format version 3 adds the case's meetings and agreements with their full history::

    "records": [{"kind", "record", "seq", "recorded_at", "snapshot", "hash"}...],
    "records_chain": {"head": "<hex>", "records": N},
    "drafts": [{"uuid", "meeting", "at", "text", "saved_at"}...]

``records`` is every chained state (:mod:`fingerprint`, Encoding 2) of the case's meetings,
attendees, agenda points, notes, agreed actions, agreements and agreement versions, in the
order the source diary stored them; a row's current state is its newest record's snapshot,
whose links to other rows are UUIDs. ``records_chain`` is the case's own chain over them
(from GENESIS, hashed as in the diary); import recomputes it and refuses a changed file.
``drafts`` are the notes still being typed in an unfinished meeting: not chained in the diary
either, they travel as they are and are imported only when their UUID is new. Import merges
records by (kind, row UUID, seq) like versions: present ones are skipped (a different content
is refused as changed in both places), new ones update or create the row and are appended to
the receiving diary's chain. Files of format versions 1 and 2 (no meetings) are still read.

Format version 4 adds ``"author"`` to a version saved with schema 6 or later: who saved it
(``"Navn (rolle)"`` from the settings), hashed into the case's chain as in the diary
(:mod:`fingerprint`, Encoding 3). Versions without it are hashed as before.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import peewee

from . import attachments as attachment_store
from . import cases, clock, events
from .errors import DagbogError, ValidationError, os_reason_phrase
from .fingerprint import (
    GENESIS,
    RECORD_KINDS,
    Fingerprint,
    append_record,
    canonical_json,
    chain_hash,
    head_hash,
    is_unchained_draft,
    record_payload,
    record_rows,
    version_payload,
)
from .models import (
    Attachment,
    AwareDateTimeField,
    Case,
    CaseworkerAssignment,
    Entry,
    EntryVersion,
    MeetingNote,
    Person,
    RecordVersion,
    database,
)
from .private_files import write_private
from .texts import QT_TRANSLATE_NOOP, Phrase, phrase

FORMAT = "dagbog-sag"
FORMAT_VERSION = 4
READABLE_VERSIONS = (1, 2, 3, 4)
# How attaching a file is recorded at the end of a version's reason (see attachments.py).
_ATTACHED_RE = re.compile(r"Bilag tilføjet: (.*) \((\d+) bytes, SHA-256 ([0-9a-f]{64})\)\Z", re.S)
SUFFIX = ".dagbogsag"
_CASE_FIELDS = (
    "uuid",
    "title",
    "citizen_name",
    "municipality",
    "main_email",
    "reply_days",
    "notes",
    "archived",
    "created_at",
)
_PERSON_FIELDS = (
    "uuid",
    "name",
    "role",
    "organisation",
    "phone",
    "email",
    "telephone_hours",
    "notes",
    "created_at",
)
_TS = AwareDateTimeField()
_RECORD = RecordVersion._meta.table_name
_MEETING_OF_CASE = (
    'JOIN "meeting" m ON m.id = t.meeting_id JOIN "entry" e ON e.id = m.entry_id '
    "WHERE e.case_id = ?"
)


class CaseFileError(DagbogError):
    """The case file cannot be used; nothing was written."""


def _refused(template: str, **values) -> CaseFileError:
    """A :class:`CaseFileError` whose Danish ``template`` (marked for lupdate) the window
    translates (``core.texts.Phrase``); the CLI shows it in Danish."""
    return CaseFileError(phrase("Errors", template, **values))


def _why(error: Exception) -> Phrase | str:
    """Why a file could not be stored, as a value for a phrase (translated in the window)."""
    if isinstance(error, OSError):
        return os_reason_phrase(error) if error.errno is not None else str(error)
    return getattr(error, "phrase", None) or str(error)


@dataclass(frozen=True)
class ImportResult:
    case_title: str
    new_case: bool
    people: int
    assignments: int
    entries: int
    versions: int
    attachments: int = 0
    # New chained states of meetings and agreements, and new draft notes.
    records: int = 0
    drafts: int = 0

    @property
    def phrase(self) -> Phrase:
        """What the import did, as a sentence the window translates (``message`` in Danish)."""
        if not (
            self.new_case
            or self.people
            or self.assignments
            or self.versions
            or self.records
            or self.drafts
        ):
            return phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Intet nyt at importere: sagen «{title}» er allerede opdateret."
                ),
                title=self.case_title,
            )
        files = (
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", ", {count} nye bilag"), count=self.attachments
            )
            if self.attachments
            else ""
        )
        meetings = (
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", ", {count} nye registreringer af møder og aftaler"),
                count=self.records,
            )
            if self.records
            else ""
        )
        return phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagen «{title}» er importeret: {entries} nye kontakter, {versions} nye "
                "versioner, {people} nye personer{files}{meetings}.",
            ),
            title=self.case_title,
            entries=self.entries,
            versions=self.versions,
            people=self.people,
            files=files,
            meetings=meetings,
        )

    @property
    def message(self) -> str:
        """What the import did, in Danish (the CLI's line)."""
        return self.phrase.render()


def _plain(model, names) -> dict:
    out = {}
    for name in names:
        value = getattr(model, name)
        field = type(model)._meta.fields[name]
        if isinstance(field, AwareDateTimeField):
            value = field.db_value(value)
        elif isinstance(value, date | datetime):
            value = value.isoformat()
        out[name] = value
    return out


def case_chain(versions: list[dict]) -> list[str]:
    """The case's own chain hashes over ``versions`` (dicts as in the file), from GENESIS."""
    prev, hashes = GENESIS, []
    for v in versions:
        payload = version_payload(
            v["entry"],
            v["seq"],
            v["action"],
            v["recorded_at"],
            v["reason"],
            v["snapshot"],
            v.get("author"),
        )
        prev = chain_hash(prev, payload)
        hashes.append(prev)
    return hashes


def records_chain(records: list[dict]) -> list[str]:
    """The case's own chain hashes over its meeting and agreement records, from GENESIS."""
    prev, hashes = GENESIS, []
    for r in records:
        payload = record_payload(r["kind"], r["record"], r["seq"], r["recorded_at"], r["snapshot"])
        prev = chain_hash(prev, payload)
        hashes.append(prev)
    return hashes


# For each chained table: how to find its rows of one case (``?`` = the case id).
_CASE_ROWS = {
    "meeting": 'JOIN "entry" e ON e.id = t.entry_id WHERE e.case_id = ?',
    "agreement": "WHERE t.case_id = ?",
    "meeting_attendee": _MEETING_OF_CASE,
    "agenda_item": _MEETING_OF_CASE,
    "meeting_note": _MEETING_OF_CASE,
    "meeting_action": _MEETING_OF_CASE,
    "agreement_version": 'JOIN "agreement" a ON a.id = t.agreement_id WHERE a.case_id = ?',
}


def _case_rows(kind: str, case: Case):
    """(snapshot of each row of ``kind`` in ``case``), from the stored values."""
    return [
        snapshot
        for _id, snapshot, _dangling in record_rows(
            database.connection(), kind, _CASE_ROWS[kind], (case.id,)
        )
    ]


def export_records(case: Case) -> tuple[list[dict], list[dict]]:
    """The case's meeting and agreement records (chain order) and its unchained drafts."""
    uuids: set[tuple[str, str]] = set()
    drafts = []
    for kind in RECORD_KINDS:
        for snapshot in _case_rows(kind, case):
            uuids.add((kind, snapshot["uuid"]))
            if is_unchained_draft(kind, snapshot):
                drafts.append(
                    {k: snapshot[k] for k in ("uuid", "meeting", "at", "text", "saved_at")}
                )
    records = []
    conn = database.connection()
    for kind, uuid, seq, recorded_at, snapshot in conn.execute(
        f'SELECT kind, row_uuid, seq, recorded_at, snapshot FROM "{_RECORD}" ORDER BY id'
    ):
        if (kind, uuid) in uuids:
            records.append(
                {
                    "kind": kind,
                    "record": uuid,
                    "seq": seq,
                    "recorded_at": recorded_at,
                    "snapshot": json.loads(snapshot),
                }
            )
    for r, digest in zip(records, records_chain(records), strict=True):
        r["hash"] = digest
    return records, drafts


def export_case(case: Case) -> dict:
    """The case as a case-file document (a dict ready for JSON)."""
    people = list(Person.select().where(Person.case == case).order_by(Person.id))
    person_uuid = {p.id: p.uuid for p in people}
    history = [
        {
            "person": person_uuid[a.person_id],
            "from_date": a.from_date.isoformat(),
            "created_at": _TS.db_value(a.created_at),
        }
        for a in CaseworkerAssignment.select()
        .where(CaseworkerAssignment.case == case)
        .order_by(CaseworkerAssignment.id)
    ]
    rows = (
        EntryVersion.select(EntryVersion, Entry.uuid)
        .join(Entry)
        .where(Entry.case == case)
        .order_by(EntryVersion.id)
    )
    versions = []
    for v in rows:
        versions.append(
            {
                "entry": v.entry.uuid,
                "seq": v.seq,
                "action": v.action,
                "recorded_at": _TS.db_value(v.recorded_at),
                "reason": v.reason,
                "snapshot": json.loads(v.snapshot),
            }
        )
        if v.author is not None:
            versions[-1]["author"] = v.author
    hashes = case_chain(versions)
    for v, digest in zip(versions, hashes, strict=True):
        v["hash"] = digest
    files = []
    for attachment in (
        Attachment.select(Attachment, Entry.uuid)
        .join(Entry)
        .where(Entry.case == case)
        .order_by(Attachment.id)
    ):
        data = _attachment_bytes(attachment)
        files.append(
            {
                "uuid": attachment.uuid,
                "entry": attachment.entry.uuid,
                "original_name": attachment.original_name,
                "size": attachment.size,
                "sha256": attachment.sha256,
                "added_at": _TS.db_value(attachment.added_at),
                "data": base64.b64encode(data).decode("ascii"),
            }
        )
    records, drafts = export_records(case)
    record_hashes = [r["hash"] for r in records]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": _TS.db_value(clock.now()),
        "case": _plain(case, _CASE_FIELDS),
        "people": [_plain(p, _PERSON_FIELDS) for p in people],
        "caseworker_history": history,
        "versions": versions,
        "attachments": files,
        "chain": {"head": hashes[-1] if hashes else GENESIS, "versions": len(hashes)},
        "records": records,
        "records_chain": {
            "head": record_hashes[-1] if record_hashes else GENESIS,
            "records": len(record_hashes),
        },
        "drafts": drafts,
    }


def _attachment_bytes(attachment: Attachment) -> bytes:
    """The stored file's bytes, checked against the recorded size and checksum."""
    try:
        data = attachment_store.path_of(attachment).read_bytes()
    except OSError:
        data = None
    if data is None or len(data) != attachment.size or _sha(data) != attachment.sha256:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagen eksporteres ikke, fordi bilaget «{name}» mangler i datamappen eller er "
                "ændret (kontrolsummen passer ikke).",
            ),
            name=attachment.original_name,
        )
    return data


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_case_file(case: Case, path: Path | str) -> Fingerprint:
    """Export ``case`` to ``path`` (written whole, then renamed); returns the case's chain."""
    from .verify import verify_database

    result = verify_database()
    if not result.ok:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "Sagen eksporteres ikke, fordi databasen ikke er i orden: {problem}"
            ),
            problem=result.problem,
        )
    document = export_case(case)
    path = Path(path)
    try:
        write_private(path, json.dumps(document, ensure_ascii=False, indent=1))
    except OSError as error:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "Sagsfilen {path} kan ikke gemmes ({reason}). Intet er ændret."
            ),
            path=path,
            reason=os_reason_phrase(error),
        ) from error
    return Fingerprint(document["chain"]["head"], document["chain"]["versions"])


def read_case_file(path: Path | str) -> dict:
    """Read and check a case file; raises :class:`CaseFileError` with a Danish message."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "Filen {name} kan ikke læses ({reason}). Intet er importeret."
            ),
            name=path.name,
            reason=os_reason_phrase(error),
        ) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Filen {name} er ikke en Dagbog-sagsfil (den er beskadiget eller en helt anden "
                "slags fil). Intet er importeret.",
            ),
            name=path.name,
        ) from None
    check_document(document)
    return document


def check_document(document) -> None:
    """Refuse a document whose form or chain is wrong."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "Filen er ikke en Dagbog-sagsfil."))
    if document.get("format_version") not in READABLE_VERSIONS:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilen er lavet af en anden version af Dagbog. "
                "Opdatér programmet og prøv igen.",
            )
        )
    try:
        case, versions = document["case"], document["versions"]
        people = document["people"]
        # Plain fields only: a list or object where a title or number belongs would reach
        # SQLite as a query part or an unbindable value.
        for row in (case, *people):
            if not all(v is None or isinstance(v, (str, int, float)) for v in row.values()):
                raise TypeError("field")
        people_uuids = {p["uuid"] for p in people}
        for a in document["caseworker_history"]:
            if a["person"] not in people_uuids:
                raise KeyError(a["person"])
            date.fromisoformat(a["from_date"])
        hashes = case_chain(versions)
        stored = [v["hash"] for v in versions]
        head, count = document["chain"]["head"], document["chain"]["versions"]
        seqs: dict[str, int] = {}
        for v in versions:
            snapshot = v["snapshot"]
            if snapshot["uuid"] != v["entry"] or snapshot["case"] != case["uuid"]:
                raise KeyError("snapshot")
            if snapshot.get("person") not in people_uuids | {None}:
                raise KeyError("person")
            if v["seq"] != seqs.get(v["entry"], 0) + 1:
                raise KeyError("seq")
            if not isinstance(v.get("author", ""), str):
                raise KeyError("author")
            seqs[v["entry"]] = v["seq"]
        files = document.get("attachments", [])
        noted: Counter = Counter()
        for v in versions:
            attached = _ATTACHED_RE.search(v["reason"])
            if attached:
                noted[
                    (v["entry"], attached.group(1), int(attached.group(2)), attached.group(3))
                ] += 1
        carried: Counter = Counter()
        for f in files:
            if not isinstance(f["uuid"], str) or not isinstance(f["added_at"], str):
                raise KeyError("attachment")
            carried[(f["entry"], f["original_name"], f["size"], f["sha256"])] += 1
        if len({f["uuid"] for f in files}) != len(files):
            raise KeyError("attachment uuid")
        records = document.get("records", [])
        record_hashes = records_chain(records)
        record_seqs: dict[tuple[str, str], int] = {}
        for r in records:
            snapshot = r["snapshot"]
            if r["kind"] not in RECORD_KINDS or snapshot["uuid"] != r["record"]:
                raise KeyError("record")
            if r["kind"] == "agreement" and snapshot["case"] != case["uuid"]:
                raise KeyError("record case")
            key = (r["kind"], r["record"])
            if r["seq"] != record_seqs.get(key, 0) + 1 or not isinstance(r["recorded_at"], str):
                raise KeyError("record seq")
            record_seqs[key] = r["seq"]
        records_head = document.get("records_chain", {"head": GENESIS, "records": 0})
        if not isinstance(records_head, dict):
            raise TypeError("records_chain")
        for d in document.get("drafts", []):
            if not all(isinstance(d[k], str) for k in ("uuid", "meeting", "at", "text")):
                raise KeyError("draft")
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "Sagsfilen er ufuldstændig eller ændret og kan ikke importeres."
            )
        ) from None
    for index, (computed, given) in enumerate(zip(hashes, stored, strict=True)):
        if computed != given:
            entry = versions[index]["entry"]
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sagsfilens kæde passer ikke ved kontakten {entry} (version {seq}): filen er "
                    "ændret efter eksporten. Intet er importeret.",
                ),
                entry=entry,
                seq=versions[index]["seq"],
            )
    if head != (hashes[-1] if hashes else GENESIS) or count != len(hashes):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilens fingeraftryk passer ikke med dens indhold: filen er ændret efter "
                "eksporten. Intet er importeret.",
            )
        )
    for index, (computed, r) in enumerate(zip(record_hashes, records, strict=True)):
        if computed != r.get("hash"):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sagsfilens kæde over møder og aftaler passer ikke ved registrering "
                    "{number} ({kind} {record}): filen er ændret efter eksporten. "
                    "Intet er importeret.",
                ),
                number=index + 1,
                kind=r["kind"],
                record=r["record"],
            )
    if records_head.get("head") != (record_hashes[-1] if record_hashes else GENESIS) or (
        records_head.get("records") != len(record_hashes)
    ):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilens fingeraftryk for møder og aftaler passer ikke med dens indhold: "
                "filen er ændret efter eksporten. Intet er importeret.",
            )
        )
    if carried != noted:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilens bilag passer ikke med kontakternes historik: et bilag mangler eller "
                "er ændret. Intet er importeret.",
            )
        )
    for f in files:
        data = _attachment_data(f)
        if len(data) != f["size"] or _sha(data) != f["sha256"]:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Bilaget «{name}» i sagsfilen er ændret (kontrolsummen passer ikke). "
                    "Intet er importeret.",
                ),
                name=f["original_name"],
            )


def _attachment_data(file: dict) -> bytes:
    try:
        return base64.b64decode(file["data"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "Bilaget «{name}» i sagsfilen kan ikke læses. Intet er importeret."
            ),
            name=file.get("original_name", "?"),
        ) from None


def _entry_values(snapshot: dict, case: Case, people: dict[str, int], entries: dict[str, int]):
    values = {
        name: value
        for name, value in snapshot.items()
        if name not in ("uuid", "case", "person", "answered_by")
    }
    values["case"] = case.id
    values["person"] = people[snapshot["person"]] if snapshot.get("person") else None
    answered = snapshot.get("answered_by")
    if answered and answered not in entries:
        raise _refused(
            QT_TRANSLATE_NOOP("Errors", "Sagsfilen henviser til et svar, der ikke er i filen.")
        )
    values["answered_by"] = entries[answered] if answered else None
    if values.get("reply_due"):
        values["reply_due"] = date.fromisoformat(values["reply_due"])
    return values


def import_document(document: dict) -> ImportResult:
    """Merge a checked document into the bound diary in one transaction.

    A value of the wrong kind deep in the file (a date that is not a date, a missing field,
    a number too large for SQLite) is refused as a :class:`CaseFileError`; the transaction
    is rolled back, so nothing of the file is imported.
    """
    try:
        return _import_document(document)
    except DagbogError:
        raise
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        OverflowError,
        peewee.IntegrityError,
        peewee.DataError,
        peewee.ProgrammingError,
        peewee.InterfaceError,
    ):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilen er ufuldstændig eller ændret og kan ikke importeres. "
                "Intet er importeret.",
            )
        ) from None


def _import_document(document: dict) -> ImportResult:
    check_document(document)
    data = document["case"]
    counts = {
        "people": 0,
        "assignments": 0,
        "entries": 0,
        "versions": 0,
        "attachments": 0,
        "records": 0,
        "drafts": 0,
    }
    new_case = False
    with database.atomic():
        case = Case.get_or_none(Case.uuid == data["uuid"])
        if case is None:
            # The checks of a case made here (a title, a reply time of 1-90 days): an exported
            # case passes them, so a file that does not was changed.
            try:
                title = cases.clean_title(data["title"])
                cases.check_reply_days(data.get("reply_days", 10))
            except ValidationError:
                raise ValueError("case") from None
            data = {**data, "title": title}
            n = 1
            while Case.select().where(Case.title == title).exists():
                n += 1
                suffix = f" (importeret{'' if n == 2 else f' {n - 1}'})"
                # Within the 200 characters of a title, so the case can still be edited.
                title = data["title"][: 200 - len(suffix)].rstrip() + suffix
            values = {k: v for k, v in data.items() if k != "title"}
            case = Case.create(title=title, **values)
            new_case = True
        people: dict[str, int] = {}
        for p in document["people"]:
            person = Person.get_or_none(Person.uuid == p["uuid"])
            if person is None:
                person = Person.create(case=case, **p)
                counts["people"] += 1
            elif person.case_id != case.id:
                raise _refused(
                    QT_TRANSLATE_NOOP("Errors", "Personen «{name}» hører til en anden sag her."),
                    name=p["name"],
                )
            people[p["uuid"]] = person.id
        for a in document["caseworker_history"]:
            from_date = date.fromisoformat(a["from_date"])
            exists = (
                CaseworkerAssignment.select()
                .where(
                    (CaseworkerAssignment.case == case)
                    & (CaseworkerAssignment.person == people[a["person"]])
                    & (CaseworkerAssignment.from_date == from_date)
                )
                .exists()
            )
            if not exists:
                CaseworkerAssignment.create(
                    case=case,
                    person=people[a["person"]],
                    from_date=from_date,
                    created_at=a["created_at"],
                )
                counts["assignments"] += 1
        entries: dict[str, int] = {
            uuid: entry_id
            for entry_id, uuid in Entry.select(Entry.id, Entry.uuid)
            .where(Entry.case == case)
            .tuples()
        }
        for v in document["versions"]:
            snapshot = v["snapshot"]
            existing = (
                EntryVersion.select()
                .join(Entry)
                .where((Entry.uuid == v["entry"]) & (EntryVersion.seq == v["seq"]))
                .first()
            )
            if existing is not None:
                same = (
                    existing.action == v["action"]
                    and existing.reason == v["reason"]
                    and _TS.db_value(existing.recorded_at) == v["recorded_at"]
                    and json.loads(existing.snapshot) == snapshot
                )
                if not same or existing.author != v.get("author"):
                    raise _refused(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Kontakten {entry} er ændret både her og i sagsfilen (version "
                            "{seq}). Intet er importeret.",
                        ),
                        entry=v["entry"],
                        seq=v["seq"],
                    )
                continue
            other = Entry.get_or_none(Entry.uuid == v["entry"])
            if other is not None and other.case_id != case.id:
                raise _refused(
                    QT_TRANSLATE_NOOP("Errors", "Kontakten {entry} hører til en anden sag her."),
                    entry=v["entry"],
                )
            if other is not None and other.version != v["seq"] - 1:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Kontakten {entry} mangler tidligere versioner her. Intet er importeret.",
                    ),
                    entry=v["entry"],
                )
            values = _entry_values(snapshot, case, people, entries)
            values.update(version=v["seq"], updated_at=v["recorded_at"])
            if other is None:
                entry = Entry.create(uuid=v["entry"], **values)
                entries[v["entry"]] = entry.id
                counts["entries"] += 1
            else:
                Entry.update(**values).where(Entry.id == other.id).execute()
                entry = Entry.get_by_id(other.id)
            prev = head_hash()
            payload = version_payload(
                v["entry"],
                v["seq"],
                v["action"],
                v["recorded_at"],
                v["reason"],
                snapshot,
                v.get("author"),
            )
            EntryVersion.create(
                author=v.get("author"),
                entry=entry,
                seq=v["seq"],
                action=v["action"],
                recorded_at=v["recorded_at"],
                reason=v["reason"],
                snapshot=canonical_json(snapshot),
                prev_hash=prev,
                hash=chain_hash(prev, payload),
            )
            counts["versions"] += 1
        for f in document.get("attachments", []):
            existing = Attachment.get_or_none(Attachment.uuid == f["uuid"])
            if existing is not None:
                if existing.sha256 != f["sha256"] or existing.entry_id != entries.get(f["entry"]):
                    raise _refused(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Bilaget «{name}» findes her med et andet indhold. "
                            "Intet er importeret.",
                        ),
                        name=f["original_name"],
                    )
                continue
            data = _attachment_data(f)
            try:
                sha, size, relative = attachment_store.store_bytes(data)
            except (OSError, DagbogError) as error:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Bilaget «{name}» kunne ikke gemmes i datamappen: {reason}. "
                        "Intet er importeret.",
                    ),
                    name=f["original_name"],
                    reason=_why(error),
                ) from None
            Attachment.create(
                uuid=f["uuid"],
                entry=entries[f["entry"]],
                original_name=f["original_name"],
                size=size,
                sha256=sha,
                stored_path=relative,
                added_at=f["added_at"],
            )
            counts["attachments"] += 1
        counts["records"], counts["drafts"] = _import_records(document, case)
        # The new rows must match their snapshots exactly, as verify will check.
        from .verify import verify_database

        if counts["versions"] or counts["attachments"] or counts["records"] or counts["drafts"]:
            result = verify_database()
            if not result.ok:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Importen blev afbrudt, fordi resultatet ikke kunne kontrolleres: "
                        "{problem} Intet er importeret.",
                    ),
                    problem=result.problem,
                )
    if new_case or any(counts.values()):
        events.publish(events.Change("case", case.id, (case.id,)))
        events.publish(events.Change("entry", case.id, tuple(entries.values())))
    return ImportResult(case.title, new_case, **counts)


def _local_id(model, uuid: str | None) -> int | None:
    if uuid is None:
        return None
    row = model.get_or_none(model.uuid == uuid)
    if row is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sagsfilen henviser til noget, der hverken er i filen eller her. "
                "Intet er importeret.",
            )
        )
    return row.id


def _row_values(kind: str, snapshot: dict, case: Case) -> dict:
    """Model values of a chained row from its snapshot (links resolved to local ids)."""
    model = RECORD_KINDS[kind]
    values = {}
    for field in model._meta.sorted_fields:
        if field.name == "id":
            continue
        value = snapshot[field.name]
        if isinstance(field, peewee.ForeignKeyField):
            value = _local_id(field.rel_model, value)
            owner = (
                value
                if field.rel_model is Case
                else field.rel_model.get_by_id(value).case_id
                if value is not None and field.rel_model in (Entry, Person)
                else case.id
            )
            if owner != case.id:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Sagsfilen henviser til en anden sag. Intet er importeret."
                    )
                )
        values[field.name] = value
    return values


def _import_records(document: dict, case: Case) -> tuple[int, int]:
    """Merge the file's meeting and agreement records, then its drafts; returns the counts."""
    added = 0
    for r in document.get("records", []):
        kind, uuid, seq, snapshot = r["kind"], r["record"], r["seq"], r["snapshot"]
        newest = (
            RecordVersion.select()
            .where((RecordVersion.kind == kind) & (RecordVersion.row_uuid == uuid))
            .order_by(RecordVersion.seq.desc())
            .first()
        )
        if newest is not None and newest.seq >= seq:
            same = RecordVersion.get_or_none(
                (RecordVersion.kind == kind)
                & (RecordVersion.row_uuid == uuid)
                & (RecordVersion.seq == seq)
            )
            if same is None or (
                json.loads(same.snapshot) != snapshot
                or _TS.db_value(same.recorded_at) != r["recorded_at"]
            ):
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Et møde eller en aftale ({kind} {record}) er ændret både her og i "
                        "sagsfilen (registrering {seq}). Intet er importeret.",
                    ),
                    kind=kind,
                    record=uuid,
                    seq=seq,
                )
            continue
        if (newest.seq if newest else 0) != seq - 1:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Et møde eller en aftale ({kind} {record}) mangler tidligere registreringer "
                    "her. Intet er importeret.",
                ),
                kind=kind,
                record=uuid,
            )
        model = RECORD_KINDS[kind]
        values = _row_values(kind, snapshot, case)
        row = model.get_or_none(model.uuid == uuid)
        try:
            if row is None:
                model.create(**values)
            else:
                model.update(**values).where(model.id == row.id).execute()
        except peewee.IntegrityError:
            # E.g. a new agreement version numbered like one made here: both sides changed it.
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Et møde eller en aftale ({kind} {record}) er ændret både her og i "
                    "sagsfilen. Intet er importeret.",
                ),
                kind=kind,
                record=uuid,
            ) from None
        append_record(kind, uuid, seq, snapshot, recorded_at=r["recorded_at"])
        added += 1
    drafts = 0
    for d in document.get("drafts", []):
        if MeetingNote.get_or_none(MeetingNote.uuid == d["uuid"]) is not None:
            continue
        MeetingNote.create(
            uuid=d["uuid"],
            meeting=_local_id(RECORD_KINDS["meeting"], d["meeting"]),
            at=d["at"],
            text=d["text"],
            draft=True,
            saved_at=d["saved_at"],
        )
        drafts += 1
    return added, drafts


def import_case_file(path: Path | str) -> ImportResult:
    """Read, check and merge a case file into the bound diary."""
    return import_document(read_case_file(path))
