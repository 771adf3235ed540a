"""Open requests: outgoing contacts awaiting a reply, their deadlines, answers and closing.

An *open request* is a visible (not deleted) entry whose reply status is "awaiting" and that
was sent on or before the day asked about. Private entries count: privacy only affects what
is exported. All reads are single SQL queries ordered by the index on
(case, reply_status, reply_due); the working-day arithmetic runs only on the rows returned.
"""

from __future__ import annotations

from datetime import date, datetime

from peewee import JOIN

from . import clock, deadlines, events
from .errors import ValidationError
from .fingerprint import save_new_version
from .models import Case, Entry, Person, RowLoader, database, stored_date
from .text import clean_line
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import UNANSWERED_OUTCOMES, Direction, Kind, Outcome, ReplyStatus
from .workdays import working_days_between, working_days_to


class OpenRequest:
    """An entry awaiting a reply, seen on one day (read-only).

    The status (``due``, ``days_waited``, ``days_overdue``, ``overdue``) is counted when the
    list is made. From :func:`open_requests` and :func:`overdue_requests` the ``entry`` (with
    its person and case) is built from the already fetched row when first read: the banner
    and the counts read only the status, the panel only the rows it paints.
    """

    __slots__ = ("due", "days_waited", "days_overdue", "_entry", "_row", "_rows")

    def __init__(self, entry: Entry, due: date | None, days_waited: int, days_overdue: int):
        self._entry = entry
        self._row = self._rows = None
        self.due = due
        self.days_waited = days_waited  # working days since it was sent
        self.days_overdue = days_overdue  # working days past the due date (0 if not overdue)

    @property
    def entry(self) -> Entry:
        entry = self._entry
        if entry is None:
            entry = self._entry = self._rows.entry(self._row)
            self._row = self._rows = None
        return entry

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def sent(self) -> date:
        return clock.to_local(self.entry.at).date()

    def __repr__(self) -> str:
        return (
            f"OpenRequest(entry={self.entry!r}, due={self.due!r}, "
            f"days_waited={self.days_waited}, days_overdue={self.days_overdue})"
        )


#: "Not deleted", written so SQLite cannot use it for an index: otherwise, without ANALYZE
#: statistics, it picks the (case, deleted, at) index and walks every entry of the case
#: (125 ms on 100,000 entries) instead of (case, reply_status, reply_due) (7 ms).
_NOT_DELETED = Entry.deleted.cast("INTEGER") == 0


def _open_query(case: Case | None, today: date):
    _, end_of_today = clock.day_bounds_utc(today)
    query = (
        Entry.select(Entry, Person, Case)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .switch(Entry)
        .join(Case)
        .where(
            (Entry.reply_status == ReplyStatus.AWAITING) & _NOT_DELETED & (Entry.at < end_of_today)
        )
    )
    return _for_case(query, case)


_ENTRY_ROWS = RowLoader(Entry)
_PERSON_ROWS = RowLoader(Person)
_CASE_ROWS = RowLoader(Case)


_AT = _ENTRY_ROWS.names.index("at")
_REPLY_DUE = _ENTRY_ROWS.names.index("reply_due")
_FIRST_PERSON = _ENTRY_ROWS.width
_FIRST_CASE = _FIRST_PERSON + _PERSON_ROWS.width
_new_request = object.__new__


class _Rows:
    """Turns the joined rows of one open-request query into entries with person and case,
    one Person and one Case instance per id (as peewee's join would)."""

    __slots__ = ("persons", "cases")

    def __init__(self) -> None:
        self.persons: dict[int, Person] = {}
        self.cases: dict[int, Case] = {}

    def entry(self, row: tuple) -> Entry:
        entry = _ENTRY_ROWS.build(row)
        person_id = row[_FIRST_PERSON]
        if person_id is not None:
            person = self.persons.get(person_id)
            if person is None:
                person = _PERSON_ROWS.build(row[_FIRST_PERSON:_FIRST_CASE])
                self.persons[person_id] = person
            entry.__rel__["person"] = person
        case_id = row[_FIRST_CASE]
        the_case = self.cases.get(case_id)
        if the_case is None:
            the_case = self.cases[case_id] = _CASE_ROWS.build(row[_FIRST_CASE:])
        entry.__rel__["case"] = the_case
        return entry


def _open_where(case: Case | None, today: date) -> tuple[list[str], list]:
    """The conditions of :func:`_open_query` written out (open on ``today``), with their
    parameters: for the hand-written list and counts."""
    _, end_of_today = clock.day_bounds_utc(today)
    where = [
        "entry.reply_status = ?",
        "CAST(entry.deleted AS INTEGER) = 0",  # see _NOT_DELETED
        "entry.at < ?",
    ]
    params: list = [ReplyStatus.AWAITING, Entry.at.db_value(end_of_today)]
    if case is not None:
        where.append("entry.case_id = ?")
        params.append(case.id)
    else:
        where.append('entry.case_id IN (SELECT id FROM "case")')  # see _for_case
    return where, params


def _open_requests(case: Case | None, today: date, overdue: bool) -> list[OpenRequest]:
    """The open requests, most overdue first, their status counted on ``today``.

    The same query as :func:`_open_query`, written out: the panel, the banner and the case
    overview ask this on every change, and peewee's row building cost ~10x the query. Days
    waited and overdue are counted here for every row, the sending day taken straight from
    the stored UTC text; the entries are built when read (see :class:`OpenRequest`).
    """
    where, params = _open_where(case, today)
    if overdue:
        # No due date is never overdue, so the index order on reply_due serves the sort.
        where.append("entry.reply_due < ?")
        params.append(today.isoformat())
        order = "entry.reply_due, entry.at, entry.id"
    else:
        order = "entry.reply_due IS NULL, entry.reply_due, entry.at, entry.id"
    rows = database.execute_sql(
        f"SELECT {_ENTRY_ROWS.columns}, {_PERSON_ROWS.columns}, {_CASE_ROWS.columns} "
        "FROM entry LEFT JOIN person ON person.id = entry.person_id "
        'JOIN "case" ON "case".id = entry.case_id '
        f"WHERE {' AND '.join(where)} ORDER BY {order}",
        params,
    ).fetchall()
    loader = _Rows()
    local_date = clock.local_date_of_utc_text
    to_today = working_days_to(today)
    result = []
    for row in rows:
        due = row[_REPLY_DUE]
        if due is not None:
            due = stored_date(due)
        request = _new_request(OpenRequest)
        request._entry = None
        request._row = row
        request._rows = loader
        request.due = due
        waited = to_today(local_date(row[_AT]))
        request.days_waited = waited if waited > 0 else 0
        # deadlines.days_overdue: overdue from the calendar day after the due date, then at
        # least 1 even on a weekend.
        if due is None or today <= due:
            request.days_overdue = 0
        else:
            late = to_today(due)
            request.days_overdue = late if late > 1 else 1
        result.append(request)
    return result


def _for_case(query, case: Case | None):
    """Restrict to one case; for all cases, an IN over the cases lets SQLite use the
    (case, reply_status, reply_due) index instead of scanning every entry."""
    if case is not None:
        return query.where(Entry.case == case)
    return query.where(Entry.case.in_(Case.select(Case.id)))


def open_requests(case: Case | None, today: date | None = None) -> list[OpenRequest]:
    """Every open request (of one case, or of all with ``None``), most overdue first."""
    return _open_requests(case, today or clock.today(), overdue=False)


def overdue_requests(case: Case | None, today: date | None = None) -> list[OpenRequest]:
    """The open requests whose due date has passed on ``today``, most overdue first."""
    return _open_requests(case, today or clock.today(), overdue=True)


def count_open(case: Case | None, today: date | None = None) -> tuple[int, int]:
    """(open, overdue) counts, in one hand-written aggregation over the rows of
    :func:`_open_query` (the banner asks at every start and change; building the two
    counts with peewee cost several times SQLite's work)."""
    today = today or clock.today()
    where, params = _open_where(case, today)
    # No due date is never overdue: NULL < today is not true.
    row = database.execute_sql(
        "SELECT COUNT(*), COUNT(CASE WHEN entry.reply_due < ? THEN 1 END) FROM entry "
        f"WHERE {' AND '.join(where)}",
        [today.isoformat(), *params],
    ).fetchone()
    return row[0], row[1]


def deadline_state(due: date | None, today: date) -> str:
    """How an open item due on ``due`` is marked on ``today``: overdue, due-soon or awaiting
    (a request awaiting a reply, or an agreed action from a meeting not yet done)."""
    if deadlines.is_overdue(due, today):
        return "overdue"
    if deadlines.is_due_soon(due, today):
        return "due-soon"
    return "awaiting"


def highlight(entry: Entry, today: date | None = None) -> str | None:
    """How the journal marks an entry: overdue, due-soon, awaiting, unanswered, or None."""
    today = today or clock.today()
    if entry.deleted:
        return None
    if entry.reply_status == ReplyStatus.AWAITING:
        return deadline_state(entry.reply_due, today)
    if (
        entry.kind == Kind.CALL
        and entry.direction == Direction.OUT
        and entry.outcome in UNANSWERED_OUTCOMES
    ):
        return "unanswered"
    return None


def can_answer(kind: str, direction: str, outcome: str | None) -> bool:
    """Whether a contact like this can be the answer to open requests.

    Any incoming contact can (its person, if any, is one of the case's people); an outgoing
    one only if the citizen talked to someone: a call the caseworker answered, or a meeting.
    """
    if direction == Direction.IN:
        return True
    if kind == Kind.MEETING:
        return True
    return kind == Kind.CALL and outcome == Outcome.TALKED


def incoming_cannot_await() -> ValidationError:
    """The refusal of an incoming contact awaiting a reply (logging, editing, reopening).

    "Afventer svar" means the jobcenter owes the citizen a reply: an incoming letter awaiting
    one would show as the jobcenter's overdue request.
    """
    return ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Kun en udgående kontakt kan afvente svar fra jobcentret. Vil du selv svare "
                "på en indgående kontakt, så notér dit svar som en ny, udgående kontakt.",
            ),
        ),
        field="reply_status",
    )


def _cannot_answer_error() -> ValidationError:
    return ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Kun en indgående kontakt, et møde eller et opkald, hvor du talte med nogen, "
                "kan være et svar.",
            ),
        ),
        field="answers",
    )


def answer_candidates(
    case: Case, at: datetime, person: Person | None = None, exclude: Entry | None = None
) -> list[Entry]:
    """Open requests an answer at ``at`` (from ``person``) may answer: same person first.

    Only requests sent before the answer are offered; within each group, oldest first.
    """
    query = (
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            (Entry.case == case)
            & (Entry.reply_status == ReplyStatus.AWAITING)
            & (Entry.deleted == False)
            & (Entry.at <= at)
        )
        .order_by(Entry.at, Entry.id)
    )
    if exclude is not None:
        query = query.where(Entry.id != exclude.id)
    rows = list(query)
    if person is None:
        return rows
    same = [e for e in rows if e.person_id == person.id]
    return same + [e for e in rows if e.person_id != person.id]


def _check_answer(request: Entry, answer: Entry) -> None:
    if request.case_id != answer.case_id:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Svaret hører til en anden sag.")),
            field="answer",
        )
    if request.id == answer.id:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "En kontakt kan ikke besvare sig selv.")),
            field="answer",
        )
    if answer.at < request.at:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Svaret ligger før henvendelsen.")),
            field="answer",
        )
    if request.deleted:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {id} er slettet og kan ikke besvares."),
                id=request.id,
            ),
            field="request",
        )
    if answer.deleted:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "En slettet kontakt kan ikke bruges som svar."),
            ),
            field="answer",
        )
    if request.reply_status != ReplyStatus.AWAITING:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {id} afventer ikke svar."),
                id=request.id,
            ),
            field="request",
        )
    if not can_answer(answer.kind, answer.direction, answer.outcome):
        # The window only offers such contacts (answer_choices); the CLI and any other
        # caller are held to the same rule here.
        raise _cannot_answer_error()
    if answer.person_id is not None and answer.person.case_id != request.case_id:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Personen hører ikke til denne sag.")),
            field="answer",
        )


def response_days(asked: datetime, answered: datetime) -> int:
    """Working days from a request to its answer, by local dates (0 if answered the same day)."""
    return max(
        0, working_days_between(clock.to_local(asked).date(), clock.to_local(answered).date())
    )


def answer_requests(answer: Entry, requests: list[Entry]) -> list[Entry]:
    """Mark every request in ``requests`` as answered by ``answer``, in one transaction."""
    fresh_answer = Entry.get_by_id(answer.id)
    done: list[Entry] = []
    with database.atomic():
        for request in requests:
            fresh = Entry.get_by_id(request.id)
            _check_answer(fresh, fresh_answer)
            fresh.reply_status = ReplyStatus.ANSWERED
            fresh.answered_by = fresh_answer
            fresh.answered_at = fresh_answer.at
            fresh.response_days = response_days(fresh.at, fresh_answer.at)
            save_new_version(fresh, "edit", f"Besvaret af kontakt nr. {fresh_answer.id}")
            done.append(fresh)
    if done:
        events.publish(events.Change("entry", answer.case_id, tuple(e.id for e in done)))
    return done


def close_request(request: Entry, reason: str) -> Entry:
    """Close an open request by hand: "intet svar forventet", with a reason kept in history."""
    reason = clean_line(reason)
    if not reason:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Skriv hvorfor der ikke længere forventes svar."),
            ),
            field="reason",
        )
    with database.atomic():
        fresh = Entry.get_by_id(request.id)
        if fresh.deleted:  # its history ends with the deletion; nothing is added after it
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {id} er slettet og kan ikke lukkes."),
                    id=fresh.id,
                ),
                field="request",
            )
        if fresh.reply_status != ReplyStatus.AWAITING:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Kontakt nr. {id} afventer ikke svar."),
                    id=fresh.id,
                ),
                field="request",
            )
        fresh.reply_status = ReplyStatus.NOT_EXPECTED
        fresh.closed_reason = reason
        save_new_version(fresh, "edit", f"Intet svar forventet: {reason}")
    events.publish(events.Change("entry", fresh.case_id, (fresh.id,)))
    return fresh


def await_reply_again(request: Entry) -> None:
    """Undo an answer on the row (the caller saves it): awaiting, with a due date (by the
    request's own type) if it had none."""
    request.reply_status = ReplyStatus.AWAITING
    request.answered_by = None
    request.answered_at = None
    request.response_days = None
    if request.reply_due is None:
        request.reply_due = deadlines.due_date(
            clock.to_local(request.at).date(), request.request_type, request.case.reply_days
        )


def reopen_request(request: Entry, reason: str = "") -> Entry:
    """Set a closed or answered request back to awaiting (the answer link is removed)."""
    with database.atomic():
        fresh = Entry.get_by_id(request.id)
        if fresh.direction == Direction.IN:
            raise incoming_cannot_await()
        await_reply_again(fresh)
        fresh.closed_reason = ""
        save_new_version(fresh, "edit", (reason or "Afventer svar igen").strip())
    events.publish(events.Change("entry", fresh.case_id, (fresh.id,)))
    return fresh


def due_days(case: Case, first: date, last: date, today: date | None = None) -> dict[date, str]:
    """Due dates of open requests between ``first`` and ``last``: "overdue" or "due" per day."""
    today = today or clock.today()
    # Hand-written (the calendar asks at every start and month change; see count_open).
    rows = database.execute_sql(
        "SELECT DISTINCT reply_due FROM entry WHERE case_id = ? AND reply_status = ? "
        "AND deleted = 0 AND reply_due >= ? AND reply_due <= ?",
        [case.id, ReplyStatus.AWAITING, first.isoformat(), last.isoformat()],
    ).fetchall()
    return {
        due: ("overdue" if deadlines.is_overdue(due, today) else "due")
        for due in (stored_date(value) for (value,) in rows if value is not None)
    }


def log_contact_answering(case: Case, answers: list[Entry], **contact) -> Entry:
    """Log a contact (``journal.log_contact`` arguments) that answers ``answers``, atomically."""
    from . import journal

    with database.atomic():
        entry = journal.log_contact(case, **contact)
        if answers:
            if not can_answer(entry.kind, entry.direction, entry.outcome):
                raise _cannot_answer_error()
            answer_requests(entry, answers)
    return entry


def answer_choices(request: Entry, limit: int = 50) -> list[Entry]:
    """Contacts after ``request`` that could be its answer, oldest first."""
    query = (
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            (Entry.case == request.case_id)
            & (Entry.deleted == False)
            & (Entry.id != request.id)
            & (Entry.at >= request.at)
            & (
                (Entry.direction == Direction.IN)
                | (Entry.kind == Kind.MEETING)
                | ((Entry.kind == Kind.CALL) & (Entry.outcome == Outcome.TALKED))
            )
        )
        .order_by(Entry.at, Entry.id)
        .limit(limit)
    )
    return list(query)
