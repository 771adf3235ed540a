"""Files the user cannot write or that are in the way: a clear Danish error, nothing changed."""

from __future__ import annotations

import os

import pytest

from dagbog.core import backup, case_file, cases, db, journal
from dagbog.core.clock import parse_local_datetime
from dagbog.core.errors import os_reason
from dagbog.core.verify import verify_file


def _diary_with_one_entry(path):
    db.open_database(path)
    case = cases.create_case("Sag")
    journal.log_contact(
        case, at=parse_local_datetime("2026-11-20 10:00"), kind="call", direction="out"
    )
    db.close_database()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_diary_in_a_read_only_folder_is_not_called_damaged(tmp_path):
    """SQLite cannot make the WAL index there; that is not damage (found: 'beskadiget')."""
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "dagbog.db"
    _diary_with_one_entry(path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        db.check_file(path)  # no DamagedDatabaseError
        assert verify_file(path).ok
        db.open_database(path)
        try:
            assert db.is_read_only()
            assert [c.title for c in cases.list_cases()] == ["Sag"]
        finally:
            db.close_database()
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before


def test_connect_read_only_still_reports_a_damaged_file(tmp_path):
    path = tmp_path / "rod.db"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(db.DamagedDatabaseError):
        db.check_file(path)


def test_backup_folder_blocked_by_a_file_is_a_danish_error(tmp_path):
    path = tmp_path / "dagbog.db"
    _diary_with_one_entry(path)
    (tmp_path / backup.BACKUP_DIR).write_text("ikke en mappe", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="kan ikke skrives i mappen"):
        backup.make_backup(path)
    assert (tmp_path / backup.BACKUP_DIR).read_text(encoding="utf-8") == "ikke en mappe"


def test_case_file_that_cannot_be_written_is_a_danish_error(diary, tmp_path):
    case = cases.create_case("Sag")
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(case_file.CaseFileError, match="kan ikke gemmes"):
        case_file.write_case_file(case, blocker / "sag.dagbogsag")


def test_os_reason_is_danish():
    assert os_reason(PermissionError(13, "Permission denied")) == "ingen adgang"
    assert os_reason(FileNotFoundError(2, "No such file or directory")) == "findes ikke"
    assert os_reason(OSError(28, "No space left on device")) == "disken er fuld"
    assert os_reason(OSError(9999, "Something rare")) == "Something rare"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["case"].update(created_at=""),
        lambda d: d["case"].update(reply_days=10**20),
        lambda d: d["case"].update(citizen_name=None),
        lambda d: d["people"][0].update(notes=None),
        lambda d: d["people"][0].update(created_at=1.5),
        lambda d: d["caseworker_history"][0].pop("created_at"),
    ],
    ids=["date-empty", "huge-number", "null-name", "null-notes", "float-date", "missing-field"],
)
def test_a_case_file_with_wrong_values_deep_inside_is_refused_whole(tmp_path, change):
    """Found by mutating an exported file: these ended in KeyError, IntegrityError, ..."""
    import json

    from dagbog.core.models import Case, Person

    db.open_database(tmp_path / "a.db")
    case = cases.create_case("Sag", citizen_name="Anna")
    from dagbog.core import people

    people.add_person(case, "Mette", role="caseworker")
    journal.log_contact(
        case, at=parse_local_datetime("2026-11-20 10:00"), kind="call", direction="out"
    )
    path = tmp_path / "sag.dagbogsag"
    case_file.write_case_file(case, path)
    db.close_database()
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    db.open_database(tmp_path / "b.db")
    try:
        with pytest.raises(case_file.CaseFileError, match="Intet er importeret"):
            case_file.import_case_file(path)
        assert Case.select().count() == 0 and Person.select().count() == 0
    finally:
        db.close_database()
