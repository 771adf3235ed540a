"""Backups: made with the backup API, checked, rotated; restore keeps the old file aside."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from dagbog.core import backup, cases, clock, db, journal, people, verify
from dagbog.core.errors import DamagedDatabaseError, LockedDatabaseError
from dagbog.core.models import Entry
from tests.core.test_verify import damage


def _at(text: str) -> datetime:
    return clock.parse_local_datetime(text)


@pytest.fixture
def filled(diary):
    case = cases.create_case("Sag")
    person = people.add_person(case, "Mette", role="caseworker")
    for day in range(1, 4):
        journal.log_contact(
            case, at=_at(f"2026-03-0{day} 10:00"), kind="call", direction="out", person=person
        )
    return diary


def test_backup_is_a_checked_copy_with_the_same_fingerprint(filled):
    made = backup.make_backup(filled)
    assert made.path.parent == filled.parent / "Sikkerhedskopier"
    assert verify.verify_file(made.path).ok
    assert made.fingerprint == verify.verify_database().fingerprint
    assert not list(made.path.parent.glob("*.partial"))
    assert [b.path for b in backup.list_backups(filled)] == [made.path]
    assert "versioner" in made.label
    assert re.search(r"\d,\d MB\)$", made.label), made.label  # Danish decimal comma


def test_backup_on_start_only_when_something_changed(filled):
    assert backup.needs_backup(filled)
    assert backup.start_backup_if_changed(filled).result(timeout=60) is not None
    assert not backup.needs_backup(filled)
    assert backup.backup_if_changed(filled) is None
    case = cases.get_case("Sag")
    people.update_person(people.find_person(case, "Mette"), phone="12345678")
    assert backup.needs_backup(filled)  # a change outside the chain counts too
    backup.make_backup(filled, now=clock.now() + timedelta(seconds=5))
    assert not backup.needs_backup(filled)
    journal.log_contact(case, at=_at("2026-04-01 10:00"), kind="sms", direction="in")
    assert backup.needs_backup(filled)


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_the_newest(filled):
    first = backup.make_backup(filled, now=_at("2024-01-01 12:00"))
    start = _at("2024-01-01 12:00")
    for hours in range(0, 24 * 500, 13):  # every 13 hours for 500 days
        moment = start + timedelta(hours=hours)
        target = backup._new_name(filled, moment)
        shutil.copyfile(first.path, target)
    now = start + timedelta(hours=24 * 500)
    newest = backup.make_backup(filled, now=now)
    kept = backup.list_backups(filled)
    assert kept[0].path == newest.path
    days = {clock.to_local(b.made_at).date() for b in kept}
    weeks = {clock.to_local(b.made_at).isocalendar()[:2] for b in kept}
    months = {(b.made_at.year, b.made_at.month) for b in kept}
    assert len(kept) <= 7 + 4 + 12
    newest_day = clock.to_local(now).date()
    assert {newest_day - timedelta(days=n) for n in range(7)} <= days
    assert len(weeks) >= 4 and len(months) == 12
    assert len(kept) == len({b.path for b in kept})


def test_restore_keeps_the_current_file_aside(filled):
    made = backup.make_backup(filled)
    journal.log_contact(
        cases.get_case("Sag"), at=_at("2026-05-01 09:00"), kind="sms", direction="in"
    )
    db.close_database()
    before = filled.read_bytes()
    aside = backup.restore(filled, made.path)
    assert aside.read_bytes() == before
    db.open_database(filled)
    assert Entry.select().count() == 3
    assert verify.verify_database().fingerprint == made.fingerprint


def test_restore_refuses_a_tampered_backup_and_changes_nothing(filled):
    made = backup.make_backup(filled)
    conn = sqlite3.connect(made.path)
    conn.execute("UPDATE entry SET subject = 'ændret' WHERE id = 2")
    conn.commit()
    conn.close()
    db.close_database()
    before = sorted(p.name for p in filled.parent.iterdir())
    with pytest.raises(backup.BackupError, match="kan ikke bruges"):
        backup.restore(filled, made.path)
    assert sorted(p.name for p in filled.parent.iterdir()) == before


def test_restore_refuses_while_another_dagbog_holds_the_file(filled):
    made = backup.make_backup(filled)
    db.close_database()
    with db.FileLock(filled), pytest.raises(LockedDatabaseError):
        backup.restore(filled, made.path)


def test_damaged_file_is_kept_aside_byte_for_byte(filled):
    made = backup.make_backup(filled)
    db.close_database()
    damage(filled)
    wal = filled.with_name(filled.name + "-wal")
    wal.write_bytes(b"rester af en skrivning")
    originals = {filled.name: filled.read_bytes(), wal.name: wal.read_bytes()}
    with pytest.raises(DamagedDatabaseError):
        db.open_database(filled)
    assert filled.read_bytes() == originals[filled.name]
    good = backup.newest_good_backup(filled)
    assert good.path == made.path
    aside = backup.restore(filled, good.path)
    assert aside.read_bytes() == originals[filled.name]
    assert aside.with_name(aside.name + "-wal").read_bytes() == originals[wal.name]
    assert not wal.exists()
    db.open_database(filled)
    assert verify.verify_database().ok and Entry.select().count() == 3


def test_backup_of_a_damaged_file_does_not_count(filled):
    db.close_database()
    damage(filled)
    with pytest.raises(backup.BackupError):
        backup.make_backup(filled)
    assert backup.list_backups(filled) == []
    assert not list(backup.backup_dir(filled).glob("*"))


def test_junk_in_the_backups_folder_is_no_backup_and_breaks_nothing(filled, capsys):
    """Files a user or another program left in Sikkerhedskopier/: a name that only looks like
    a backup's (a 13th month), an empty file, text, a folder, a database of something else.
    Listing, verify's comparison and the next backup go on; nothing is deleted but rotation."""
    from dagbog.__main__ import main

    made = backup.make_backup(filled)
    folder = made.path.parent
    (folder / "dagbog-2026-13-45_996199.db").write_bytes(b"x")
    (folder / "dagbog-2026-11-21_100000.db").write_bytes(b"")
    (folder / "dagbog-2026-11-20_100000.db").write_text("ikke en database", encoding="utf-8")
    (folder / "dagbog-2026-11-19_100000.db").mkdir()
    other = sqlite3.connect(folder / "dagbog-2026-11-18_100000.db")
    other.execute("CREATE TABLE x (y)")
    other.commit()
    other.close()
    (folder / "LÆS MIG.txt").write_text("hej", encoding="utf-8")
    (folder / "dagbog.gendannet").write_text("i går", encoding="utf-8")

    listed = {item.path.name: item for item in backup.list_backups(filled)}
    assert made.path.name in listed and "dagbog-2026-13-45_996199.db" in listed
    assert listed["dagbog-2026-13-45_996199.db"].fingerprint is None
    assert backup.check_backups(filled, verify.verify_database()).ok
    db.close_database()
    assert main(["verify", "--db", str(filled)]) == 0
    assert main(["backup", "--db", str(filled), "--list"]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err and out.err == ""
    assert made.path.name in out.out
    assert backup.make_backup(filled, now=clock.now() + timedelta(seconds=5)).fingerprint


def test_restore_refuses_a_backup_from_a_newer_dagbog_and_changes_nothing(filled):
    """Found: a backup written by a newer Dagbog passed verify and was restored, and then
    the diary could not be opened any more («lavet af en nyere version af Dagbog»)."""
    from dagbog.core.migrations import LATEST

    made = backup.make_backup(filled)
    newer = sqlite3.connect(made.path)
    newer.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    newer.commit()
    newer.close()
    assert verify.verify_file(made.path).ok  # the chain is whole: only the version is newer
    db.close_database()
    before = verify.verify_file(filled).fingerprint
    with pytest.raises(backup.BackupError, match="nyere version af Dagbog.*Intet er ændret"):
        backup.restore(filled, made.path)
    assert not list(filled.parent.glob("*foer-gendannelse*"))
    assert verify.verify_file(filled).fingerprint == before
    # Nor is it offered after damage as the backup to open instead.
    assert backup.newest_good_backup(filled) is None
    db.open_database(filled)
