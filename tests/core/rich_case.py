"""A case using every meeting and agreement table: shared by the chain, tamper, case-file and
schema-fixture tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dagbog.core import agreements, cases, clock, journal, meetings, people
from dagbog.core.models import Case

AT = datetime(2026, 3, 10, 10, 0, tzinfo=clock.LOCAL_TZ)


def fill_meetings(case: Case | None = None) -> Case:
    """Two meetings (one finished, one still open with a draft note) and a jobplan with
    three versions, in ``case`` (default: a new case «Mødesag»)."""
    case = case or cases.create_case("Mødesag", citizen_name="Mette Hansen")
    worker = people.add_person(
        case, "Jonas Berg", role="caseworker", caseworker_from=date(2026, 1, 1)
    )
    first = journal.log_contact(
        case, at=AT, kind="meeting", direction="out", person=worker, subject="Opfølgning"
    )
    meeting = meetings.open_meeting(first)
    meetings.add_attendee(meeting, name="Lise Holm", role="Bisidder")
    gone = meetings.add_attendee(meeting, name="Forkert navn")
    meetings.remove_attendee(gone)
    point = meetings.add_agenda_item(meeting, "Jobplanen")
    meetings.add_agenda_item(meeting, "Lægeerklæring")
    meetings.set_agenda_done(point)
    meetings.stamp_note(meeting, "Jonas siger at jobplanen skal ændres.", at=AT)
    draft = meetings.save_draft(meeting, "Aftalt", at=AT + timedelta(minutes=5))
    meetings.save_draft(meeting, "Aftalt: ny plan", draft)
    promised = meetings.add_action(
        meeting,
        "Sende ny jobplan",
        who="Jonas Berg",
        due=date(2026, 3, 20),
        promised_by_authority=True,
    )
    mine = meetings.add_action(meeting, "Sende lægeerklæring", who="Mette", due=date(2026, 3, 17))
    meetings.set_action_done(mine)
    meetings.set_action_done(promised)
    meetings.finish_meeting(meeting, "Sidste note", None)
    plan = agreements.create_agreement(
        case, "Jobplan", "Mål: deltid 15 timer.", valid_from=date(2026, 2, 1)
    )
    agreements.update_agreement(plan, "Mål: deltid 12 timer.", "Aftalt på mødet", meeting=meeting)
    agreements.update_agreement(plan, "Mål: deltid 10 timer.", "Ny lægeerklæring")
    second = journal.log_contact(
        case,
        at=AT + timedelta(days=14),
        kind="meeting",
        direction="out",
        person=worker,
        subject="Næste møde",
    )
    later = meetings.open_meeting(second)
    meetings.add_agenda_item(later, "Status")
    meetings.stamp_note(later, "Kort note", at=AT + timedelta(days=14))
    meetings.save_draft(later, "Halv sætn", at=AT + timedelta(days=14, minutes=3))
    return case
