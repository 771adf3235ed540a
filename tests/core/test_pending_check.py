"""The start-up health check on a worker thread: reads go ahead, writes wait for it."""

from __future__ import annotations

import hashlib
import threading

import pytest

from dagbog.core import cases, clock, db, journal
from dagbog.core.errors import DamagedDatabaseError


class HeldCheck:
    """A PendingCheck the test finishes by hand (ok or damaged)."""

    def __init__(self, path) -> None:
        self.path = path
        self.error = None
        self.finished = threading.Event()
        self.waited = 0

    def done(self) -> bool:
        return self.finished.is_set()

    def wait(self):
        self.waited += 1
        self.finished.wait(10)
        return self.error


def _diary_with_one_entry(path):
    db.open_database(path)
    case = cases.create_case("Sag")
    journal.log_contact(case, at=clock.now(), kind="call", direction="out", subject="Første")
    db.close_database()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_waits_for_the_check_then_goes_through(db_path):
    _diary_with_one_entry(db_path)
    check = HeldCheck(db_path)
    db.open_database(db_path, check=check)
    try:
        case = cases.get_case("Sag")
        assert journal.count_entries(case) == 1  # reading needs no finished check
        assert db.pending_check() is check and check.waited == 0
        written = threading.Event()

        def write() -> None:
            journal.log_contact(case, at=clock.now(), kind="email", direction="out")
            written.set()

        writer = threading.Thread(target=write)
        writer.start()
        assert not written.wait(0.2)  # held until the check is through
        check.finished.set()
        writer.join(10)
        assert written.is_set()
        assert db.pending_check() is None
        journal.log_contact(case, at=clock.now(), kind="letter", direction="in")
        assert journal.count_entries(case) == 3 and check.waited == 1
    finally:
        db.close_database()


def test_a_damaged_file_found_late_is_never_written(db_path):
    _diary_with_one_entry(db_path)
    before = _digest(db_path)
    check = HeldCheck(db_path)
    db.open_database(db_path, check=check)
    try:
        case = cases.get_case("Sag")
        check.error = DamagedDatabaseError("Filen er beskadiget.", path=db_path)
        check.finished.set()
        for _ in range(2):
            with pytest.raises(DamagedDatabaseError):
                journal.log_contact(case, at=clock.now(), kind="call", direction="out")
        assert journal.count_entries(case) == 1
    finally:
        db.close_database()
    assert _digest(db_path) == before


def test_a_check_that_already_failed_stops_the_open(db_path):
    _diary_with_one_entry(db_path)
    check = HeldCheck(db_path)
    check.error = DamagedDatabaseError("Filen er beskadiget.", path=db_path)
    check.finished.set()
    with pytest.raises(DamagedDatabaseError):
        db.open_database(db_path, check=check)


def test_the_real_check_runs_on_its_thread(db_path):
    _diary_with_one_entry(db_path)
    check = db.PendingCheck(db_path)
    assert check.wait() is None and check.done()
    db.open_database(db_path, check=check)
    try:
        assert db.pending_check() is None  # finished before the open: nothing to hold
    finally:
        db.close_database()


def test_a_check_started_later_holds_writes_and_starts_on_the_first_write(db_path, monkeypatch):
    """The window starts the check once it has painted; a write before that starts it."""
    _diary_with_one_entry(db_path)
    checked = []
    real_check = db.check_file
    monkeypatch.setattr(db, "check_file", lambda path: checked.append(path) or real_check(path))
    check = db.PendingCheck(db_path, start=False)
    assert not check.done()
    db.open_database(db_path, check=check)
    try:
        assert checked == [] and db.pending_check() is check  # opened without checking
        case = cases.get_case("Sag")
        journal.log_contact(case, at=clock.now(), kind="email", direction="out")
        assert checked == [db_path] and check.done() and db.pending_check() is None
        check.start()  # started once only
        assert checked == [db_path] and journal.count_entries(case) == 2
    finally:
        db.close_database()


def test_a_check_started_later_finds_damage_before_any_write(db_path, monkeypatch):
    _diary_with_one_entry(db_path)
    before = _digest(db_path)
    damage = DamagedDatabaseError("Filen er beskadiget.", path=db_path)

    def damaged(path):
        raise damage

    monkeypatch.setattr(db, "check_file", damaged)
    check = db.PendingCheck(db_path, start=False)
    db.open_database(db_path, check=check)
    try:
        case = cases.get_case("Sag")
        check.start()
        assert check.wait() is damage
        with pytest.raises(DamagedDatabaseError):
            journal.log_contact(case, at=clock.now(), kind="call", direction="out")
    finally:
        db.close_database()
    assert _digest(db_path) == before
