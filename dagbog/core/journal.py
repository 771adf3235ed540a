"""Services for the journal: logging, editing and reading contacts.

Every write runs in one transaction, stores a new :class:`EntryVersion` in the hash chain and
announces the change through :mod:`events`. Reads return entries newest first.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from peewee import JOIN

from . import clock, deadlines, events
from .errors import NotFoundError, ValidationError
from .fingerprint import append_version, save_new_version
from .models import Case, Entry, EntryVersion, Person, RowLoader, database
from .requests import await_reply_again, incoming_cannot_await, response_days
from .text import clean_line, clean_text
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import (
    OUTCOME_LABELS,
    REPLY_STATUS_LABELS,
    UNANSWERED_OUTCOMES,
    Direction,
    Kind,
    Outcome,
    ReplyStatus,
)

MAX_SUBJECT = 500
MAX_NOTE = 2_000_000
_EARLIEST = datetime(1990, 1, 1, tzinfo=clock.LOCAL_TZ)
#: A reply deadline further away than this is a typing error (the longest rule is 365
#: working days, about 17 months).
MAX_DUE_DAYS = 731
_LATEST = datetime(2100, 1, 1, tzinfo=clock.LOCAL_TZ)

#: Fields a caller may set on an entry through log_contact / edit_entry.
EDITABLE = (
    "at",
    "kind",
    "direction",
    "person",
    "subject",
    "note",
    "outcome",
    "request_type",
    "reply_status",
    "reply_due",
    "closed_reason",
    "private",
)


def _validate(
    case: Case, values: dict, check_future: bool = True, check_awaiting: bool = True
) -> None:
    if values["kind"] not in set(Kind):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Kontakttypen «{kind}» kendes ikke."),
                kind=values["kind"],
            ),
            field="kind",
        )
    if values["direction"] not in set(Direction):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Retningen «{direction}» kendes ikke."),
                direction=values["direction"],
            ),
            "direction",
        )
    at = values["at"]
    if not isinstance(at, datetime):
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Tidspunktet mangler.")), field="at"
        )
    if not _EARLIEST <= clock.to_local(at) < _LATEST:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Tidspunktet skal ligge mellem år 1990 og 2099."),
            ),
            field="at",
        )
    if check_future and values["kind"] != Kind.MEETING and _after_today(at):
        # A call, e-mail or letter cannot have happened yet: a year typed as 2062 for 2026
        # would put a contact decades ahead in the log, the PDF's period and its chart.
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Tidspunktet {at} ligger efter i dag. Skriv hvornår kontakten fandt sted; "
                    "kun et møde kan noteres frem i tiden.",
                ),
                at=clock.format_local(at),
            ),
            field="at",
        )
    if (
        check_awaiting
        and values.get("reply_status") == ReplyStatus.AWAITING
        and values["direction"] == Direction.IN
    ):
        raise incoming_cannot_await()
    due = values.get("reply_due")
    if due is not None and values.get("reply_status") == ReplyStatus.AWAITING:
        sent = clock.to_local(at).date()
        if due < sent:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Svarfristen {due} ligger før kontakten ({sent}). "
                        "Ret fristen, eller lad feltet stå tomt, så den beregnes.",
                    ),
                    due=clock.short_date(due),
                    sent=clock.short_date(sent),
                ),
                field="reply_due",
            )
        if (due - sent).days > MAX_DUE_DAYS:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Svarfristen må højst ligge to år efter kontakten. Ret fristen, eller lad "
                        "feltet stå tomt, så den beregnes.",
                    ),
                ),
                field="reply_due",
            )
    outcome = values.get("outcome")
    if outcome is not None:
        if outcome not in set(Outcome):
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Udfaldet «{outcome}» kendes ikke."),
                    outcome=outcome,
                ),
                field="outcome",
            )
        if values["kind"] != Kind.CALL:
            raise ValidationError(
                phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Et udfald kan kun angives for opkald.")
                ),
                field="outcome",
            )
    if values.get("request_type", "") not in deadlines.REQUEST_TYPES:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Ukendt type anmodning.")),
            field="request_type",
        )
    if values.get("reply_status") not in set(ReplyStatus):
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Ukendt svarstatus.")),
            field="reply_status",
        )
    if len(values.get("subject") or "") > MAX_SUBJECT:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Emnet må højst være {n} tegn."),
                n=MAX_SUBJECT,
            ),
            field="subject",
        )
    if len(values.get("note") or "") > MAX_NOTE:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Noten er for lang (over 2 millioner tegn). "
                    "Gem den lange tekst som bilag i stedet.",
                ),
            ),
            field="note",
        )
    person = values.get("person")
    if person is not None and person.case_id != case.id:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Personen hører ikke til denne sag.")),
            field="person",
        )


def _after_today(at: datetime) -> bool:
    """True if ``at`` lies after the end of today, local time."""
    return clock.to_local(at).date() > clock.today()


def log_contact(
    case: Case,
    *,
    at: datetime,
    kind: str,
    direction: str,
    person: Person | None = None,
    subject: str = "",
    note: str = "",
    outcome: str | None = None,
    awaiting_reply: bool | None = None,
    reply_days: int | None = None,
    reply_due: date | None = None,
    request_type: str = "",
    private: bool = False,
    registered_at: datetime | None = None,
) -> Entry:
    """Record one contact. With ``awaiting_reply`` the due date follows the deadline rules.

    ``awaiting_reply=None`` means "by the rules": an outgoing request with a legal deadline
    (aktindsigt, klage) awaits a reply with that deadline, anything else does not.
    ``registered_at`` defaults to now; only importers and the demo pass an earlier time.
    """
    if awaiting_reply is None:
        awaiting_reply = (
            direction == Direction.OUT and request_type in deadlines.LEGAL_DEADLINE_TYPES
        )
    values = {
        "at": at,
        "kind": kind,
        "direction": direction,
        "person": person,
        "subject": clean_line(subject),
        "note": clean_text(note),
        "outcome": outcome or None,
        "request_type": request_type or "",
        "reply_status": ReplyStatus.AWAITING if awaiting_reply else ReplyStatus.NOT_EXPECTED,
        "reply_due": reply_due if awaiting_reply else None,
        "private": bool(private),
    }
    _validate(case, values)
    if reply_days is not None and not 1 <= reply_days <= 365:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Svarfristen skal være mellem 1 og 365 arbejdsdage."),
            ),
            "reply_days",
        )
    if awaiting_reply:
        values["reply_due"] = reply_due or deadlines.due_date(
            clock.to_local(at).date(), values["request_type"], reply_days or case.reply_days
        )
    with database.atomic():
        entry = Entry.create(case=case, registered_at=registered_at or clock.now(), **values)
        append_version(entry, "create")
    events.publish(events.Change("entry", case.id, (entry.id,)))
    return entry


def edit_entry(entry: Entry, reason: str = "", **changes) -> Entry:
    """Change an entry; the earlier version stays in its history."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    values = {name: getattr(entry, name) for name in EDITABLE}
    values.update(changes)
    if "subject" in changes:
        values["subject"] = clean_line(values["subject"])
    if "note" in changes:
        values["note"] = clean_text(values["note"])
    if "outcome" in changes:
        values["outcome"] = values["outcome"] or None
    if (
        ("at" in changes or "request_type" in changes)
        and "reply_due" not in changes
        and values["reply_status"] == ReplyStatus.AWAITING
        and entry.reply_due is not None
        and entry.reply_due
        == deadlines.due_date(
            clock.to_local(entry.at).date(), entry.request_type, entry.case.reply_days
        )
    ):
        # The deadline was computed, not chosen: it follows a corrected date (moving an
        # e-mail from 23 to 2 Nov kept the deadline of 7 Dec, so it was never overdue).
        values["reply_due"] = None
    _validate(
        entry.case,
        values,
        check_future="at" in changes or "kind" in changes,
        # Older files may hold an incoming entry awaiting a reply: editing its note must
        # still work; making one (or turning one incoming) is refused.
        check_awaiting=bool({"direction", "reply_status"} & set(changes)),
    )
    if values["reply_status"] == ReplyStatus.AWAITING and values.get("reply_due") is None:
        values["reply_due"] = deadlines.due_date(
            clock.to_local(values["at"]).date(), values["request_type"], entry.case.reply_days
        )
    with database.atomic():
        fresh = Entry.get_by_id(entry.id)
        for name, value in values.items():
            setattr(fresh, name, value)
        if "at" in changes and fresh.reply_status == ReplyStatus.ANSWERED and fresh.answered_at:
            fresh.response_days = response_days(fresh.at, fresh.answered_at)
        save_new_version(fresh, "edit", reason)
        moved = _move_answer_time(fresh) if "at" in changes else []
    events.publish(events.Change("entry", fresh.case_id, (fresh.id, *moved)))
    return fresh


def _move_answer_time(answer: Entry) -> list[int]:
    """An answer's time was corrected: the requests it answered take the new answer time and
    response time (the PDF's "Besvaret efter N arbejdsdage" kept the old one)."""

    ids = []
    for request in Entry.select().where(
        (Entry.answered_by == answer.id) & (Entry.deleted == False)
    ):
        request.answered_at = answer.at
        request.response_days = response_days(request.at, answer.at)
        save_new_version(
            request, "edit", f"Svaret (kontakt nr. {answer.id}) har fået nyt tidspunkt"
        )
        ids.append(request.id)
    return ids


def delete_entry(entry: Entry, reason: str) -> Entry:
    """Hide an entry with a reason; it and all its versions are kept."""
    reason = clean_line(reason)
    if not reason:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Skriv hvorfor kontakten slettes.")),
            field="reason",
        )
    with database.atomic():
        fresh = Entry.get_by_id(entry.id)
        fresh.deleted = True
        fresh.deleted_reason = reason.strip()
        save_new_version(fresh, "delete", reason.strip())
        reopened = reopen_answered_by(fresh)
    events.publish(events.Change("entry", fresh.case_id, (fresh.id, *reopened)))
    return fresh


def reopen_answered_by(answer: Entry) -> list[int]:
    """Requests answered by a contact that is now deleted await a reply again.

    Otherwise the PDF said "Besvaret efter 2 arbejdsdage" about an answer that is no longer
    in the log, and an overdue request dropped out of "afventer svar". Ctrl+Z on a saved
    answer goes through here too. Call inside the deleting transaction.
    """
    ids = []
    for request in Entry.select().where(
        (Entry.answered_by == answer.id) & (Entry.deleted == False)
    ):
        await_reply_again(request)
        save_new_version(
            request, "edit", f"Svaret (kontakt nr. {answer.id}) er slettet; afventer svar igen"
        )
        ids.append(request.id)
    return ids


def restore_entry(entry: Entry, reason: str = "") -> Entry:
    """Undo a deletion; recorded as a new version."""
    with database.atomic():
        fresh = Entry.get_by_id(entry.id)
        fresh.deleted = False
        fresh.deleted_reason = ""
        save_new_version(fresh, "restore", reason)
    events.publish(events.Change("entry", fresh.case_id, (fresh.id,)))
    return fresh


def mark_answered(request: Entry, answer: Entry) -> Entry:
    """Record that ``answer`` answered ``request``: answer time and response in working days.

    Kept for callers of the first API; :func:`requests.answer_requests` links several at once.
    """
    from .requests import answer_requests

    return answer_requests(answer, [request])[0]


def get_entry(entry_id: int) -> Entry:
    entry = Entry.get_or_none(Entry.id == entry_id)
    if entry is None:
        raise NotFoundError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {number} findes ikke."),
                number=entry_id,
            )
        )
    return entry


def _journal_query(
    case: Case, day: date | None = None, include_deleted: bool = False, awaiting: bool = False
):
    """The journal's filter as a peewee query (the hand-written reads are tested against it)."""
    query = Entry.select().where(Entry.case == case)
    if not include_deleted:
        query = query.where(Entry.deleted == False)
    if awaiting:
        query = query.where(Entry.reply_status == ReplyStatus.AWAITING)
    if day is not None:
        start, end = clock.day_bounds_utc(day)
        query = query.where((Entry.at >= start) & (Entry.at < end))
    return query


#: An entry written down more than this long after the contact is shown "registreret senere".
LATE_REGISTRATION = timedelta(days=1)


def is_registered_late(entry: Entry) -> bool:
    """True when the entry was registered more than a day after the contact happened
    (here rather than in :mod:`history`: the detail pane asks at the first paint)."""
    if entry.registered_at is None or entry.at is None:
        return False
    return entry.registered_at - entry.at > LATE_REGISTRATION


def _journal_where(case: Case | int, day: date | None, awaiting: bool) -> tuple[str, list]:
    """The WHERE of :func:`_journal_query` written out, with its parameters."""
    where = ["entry.case_id = ?", "entry.deleted = 0"]
    params: list = [case.id if isinstance(case, Case) else case]
    if awaiting:
        where.append("entry.reply_status = ?")
        params.append(ReplyStatus.AWAITING)
    if day is not None:
        start, end = clock.day_bounds_utc(day)
        where.append("entry.at >= ? AND entry.at < ?")
        params += [Entry.at.db_value(start), Entry.at.db_value(end)]
    return " AND ".join(where), params


def count_entries(case: Case, day: date | None = None, *, awaiting: bool = False) -> int:
    """Visible entries (of one day; only those awaiting a reply with ``awaiting``).

    Hand-written like :func:`entries_page` (asked with it at every start and case switch):
    peewee's building of the query cost more than SQLite's count over the index.
    """
    where, params = _journal_where(case, day, awaiting)
    return database.execute_sql(f"SELECT COUNT(*) FROM entry WHERE {where}", params).fetchone()[0]


def entries_page(
    case: Case,
    day: date | None = None,
    offset: int = 0,
    limit: int = 200,
    *,
    awaiting: bool = False,
) -> list[Entry]:
    """One page of the journal, newest first, with counterpart persons loaded.

    Hand-written SQL through :class:`models.RowLoader`: the journal reads a page per scroll
    and per case switch, and peewee's row building cost ~10x the query on a long journal.
    """
    where, params = _journal_where(case, day, awaiting)
    return entries_with_people(
        f"WHERE {where} ORDER BY entry.at DESC, entry.id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


_ENTRY_ROWS = RowLoader(Entry)
_PERSON_ROWS = RowLoader(Person)
_ENTRIES_WITH_PEOPLE = (
    f"SELECT {_ENTRY_ROWS.columns}, {_PERSON_ROWS.columns} FROM entry "
    "LEFT JOIN person ON person.id = entry.person_id "
)


def entries_with_people(tail: str, params: list) -> list[Entry]:
    """Entries with their person loaded, read by hand-written SQL through RowLoader.

    ``tail`` is the query's WHERE and ORDER BY (and LIMIT) over ``entry`` and ``person``, with
    ``params`` for it. For the hot reads (a journal page, the banner's contacts): peewee's row
    building cost ~10x the query.
    """
    rows = database.execute_sql(_ENTRIES_WITH_PEOPLE + tail, params).fetchall()
    width = _ENTRY_ROWS.width
    persons: dict[int, Person] = {}  # a page mostly names the same few people
    found = []
    for row in rows:
        entry = _ENTRY_ROWS.build(row[:width])
        person_id = row[width]
        if person_id is not None:
            person = persons.get(person_id)
            if person is None:
                person = persons[person_id] = _PERSON_ROWS.build(row[width:])
            entry.__rel__["person"] = person
        found.append(entry)
    return found


def all_entries(case: Case | None = None) -> list[Entry]:
    """Every visible entry, newest first (optionally of one case)."""
    query = (
        Entry.select(Entry, Person, Case)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .switch(Entry)
        .join(Case)
        .where(Entry.deleted == False)
    )
    if case is not None:
        query = query.where(Entry.case == case)
    return list(query.order_by(Entry.at.desc(), Entry.id.desc()))


def marked_days(case: Case, first: date, last: date) -> dict[date, set[str]]:
    """The local days between ``first`` and ``last`` holding entries, with the kinds on each."""
    start, _ = clock.day_bounds_utc(first)
    _, end = clock.day_bounds_utc(last)
    field = Entry.at
    # Plain SQL: the calendar asks at every start and month change, and peewee's row handling
    # cost three times the query (several hundred rows on a busy case).
    rows = database.execute_sql(
        "SELECT entry.at, entry.kind FROM entry WHERE entry.case_id = ? AND entry.deleted = 0 "
        "AND entry.at >= ? AND entry.at < ?",
        [case.id if isinstance(case, Case) else case, field.db_value(start), field.db_value(end)],
    ).fetchall()
    days: dict[date, set[str]] = defaultdict(set)
    # The local day straight from the stored UTC text (a seven-week page of a busy case is
    # several hundred rows; parsing and converting each cost more than the query).
    local_date = clock.local_date_of_utc_text
    for at_text, kind in rows:
        days[local_date(at_text) if isinstance(at_text, str) else at_text.date()].add(kind)
    return dict(days)


def is_unanswered_attempt(entry: Entry) -> bool:
    return entry.kind == Kind.CALL and entry.outcome in UNANSWERED_OUTCOMES


def status_code(entry: Entry, today: date | None = None) -> str:
    """One of: overdue, awaiting, answered, unanswered, done."""
    today = today or clock.today()
    if entry.reply_status == ReplyStatus.AWAITING:
        return "overdue" if deadlines.is_overdue(entry.reply_due, today) else "awaiting"
    if entry.reply_status == ReplyStatus.ANSWERED:
        return "answered"
    if is_unanswered_attempt(entry):
        return "unanswered"
    return "done"


def status_text(entry: Entry, today: date | None = None) -> str:
    """A short Danish status for lists and the CLI."""
    code = status_code(entry, today)
    if code == "overdue":
        return f"Overskredet (frist {clock.short_date(entry.reply_due)})"
    if code == "awaiting":
        return f"Afventer svar (frist {clock.short_date(entry.reply_due)})"
    if code == "unanswered":
        return OUTCOME_LABELS[entry.outcome]
    if code == "answered":
        return REPLY_STATUS_LABELS[ReplyStatus.ANSWERED]
    if entry.outcome:
        return OUTCOME_LABELS[entry.outcome]
    return ""


def entry_history(entry: Entry) -> list[EntryVersion]:
    """The stored versions of one entry, oldest first (created, edited, deleted, restored)."""
    return list(EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq))
