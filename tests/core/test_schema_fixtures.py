"""Every committed fixture diary migrates to the current schema with every row and the chain."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dagbog.core import db, migrations, verify

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_v*.db"))


def _dump(path: Path) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        dump = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall()
            dump[table] = {tuple(zip(columns, row, strict=True)) for row in rows}
        return dump
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_first_and_the_current_schema():
    names = {p.name for p in FIXTURES}
    assert "schema_v1.db" in names
    assert f"schema_v{migrations.LATEST}.db" in names, (
        "Add a fixture for the new schema: python -m tests.fixtures.make_schema_fixture "
        f"{migrations.LATEST}"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_migrates_with_rows_and_chain_intact(fixture, tmp_path):
    path = tmp_path / "gammel.db"
    shutil.copyfile(fixture, path)
    before = _dump(path)
    before_check = verify.verify_file(path)
    assert before_check.ok, before_check.message
    assert before_check.fingerprint.versions > 0
    db.open_database(path)
    try:
        assert migrations.current_version() == migrations.LATEST
        after_check = verify.verify_database()
    finally:
        db.close_database()
    assert after_check.ok, after_check.message
    assert after_check.fingerprint == before_check.fingerprint
    after = _dump(path)
    for table, rows in before.items():
        if table == "schema_version":
            continue
        assert table in after, f"table {table} disappeared"
        # Every old row is still there with every old column's value (new columns may be added).
        after_rows = {frozenset(r) for r in after[table]}
        for row in rows:
            assert any(frozenset(row) <= r for r in after_rows), (table, row)
