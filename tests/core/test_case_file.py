"""The portable case file: round trip, idempotent merge, refusal of changed files."""

from __future__ import annotations

import contextlib
import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagbog.core import (
    attachments,
    case_file,
    cases,
    clock,
    db,
    fingerprint,
    journal,
    people,
    verify,
)
from dagbog.core.errors import ValidationError
from dagbog.core.models import Attachment, Case, Entry, EntryVersion

BASE = datetime(2025, 1, 6, 9, 0, tzinfo=clock.LOCAL_TZ)
texts = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)
names = texts.map(str.strip).filter(bool)
kinds = st.sampled_from(["call", "email", "letter", "meeting", "sms", "digital", "other"])
steps = st.lists(
    st.tuples(
        st.sampled_from(["log", "log", "log", "edit", "delete", "answer", "attach"]),
        st.integers(0, 10_000),
        kinds,
        texts,
        st.booleans(),
    ),
    min_size=1,
    max_size=12,
)


def build_case(title: str, person_names: list[str], plan) -> Case:
    case = cases.create_case(title, citizen_name="Anna", municipality="Søby", reply_days=10)
    persons = [
        people.add_person(case, name, role="caseworker" if i == 0 else "other")
        for i, name in enumerate(dict.fromkeys(person_names))
    ]
    if len(persons) > 1:
        people.assign_caseworker(case, persons[1], BASE.date() + timedelta(days=30))
    entries: list[Entry] = []
    for action, number, kind, text, flag in plan:
        if action == "log" or not entries:
            entry = journal.log_contact(
                case,
                at=BASE + timedelta(minutes=number * 7),
                kind=kind,
                direction="out" if flag else "in",
                person=persons[number % len(persons)] if persons and number % 3 else None,
                subject=text,
                note=text * 3,
                awaiting_reply=flag and kind == "email",
                private=not flag,
            )
            entries.append(entry)
        elif action == "edit":
            target = entries[number % len(entries)]
            entries[entries.index(target)] = journal.edit_entry(
                Entry.get_by_id(target.id), reason=text, note=text + "!"
            )
        elif action == "attach":
            target = entries[number % len(entries)]
            attachments.add_attachment(
                Entry.get_by_id(target.id),
                data=(text * (number % 50)).encode() + bytes([number % 256]),
                name=text or "bilag",
                reason=text,
            )
        elif action == "delete":
            journal.delete_entry(
                Entry.get_by_id(entries[number % len(entries)].id), text.strip() or "fejl"
            )
        else:
            first, last = sorted((entries[0], entries[-1]), key=lambda e: e.at)
            with contextlib.suppress(ValidationError):  # not awaiting, deleted, same entry
                journal.mark_answered(Entry.get_by_id(first.id), Entry.get_by_id(last.id))
    return case


def _without_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=names, person_names=st.lists(names, max_size=3), plan=steps)
def test_random_cases_survive_export_and_import(title, person_names, plan):
    with tempfile.TemporaryDirectory() as folder:
        # Separate data folders, so the attachments' bytes must travel in the file.
        (Path(folder) / "a").mkdir()
        (Path(folder) / "b").mkdir()
        source, target = Path(folder) / "a" / "a.db", Path(folder) / "b" / "b.db"
        file = Path(folder) / "sag.dagbogsag"
        db.open_database(source)
        try:
            case = build_case(title, person_names, plan)
            printed = case_file.write_case_file(case, file)
            exported = case_file.export_case(case)
        finally:
            db.close_database()
        db.open_database(target)
        try:
            first = case_file.import_case_file(file)
            assert first.new_case and first.versions == printed.versions
            again = case_file.import_case_file(file)
            assert (again.people, again.versions, again.entries, again.new_case) == (0, 0, 0, False)
            imported = Case.get(Case.uuid == exported["case"]["uuid"])
            assert _without_time(case_file.export_case(imported)) == _without_time(exported)
            result = verify.verify_database()
            assert result.ok, result.message
            assert EntryVersion.select().count() == printed.versions
            assert first.attachments == len(exported["attachments"])
            for attachment in Attachment.select():
                assert attachments.verify(attachment)  # same bytes, under the same checksum
                assert str(attachments.path_of(attachment)).startswith(str(target.parent))
        finally:
            db.close_database()


@pytest.fixture
def exported(diary, tmp_path):
    case = build_case("Sag", ["Mette", "Ole"], [("log", 1, "call", "hej", True)] * 3)
    path = tmp_path / "sag.dagbogsag"
    case_file.write_case_file(case, path)
    return path


def _fresh(tmp_path, name="b.db"):
    db.close_database()
    db.open_database(tmp_path / name)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["versions"][1]["snapshot"].update(subject="ændret"),
        lambda d: d["versions"][0].update(recorded_at="2020-01-01T00:00:00+00:00"),
        lambda d: d["versions"].pop(1),
        lambda d: d["chain"].update(versions=99),
        lambda d: d["versions"][2].update(reason="ny grund"),
        lambda d: d["versions"][0]["snapshot"].update(case="x"),
        lambda d: d.update(format="noget andet"),
        lambda d: d["versions"][0].pop("hash"),
    ],
)
def test_a_changed_file_is_refused_and_nothing_is_written(exported, tmp_path, change):
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document)
    exported.write_text(json.dumps(document), encoding="utf-8")
    _fresh(tmp_path)
    before = fingerprint.current_fingerprint()
    with pytest.raises(case_file.CaseFileError) as error:
        case_file.import_case_file(exported)
    assert str(error.value)
    assert Case.select().count() == 0 and Entry.select().count() == 0
    assert fingerprint.current_fingerprint() == before


def test_import_merges_new_versions_into_a_diary_with_other_cases(diary, tmp_path):
    case = build_case(
        "Sag", ["Mette"], [("log", 1, "call", "a", True), ("log", 2, "sms", "b", True)]
    )
    early = tmp_path / "tidlig.dagbogsag"
    case_file.write_case_file(case, early)
    journal.edit_entry(Entry.select().first(), reason="senere", subject="rettet")
    late = tmp_path / "sen.dagbogsag"
    case_file.write_case_file(case, late)

    _fresh(tmp_path)
    build_case("Sag", ["Anden"], [("log", 5, "letter", "c", False)])  # same title, other case
    assert case_file.import_case_file(early).new_case
    merged = case_file.import_case_file(late)
    assert (merged.versions, merged.entries, merged.new_case) == (1, 0, False)
    assert "1 nye versioner" in merged.message
    assert {c.title for c in Case.select()} == {"Sag", "Sag (importeret)"}
    assert Entry.select().where(Entry.subject == "rettet").count() == 1
    assert verify.verify_database().ok


def test_changed_in_both_places_is_refused(diary, tmp_path):
    case = build_case("Sag", [], [("log", 1, "call", "a", True)])
    base = tmp_path / "base.dagbogsag"
    case_file.write_case_file(case, base)
    journal.edit_entry(Entry.select().first(), reason="her", subject="her")
    here = tmp_path / "her.dagbogsag"
    case_file.write_case_file(case, here)

    _fresh(tmp_path)
    case_file.import_case_file(base)
    journal.edit_entry(Entry.select().first(), reason="der", subject="der")
    before = fingerprint.current_fingerprint()
    with pytest.raises(case_file.CaseFileError, match="både her og i sagsfilen"):
        case_file.import_case_file(here)
    assert fingerprint.current_fingerprint() == before


@pytest.fixture
def with_files(diary, tmp_path):
    case = build_case("Sag", ["Mette"], [("log", 1, "letter", "brev", True)] * 2)
    entry = Entry.select().order_by(Entry.id).first()
    attachments.add_attachment(entry, data=b"scannet brev" * 40, name="Afgørelse.pdf")
    attachments.add_attachment(entry, data="æøå".encode(), name="noter.txt", reason="Noter")
    path = tmp_path / "sag.dagbogsag"
    case_file.write_case_file(case, path)
    return case, path


def test_attachments_travel_in_the_case_file(with_files, tmp_path):
    _case, path = with_files
    (tmp_path / "laptop").mkdir()
    _fresh(tmp_path / "laptop")
    result = case_file.import_case_file(path)
    assert result.attachments == 2 and "2 nye bilag" in result.message
    stored = {a.original_name: attachments.path_of(a) for a in Attachment.select()}
    assert stored["Afgørelse.pdf"].read_bytes() == b"scannet brev" * 40
    assert stored["noter.txt"].read_bytes() == "æøå".encode()
    assert str(stored["noter.txt"]).startswith(str(tmp_path / "laptop"))
    assert verify.verify_database().ok
    again = case_file.import_case_file(path)
    assert again.attachments == 0 and Attachment.select().count() == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda f: f.update(data=__import__("base64").b64encode(b"andet indhold").decode()),
        lambda f: f.update(sha256="0" * 64),
        lambda f: f.update(original_name="andet navn.pdf"),
        lambda f: f.update(data="ikke base64!"),
        lambda f: f.pop("entry"),
    ],
)
def test_a_changed_attachment_is_refused_and_nothing_is_written(with_files, tmp_path, change):
    _case, path = with_files
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["attachments"][0])
    path.write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "laptop").mkdir()
    _fresh(tmp_path / "laptop")
    with pytest.raises(case_file.CaseFileError):
        case_file.import_case_file(path)
    assert Case.select().count() == 0 and Attachment.select().count() == 0


def test_a_dropped_attachment_is_refused(with_files, tmp_path):
    _case, path = with_files
    document = json.loads(path.read_text(encoding="utf-8"))
    document["attachments"].pop()
    path.write_text(json.dumps(document), encoding="utf-8")
    _fresh(tmp_path)
    with pytest.raises(case_file.CaseFileError, match="bilag"):
        case_file.import_case_file(path)


def test_export_refuses_a_missing_attachment_file(with_files, tmp_path):
    case, _path = with_files
    stored = attachments.path_of(Attachment.get(Attachment.original_name == "noter.txt"))
    stored.chmod(0o600)
    stored.write_bytes(b"changed")
    with pytest.raises(case_file.CaseFileError, match="noter.txt"):
        case_file.write_case_file(case, tmp_path / "ny.dagbogsag")
    assert not (tmp_path / "ny.dagbogsag").exists()


def test_an_imported_case_whose_long_title_is_taken_keeps_within_200_characters(tmp_path):
    """Found: a 200-character title already in the diary became «… (importeret)», 213
    characters, which the case dialog then refused to save («højst være 200 tegn»)."""
    from dagbog.core import cases, db

    title = ("Sygedagpenge og fleksjobsamtaler " * 7)[:200]
    assert len(title) == 200
    db.open_database(tmp_path / "ude.db")
    try:
        case_file.write_case_file(cases.create_case(title), tmp_path / "sag.dagbogsag")
    finally:
        db.close_database()
    db.open_database(tmp_path / "hjemme.db")
    try:
        cases.create_case(title)
        case_file.import_case_file(tmp_path / "sag.dagbogsag")
        case_file.import_case_file(tmp_path / "sag.dagbogsag")  # the same case: merged
        titles = [c.title for c in cases.list_cases()]
        assert len(titles) == 2 and title in titles
        (other,) = (t for t in titles if t != title)
        assert other.endswith(" (importeret)") and len(other) == 200
        imported = cases.find_case(other)
        cases.update_case(imported, title=imported.title, notes="Kan gemmes")
    finally:
        db.close_database()
