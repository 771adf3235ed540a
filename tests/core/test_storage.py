"""The database file: permissions, pragmas, migrations, damaged files."""

from __future__ import annotations

import os
import stat

import pytest

from dagbog.core import db, migrations
from dagbog.core.errors import DatabaseError
from dagbog.core.models import SchemaVersion, database


def test_fresh_file_is_private_and_migrated(db_path):
    db.open_database(db_path)
    try:
        assert SchemaVersion.get().version == migrations.LATEST
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close_database()
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_migration_is_idempotent(db_path):
    db.open_database(db_path)
    db.close_database()
    before = db_path.read_bytes()
    db.open_database(db_path)
    try:
        assert migrations.migrate(db_path) == migrations.LATEST
        assert SchemaVersion.select().count() == 1
    finally:
        db.close_database()
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.bak"))


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "noter.db"
    path.write_bytes(b"Dette er ikke en database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as error:
        db.open_database(path)
    assert "kan ikke åbnes" in str(error.value)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(db_path):
    db.open_database(db_path)
    SchemaVersion.update(version=migrations.LATEST + 5).execute()
    db.close_database()
    with pytest.raises(DatabaseError, match="nyere version"):
        db.open_database(db_path)


def test_default_path_is_in_user_data_folder():
    path = db.default_database_path()
    assert path.name == "dagbog.db"
    assert "Dagbog" in str(path)
