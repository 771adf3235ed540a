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
