"""Meeting mode: attendees, agenda, live notes with time stamps, and agreed actions.

A meeting belongs to one meeting entry of the journal. Everything is written through the
services below, each in one transaction.

Autosave: the note being typed is a *draft* row of :class:`MeetingNote`, created on the first
keystroke (its time stamp is that moment) and updated in place by :func:`save_draft` as the
user types (the UI debounces the calls). :func:`stamp_note` makes it final. A crash or a
closed lid therefore loses at most the last debounce interval; a draft found when meeting
mode opens again is offered back to the user. :func:`finish_meeting` stamps what is left and
writes the minutes into the meeting entry as a new version (the hash chain keeps the old one).

Agreed actions are follow-up items with a due date, open until marked done. An action the
authority promised (``promised_by_authority``) gets the case's reply deadline by default and
shows with the open requests ("Afventer svar", the calendar, the PDF's open list) until it is
marked done, but it stays an agreed action: it is no contact, so it never counts in the
statistics, the log, the contact ladder or the cases overview's requests. (Before schema 7 a
promise also made a journal entry, a meeting "Lovet på mødet: …"; :func:`retire_promise_entries`
turns those back into plain actions.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from . import clock, deadlines, events, journal
from .errors import ValidationError
from .fingerprint import chain_meeting, save_new_version
from .meeting_days import follow_up_days  # noqa: F401 - the calendar's flags, kept apart
from .models import (
    AgendaItem,
    Case,
    Entry,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    MeetingNote,
    Person,
    database,
)
from .text import clean_line, clean_text
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import ROLE_LABELS, Kind, ReplyStatus
from .workdays import working_days_between

MAX_NOTE = 100_000
MAX_LINE = 2_000
#: The line that starts the minutes block in the meeting entry's note.
MINUTES_MARKER = "— Mødenoter —"


def own_note(note: str) -> str:
    """A meeting entry's note without the minutes block meeting mode writes into it."""
    return note.split(MINUTES_MARKER)[0].rstrip()


def with_minutes(note: str, minutes: str) -> str:
    """The entry's own note followed by the minutes block ``minutes`` (an older one replaced)."""
    before = own_note(note)
    return (before + "\n\n" if before else "") + minutes


def _publish(meeting: Meeting, ids: tuple[int, ...] = ()) -> None:
    events.publish(events.Change("meeting", meeting.entry.case_id, ids or (meeting.id,)))


# What a meeting field is called in its error messages ("Noten mangler.").
_WHAT = {
    "name": QT_TRANSLATE_NOOP("Errors", "Deltagerens navn"),
    "agenda": QT_TRANSLATE_NOOP("Errors", "Dagsordenspunktet"),
    "note": QT_TRANSLATE_NOOP("Errors", "Noten"),
    "action": QT_TRANSLATE_NOOP("Errors", "Handlingen"),
}


def _clean(text: str, field: str, what: str, limit: int = MAX_LINE) -> str:
    """The cleaned text; ``what`` is a key of ``_WHAT`` naming the field in errors."""
    text = (clean_line(text) if limit <= MAX_LINE else clean_text(text)).strip()
    name = phrase("Errors", _WHAT[what])
    if not text:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "{what} mangler."), what=name),
            field=field,
        )
    if len(text) > limit:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "{what} må højst være {limit} tegn."),
                what=name,
                limit=limit,
            ),
            field=field,
        )
    return text


# --- the meeting ---------------------------------------------------------------------------


def meeting_for(entry: Entry) -> Meeting | None:
    """The meeting-mode record of a meeting entry, if meeting mode was ever opened."""
    return Meeting.get_or_none(Meeting.entry == entry)


def open_meeting(entry: Entry) -> Meeting:
    """Get or create the meeting-mode record of a meeting entry, and mark it started."""
    if entry.kind != Kind.MEETING:
        raise ValidationError(
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "Mødetilstand kan kun åbnes fra et møde.")
            ),
            field="entry",
        )
    if entry.deleted:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Mødet er slettet.")), field="entry"
        )
    with database.atomic():
        meeting = Meeting.get_or_none(Meeting.entry == entry)
        if meeting is None:
            meeting = Meeting.create(entry=entry, started_at=clock.now())
            if entry.person_id:
                person = entry.person
                MeetingAttendee.create(
                    meeting=meeting,
                    person=person,
                    name=person.name,
                    role=ROLE_LABELS.get(person.role, ""),
                )
        elif meeting.started_at is None:
            meeting.started_at = clock.now()
            meeting.save()
        chain_meeting(meeting.id)
    _publish(meeting)
    return meeting


# --- attendees and agenda ------------------------------------------------------------------


def add_attendee(
    meeting: Meeting, *, person: Person | None = None, name: str = "", role: str = ""
) -> MeetingAttendee:
    """Add a person of the case, or a free name, with a role ("Bisidder", "Sagsbehandler")."""
    if person is not None:
        if person.case_id != meeting.entry.case_id:
            raise ValidationError(
                phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Personen hører ikke til denne sag.")),
                field="person",
            )
        name = name or person.name
        role = role or ROLE_LABELS.get(person.role, "")
    name = _clean(name, "name", "name", 200)
    role = clean_line(role)[:200]
    with database.atomic():
        position = MeetingAttendee.select().where(MeetingAttendee.meeting == meeting).count()
        attendee = MeetingAttendee.create(
            meeting=meeting, person=person, name=name, role=role, position=position
        )
        chain_meeting(meeting.id)
    _publish(meeting, (attendee.id,))
    return attendee


def remove_attendee(attendee: MeetingAttendee) -> None:
    """Take an attendee off the list (kept as removed)."""
    with database.atomic():
        MeetingAttendee.update(removed=True).where(MeetingAttendee.id == attendee.id).execute()
        chain_meeting(attendee.meeting_id)
    _publish(attendee.meeting, (attendee.id,))


def attendees(meeting: Meeting) -> list[MeetingAttendee]:
    return list(
        MeetingAttendee.select()
        .where((MeetingAttendee.meeting == meeting) & (MeetingAttendee.removed == False))
        .order_by(MeetingAttendee.position, MeetingAttendee.id)
    )


def add_agenda_item(meeting: Meeting, text: str) -> AgendaItem:
    text = _clean(text, "text", "agenda")
    with database.atomic():
        position = AgendaItem.select().where(AgendaItem.meeting == meeting).count()
        item = AgendaItem.create(meeting=meeting, text=text, position=position)
        chain_meeting(meeting.id)
    _publish(meeting, (item.id,))
    return item


def set_agenda_done(item: AgendaItem, done: bool = True) -> AgendaItem:
    with database.atomic():
        AgendaItem.update(done=bool(done)).where(AgendaItem.id == item.id).execute()
        chain_meeting(item.meeting_id)
    item.done = bool(done)
    _publish(item.meeting, (item.id,))
    return item


def agenda(meeting: Meeting) -> list[AgendaItem]:
    return list(
        AgendaItem.select()
        .where((AgendaItem.meeting == meeting) & (AgendaItem.removed == False))
        .order_by(AgendaItem.position, AgendaItem.id)
    )


# --- notes and autosave --------------------------------------------------------------------


def save_draft(
    meeting: Meeting, text: str, draft: MeetingNote | None = None, at: datetime | None = None
) -> MeetingNote:
    """Autosave the note being typed: create the draft row, or update it in place.

    One small transaction (a single INSERT or UPDATE). No change is announced: nothing but
    the editor shows a draft.
    """
    text = clean_text(text)
    if len(text) > MAX_NOTE:
        raise ValidationError(
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "En note må højst være {n} tegn."), n=MAX_NOTE
            ),
            field="text",
        )
    now = clock.now()
    with database.atomic():
        if draft is None:
            return MeetingNote.create(meeting=meeting, at=at or now, text=text, saved_at=now)
        updated = (
            MeetingNote.update(text=text, saved_at=now)
            .where((MeetingNote.id == draft.id) & (MeetingNote.draft == True))
            .execute()
        )
        if not updated:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Noten er allerede gemt og kan ikke ændres."),
                ),
                field="text",
            )
    draft.text = text
    draft.saved_at = now
    return draft


def stamp_note(
    meeting: Meeting, text: str, draft: MeetingNote | None = None, at: datetime | None = None
) -> MeetingNote:
    """Add a final, time-stamped note (from the draft being typed, if given)."""
    text = _clean(text, "text", "note", MAX_NOTE)
    now = clock.now()
    with database.atomic():
        if draft is None:
            note = MeetingNote.create(
                meeting=meeting, at=at or now, text=text, draft=False, saved_at=now
            )
        else:
            note = MeetingNote.get_by_id(draft.id)
            if not note.draft:
                raise ValidationError(
                    phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Noten er allerede gemt.")),
                    field="text",
                )
            note.text = text
            note.draft = False
            note.saved_at = now
            note.save()
        chain_meeting(meeting.id)
    _publish(meeting, (note.id,))
    return note


def discard_draft(draft: MeetingNote) -> None:
    """Remove an empty draft (a draft holding text is stamped instead, never dropped)."""
    with database.atomic():
        MeetingNote.delete().where(
            (MeetingNote.id == draft.id) & (MeetingNote.draft == True) & (MeetingNote.text == "")
        ).execute()


def notes(meeting: Meeting, include_drafts: bool = False) -> list[MeetingNote]:
    """The meeting's notes in time order (final only, unless ``include_drafts``)."""
    query = MeetingNote.select().where(MeetingNote.meeting == meeting)
    if not include_drafts:
        query = query.where(MeetingNote.draft == False)
    return list(query.order_by(MeetingNote.at, MeetingNote.id))


def pending_draft(meeting: Meeting) -> MeetingNote | None:
    """The newest draft holding text (what was being typed when the app last stopped)."""
    return (
        MeetingNote.select()
        .where(MeetingNote.meeting == meeting)
        .where((MeetingNote.draft == True) & (MeetingNote.text != ""))
        .order_by(MeetingNote.saved_at.desc(), MeetingNote.id.desc())
        .first()
    )


# --- agreed actions ------------------------------------------------------------------------


def add_action(
    meeting: Meeting,
    what: str,
    *,
    who: str = "",
    due: date | None = None,
    promised_by_authority: bool = False,
) -> MeetingAction:
    """Record an agreed action. A promise by the authority is due by the case's reply
    deadline unless ``due`` is given, and is tracked with the open requests (no contact)."""
    what = _clean(what, "what", "action")
    who = clean_line(who)[:200]
    if due is not None and not date(1990, 1, 1) <= due < date(2100, 1, 1):
        raise ValidationError(
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "Fristen skal ligge mellem år 1990 og 2099.")
            ),
            field="due",
        )
    if promised_by_authority:
        entry = meeting.entry
        held = clock.to_local(entry.at).date()
        if due is None:
            due = deadlines.due_date(held, "", entry.case.reply_days)
        elif due < held:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Fristen {due} ligger før mødet ({held}). Ret fristen."
                    ),
                    due=clock.short_date(due),
                    held=clock.short_date(held),
                ),
                field="due",
            )
    with database.atomic():
        action = MeetingAction.create(
            meeting=meeting,
            who=who,
            what=what,
            due=due,
            promised_by_authority=bool(promised_by_authority),
        )
        chain_meeting(meeting.id)
    _publish(meeting, (action.id,))
    return action


def set_action_done(action: MeetingAction, done: bool = True) -> MeetingAction:
    """Mark an action done (or open again); a kept promise is marked done the same way."""
    now = clock.now()
    with database.atomic():
        fresh = MeetingAction.get_by_id(action.id)
        fresh.done = bool(done)
        fresh.done_at = now if done else None
        fresh.save()
        chain_meeting(fresh.meeting_id)
    _publish(fresh.meeting, (fresh.id,))
    return fresh


def actions(meeting: Meeting) -> list[MeetingAction]:
    return list(
        MeetingAction.select()
        .where(MeetingAction.meeting == meeting)
        .order_by(MeetingAction.due.asc(nulls="LAST"), MeetingAction.id)
    )


def action_is_open(action: MeetingAction) -> bool:
    """Open until marked done."""
    return not action.done


@dataclass(frozen=True)
class FollowUp:
    """An open agreed action seen on one day: a follow-up item with its due date.

    ``days_waited`` counts working days since the meeting, ``days_overdue`` working days past
    the due date (0 if not overdue), as for open requests.
    """

    action: MeetingAction
    meeting_entry: Entry
    due: date | None
    overdue: bool
    days_waited: int = 0
    days_overdue: int = 0

    @property
    def promised(self) -> bool:
        """The jobcenter promised it (tracked like a request awaiting a reply)."""
        return bool(self.action.promised_by_authority)

    @property
    def held(self) -> date:
        """The local day of the meeting the action was agreed at."""
        return clock.to_local(self.meeting_entry.at).date()

    @property
    def promise_text(self) -> str:
        """ "Jobcentret lovede på mødet d. 23.11.2026: …" (the PDF, the CLI, calendar files)."""
        return f"Jobcentret lovede på mødet d. {clock.short_date(self.held)}: {self.action.what}"


def _open_actions_query(case: Case | None):
    query = (
        MeetingAction.select(MeetingAction, Meeting, Entry)
        .join(Meeting)
        .join(Entry, on=(Meeting.entry == Entry.id))
        .where((MeetingAction.done == False) & (Entry.deleted == False))
    )
    if case is not None:
        query = query.where(Entry.case == case)
    return query


def open_actions(
    case: Case | None, today: date | None = None, *, promised: bool | None = None
) -> list[FollowUp]:
    """Every open agreed action (of one case, or all), earliest due date first.

    ``promised=True`` keeps only the jobcenter's promises, ``False`` only the others.
    """
    today = today or clock.today()
    query = _open_actions_query(case)
    if promised is not None:
        query = query.where(MeetingAction.promised_by_authority == bool(promised))
    rows = query.order_by(MeetingAction.due.asc(nulls="LAST"), Entry.at, MeetingAction.id)
    items = []
    for row in rows:
        entry = row.meeting.entry
        held = clock.to_local(entry.at).date()
        items.append(
            FollowUp(
                action=row,
                meeting_entry=entry,
                due=row.due,
                overdue=deadlines.is_overdue(row.due, today),
                days_waited=max(0, working_days_between(held, today)),
                days_overdue=deadlines.days_overdue(row.due, today),
            )
        )
    return items


#: Why a promise's journal entry (made before schema 7) was taken out of the contacts.
RETIRED_PROMISE_REASON = (
    "Jobcentrets løfte fra mødet var noteret som en kontakt; det følges nu som aftalt "
    "handling ved mødet (kontakt nr. {meeting}) og tæller ikke som en kontakt"
)


def retire_promise_entries() -> int:
    """Turn the journal entries older versions made for promises back into plain actions.

    Before schema 7 a promise made at a meeting also logged an outgoing meeting entry
    ("Lovet på mødet: …") awaiting a reply, which counted as a contact the citizen started.
    Each such entry is hidden the traceable way (a "delete" version in the hash chain with
    :data:`RETIRED_PROMISE_REASON`; it can be seen and restored in its history); its action
    keeps the link, takes over a due date edited on the entry, and is marked done if the entry
    had been answered or closed. Entries the user had deleted stay as they are; their promise
    is open again unless answered. Runs inside the migration's transaction; returns how many
    entries were hidden.
    """
    hidden = 0
    rows = (
        MeetingAction.select(MeetingAction, Meeting)
        .join(Meeting)
        .where(MeetingAction.request.is_null(False))
        .order_by(MeetingAction.id)
    )
    for action in rows:
        entry = Entry.get_or_none(Entry.id == action.request_id)
        if entry is None:
            continue
        changed = False
        if entry.reply_status == ReplyStatus.AWAITING:
            if entry.reply_due is not None and entry.reply_due != action.due:
                action.due, changed = entry.reply_due, True
        elif not action.done:
            action.done = True
            action.done_at = entry.answered_at or entry.updated_at
            changed = True
        if changed:
            action.save()
            chain_meeting(action.meeting_id)
        if not entry.deleted:
            reason = RETIRED_PROMISE_REASON.format(meeting=action.meeting.entry_id)
            entry.deleted = True
            entry.deleted_reason = reason
            save_new_version(entry, "delete", reason)
            journal.reopen_answered_by(entry)
            hidden += 1
    return hidden


# --- finishing -----------------------------------------------------------------------------


def minutes_text(meeting: Meeting, include_drafts: bool = False) -> str:
    """The meeting as plain Danish text: attendees, agenda, notes, agreed actions.

    ``include_drafts`` adds the note still being typed (the minutes letter of a meeting
    that is still open shows it; "Afslut møde" stamps it first).
    """
    lines = [MINUTES_MARKER]
    people = attendees(meeting)
    if people:
        lines.append("Deltagere: " + "; ".join(_attendee_text(a) for a in people))
    points = agenda(meeting)
    if points:
        lines.append("Dagsorden:")
        lines += [f"  {i}. {p.text}" for i, p in enumerate(points, 1)]
    taken = [n for n in notes(meeting, include_drafts) if n.text.strip()]
    if taken:
        lines.append("Noter:")
        lines += [f"  {clock.to_local(n.at):%H:%M} {n.text}" for n in taken]
    agreed = actions(meeting)
    if agreed:
        lines.append("Aftaler:")
        lines += [f"  - {action_text(a)}" for a in agreed]
    return "\n".join(lines)


def _attendee_text(attendee: MeetingAttendee) -> str:
    return f"{attendee.name} ({attendee.role})" if attendee.role else attendee.name


def action_text(action: MeetingAction) -> str:
    who = f"{action.who}: " if action.who else ""
    due = f" (senest {clock.short_date(action.due)})" if action.due else ""
    promised = " [lovet af jobcentret]" if action.promised_by_authority else ""
    return f"{who}{action.what}{due}{promised}"


def finish_meeting(meeting: Meeting, last_text: str = "", draft: MeetingNote | None = None):
    """ "Afslut møde": stamp what is being typed and every draft with text, drop empty drafts,
    and write the minutes into the meeting entry as a new version. One transaction."""
    now = clock.now()
    with database.atomic():
        if draft is not None or (last_text or "").strip():
            if (last_text or "").strip():
                stamp_note(meeting, last_text, draft)
            elif draft is not None:
                discard_draft(draft)
        for left in notes(meeting, include_drafts=True):
            if left.draft:
                if left.text.strip():
                    MeetingNote.update(draft=False, saved_at=now).where(
                        MeetingNote.id == left.id
                    ).execute()
                else:
                    MeetingNote.delete().where(MeetingNote.id == left.id).execute()
        fresh = Meeting.get_by_id(meeting.id)
        fresh.finished_at = now
        fresh.save()
        entry = Entry.get_by_id(fresh.entry_id)
        note = with_minutes(entry.note, minutes_text(fresh))
        if note != entry.note:
            journal.edit_entry(entry, reason="Mødenoter fra mødetilstand", note=note)
        chain_meeting(fresh.id)
    _publish(fresh)
    return fresh


# --- summary for the PDF and the minutes letter ----------------------------------------


@dataclass(frozen=True)
class MeetingSummary:
    """Everything a one-page summary or the minutes letter needs, as plain values."""

    entry_id: int
    case_title: str
    citizen_name: str
    at: datetime
    subject: str
    counterpart: str
    caseworker: str
    #: The entry's own note, without the minutes block meeting mode writes into it.
    note: str
    attendees: list[tuple[str, str]]
    agenda: list[tuple[str, bool]]
    notes: list[tuple[datetime, str]]
    actions: list[dict]
    prepared_by: str
    finished: bool


def summary(entry: Entry) -> MeetingSummary:
    """The meeting behind a meeting entry (empty lists when meeting mode was never used)."""
    from . import people, settings

    if entry.kind != Kind.MEETING:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {number} er ikke et møde."),
                number=entry.id,
            ),
            field="entry",
        )
    meeting = meeting_for(entry)
    caseworker = people.caseworker_on(entry.case, clock.to_local(entry.at).date())
    return MeetingSummary(
        entry_id=entry.id,
        case_title=entry.case.title,
        citizen_name=entry.case.citizen_name,
        at=clock.to_local(entry.at),
        subject=entry.subject,
        counterpart=entry.person.name if entry.person_id else "",
        caseworker=caseworker.name if caseworker else "",
        note=own_note(entry.note).strip(),
        attendees=[(a.name, a.role) for a in attendees(meeting)] if meeting else [],
        agenda=[(p.text, p.done) for p in agenda(meeting)] if meeting else [],
        notes=[(clock.to_local(n.at), n.text) for n in notes(meeting, include_drafts=True)]
        if meeting
        else [],
        actions=[
            {
                "who": a.who,
                "what": a.what,
                "due": a.due,
                "promised_by_authority": a.promised_by_authority,
                "done": not action_is_open(a),
            }
            for a in actions(meeting)
        ]
        if meeting
        else [],
        prepared_by=settings.prepared_by(),
        finished=bool(meeting and meeting.finished_at),
    )
