"""Schema versions. Each step runs in one transaction together with the version bump.

Before any step runs on a file that already holds data, the file is copied aside
(``<name>.before-v<N>.bak``) with SQLite's backup API, so a failed upgrade loses nothing.

A step that adds a column to a meeting or agreement table (they are in the hash chain with
all their columns, see fingerprint.py "Encoding 2") ends with ``fingerprint.chain_all_records()``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import OperationalError

from . import search_index
from .models import (
    ALL_MODELS,
    ATTACHMENT_MODELS,
    MEETING_MODELS,
    RECORD_MODELS,
    SchemaVersion,
    database,
    new_uuid,
)
from .private_files import create_private


def _v1_create_tables() -> None:
    database.create_tables(ALL_MODELS)


def _v2_settings_meetings_agreements() -> None:
    database.create_tables(MEETING_MODELS)


def _v3_search_index() -> None:
    # Without FTS5 this creates nothing; search_index.ensure() adds it once FTS5 is there.
    search_index.install()


def _v4_attachments() -> None:
    """Files kept with entries, and the keys that make e-mail/calendar re-imports a no-op."""
    database.create_tables(ATTACHMENT_MODELS)


def _v5_meetings_and_agreements_in_the_chain() -> None:
    """Meeting and agreement rows get a UUID and join the hash chain (fingerprint.py,
    Encoding 2): every existing row is chained once, after the chain's head."""
    from . import fingerprint

    for model in MEETING_MODELS:
        if not hasattr(model, "uuid"):
            continue
        table = model._meta.table_name
        columns = {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')}
        if "uuid" not in columns:  # created by an older model (a diary from before schema 5)
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "uuid" VARCHAR(255)')
        ids = [r[0] for r in database.execute_sql(f'SELECT id FROM "{table}" WHERE uuid IS NULL')]
        for row_id in ids:
            database.execute_sql(
                f'UPDATE "{table}" SET uuid = ? WHERE id = ?', (new_uuid(), row_id)
            )
        database.execute_sql(
            f'CREATE UNIQUE INDEX IF NOT EXISTS "{table}_uuid" ON "{table}" ("uuid")'
        )
    database.create_tables(RECORD_MODELS)
    fingerprint.chain_all_records()


def _v6_version_author() -> None:
    """Each entry version records who saved it (fingerprint.py, Encoding 3)."""
    columns = {r[1] for r in database.execute_sql('PRAGMA table_info("entry_version")')}
    if "author" not in columns:  # a diary from before schema 6; old versions keep NULL
        database.execute_sql('ALTER TABLE "entry_version" ADD COLUMN "author" TEXT')


def _v7_promises_are_not_contacts() -> None:
    """A promise made at a meeting is an agreed action, not a contact: the journal entries
    older versions logged for promises are hidden with a reason kept in their history."""
    from . import meetings

    meetings.retire_promise_entries()


#: version -> step that brings the schema from version-1 to version.
STEPS: dict[int, Callable[[], None]] = {
    1: _v1_create_tables,
    2: _v2_settings_meetings_agreements,
    3: _v3_search_index,
    4: _v4_attachments,
    5: _v5_meetings_and_agreements_in_the_chain,
    6: _v6_version_author,
    7: _v7_promises_are_not_contacts,
}

LATEST = max(STEPS)


def current_version() -> int:
    try:
        row = SchemaVersion.select().first()
    except OperationalError:
        return 0
    return row.version if row else 0


def _copy_aside(path: Path, target_version: int) -> Path:
    target = path.with_name(f"{path.name}.before-v{target_version}.bak")
    create_private(target)  # as private as the diary: SQLite would make it 0644
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def migrate(path: Path | None = None) -> int:
    """Bring the bound database to :data:`LATEST`; returns the version it started at."""
    start = current_version()
    if start > LATEST:
        from .errors import DatabaseError

        raise DatabaseError(
            "Databasen er lavet af en nyere version af Dagbog. Opdatér programmet for at åbne den."
        )
    if start and start < LATEST and path is not None:
        _copy_aside(path, LATEST)
    for version in range(start + 1, LATEST + 1):
        with database.atomic():
            STEPS[version]()
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=version)
    return start
