"""Every file Dagbog writes with case data is readable by its owner only (POSIX), like the diary."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from dagbog.__main__ import main
from dagbog.core import db, private_files

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASE = "Sygedagpenge – Jobcenter Søby"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The common umask 022, under which a plain open() makes a file 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_exports_letters_calendars_pdfs_and_backups_are_private(tmp_path, capsys):
    diary = tmp_path / "d.db"
    assert main(["demo", "--db", str(diary)]) == 0
    assert mode(diary) == 0o600
    out = tmp_path / "ud"
    out.mkdir()
    old_letter = out / "brev.txt"
    old_letter.write_text("et gammelt udkast")  # an existing file is replaced, private too
    assert mode(old_letter) == 0o644
    commands = {
        "sag.dagbog": ["export-case", "--case", CASE, "--out"],
        "brev.txt": ["letter", "--case", CASE, "--kind", "followup", "--out"],
        "kalender.ics": ["export-ics", "--case", CASE, "--out"],
        "log.pdf": ["export-pdf", "--case", CASE, "--out"],
        "moede.pdf": ["meeting-summary", "--entry", "1", "--out"],
        "kopi.db": ["backup", "--out"],
    }
    for name, args in commands.items():
        assert main([*args[:1], "--db", str(diary), *args[1:], str(out / name)]) == 0, name
    capsys.readouterr()
    made = {p.name: mode(p) for p in out.iterdir()}
    assert made == dict.fromkeys(commands, 0o600)
    backups = list(tmp_path.rglob("*-*.db"))  # automatic backups, if any were made
    assert all(mode(p) == 0o600 for p in backups)


def test_copy_before_a_migration_is_as_private_as_the_diary(tmp_path):
    diary = tmp_path / "gammel.db"
    shutil.copyfile(FIXTURES / "schema_v1.db", diary)
    diary.chmod(0o600)
    db.open_database(diary)
    db.close_database()
    copies = list(tmp_path.glob("gammel.db.before-v*.bak"))
    assert copies and all(mode(p) == 0o600 for p in copies)


def test_helpers_make_new_and_existing_files_private(tmp_path):
    target = tmp_path / "fil.txt"
    target.write_text("x")
    private_files.write_private(target, "æøå")
    assert target.read_text(encoding="utf-8") == "æøå" and mode(target) == 0o600
    log = tmp_path / "fejl.log"
    with private_files.open_private_append(log) as handle:
        handle.write("første\n")
    with private_files.open_private_append(log) as handle:
        handle.write("anden\n")
    assert log.read_text() == "første\nanden\n" and mode(log) == 0o600
    assert set(tmp_path.iterdir()) == {target, log}  # no temporary file left
