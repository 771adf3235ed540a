"""Meetings and agreements in the hash chain (fingerprint.py, Encoding 2): every stored field
of every chained table changed with plain sqlite3 makes verify fail naming the row."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from dagbog.core import db, fingerprint, meetings, migrations, verify
from dagbog.core.models import MeetingNote, RecordVersion
from tests.core.rich_case import fill_meetings
from tests.core.test_verify import fill_diary

TALLY = {"tried": 0, "detected": 0}
LABELS = {
    "meeting": "Mødet",
    "agreement": "Aftalen",
    "meeting_attendee": "Mødedeltageren",
    "agenda_item": "Dagsordenspunktet",
    "meeting_note": "Mødenoten",
    "meeting_action": "Den aftalte handling",
    "agreement_version": "Aftaleversionen",
}
RECORD_COLUMNS = [
    "kind",
    "row_uuid",
    "seq",
    "recorded_at",
    "snapshot",
    "after_version",
    "prev_hash",
    "hash",
]


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    path = tmp_path_factory.mktemp("rich") / "moeder.db"
    db.open_database(path)
    try:
        fill_diary()
        fill_meetings()
    finally:
        db.close_database()
    return path


def _copy(template, target):
    shutil.copyfile(template, target)
    return target


def _columns(path, table) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "id"]
    finally:
        conn.close()


def _rows(path, table):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f'SELECT * FROM "{table}" ORDER BY id')]
    finally:
        conn.close()


def _sql(path, sql, params=()):
    conn = sqlite3.connect(path)  # plain sqlite3: no foreign keys, no app code
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _changes(old):
    """Values to try instead of ``old``: a plain change, and a flip for a 0/1 flag."""
    if isinstance(old, int):
        out = [old + 1000]
        if old in (0, 1):
            out.append(1 - old)
        return out
    if old is None:
        return ["ændret"]
    return [old + "ændret"]


def test_rich_diary_verifies_and_counts_every_link(rich):
    result = verify.verify_file(rich)
    assert result.ok, result.message
    versions = len(_rows(rich, "entry_version"))
    records = len(_rows(rich, RecordVersion._meta.table_name))
    assert records >= 20
    assert result.fingerprint.versions == versions + records == len(set(result.hashes))


@pytest.mark.parametrize("table", list(fingerprint.RECORD_KINDS))
def test_each_field_of_each_meeting_and_agreement_row_changed_is_detected(rich, tmp_path, table):
    rows = _rows(rich, table)
    assert rows
    for row in rows:
        if table == "meeting_note" and row["draft"] == 1:
            continue  # a note still being typed is not chained yet (see the next test)
        for column in _columns(rich, table):
            for new in _changes(row[column]):
                path = _copy(rich, tmp_path / "d.db")
                _sql(path, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (new, row["id"]))
                result = verify.verify_file(path)
                TALLY["tried"] += 1
                assert not result.ok, (table, column, row, new)
                assert f"{LABELS[table]} nr. {row['id']}" in result.message, result.message
                TALLY["detected"] += 1


def test_a_draft_is_covered_once_final(rich, tmp_path):
    """The live draft is outside the chain; a chained note turned back into a draft, a draft
    added to a finished meeting and a stamped note's text are all caught."""
    notes = _rows(rich, "meeting_note")
    draft = next(n for n in notes if n["draft"] == 1)
    path = _copy(rich, tmp_path / "d.db")
    _sql(path, "UPDATE meeting_note SET text = 'skrevet videre' WHERE id = ?", (draft["id"],))
    assert verify.verify_file(path).ok  # an autosaved draft may change: it is not final yet
    final = next(n for n in notes if n["draft"] == 0)
    finished_meeting = final["meeting_id"]
    path = _copy(rich, tmp_path / "d.db")
    _sql(path, "UPDATE meeting_note SET draft = 1 WHERE id = ?", (final["id"],))
    result = verify.verify_file(path)
    assert not result.ok and "feltet draft" in result.message
    path = _copy(rich, tmp_path / "d.db")
    _sql(
        path,
        "INSERT INTO meeting_note (uuid, meeting_id, at, text, draft, saved_at) "
        "VALUES ('x-1', ?, '2026-03-10T09:30:00+00:00', 'Indskudt', 1, "
        "'2026-03-10T09:30:00+00:00')",
        (finished_meeting,),
    )
    result = verify.verify_file(path)
    assert not result.ok and "afsluttet" in result.message, result.message
    TALLY["tried"] += 2
    TALLY["detected"] += 2


@pytest.mark.parametrize("table", list(fingerprint.RECORD_KINDS))
def test_rows_deleted_or_added_outside_the_app_are_detected(rich, tmp_path, table):
    rows = [r for r in _rows(rich, table) if not (table == "meeting_note" and r["draft"] == 1)]
    for row in rows:
        path = _copy(rich, tmp_path / "d.db")
        _sql(path, f'DELETE FROM "{table}" WHERE id = ?', (row["id"],))
        result = verify.verify_file(path)
        TALLY["tried"] += 1
        assert not result.ok, (table, row)
        TALLY["detected"] += 1
    row = dict(rows[-1])
    row.pop("id")
    row["uuid"] = "indsat-udefra"
    if table == "meeting":
        row["entry_id"] = 1  # meeting.entry_id is unique
    if table == "agreement_version":
        row["seq"] += 10  # (agreement, seq) is unique
    path = _copy(rich, tmp_path / "d.db")
    names = ", ".join(f'"{k}"' for k in row)
    _sql(
        path,
        f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
        tuple(row.values()),
    )
    result = verify.verify_file(path)
    TALLY["tried"] += 1
    assert not result.ok and "ingen gemt historik" in result.message, result.message
    TALLY["detected"] += 1


@pytest.mark.parametrize("column", RECORD_COLUMNS)
def test_each_field_of_the_stored_records_changed_is_detected(rich, tmp_path, column):
    for row in _rows(rich, RecordVersion._meta.table_name):
        for new in _changes(row[column])[:1]:
            path = _copy(rich, tmp_path / "d.db")
            _sql(path, f'UPDATE record_version SET "{column}" = ? WHERE id = ?', (new, row["id"]))
            result = verify.verify_file(path)
            TALLY["tried"] += 1
            assert not result.ok, (column, row, new)
            TALLY["detected"] += 1


def test_the_record_chain_tally(capsys):
    with capsys.disabled():
        tried, detected = TALLY["tried"], TALLY["detected"]
        print(f"\nmeeting/agreement tamper cases tried: {tried}, detected: {detected}")
    assert TALLY["tried"] == TALLY["detected"] > 0


def test_autosave_adds_no_link_stamping_adds_one(diary):
    from tests.core.rich_case import fill_meetings as fill

    case = fill()
    note_entry = case.entries.where(meetings.Entry.subject == "Næste møde").get()
    meeting = meetings.meeting_for(note_entry)
    before = fingerprint.current_fingerprint()
    draft = meetings.save_draft(meeting, "N")
    for text in ("Ny", "Ny no", "Ny note"):
        meetings.save_draft(meeting, text, draft)
    assert fingerprint.current_fingerprint() == before
    meetings.stamp_note(meeting, "Ny note", draft)
    after = fingerprint.current_fingerprint()
    assert after.versions == before.versions + 1
    assert verify.verify_database().ok
    assert MeetingNote.get_by_id(draft.id).draft is False


def test_a_changed_stamped_note_fails_the_cli_verify(rich, tmp_path):
    path = _copy(rich, tmp_path / "d.db")
    note = next(n for n in _rows(rich, "meeting_note") if n["draft"] == 0)
    _sql(path, "UPDATE meeting_note SET text = 'Jonas lovede intet' WHERE id = ?", (note["id"],))
    done = subprocess.run(
        [sys.executable, "-m", "dagbog", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert f"Mødenoten nr. {note['id']}" in done.stdout + done.stderr
    assert "feltet text er ændret" in done.stdout + done.stderr


def test_a_diary_from_schema_4_with_meetings_is_chained_once(tmp_path):
    """Meeting and agreement rows written before schema 5 get UUIDs and one record each; the
    old fingerprint stays a state of the history."""
    path = tmp_path / "v4.db"
    db.close_database()
    from dagbog.core.models import SchemaVersion, database

    database.init(str(path), pragmas=db.PRAGMAS)
    database.connect()
    try:
        for step in range(1, 5):
            with database.atomic():
                migrations.STEPS[step]()
                SchemaVersion.delete().execute()
                SchemaVersion.create(version=step)
        fill_diary()
    finally:
        database.close()
    conn = sqlite3.connect(path)
    for table in fingerprint.RECORD_KINDS:  # tables as schema 4 made them: no uuid column
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "uuid"]
        conn.execute(f'CREATE TABLE "{table}_old" AS SELECT {", ".join(columns)} FROM "{table}"')
        conn.execute(f'DROP TABLE "{table}"')
        conn.execute(f'ALTER TABLE "{table}_old" RENAME TO "{table}"')
    conn.execute("UPDATE schema_version SET version = 4")
    meeting_entry = conn.execute("SELECT id FROM entry ORDER BY id LIMIT 1").fetchone()[0]
    ts = "2026-03-02T08:15:00+00:00"
    conn.execute(
        "INSERT INTO meeting (id, entry_id, started_at, created_at) VALUES (1, ?, ?, ?)",
        (meeting_entry, ts, ts),
    )
    conn.execute(
        "INSERT INTO meeting_note (id, meeting_id, at, text, draft, saved_at) VALUES "
        "(1, 1, ?, 'Stemplet', 0, ?), (2, 1, ?, 'Kladde', 1, ?)",
        (ts, ts, ts, ts),
    )
    conn.execute(
        "INSERT INTO agreement (id, case_id, title, created_at) VALUES (1, 1, 'Jobplan', ?)", (ts,)
    )
    conn.execute(
        "INSERT INTO agreement_version (id, agreement_id, seq, text, note, recorded_at) "
        "VALUES (1, 1, 1, 'Plan', '', ?)",
        (ts,),
    )
    conn.commit()
    conn.close()
    before = verify.verify_file(path)
    assert before.ok, before.message
    db.open_database(path)
    try:
        assert migrations.current_version() == migrations.LATEST
        after = verify.verify_database()
        kinds = [r.kind for r in RecordVersion.select().order_by(RecordVersion.id)]
    finally:
        db.close_database()
    assert after.ok, after.message
    assert kinds == ["meeting", "agreement", "meeting_note", "agreement_version"]
    assert after.fingerprint.versions == before.fingerprint.versions + 4
    assert after.is_state(before.fingerprint)


def test_every_meeting_and_agreement_write_chains_what_it_changed():
    """A service that writes a chained table must call chain_meeting/chain_agreement in its
    transaction (or verify reports the row as changed outside the app). Drafts are the one
    exception (fingerprint.py: live notes are chained once stamped)."""
    import inspect
    import re

    from dagbog.core import agreements

    writes = re.compile(
        r"\b(Meeting|MeetingAttendee|AgendaItem|MeetingNote|MeetingAction|Agreement|"
        r"AgreementVersion)\.(create|update|insert|insert_many|delete)\(|\b(meeting|fresh|note|"
        r"item|attendee|action|agreement|version)\.save\("
    )
    unchained = {"save_draft", "discard_draft"}  # drafts only
    for module in (meetings, agreements):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name in unchained:
                continue
            source = inspect.getsource(function)
            if writes.search(source):
                assert "chain_meeting(" in source or "chain_agreement(" in source, name
