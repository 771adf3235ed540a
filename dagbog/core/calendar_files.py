"""Calendar files (.ics): export meetings, reply deadlines and the due dates of open agreed
actions from meetings; import a meeting invitation.

Export writes one VCALENDAR with a VTIMEZONE for Europe/Copenhagen; meetings are timed events
(one hour, the log stores no length) with a reminder an hour before, reply deadlines are
all-day events on the due date with a reminder that morning. UIDs are the entries' UUIDs, so
re-exporting updates the same events in the user's calendar.

Import reads the first VEVENT of an invitation (Outlook, Google, Apple all send one per
file) and logs it as an incoming meeting; the event UID is stored as an ``ImportKey`` so the
same invitation is imported once.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar

from . import attachments, clock, email_import, events, journal, meetings, people
from .errors import ValidationError, os_reason_phrase
from .models import Case, Entry, ImportKey, database
from .private_files import write_private
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import Direction, Kind, ReplyStatus

PRODID = "-//Dagbog//Dagbog sagslog//DA"
MEETING_LENGTH = timedelta(hours=1)


def _uid(entry: Entry, suffix: str) -> str:
    return f"{entry.uuid}-{suffix}@dagbog"


def _alarm(trigger: timedelta, text: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def build_calendar(case: Case, *, stamp: datetime | None = None) -> icalendar.Calendar:
    """The case's meetings and open reply deadlines as an iCalendar object."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Dagbog: {case.title}")
    calendar.add("x-wr-timezone", "Europe/Copenhagen")
    stamp = clock.to_utc(stamp or clock.now())
    for entry in reversed(journal.all_entries(case)):
        who = f" med {entry.person.name}" if entry.person_id else ""
        if entry.kind == Kind.MEETING:
            event = icalendar.Event()
            event.add("uid", _uid(entry, "meeting"))
            event.add("dtstamp", stamp)
            start = clock.to_local(entry.at)
            event.add("dtstart", start)
            event.add("dtend", start + MEETING_LENGTH)
            event.add("summary", f"Møde{who}: {entry.subject}" if entry.subject else f"Møde{who}")
            if entry.note:
                event.add("description", entry.note[:4000])
            event.add_component(_alarm(timedelta(hours=-1), "Møde med jobcentret om en time"))
            calendar.add_component(event)
        if entry.reply_status == ReplyStatus.AWAITING and entry.reply_due is not None:
            event = icalendar.Event()
            event.add("uid", _uid(entry, "deadline"))
            event.add("dtstamp", stamp)
            event.add("dtstart", entry.reply_due)
            event.add("dtend", entry.reply_due + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            sent = clock.short_date(clock.to_local(entry.at).date())
            event.add("summary", f"Svarfrist: {entry.subject or 'henvendelse'} ({sent})")
            event.add(
                "description",
                f"Svar på henvendelsen sendt {sent}{who} bør være kommet i dag. "
                "Er det ikke, så følg op.",
            )
            event.add_component(_alarm(timedelta(hours=9), "Svarfrist i dag"))
            calendar.add_component(event)
    for item in meetings.open_actions(case):
        # Agreed actions from meetings (the jobcenter's promises and everyone else's), open
        # and with a due date: all-day events like the reply deadlines.
        if item.due is None:
            continue
        action = item.action
        held = clock.short_date(item.held)
        event = icalendar.Event()
        event.add("uid", _uid(item.meeting_entry, f"action-{action.id}"))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        if action.promised_by_authority:
            event.add("summary", f"Frist for jobcentrets løfte: {action.what}"[:500])
            text = item.promise_text
        else:
            who = f"{action.who}: " if action.who else ""
            event.add("summary", f"Frist for aftale: {who}{action.what}"[:500])
            text = f"Aftalt på mødet d. {held}: {who}{action.what}"
        event.add("description", text[:4000])
        event.add_component(_alarm(timedelta(hours=9), "Frist for en aftale fra et møde i dag"))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def export_ics(case: Case, path: Path | str | None = None) -> bytes:
    """The .ics bytes for a case; written to ``path`` when given."""
    data = build_calendar(case).to_ical()
    if path is not None:
        try:
            write_private(Path(path), data)
        except OSError as error:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Kalenderfilen kan ikke gemmes: {reason}."),
                    reason=os_reason_phrase(error),
                ),
                field="out",
            ) from error
    return data


def _start(value) -> datetime:
    """An event start as a local aware datetime (floating times count as Danish time)."""
    if isinstance(value, datetime):
        return clock.to_local(value).replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time(0), clock.LOCAL_TZ)
    raise ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "Invitationen har ikke et læsbart starttidspunkt."),
        ),
        field="file",
    )


def _not_calendar(name: str) -> ValidationError:
    return ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Filen «{name}» er ikke en kalenderinvitation, der kan læses (.ics med et "
                "møde). Intet er gemt.",
            ),
            name=name,
        ),
        field="file",
    )


def import_ics(case: Case, path: Path | str) -> email_import.ImportResult:
    """Log the meeting in an .ics invitation as an incoming meeting of ``case``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise email_import.unreadable_file(path, error) from error
    return import_ics_bytes(case, raw, name=path.name)


def _update_moved_meeting(entry: Entry, start: datetime, raw: bytes, name: str):
    """An invitation imported before: skipped, unless an update moved the meeting.

    Then the entry gets the new time as an edit (the old time stays in its history) and the
    updated invitation is kept beside the first one.
    """
    if entry.deleted or entry.at == start:
        return email_import.ImportResult(entry, skipped=True)
    old = entry.at
    with database.atomic():
        moved = journal.edit_entry(
            entry, reason=f"Mødet er flyttet ifølge en opdateret invitation ({name}).", at=start
        )
        attachments.add_attachment(
            moved, data=raw, name=name, reason="Opdateret kalenderinvitation", publish=False
        )
    events.publish(events.Change("entry", entry.case_id, (entry.id,)))
    return email_import.ImportResult(Entry.get_by_id(entry.id), skipped=False, moved_from=old)


def import_ics_bytes(case: Case, raw: bytes, *, name: str = "invitation.ics"):
    try:
        calendar = icalendar.Calendar.from_ical(raw)
        found = [c for c in calendar.walk("VEVENT")]
    except Exception as error:
        raise _not_calendar(name) from error
    if not found or "DTSTART" not in found[0]:
        raise _not_calendar(name)
    event = found[0]
    try:
        start = _start(event.decoded("DTSTART"))
    except Exception as error:
        if isinstance(error, ValidationError):
            raise
        raise _not_calendar(name) from error
    uid = str(event.get("UID", "")).strip()
    key = f"ics-uid:{uid}" if uid else f"sha256:{hashlib.sha256(raw).hexdigest()}"
    summary = " ".join(str(event.get("SUMMARY", "")).split()) or "Møde"
    method = str(calendar.get("METHOD", "")).strip().upper()
    if method == "CANCEL" or str(event.get("STATUS", "")).strip().upper() == "CANCELLED":
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{name}» er en aflysning af mødet «{summary}» {start}, ikke en invitation. "
                    "Intet er gemt; står mødet i journalen, så ret det dér.",
                ),
                name=name,
                summary=summary,
                start=clock.format_local(start),
            ),
            field="file",
        )
    existing = ImportKey.get_or_none(ImportKey.key == key)
    if existing is not None:
        return _update_moved_meeting(existing.entry, start, raw, name)
    lines = []
    if event.get("LOCATION"):
        lines.append(f"Sted: {event.get('LOCATION')}")
    try:
        end = event.decoded("DTEND") if "DTEND" in event else None
    except Exception:  # a broken end time only loses the "Slut:" line, not the meeting
        end = None
    if isinstance(end, datetime):
        lines.append(f"Slut: {clock.format_local(end)}")
    organizer = event.get("ORGANIZER")
    organizer_address = ""
    organizer_name = ""
    if organizer is not None:
        organizer_address = str(organizer).removeprefix("mailto:").removeprefix("MAILTO:")
        organizer_name = str(organizer.params.get("CN", "")).strip('"')
        lines.append(f"Indkaldt af: {organizer_name or organizer_address}")
    if event.get("DESCRIPTION"):
        lines.append("")
        lines.append(str(event.get("DESCRIPTION")).strip())
    note = "\n".join(lines)[: journal.MAX_NOTE]
    with database.atomic():
        person, created = None, None
        if "@" in organizer_address:
            person, created = email_import.counterpart_person(
                case, organizer_name, organizer_address
            )
        elif people.caseworker_on(case, start.date()) is not None:
            person = people.caseworker_on(case, start.date())
        entry = journal.log_contact(
            case,
            at=start,
            kind=Kind.MEETING,
            direction=Direction.IN,
            person=person,
            subject=summary[: journal.MAX_SUBJECT],
            note=note,
        )
        ImportKey.create(key=key, entry=entry)
        attachments.add_attachment(
            entry, data=raw, name=name, reason="Original kalenderinvitation", publish=False
        )
        entry = Entry.get_by_id(entry.id)
    events.publish(events.Change("entry", case.id, (entry.id,)))
    return email_import.ImportResult(entry, skipped=False, created_person=created)
