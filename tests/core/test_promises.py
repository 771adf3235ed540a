"""A promise the jobcenter made at a meeting is tracked, but it is no contact.

Before schema 7 a promise also logged an outgoing meeting entry ("Lovet på mødet: …"), which
the statistics, the PDF and the contact ladder counted as a contact the citizen started.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta

from pypdf import PdfReader

from dagbog.core import (
    calendar_files,
    clock,
    db,
    demo,
    journal,
    letters,
    meetings,
    migrations,
    next_step,
    overview,
    requests,
    stats,
    verify,
)
from dagbog.core.models import Entry, EntryVersion, MeetingAction, SchemaVersion, database
from dagbog.core.vocabulary import Kind, ReplyStatus
from dagbog.report.pdf_log import ExportOptions, build_pdf


def _held_meeting(case) -> Entry:
    return letters.latest_meeting(case)


def _figures(case, today):
    return (
        stats.case_statistics(case, today=today),
        stats.monthly_counts(case),
        journal.count_entries(case),
        requests.count_open(case, today),
        [r.entry.id for r in requests.open_requests(case, today)],
        next_step.suggest(case, today=today).sentence,
        letters.latest_meeting(case).id,
        journal.marked_days(case, today - timedelta(days=120), today),
    )


def test_a_promise_on_the_demo_case_counts_as_no_contact(diary):
    today = clock.today()
    case = demo.create_demo_case(today)
    meeting_entry = _held_meeting(case)
    before = _figures(case, today)
    row_before = overview.case_overview(case, today)
    assert before[0].total == 23 and before[0].initiated_by_citizen == 15  # + 1 planned

    meeting = meetings.open_meeting(meeting_entry)
    promise = meetings.add_action(
        meeting, "Sende udkast til ny jobplan", who="Jonas Berg", promised_by_authority=True
    )

    # Statistics, months, journal, open requests, the ladder, the minutes default, the
    # calendar's contact days: all as before.
    assert _figures(case, today) == before
    row = overview.case_overview(case, today)
    assert (row.open_requests, row.overdue_requests) == (
        row_before.open_requests,
        row_before.overdue_requests,
    )
    assert row.open_follow_ups == row_before.open_follow_ups + 1
    # Tracked: open with its due date (the case's deadline from the meeting), overdue later.
    (item,) = meetings.open_actions(case, today, promised=True)
    held = clock.to_local(meeting_entry.at).date()
    assert item.action.id == promise.id and item.due == promise.due > held
    assert meetings.open_actions(case, promise.due + timedelta(days=1))[0].overdue

    # The PDF: same summary and log, and the promise in the open section in plain words.
    buffer = io.BytesIO()
    build_pdf(case, buffer, ExportOptions(today=today))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    flat = " ".join(text.split())
    assert f"Kontakter i alt {before[0].total}" in flat
    assert f"Borgeren tog initiativet (udgående) {before[0].initiated_by_citizen}" in flat
    assert f"{before[0].total + before[0].planned} kontakter, ældste først" in flat
    assert (
        f"Jobcentret lovede på mødet d. {clock.short_date(held)}: Sende udkast til ny jobplan"
        in flat
    )
    assert "Lovet på mødet" not in flat

    # The calendar file: a deadline event for the promise, no extra meeting.
    calendar = calendar_files.build_calendar(case).to_ical().decode()
    assert calendar.count("BEGIN:VEVENT") == _ics_events_without(case)
    assert "Sende udkast til ny jobplan" in calendar.replace("\r\n ", "")

    # Marked done: no longer tracked.
    meetings.set_action_done(promise)
    assert meetings.open_actions(case, today, promised=True) == []
    assert _figures(case, today) == before


def _ics_events_without(case) -> int:
    """Meetings plus open deadlines plus open actions with a due date."""
    entries = journal.all_entries(case)
    meetings_count = sum(1 for e in entries if e.kind == Kind.MEETING)
    deadlines_count = sum(
        1 for e in entries if e.reply_status == ReplyStatus.AWAITING and e.reply_due
    )
    actions = sum(1 for f in meetings.open_actions(case) if f.due is not None)
    return meetings_count + deadlines_count + actions


def _old_style_promise(meeting, what: str, due: date) -> MeetingAction:
    """What add_action wrote before schema 7: the action plus an outgoing meeting entry."""
    entry = meeting.entry
    request = journal.log_contact(
        entry.case,
        at=entry.at,
        kind=Kind.MEETING,
        direction="out",
        person=entry.person if entry.person_id else None,
        subject=f"Lovet på mødet: {what}",
        note=f"Jobcentret lovede på mødet {clock.format_local(entry.at)}: {what}",
        awaiting_reply=True,
        reply_due=due,
    )
    return MeetingAction.create(
        meeting=meeting, who="Jobcentret", what=what, due=due, promised_by_authority=True,
        request=request,
    )  # fmt: skip


def test_old_promise_entries_are_hidden_with_a_trace_when_the_file_is_migrated(db_path):
    today = clock.today()
    db.open_database(db_path)
    try:
        case = demo.create_demo_case(today)
        meeting_entry = _held_meeting(case)
        answer = journal.log_contact(
            case, at=meeting_entry.at + timedelta(days=1), kind="email", direction="in",
            subject="Kurset er bevilget",
        )  # fmt: skip
        honest = _figures(case, today)
        meeting = meetings.open_meeting(meeting_entry)
        held = clock.to_local(meeting_entry.at).date()
        waiting = _old_style_promise(meeting, "Sende jobplan", held + timedelta(days=30))
        kept = _old_style_promise(meeting, "Bevilge kursus", held + timedelta(days=3))
        requests.answer_requests(answer, [kept.request])
        # The date was moved on the old entry: the action takes it over.
        journal.edit_entry(waiting.request, reply_due=held + timedelta(days=40))
        assert stats.case_statistics(case, today=today).total == honest[0].total + 2
        with database.atomic():
            SchemaVersion.update(version=migrations.LATEST - 1).execute()
    finally:
        db.close_database()

    db.open_database(db_path)  # runs the migration
    try:
        assert migrations.current_version() == migrations.LATEST
        assert verify.verify_database().ok
        case = journal.get_entry(meeting_entry.id).case
        assert stats.case_statistics(case, today=today) == honest[0]
        assert _figures(case, today) == honest
        for action_id in (waiting.id, kept.id):
            action = MeetingAction.get_by_id(action_id)
            entry = Entry.get_by_id(action.request_id)  # kept, hidden, linked
            assert entry.deleted and "aftalt handling" in entry.deleted_reason
            last = EntryVersion.select().where(EntryVersion.entry == entry)
            assert last.order_by(EntryVersion.seq.desc()).first().action == "delete"
        waiting, kept = MeetingAction.get_by_id(waiting.id), MeetingAction.get_by_id(kept.id)
        assert not waiting.done and waiting.due == held + timedelta(days=40)
        assert kept.done and kept.done_at == answer.at
        assert [f.action.id for f in meetings.open_actions(case, today, promised=True)] == [
            waiting.id
        ]
    finally:
        db.close_database()
    # The file was copied aside before the upgrade.
    backup = db_path.with_name(f"{db_path.name}.before-v{migrations.LATEST}.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT COUNT(*) FROM entry WHERE deleted = 0").fetchone()[0] > 0
