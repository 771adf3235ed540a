"""verify: every stored field of every entry and version is covered; history is kept."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dagbog.core import cases, clock, db, fingerprint, journal, people, verify
from dagbog.core.models import Entry, EntryVersion

ENTRY_COLUMNS = [
    "id",
    "uuid",
    "case_id",
    "at",
    "kind",
    "direction",
    "person_id",
    "subject",
    "note",
    "outcome",
    "request_type",
    "reply_status",
    "reply_due",
    "answered_by_id",
    "answered_at",
    "response_days",
    "closed_reason",
    "private",
    "deleted",
    "deleted_reason",
    "registered_at",
    "updated_at",
    "version",
]
VERSION_COLUMNS = [
    "entry_id",
    "seq",
    "action",
    "recorded_at",
    "reason",
    "snapshot",
    "prev_hash",
    "hash",
    "author",
]
TALLY = {"tried": 0, "detected": 0}


def _at(text: str) -> datetime:
    return clock.parse_local_datetime(text)


def build_diary(path) -> None:
    """A small diary using every field: edits, a deletion, an answer, two cases."""
    db.open_database(path)
    try:
        fill_diary()
    finally:
        db.close_database()


def fill_diary() -> None:
    """Write the diary's contents into the bound database."""
    case = cases.create_case("Sag A", reply_days=10)
    other = cases.create_case("Sag B")
    worker = people.add_person(case, "Mette Holm", role="caseworker")
    duty = people.add_person(case, "Vagttelefonen", role="duty-phone")
    people.add_person(other, "Ole")
    request = journal.log_contact(
        case,
        at=_at("2026-03-02 09:15"),
        kind="email",
        direction="out",
        person=worker,
        subject="Aktindsigt",
        note="Jeg beder om aktindsigt.",
        awaiting_reply=True,
        request_type="aktindsigt",
    )
    answer = journal.log_contact(
        case,
        at=_at("2026-03-05 13:00"),
        kind="email",
        direction="in",
        person=worker,
        subject="Svar",
        private=True,
    )
    journal.mark_answered(request, answer)
    call = journal.log_contact(
        case,
        at=_at("2026-03-06 10:00"),
        kind="call",
        direction="out",
        person=duty,
        outcome="no-answer",
        registered_at=_at("2026-03-09 18:00"),
    )
    journal.edit_entry(call, reason="rettet", note="Ingen tog den", subject="Opkald")
    gone = journal.log_contact(
        other, at=_at("2026-04-01 08:00"), kind="letter", direction="in", subject="Brev"
    )
    journal.delete_entry(gone, "dobbelt registreret")
    journal.log_contact(other, at=_at("2026-04-02 08:00"), kind="sms", direction="in")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "skabelon.db"
    build_diary(path)
    return path


def damage(path) -> None:
    """Overwrite the b-tree page type byte of every page but the first: a damaged file."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start] = 0x42
    path.write_bytes(bytes(data))


def _copy(template, target):
    shutil.copyfile(template, target)
    return target


def _rows(path, table, columns):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY id').fetchall()
    finally:
        conn.close()


def _tamper(path, table, column, row_id, value) -> None:
    conn = sqlite3.connect(path)  # plain sqlite3: no foreign keys, no app code
    try:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))
        conn.commit()
    finally:
        conn.close()


def _changed_value(old, draw_int, draw_text):
    if isinstance(old, int):
        return old + draw_int
    if old is None:
        return draw_text or "x"
    return old + (draw_text or "x")


def test_untouched_diary_verifies(template, tmp_path):
    path = _copy(template, tmp_path / "d.db")
    result = verify.verify_file(path)
    assert result.ok, result.message
    assert result.message.startswith("OK")
    versions = len(_rows(path, EntryVersion._meta.table_name, ["id"]))
    assert result.fingerprint.versions == versions
    assert len(set(result.hashes)) == versions


@pytest.mark.parametrize(
    ("table", "column"),
    [(Entry._meta.table_name, c) for c in ENTRY_COLUMNS]
    + [(EntryVersion._meta.table_name, c) for c in VERSION_COLUMNS],
)
def test_each_field_changed_outside_the_app_is_detected(template, tmp_path, table, column):
    """Change the column in every row in turn; verify names that row's entry."""
    rows = _rows(template, table, ["id", column] + (["entry_id"] if "version" in table else []))
    for row in rows:
        path = _copy(template, tmp_path / "d.db")
        new = _changed_value(row[1], 1000, "ændret")
        _tamper(path, table, column, row[0], new)
        result = verify.verify_file(path)
        TALLY["tried"] += 1
        assert not result.ok, (table, column, row)
        owner = row[2] if len(row) > 2 else row[0]
        if column == "entry_id":
            assert result.entry_id in (owner, new)
        else:
            assert result.entry_id == owner, result.message
        assert f"nr. {result.entry_id}" in result.message
        TALLY["detected"] += 1


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.data(),
    kind=st.sampled_from(["entry", "version"]),
)
def test_random_changes_are_detected(template, tmp_path, data, kind):
    if kind == "entry":
        table, columns = Entry._meta.table_name, ENTRY_COLUMNS[1:]
    else:
        table, columns = EntryVersion._meta.table_name, VERSION_COLUMNS
    column = data.draw(st.sampled_from(columns))
    rows = _rows(template, table, ["id", column])
    row_id, old = data.draw(st.sampled_from(rows))
    new = data.draw(
        st.one_of(
            st.none(),
            st.integers(-5, 10**6),
            st.floats(allow_nan=False),
            st.text(max_size=30),
            st.just(str(old).upper()),
            st.just(str(old) + " "),
        )
    )
    assume(new != old or type(new) is not type(old))
    assume(not (isinstance(new, float) and isinstance(old, int) and new == old))
    path = _copy(template, tmp_path / "r.db")
    try:
        _tamper(path, table, column, row_id, new)
    except sqlite3.IntegrityError:
        assume(False)  # NOT NULL or UNIQUE: SQLite itself refuses the change
    if _rows(path, table, [column])[[r[0] for r in rows].index(row_id)][0] == old:
        assume(False)  # column affinity turned the value back into the stored one
    TALLY["tried"] += 1
    result = verify.verify_file(path)
    assert not result.ok, (column, old, new)
    TALLY["detected"] += 1


ATTACHMENT_COLUMNS = ["entry_id", "original_name", "size", "sha256", "stored_path"]


@pytest.fixture(scope="module")
def with_attachments(tmp_path_factory):
    """A diary whose entries carry attachments (one entry two, one entry the same file)."""
    from dagbog.core import attachments

    path = tmp_path_factory.mktemp("bilag") / "bilag.db"
    db.open_database(path)
    try:
        case = cases.create_case("Sag med bilag")
        first = journal.log_contact(
            case, at=_at("2026-03-02 09:15"), kind="letter", direction="in", subject="Brev"
        )
        second = journal.log_contact(
            case, at=_at("2026-03-03 09:15"), kind="email", direction="in", subject="Mail"
        )
        attachments.add_attachment(first, data=b"scan" * 100, name="Afgørelse (side 1).pdf")
        attachments.add_attachment(first, data=b"foto", name="billede.png", reason="Foto")
        attachments.add_attachment(second, data=b"scan" * 100, name="kopi.pdf")
    finally:
        db.close_database()
    return path


@pytest.mark.parametrize("column", ATTACHMENT_COLUMNS)
def test_attachment_rows_changed_outside_the_app_are_detected(with_attachments, tmp_path, column):
    assert verify.verify_file(with_attachments).ok
    rows = _rows(with_attachments, "attachment", ["id", column, "entry_id"])
    for row_id, old, owner in rows:
        path = _copy(with_attachments, tmp_path / "a.db")
        new = (old % 2) + 1 if column == "entry_id" else _changed_value(old, 7, "x")
        _tamper(path, "attachment", column, row_id, new)
        result = verify.verify_file(path)
        TALLY["tried"] += 1
        assert not result.ok, (column, row_id)
        assert result.entry_id in (owner, new), result.message
        TALLY["detected"] += 1


def test_attachment_rows_removed_or_added_outside_the_app_are_detected(with_attachments, tmp_path):
    path = _copy(with_attachments, tmp_path / "a.db")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM attachment WHERE id = 2")
    conn.commit()
    conn.close()
    result = verify.verify_file(path)
    assert not result.ok and result.entry_id == 1 and "mangler" in result.message
    path = _copy(with_attachments, tmp_path / "b.db")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO attachment (uuid, entry_id, original_name, size, sha256, stored_path, "
        "added_at) SELECT 'ny', 2, original_name, size, sha256, stored_path, added_at "
        "FROM attachment WHERE id = 1"
    )
    conn.commit()
    conn.close()
    result = verify.verify_file(path)
    assert not result.ok and result.entry_id == 2
    TALLY["tried"] += 2
    TALLY["detected"] += 2


def test_a_version_author_changed_or_cleared_is_detected(template, tmp_path):
    """Encoding 3: who saved a version is hashed; clearing it to NULL (pre-schema-6 form)
    changes the payload too."""
    for value in ("En anden (borger)", None):
        path = _copy(template, tmp_path / "d.db")
        _tamper(path, EntryVersion._meta.table_name, "author", 3, value)
        result = verify.verify_file(path)
        TALLY["tried"] += 1
        assert not result.ok and "ændret" in result.message, result.message
        TALLY["detected"] += 1


def test_tally(capsys):
    """Prints the figures for the closing note (run with -s)."""
    with capsys.disabled():
        print(f"\ntamper cases tried: {TALLY['tried']}, detected: {TALLY['detected']}")
    assert TALLY["tried"] == TALLY["detected"]


def test_moving_an_entry_to_another_case_uuid_is_detected(template, tmp_path):
    path = _copy(template, tmp_path / "d.db")
    _tamper(path, "case", "uuid", 1, "00000000-0000-0000-0000-000000000000")
    result = verify.verify_file(path)
    assert not result.ok and result.entry_id == 1


def test_damaged_file_fails_integrity(template, tmp_path):
    path = _copy(template, tmp_path / "d.db")
    damage(path)
    result = verify.verify_file(path)
    assert not result.ok
    assert "beskadiget" in result.message or "kan ikke læses" in result.message


def test_edit_and_delete_keep_history_and_fingerprint_never_repeats(diary):
    case = cases.create_case("Sag")
    seen = [fingerprint.current_fingerprint()]
    entry = journal.log_contact(case, at=_at("2026-01-05 10:00"), kind="call", direction="out")
    seen.append(fingerprint.current_fingerprint())
    for text in ["a", "b", "a"]:  # editing back to an earlier text still gives a new fingerprint
        entry = journal.edit_entry(entry, reason="ret", subject=text)
        seen.append(fingerprint.current_fingerprint())
    entry = journal.delete_entry(entry, "fejl")
    seen.append(fingerprint.current_fingerprint())
    entry = journal.restore_entry(entry, "alligevel")
    seen.append(fingerprint.current_fingerprint())
    assert len({f.head for f in seen}) == len(seen)
    assert [f.versions for f in seen] == list(range(len(seen)))
    versions = list(
        EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq)
    )
    assert [v.action for v in versions] == ["create", "edit", "edit", "edit", "delete", "restore"]
    assert versions[4].reason == "fejl"
    assert Entry.get_by_id(entry.id).deleted is False
    result = verify.verify_database()
    assert result.ok and result.fingerprint == seen[-1]
    assert all(result.is_state(f) for f in seen)
    assert not result.is_state(fingerprint.Fingerprint(seen[2].head, 3))


def test_parse_fingerprint_tolerates_extraction_breaks():
    head = "ab" * 32
    text = f"Side 1\nFingeraftryk: {head[:40]}\n{head[40:]} (17 versioner)\n"
    assert fingerprint.parse_fingerprint(text) == fingerprint.Fingerprint(head, 17)
    assert fingerprint.Fingerprint(head, 17).line == f"Fingeraftryk: {head} (17 versioner)"
    assert fingerprint.parse_fingerprint("intet her") is None
