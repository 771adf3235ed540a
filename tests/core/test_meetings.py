"""Meeting mode core: attendees, agenda, stamped notes with autosave, actions, finishing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from dagbog.core import cases, clock, db, journal, meetings, people
from dagbog.core.errors import ValidationError
from dagbog.core.models import MeetingNote
from dagbog.core.vocabulary import Role

AT = datetime(2026, 11, 10, 10, 0, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def meeting_entry(diary):
    case = cases.create_case("Mettes sag", citizen_name="Mette Hansen")
    worker = people.add_person(
        case, "Jonas Berg", role=Role.CASEWORKER, caseworker_from=date(2026, 1, 1)
    )
    return journal.log_contact(
        case,
        at=AT,
        kind="meeting",
        direction="out",
        person=worker,
        subject="Opfølgningsmøde",
        note="Medbring lægeerklæring.",
    )


def test_open_meeting_adds_counterpart_once(meeting_entry):
    meeting = meetings.open_meeting(meeting_entry)
    again = meetings.open_meeting(meeting_entry)
    assert again.id == meeting.id
    assert [(a.name, a.role) for a in meetings.attendees(meeting)] == [
        ("Jonas Berg", "Sagsbehandler")
    ]


def test_only_meetings_open_meeting_mode(diary):
    case = cases.create_case("Sag")
    call = journal.log_contact(case, at=AT, kind="call", direction="out")
    with pytest.raises(ValidationError, match="møde"):
        meetings.open_meeting(call)


def test_attendees_and_agenda(meeting_entry):
    meeting = meetings.open_meeting(meeting_entry)
    meetings.add_attendee(meeting, name="Lise Holm", role="Bisidder")
    with pytest.raises(ValidationError):
        meetings.add_attendee(meeting, name="  ")
    point = meetings.add_agenda_item(meeting, "Jobplanen")
    meetings.add_agenda_item(meeting, "Lægeerklæring")
    meetings.set_agenda_done(point)
    assert [a.name for a in meetings.attendees(meeting)] == ["Jonas Berg", "Lise Holm"]
    assert [(p.text, p.done) for p in meetings.agenda(meeting)] == [
        ("Jobplanen", True),
        ("Lægeerklæring", False),
    ]
    meetings.remove_attendee(meetings.attendees(meeting)[1])
    assert [a.name for a in meetings.attendees(meeting)] == ["Jonas Berg"]


def test_draft_is_updated_in_place_then_stamped(meeting_entry):
    meeting = meetings.open_meeting(meeting_entry)
    started = AT + timedelta(minutes=3)
    draft = meetings.save_draft(meeting, "Jon", at=started)
    for text in ("Jonas siger", "Jonas siger at jobplanen skal ændres"):
        meetings.save_draft(meeting, text, draft)
    assert MeetingNote.select().count() == 1
    assert meetings.pending_draft(meeting).text == "Jonas siger at jobplanen skal ændres"
    assert meetings.notes(meeting) == []
    note = meetings.stamp_note(meeting, "Jonas siger at jobplanen skal ændres.", draft)
    assert note.id == draft.id and not note.draft and note.at == started
    assert meetings.pending_draft(meeting) is None
    with pytest.raises(ValidationError):
        meetings.save_draft(meeting, "ændret bagefter", draft)
    assert meetings.notes(meeting)[0].text == "Jonas siger at jobplanen skal ændres."


def test_promised_action_is_tracked_until_done_without_a_contact(meeting_entry):
    from dagbog.core import requests, stats
    from dagbog.core.fingerprint import current_fingerprint
    from dagbog.core.models import Entry

    meeting = meetings.open_meeting(meeting_entry)
    own = meetings.add_action(meeting, "Sende lægeerklæring", who="Mette", due=date(2026, 11, 20))
    promised = meetings.add_action(
        meeting,
        "Sende ny jobplan",
        who="Jobcentret",
        due=date(2026, 11, 17),
        promised_by_authority=True,
    )
    assert own.request is None and promised.request is None
    # No journal entry: the promise is no contact and no request awaiting a reply.
    assert Entry.select().count() == 1
    case = meeting_entry.case
    assert requests.count_open(case, date(2026, 11, 18)) == (0, 0)
    assert stats.case_statistics(case, today=date(2026, 11, 18)).total == 1
    items = meetings.open_actions(case, today=date(2026, 11, 18))
    assert [(f.action.what, f.overdue, f.promised) for f in items] == [
        ("Sende ny jobplan", True, True),
        ("Sende lægeerklæring", False, False),
    ]
    assert (items[0].days_overdue, items[0].days_waited) == (1, 6)
    assert [f.action.what for f in meetings.open_actions(case, promised=True)] == [
        "Sende ny jobplan"
    ]
    assert meetings.follow_up_days(case, date(2026, 11, 1), date(2026, 11, 30)) == {
        date(2026, 11, 17): 1,
        date(2026, 11, 20): 1,
    }
    versions_before = current_fingerprint().versions
    meetings.set_action_done(promised)
    # The action's new state (done) is chained; no entry changes.
    assert current_fingerprint().versions == versions_before + 1
    assert [f.action.what for f in meetings.open_actions(case)] == ["Sende lægeerklæring"]
    assert not meetings.action_is_open(promised.__class__.get_by_id(promised.id))
    meetings.set_action_done(promised, False)
    assert len(meetings.open_actions(case)) == 2


def test_a_promise_without_due_date_gets_the_case_reply_deadline(meeting_entry):
    meeting = meetings.open_meeting(meeting_entry)
    promised = meetings.add_action(meeting, "Svare om kursus", promised_by_authority=True)
    # The meeting was Tue 10 Nov; the case's deadline is 10 working days.
    assert promised.due == date(2026, 11, 24)
    assert meetings.add_action(meeting, "Ringe til lægen", who="Mette").due is None
    with pytest.raises(ValidationError) as caught:
        meetings.add_action(meeting, "Svar", due=date(2026, 11, 9), promised_by_authority=True)
    assert caught.value.field == "due"


def test_follow_up_days_counts_what_open_actions_lists(meeting_entry):
    """The calendar's plain-SQL count agrees with the peewee query of open actions."""
    case = meeting_entry.case
    meeting = meetings.open_meeting(meeting_entry)
    day = date(2026, 11, 20)
    meetings.add_action(meeting, "Sende lægeerklæring", who="Mette", due=day)
    meetings.add_action(meeting, "Ringe til lægen", who="Mette", due=day)
    done = meetings.add_action(meeting, "Finde papirer", who="Mette", due=date(2026, 11, 21))
    meetings.set_action_done(done)
    meetings.add_action(meeting, "Uden frist", who="Mette")
    meetings.add_action(meeting, "Efter perioden", who="Mette", due=date(2026, 12, 5))
    kept = meetings.add_action(
        meeting,
        "Sende jobplan",
        who="Jobcentret",
        due=date(2026, 11, 17),
        promised_by_authority=True,
    )
    awaited = meetings.add_action(
        meeting,
        "Svare om kursus",
        who="Jobcentret",
        due=date(2026, 11, 18),
        promised_by_authority=True,
    )
    meetings.set_action_done(kept)
    other = cases.create_case("Anden sag")
    other_meeting = meetings.open_meeting(
        journal.log_contact(other, at=AT, kind="meeting", direction="out", subject="Møde")
    )
    meetings.add_action(other_meeting, "Andet", who="Mette", due=day)

    first, last = date(2026, 11, 1), date(2026, 11, 30)
    expected: dict[date, int] = {}
    for item in meetings.open_actions(case):
        if item.due is not None and first <= item.due <= last:
            expected[item.due] = expected.get(item.due, 0) + 1
    assert (
        meetings.follow_up_days(case, first, last)
        == expected
        == {
            day: 2,
            awaited.due: 1,
        }
    )
    assert meetings.follow_up_days(case.id, day, day) == {day: 2}
    # The calendar's tooltips: the same open items, saying whose each is.
    from dagbog.core.meeting_days import FollowUp, follow_up_items

    items = follow_up_items(case, first, last)
    assert {due: len(found) for due, found in items.items()} == expected
    assert items[awaited.due] == [FollowUp(True, "Jobcentret", "Svare om kursus")]
    assert items[day] == [
        FollowUp(False, "Mette", "Sende lægeerklæring"),
        FollowUp(False, "Mette", "Ringe til lægen"),
    ]
    assert meetings.follow_up_days(case, date(2026, 10, 1), date(2026, 10, 31)) == {}


def test_finish_meeting_stamps_drafts_and_writes_minutes(meeting_entry):
    meeting = meetings.open_meeting(meeting_entry)
    meetings.add_attendee(meeting, name="Lise Holm", role="Bisidder")
    meetings.add_agenda_item(meeting, "Jobplanen")
    meetings.stamp_note(meeting, "Første note", at=AT + timedelta(minutes=5))
    empty = meetings.save_draft(meeting, "")
    left = meetings.save_draft(meeting, "Glemt kladde", at=AT + timedelta(minutes=20))
    meetings.add_action(meeting, "Sende lægeerklæring", who="Mette", due=date(2026, 11, 20))
    finished = meetings.finish_meeting(meeting, "Sidste note", meetings.save_draft(meeting, "Si"))
    assert finished.finished_at is not None
    texts = [n.text for n in meetings.notes(meeting, include_drafts=True)]
    assert texts == ["Første note", "Glemt kladde", "Sidste note"]
    assert not MeetingNote.select().where(MeetingNote.id == empty.id).exists()
    assert not MeetingNote.get_by_id(left.id).draft
    entry = journal.get_entry(meeting_entry.id)
    assert entry.version == 2
    assert entry.note.startswith("Medbring lægeerklæring.\n\n" + meetings.MINUTES_MARKER)
    assert "10:05 Første note" in entry.note
    assert "Mette: Sende lægeerklæring (senest 20.11.2026)" in entry.note
    assert "Lise Holm (Bisidder)" in entry.note
    # Finishing again replaces the minutes block; the earlier text stays in the versions.
    meetings.stamp_note(meeting, "Efterskrift")
    meetings.finish_meeting(meeting)
    entry = journal.get_entry(meeting_entry.id)
    assert entry.note.count(meetings.MINUTES_MARKER) == 1 and "Efterskrift" in entry.note
    assert entry.version == 3


def test_summary_values(meeting_entry):
    from dagbog.core import settings

    settings.set_user_profile("Lise Holm", "companion")
    meeting = meetings.open_meeting(meeting_entry)
    meetings.stamp_note(meeting, "Note")
    summary = meetings.summary(meeting_entry)
    assert summary.caseworker == "Jonas Berg"
    assert summary.prepared_by == "Lise Holm (bisidder)"
    assert summary.notes[0][1] == "Note"


CHILD = r"""
import sys, time
from dagbog.core import db, journal, meetings
db.open_database(sys.argv[1])
meeting = meetings.open_meeting(journal.get_entry(int(sys.argv[2])))
draft = None
text = ""
for word in "Jonas lover at sende den nye jobplan inden fredag".split():
    text = (text + " " + word).strip()
    draft = meetings.save_draft(meeting, text, draft)
print("typed", flush=True)
time.sleep(600)
"""


def test_killed_mid_meeting_loses_no_typed_note(meeting_entry, db_path):
    """A child process types through the autosave path and is SIGKILLed mid-meeting."""
    db.close_database()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(meeting_entry.id)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=os.getcwd(),
    )
    try:
        assert child.stdout.readline().strip() == "typed"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    db.open_database(db_path)
    meeting = meetings.meeting_for(journal.get_entry(meeting_entry.id))
    draft = meetings.pending_draft(meeting)
    assert draft.text == "Jonas lover at sende den nye jobplan inden fredag"
