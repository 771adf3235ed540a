"""Removing the newest links at the end of the chain: the chain alone cannot show it (a shorter
chain is whole), the diary's backups can (fingerprint.py, "What the chain cannot show")."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from dagbog.__main__ import main
from dagbog.core import backup, clock, db, journal, verify
from dagbog.core.models import Case


def _diary(tmp_path, capsys):
    path = tmp_path / "dagbog.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _log_one(path, subject="Nyeste"):
    db.open_database(path)
    try:
        case = Case.select().first()
        entry = journal.log_contact(
            case, at=clock.now() - timedelta(hours=1), kind="call", direction="out", subject=subject
        )
        return entry.id
    finally:
        db.close_database()


def _cut_newest(path, entry_id):
    """What someone with the sqlite3 shell would do: the entry and its only version go."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM entry_version WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entry WHERE id = ?", (entry_id,))
    conn.commit()
    conn.close()


def test_cutting_the_newest_entry_is_caught_by_the_backup(tmp_path, capsys):
    path = _diary(tmp_path, capsys)
    newest = _log_one(path)
    backup.make_backup(path)
    _cut_newest(path, newest)
    assert verify.verify_file(path).ok  # the chain by itself is still whole
    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "de nyeste registreringer er fjernet" in out
    # The next start backs the shorter diary up; the older backup still shows the cut.
    backup.make_backup(path, now=clock.now() + timedelta(seconds=5))
    assert main(["verify", "--db", str(path)]) == 1
    capsys.readouterr()


def test_a_diary_that_only_grew_matches_its_backups(tmp_path, capsys):
    path = _diary(tmp_path, capsys)
    backup.make_backup(path)
    _log_one(path)
    assert main(["verify", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Sikkerhedskopier: historikken i 1 kopi er en del af dagbogens historik" in out


def test_a_restore_to_an_older_backup_is_not_a_cut(tmp_path, capsys):
    path = _diary(tmp_path, capsys)
    old = backup.make_backup(path, tmp_path / "kopi.db")
    _log_one(path)
    backup.make_backup(path, now=datetime.now(clock.LOCAL_TZ) - timedelta(minutes=5))
    backup.restore(path, old.path)
    assert main(["verify", "--db", str(path)]) == 0
    capsys.readouterr()
    # A backup made after the restore counts again.
    backup.make_backup(path)
    newest = _log_one(path, "Efter gendannelsen")
    _cut_newest(path, newest)
    backup_after = backup.make_backup(path, now=clock.now() + timedelta(seconds=5))
    assert backup_after.fingerprint.versions > 0
    assert main(["verify", "--db", str(path)]) == 0  # the cut came before the last backup
    capsys.readouterr()
