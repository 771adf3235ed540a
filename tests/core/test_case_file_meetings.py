"""Case file format 3: meetings and agreements travel with their full history."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from dagbog.core import agreements, case_file, db, fingerprint, meetings, settings, verify
from dagbog.core.models import Agreement, Case, Entry, EntryVersion
from tests.core.rich_case import AT, fill_meetings
from tests.core.test_verify import fill_diary


def _without_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A diary with other cases and the rich meeting case, and that case exported."""
    folder = tmp_path_factory.mktemp("kilde")
    path, out = folder / "kilde.db", folder / "sag.dagbogsag"
    db.open_database(path)
    try:
        settings.set_user_profile("Lise Holm", "companion")
        fill_diary()
        case = fill_meetings()
        case_file.write_case_file(case, out)
        document = case_file.export_case(case)
    finally:
        db.close_database()
    return path, out, document


def _case_dump(path, title) -> dict:
    """Every row of the case in every table, links as UUIDs, without row ids."""
    conn = sqlite3.connect(path)
    try:
        case_id = conn.execute('SELECT id FROM "case" WHERE title = ?', (title,)).fetchone()[0]
        dump = {}
        for kind, where in case_file._CASE_ROWS.items():
            rows = fingerprint.record_rows(conn, kind, where, (case_id,))
            dump[kind] = sorted(json.dumps(s, sort_keys=True) for _i, s, _d in rows)
        dump["record_version"] = [
            r
            for r in conn.execute(
                "SELECT kind, row_uuid, seq, recorded_at, snapshot FROM record_version ORDER BY id"
            )
            if (r[0], r[1])
            in {
                (k, json.loads(s)["uuid"])
                for k, rows in dump.items()
                if k in case_file._CASE_ROWS
                for s in rows
            }
        ]
        dump["entry"] = sorted(
            conn.execute(
                "SELECT e.uuid, e.at, e.kind, e.subject, e.note, e.reply_status, e.version, "
                "e.updated_at, e.registered_at, e.deleted FROM entry e WHERE e.case_id = ?",
                (case_id,),
            ).fetchall()
        )
        dump["entry_version"] = conn.execute(
            "SELECT e.uuid, v.seq, v.action, v.recorded_at, v.reason, v.snapshot, v.author "
            "FROM entry_version v JOIN entry e ON e.id = v.entry_id WHERE e.case_id = ? "
            "ORDER BY v.id",
            (case_id,),
        ).fetchall()
        dump["person"] = sorted(
            conn.execute(
                "SELECT uuid, name, role, phone, email, notes, created_at FROM person "
                "WHERE case_id = ?",
                (case_id,),
            ).fetchall()
        )
        return dump
    finally:
        conn.close()


def test_a_rich_case_survives_export_and_import_whole(source, tmp_path):
    path, out, document = source
    assert document["format_version"] == case_file.FORMAT_VERSION == 4
    assert {v.get("author") for v in document["versions"]} == {"Lise Holm (bisidder)"}
    kinds = {r["kind"] for r in document["records"]}
    assert kinds == set(fingerprint.RECORD_KINDS)
    assert len(document["drafts"]) == 1
    target = tmp_path / "tom.db"
    db.open_database(target)
    try:
        result = case_file.import_case_file(out)
        assert result.records == len(document["records"]) and result.drafts == 1
        assert "registreringer af møder og aftaler" in result.message
        check = verify.verify_database()
        assert check.ok, check.message
        again = case_file.export_case(Case.get(Case.title == "Mødesag"))
        twice = case_file.import_case_file(out)
        assert twice.records == twice.drafts == twice.versions == 0
        assert twice.message.startswith("Intet nyt")
        entry = Entry.get(Entry.subject == "Opfølgning")
        summary = meetings.summary(entry)
        assert ("Lise Holm", "Bisidder") in summary.attendees
        assert [t for _at, t in summary.notes][0] == "Jonas siger at jobplanen skal ændres."
        plan = Agreement.get(Agreement.title == "Jobplan")
        assert [v.text for v in agreements.history(plan)] == [
            "Mål: deltid 15 timer.",
            "Mål: deltid 12 timer.",
            "Mål: deltid 10 timer.",
        ]
    finally:
        db.close_database()
    assert _without_time(again) == _without_time(document)
    before, after = _case_dump(path, "Mødesag"), _case_dump(target, "Mødesag")
    for table in before:
        assert before[table], table
        assert after[table] == before[table], table


def test_new_meeting_notes_merge_and_a_conflict_is_refused(source, tmp_path):
    path, out, _document = source
    target = tmp_path / "laptop.db"
    db.open_database(target)
    try:
        case_file.import_case_file(out)
        # On the laptop: the open meeting goes on and is finished, the plan changes.
        entry = Entry.get(Entry.subject == "Næste møde")
        meeting = meetings.meeting_for(entry)
        meetings.stamp_note(meeting, "Aftalt på laptoppen", at=AT + timedelta(days=14, minutes=9))
        meetings.finish_meeting(meeting)
        plan = Agreement.get(Agreement.title == "Jobplan")
        agreements.update_agreement(plan, "Mål: deltid 8 timer.", "Ny vurdering")
        back = tmp_path / "tilbage.dagbogsag"
        case_file.write_case_file(Case.get(Case.title == "Mødesag"), back)
        assert verify.verify_database().ok
    finally:
        db.close_database()
    copy = tmp_path / "pc.db"
    copy.write_bytes(path.read_bytes())
    db.open_database(copy)
    try:
        result = case_file.import_case_file(back)
        assert result.records > 0 and result.versions > 0
        assert verify.verify_database().ok
        plan = Agreement.get(Agreement.title == "Jobplan")
        assert agreements.current_version(plan).text == "Mål: deltid 8 timer."
        note_texts = [
            n.text
            for n in meetings.notes(meetings.meeting_for(Entry.get(Entry.subject == "Næste møde")))
        ]
        assert "Aftalt på laptoppen" in note_texts and "Halv sætn" in note_texts
    finally:
        db.close_database()
    # Changed in both places: the PC changes the plan too, then imports the laptop's file.
    other = tmp_path / "pc2.db"
    other.write_bytes(path.read_bytes())
    db.open_database(other)
    try:
        plan = Agreement.get(Agreement.title == "Jobplan")
        agreements.update_agreement(plan, "Mål: fuld tid.", "Pc'en")
        before = fingerprint.current_fingerprint()
        with pytest.raises(case_file.CaseFileError, match="ændret både her og i sagsfilen"):
            case_file.import_case_file(back)
        assert fingerprint.current_fingerprint() == before
    finally:
        db.close_database()


@pytest.mark.parametrize("change", ["text", "drop", "seq", "head"])
def test_a_changed_meeting_record_in_the_file_is_refused(source, tmp_path, change):
    _path, _out, document = source
    document = json.loads(json.dumps(document))
    notes = [r for r in document["records"] if r["kind"] == "meeting_note"]
    if change == "text":
        notes[0]["snapshot"]["text"] = "Jonas lovede intet"
    elif change == "drop":
        document["records"].remove(notes[0])
    elif change == "seq":
        notes[0]["seq"] = 2
    else:
        document["records_chain"]["records"] += 1
    target = tmp_path / "tom.db"
    db.open_database(target)
    try:
        with pytest.raises(case_file.CaseFileError):
            case_file.import_document(document)
        assert Case.select().count() == 0
        assert fingerprint.current_fingerprint().versions == 0
    finally:
        db.close_database()


def test_a_format_2_file_still_imports(source, tmp_path):
    _path, _out, document = source
    old = {k: v for k, v in document.items() if k not in ("records", "records_chain", "drafts")}
    old["format_version"] = 2
    file = tmp_path / "gammel.dagbogsag"
    file.write_text(json.dumps(old), encoding="utf-8")
    db.open_database(tmp_path / "tom.db")
    try:
        result = case_file.import_case_file(file)
        assert result.versions == len(document["versions"]) and result.records == 0
        assert verify.verify_database().ok
        assert Agreement.select().count() == 0
    finally:
        db.close_database()


def test_a_format_3_file_without_authors_still_imports(source, tmp_path):
    """Versions saved before authors were stored are hashed without one (Encoding 1)."""
    _path, _out, document = source
    old = json.loads(json.dumps(document))
    old["format_version"] = 3
    for v in old["versions"]:
        del v["author"]
    hashes = case_file.case_chain(old["versions"])
    for v, digest in zip(old["versions"], hashes, strict=True):
        v["hash"] = digest
    old["chain"] = {"head": hashes[-1], "versions": len(hashes)}
    db.open_database(tmp_path / "tom.db")
    try:
        result = case_file.import_document(old)
        assert result.versions == len(document["versions"])
        assert result.records == len(document["records"])
        assert verify.verify_database().ok
        assert {v.author for v in EntryVersion.select()} == {None}
    finally:
        db.close_database()
    with_author = json.loads(json.dumps(document))
    with_author["versions"][0]["author"] = "En anden"
    with pytest.raises(case_file.CaseFileError, match="kæde passer ikke"):
        case_file.check_document(with_author)


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("records_chain",), None, "ufuldstændig eller ændret"),
        (("records_chain",), [], "ufuldstændig eller ændret"),
        (("records_chain",), "x", "ufuldstændig eller ændret"),
        (("case", "title"), [], "ufuldstændig eller ændret"),
        (("case", "title"), {"a": 1}, "ufuldstændig eller ændret"),
        (("case", "title"), "", "ufuldstændig eller ændret"),
        (("case", "title"), " \t ", "ufuldstændig eller ændret"),
        (("case", "title"), "Sag " * 100, "ufuldstændig eller ændret"),
        (("case", "reply_days"), [], "ufuldstændig eller ændret"),
        (("case", "reply_days"), 0, "ufuldstændig eller ændret"),
        (("case", "reply_days"), 10**30, "ufuldstændig eller ændret"),
        (("people", 0, "name"), ["Jonas"], "ufuldstændig eller ændret"),
    ],
)
def test_a_case_file_with_a_wrong_kind_of_value_is_refused_whole(
    source, diary, tmp_path, where, value, message
):
    """Found by replacing one value at a time in a format 4 file: a list as the title reached
    SQLite as a query («syntax error»), a list as a number could not be bound, a records_chain
    that is not an object raised AttributeError, and an empty or 400-character title (or 0
    reply days) made a case the case dialog itself would refuse. Each is now the Danish
    refusal of a changed file, and nothing is imported."""
    from dagbog.core.errors import DagbogError

    document = json.loads(json.dumps(source[2]))
    node = document
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = tmp_path / "sag.dagbogsag"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DagbogError, match=message):
        case_file.import_document(case_file.read_case_file(path))
    assert Case.select().count() == 0
    assert EntryVersion.select().count() == 0
    assert Agreement.select().count() == 0
