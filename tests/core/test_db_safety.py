"""Opening damaged, locked and read-only files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dagbog.core import cases, db
from dagbog.core.errors import DamagedDatabaseError, LockedDatabaseError, ReadOnlyDatabaseError
from dagbog.core.models import Case
from tests.core.test_verify import damage


def _make(path):
    db.open_database(path)
    cases.create_case("Sag")
    db.close_database()


def test_damaged_file_is_refused_and_not_written(db_path):
    _make(db_path)
    damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as error:
        db.open_database(db_path)
    assert error.value.path == db_path
    assert "beskadiget" in str(error.value) and "ikke ændret" in str(error.value)
    assert db_path.read_bytes() == before
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_second_lock_gets_a_danish_message(db_path):
    _make(db_path)
    db.open_database(db_path, lock=True)
    try:
        with pytest.raises(LockedDatabaseError, match="allerede åben"):
            db.FileLock(db_path).acquire()
        code = (
            "import sys\nfrom dagbog.core import db\n"
            "try:\n    db.open_database(sys.argv[1], lock=True)\n"
            "except db.LockedDatabaseError as e:\n    print(e)\n"
        )
        other = subprocess.run(
            [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60
        )
        assert "allerede åben" in other.stdout
    finally:
        db.close_database()
    with db.FileLock(db_path):  # released on close
        pass


def test_read_only_file_opens_read_only(db_path, monkeypatch):
    _make(db_path)
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    before = db_path.read_bytes()
    db.open_database(db_path)
    try:
        assert db.is_read_only()
        assert [c.title for c in Case.select()] == ["Sag"]
        with pytest.raises(ReadOnlyDatabaseError, match="skrivebeskyttet, så intet er gemt"):
            cases.create_case("Ny")
    finally:
        db.close_database()
    assert not db.is_read_only()
    assert db_path.read_bytes() == before


def test_an_emptied_diary_with_backups_is_damaged_not_a_new_diary(tmp_path, capsys):
    """Found: a diary file cut to 0 bytes (a full disk, a failed copy) was silently made a new,
    empty diary by the next start or verb («Ingen kontakter.»), though its backups hold the
    history. It is now reported as damaged, so the window offers the newest backup."""
    from dagbog.__main__ import main
    from dagbog.core import backup, db
    from dagbog.core.errors import DamagedDatabaseError

    path = tmp_path / "dagbog.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["backup", "--db", str(path)]) == 0
    path.write_bytes(b"")
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    capsys.readouterr()
    with pytest.raises(DamagedDatabaseError, match="filen er tom, men dens sikkerhedskopier"):
        db.open_database(path)
    assert path.stat().st_size == 0
    assert main(["list", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "beskadiget (filen er tom" in err
    assert path.stat().st_size == 0
    assert backup.newest_good_backup(path) is not None  # what the window offers


def test_an_empty_file_without_backups_still_becomes_a_new_diary(tmp_path):
    from dagbog.core import cases, db

    path = tmp_path / "ny.db"
    path.write_bytes(b"")
    db.open_database(path)
    try:
        assert cases.list_cases() == []
    finally:
        db.close_database()


def test_a_folder_as_the_diary_is_named_as_a_folder_in_the_window_too(tmp_path):
    from dagbog.core import db
    from dagbog.core.errors import DamagedDatabaseError, DatabaseError

    folder = tmp_path / "mappe.db"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="er en mappe, ikke en databasefil") as refused:
        db.open_database(folder, lock=True)
    assert not isinstance(refused.value, DamagedDatabaseError)  # no backup is offered
    assert list(tmp_path.iterdir()) == [folder]  # no lock file beside it
