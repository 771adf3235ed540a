"""Killing the app mid-meeting loses no typed note: a child process runs a real meeting window,
types by keystrokes (the stamped note and the one still being typed reach the file through the
window's own autosave), and is killed with SIGKILL; then the file is checked and the note comes
back into the editor when meeting mode opens again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from dagbog.core import cases, clock, db, journal, meetings, people
from dagbog.core.vocabulary import Role
from dagbog.ui.meeting_window import MeetingWindow
from tests.ui.meeting_kill_child import STAMPED, TYPED

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_meeting_loses_no_typed_note(diary, db_path, qtbot):
    case = cases.create_case("Mødesag", citizen_name="Anna Jensen")
    jonas = people.add_person(case, "Jonas Berg", role=Role.CASEWORKER)
    entry = journal.log_contact(
        case,
        at=datetime(2026, 11, 23, 10, 0, tzinfo=clock.LOCAL_TZ),
        kind="meeting",
        direction="out",
        person=jonas,
        subject="Opfølgningsmøde",
    )
    db.close_database()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.meeting_kill_child", str(db_path), str(entry.id)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    db.check_file(db_path)  # the killed writer left a sound file (raises if damaged)
    db.open_database(db_path)
    meeting = meetings.meeting_for(journal.get_entry(entry.id))
    assert [n.text for n in meetings.notes(meeting)] == [STAMPED]
    assert meetings.pending_draft(meeting).text == TYPED
    # Meeting mode opened again brings the unfinished note back into the editor.
    again = MeetingWindow(journal.get_entry(entry.id))
    qtbot.addWidget(again)
    assert again.note_edit.toPlainText() == TYPED
    again.stamp_note()
    assert [n.text for n in meetings.notes(meeting)] == [STAMPED, TYPED]
    assert meetings.pending_draft(meeting) is None
    again.close()
