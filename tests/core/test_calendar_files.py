"""Calendar files: export parses back with the right local times; invitations import."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from dagbog.core import calendar_files, cases, clock, journal, people
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
