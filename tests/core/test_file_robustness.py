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
