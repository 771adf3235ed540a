"""Calendar files: export parses back with the right local times; invitations import."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from dagbog.core import attachments, calendar_files, cases, clock, journal, people
from dagbog.core.errors import ValidationError
from dagbog.core.models import Entry
from dagbog.core.vocabulary import Role

TZ = clock.LOCAL_TZ
FIXTURES = Path(__file__).parent.parent / "fixtures" / "ics"


@pytest.fixture
def case(diary):
    case = cases.create_case("Sag", main_email="jobcenter@soeby.dk")
    mette = people.add_person(case, "Mette Holm", role=Role.CASEWORKER, email="mette.holm@soeby.dk")
    journal.log_contact(
        case,
        at=datetime(2026, 7, 1, 10, 0, tzinfo=TZ),
        kind="meeting",
        direction="out",
        person=mette,
        subject="Sommermøde",
    )
    journal.log_contact(
        case,
        at=datetime(2026, 12, 8, 9, 30, tzinfo=TZ),
        kind="meeting",
        direction="out",
        person=mette,
        subject="Vintermøde",
    )
    journal.log_contact(
        case,
        at=datetime(2026, 11, 2, 9, 0, tzinfo=TZ),
        kind="email",
        direction="out",
        subject="Aktindsigt",
        awaiting_reply=True,
        request_type="aktindsigt",
    )
    journal.log_contact(
        case,
        at=datetime(2026, 11, 3, 9, 0, tzinfo=TZ),
        kind="call",
        direction="out",
        outcome="no-answer",
    )
    return case


def test_export_parses_back_with_summer_and_winter_times(case, tmp_path):
    out = tmp_path / "sag.ics"
    calendar_files.export_ics(case, out)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert [tz.get("TZID") for tz in cal.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    eventlist = {str(e.get("SUMMARY")): e for e in cal.walk("VEVENT")}
    assert len(eventlist) == 3
    summer = eventlist["Møde med Mette Holm: Sommermøde"].decoded("DTSTART")
    winter = eventlist["Møde med Mette Holm: Vintermøde"].decoded("DTSTART")
    assert summer.utcoffset() == timedelta(hours=2) and summer.hour == 10
    assert winter.utcoffset() == timedelta(hours=1) and (winter.hour, winter.minute) == (9, 30)
    assert summer == datetime(2026, 7, 1, 8, 0, tzinfo=ZoneInfo("UTC"))
    assert winter == datetime(2026, 12, 8, 8, 30, tzinfo=ZoneInfo("UTC"))
    assert b"TZID=Europe/Copenhagen:20260701T100000" in out.read_bytes()
    deadline = [e for s, e in eventlist.items() if s.startswith("Svarfrist")][0]
    assert deadline.decoded("DTSTART") == date(2026, 11, 11)  # 7 working days
    assert len(deadline.walk("VALARM")) == 1


def test_export_uids_are_stable(case):
    first = icalendar.Calendar.from_ical(calendar_files.export_ics(case))
    second = icalendar.Calendar.from_ical(calendar_files.export_ics(case))
    assert sorted(str(e["UID"]) for e in first.walk("VEVENT")) == sorted(
        str(e["UID"]) for e in second.walk("VEVENT")
    )


def test_import_outlook_invitation(case):
    path = FIXTURES / "outlook_invitation.ics"
    result = calendar_files.import_ics(case, path)
    e = result.entry
    assert e.kind == "meeting" and e.direction == "in"
    assert e.at == datetime(2026, 12, 8, 10, 0, tzinfo=TZ)
    assert e.subject == "Opfølgningssamtale"
    assert e.person.name == "Mette Holm"
    assert "Sted: Jobcenter Søby, Torvet 1, mødelokale 2" in e.note
    assert "arbejdsprøvning" in e.note
    assert calendar_files.import_ics(case, path).skipped


def test_broken_calendar_file_writes_nothing(case, tmp_path):
    bad = tmp_path / "x.ics"
    bad.write_text("BEGIN:VCALENDAR\nnot really\n")
    count = Entry.select().count()
    with pytest.raises(ValidationError):
        calendar_files.import_ics(case, bad)
    assert Entry.select().count() == count


OUTLOOK = (FIXTURES / "outlook_invitation.ics").read_bytes()

GOOGLE_SUMMER = b"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260615T080000Z
DTEND:20260615T090000Z
DTSTAMP:20260601T101010Z
ORGANIZER;CN=jobcenter@soeby.dk:mailto:jobcenter@soeby.dk
UID:7kq2m9p1r3s5t7v9x1z3b5d7f9@google.com
SUMMARY:Samtale om fleksjob
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def test_import_keeps_the_time_in_summer_and_winter(case, tmp_path):
    """10:00 Danish time whichever way the invitation writes it: Outlook's own
    "Romance Standard Time" zone in summer, Google's UTC times, a floating local time."""
    summer_outlook = tmp_path / "sommer.ics"
    summer_outlook.write_bytes(
        OUTLOOK.replace(b"20261208T1", b"20260616T1").replace(b"UID:0400", b"UID:0401")
    )
    google = tmp_path / "google.ics"
    google.write_bytes(GOOGLE_SUMMER)
    floating = tmp_path / "floating.ics"
    floating.write_bytes(
        GOOGLE_SUMMER.replace(b"20260615T080000Z", b"20261215T100000")
        .replace(b"DTEND:20260615T090000Z\n", b"")
        .replace(b"UID:7kq", b"UID:8kq")
    )
    expected = {
        summer_outlook: datetime(2026, 6, 16, 10, 0, tzinfo=TZ),
        google: datetime(2026, 6, 15, 10, 0, tzinfo=TZ),
        floating: datetime(2026, 12, 15, 10, 0, tzinfo=TZ),
    }
    for path, moment in expected.items():
        entry = calendar_files.import_ics(case, path).entry
        assert entry.at == moment, path.name
        assert clock.to_local(entry.at).hour == 10
    assert clock.to_local(expected[google]).utcoffset() == timedelta(hours=2)
    assert clock.to_local(expected[floating]).utcoffset() == timedelta(hours=1)


def test_exported_meetings_and_deadlines_import_back_at_the_same_times(case, tmp_path):
    out = tmp_path / "sag.ics"
    calendar_files.export_ics(case, out)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    meetings = {e.at for e in journal.all_entries(case) if e.kind == "meeting"}
    for event in cal.walk("VEVENT"):
        one = icalendar.Calendar()
        one.add_component(event)
        for tz in cal.walk("VTIMEZONE"):
            one.add_component(tz)
        path = tmp_path / "one.ics"
        path.write_bytes(one.to_ical())
        other = cases.create_case(f"Kopi {event['UID']}")
        back = calendar_files.import_ics(other, path).entry
        if str(event["SUMMARY"]).startswith("Svarfrist"):
            # An all-day deadline comes back on its day (midnight Danish time).
            assert back.at == datetime(2026, 11, 11, 0, 0, tzinfo=TZ)
        else:
            assert back.at in meetings
            meetings.discard(back.at)
    assert not meetings


def test_an_updated_invitation_moves_the_meeting_and_keeps_the_old_time(case, tmp_path):
    first = calendar_files.import_ics(case, FIXTURES / "outlook_invitation.ics").entry
    moved = tmp_path / "opdateret.ics"
    moved.write_bytes(
        OUTLOOK.replace(b"20261208T100000", b"20261209T130000")
        .replace(b"20261208T110000", b"20261209T140000")
        .replace(b"SEQUENCE:0", b"SEQUENCE:1")
    )
    result = calendar_files.import_ics(case, moved)
    assert not result.skipped and result.entry.id == first.id
    assert result.moved_from == datetime(2026, 12, 8, 10, 0, tzinfo=TZ)
    assert result.entry.at == datetime(2026, 12, 9, 13, 0, tzinfo=TZ)
    # An edit (the old time stays in the history) and the kept invitation: two new versions.
    assert result.entry.version == first.version + 2
    names = [a.original_name for a in attachments.attachments_of(result.entry)]
    assert names == ["outlook_invitation.ics", "opdateret.ics"]
    # The same update again changes nothing.
    assert calendar_files.import_ics(case, moved).skipped


def test_a_cancellation_is_not_imported_as_a_meeting(case, tmp_path):
    cancel = tmp_path / "aflysning.ics"
    cancel.write_bytes(
        OUTLOOK.replace(b"METHOD:REQUEST", b"METHOD:CANCEL").replace(
            b"STATUS:CONFIRMED", b"STATUS:CANCELLED"
        )
    )
    count = Entry.select().count()
    with pytest.raises(ValidationError) as info:
        calendar_files.import_ics(case, cancel)
    assert "aflysning af mødet «Opfølgningssamtale»" in str(info.value)
    assert Entry.select().count() == count
