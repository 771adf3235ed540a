"""The next step on the contact ladder, suggested from the case's own history.

The ladder (DOMAIN.md): 1 call the caseworker inside telefontid, 2 write an email (proof),
3 call the vagttelefon, 4 contact the afdelingsleder, 5 ask in writing for another
caseworker. Pure logic: it reads the diary, writes nothing and knows no Qt.

Rules (decided for Dagbog):

* Only what happened *since the last contact with the current caseworker* counts (an
  incoming contact from them, a call where the citizen talked to them, or a meeting with
  them), and never before the caseworker's assignment began: a new caseworker starts a new
  ladder.
* There is something to do when a call to the caseworker went unanswered or an open request
  is overdue. The highest rung already tried decides the next one:
  - unanswered calls only: one failed call -> call again; two or more -> write an email;
  - a written message (email, letter, digital post) to the caseworker: wait until its due date
    (or the case's reply deadline if it did not await a reply) -> then the vagttelefon; two
    more failed calls after it also count as no answer;
  - the vagttelefon: give the caseworker :data:`DUTY_GRACE_WORKING_DAYS` working days to call
    back -> then the afdelingsleder;
  - the afdelingsleder: wait for the reply deadline -> then ask for another caseworker;
  - asked for another caseworker: wait for the deadline -> then the borgerrådgiver.
* SMS does not count as a written message: it rarely reaches the case file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from . import clock, deadlines, journal, people, requests, telephone_hours
from .models import AwareDateTimeField, Case, Entry, Person, database, stored_date
from .texts import QT_TRANSLATE_NOOP, Phrase, phrase
from .vocabulary import UNANSWERED_OUTCOMES, Direction, Kind, Outcome, ReplyStatus, Role
from .workdays import working_days_between

NONE = "none"
WAIT = "wait"
CALL_CASEWORKER = "call-caseworker"
WRITE_EMAIL = "write-email"
CALL_DUTY_PHONE = "call-duty-phone"
CONTACT_HEAD = "contact-head"
NEW_CASEWORKER = "new-caseworker"
CITIZEN_ADVISER = "citizen-adviser"

#: Ladder position of each suggestion (0: nothing to do).
LEVELS = {
    NONE: 0,
    CALL_CASEWORKER: 1,
    WRITE_EMAIL: 2,
    CALL_DUTY_PHONE: 3,
    CONTACT_HEAD: 4,
    NEW_CASEWORKER: 5,
    CITIZEN_ADVISER: 6,
}

#: The letter (``core.letters`` kind) that carries out a written rung, so the window can
#: offer "write it" straight from the suggestion.
LETTER_FOR_RUNG = {
    WRITE_EMAIL: "followup",
    CONTACT_HEAD: "head",
    NEW_CASEWORKER: "new-caseworker",
}

#: Working days the caseworker gets to call back after the citizen called the vagttelefon.
DUTY_GRACE_WORKING_DAYS = 3
WRITTEN_KINDS = (Kind.EMAIL, Kind.LETTER, Kind.DIGITAL)


@dataclass(frozen=True)
class NextStep:
    """A suggestion: what to do (``rung``), where on the ladder, and a Danish explanation."""

    rung: str
    level: int
    sentence: str
    person: Person | None = None
    #: For call suggestions: whether the person's telefontid is open now, and when it opens.
    telephone_open: bool | None = None
    opens_at: datetime | None = None
    #: The sentence as a translatable phrase (the window shows it in the chosen language).
    phrase: Phrase | None = None

    @property
    def letter_kind(self) -> str | None:
        """The letter that carries out this step, if it is a written one."""
        return LETTER_FOR_RUNG.get(self.rung)


def _p(template: str, **values) -> Phrase:
    return phrase("NextStep", template, **values)


def _step(rung: str, level: int, said: Phrase, person: Person | None = None) -> NextStep:
    return NextStep(rung, level, said.render(), person, phrase=said)


def _moment(now: datetime | None, today: date | None) -> datetime:
    if now is not None:
        return clock.to_local(now)
    if today is not None:
        return datetime.combine(today, time(0), clock.LOCAL_TZ)
    return clock.now()


# The banner reads the ladder's start and the contacts since at every start and change:
# hand-written SQL (peewee's building of these four queries cost several times SQLite's
# work). tests/core/test_first_paint_sql.py compares them with the peewee queries.
_AT = AwareDateTimeField()


def _since(case: Case, caseworker: Person | None, end_utc: datetime) -> datetime | None:
    """The moment the current ladder starts (None: the whole history)."""
    if caseworker is None:
        return None
    start = None
    sql = database.execute_sql
    assignment = sql(
        "SELECT id, from_date FROM caseworker_assignment WHERE case_id = ? AND person_id = ? "
        "ORDER BY from_date DESC LIMIT 1",
        [case.id, caseworker.id],
    ).fetchone()
    first = sql(
        "SELECT id FROM caseworker_assignment WHERE case_id = ? ORDER BY from_date, id LIMIT 1",
        [case.id],
    ).fetchone()
    if assignment is not None and first is not None and assignment[0] != first[0]:
        # A change of caseworker starts the ladder again. The first assignment is no change:
        # its date is the day the caseworker was typed in (the first-run guide says "today"),
        # and the contacts a new user fills in from the weeks before must still count.
        start = datetime.combine(stored_date(assignment[1]), time(0), clock.LOCAL_TZ)
    contact = sql(
        "SELECT at FROM entry WHERE case_id = ? AND person_id = ? AND deleted = 0 AND at < ? "
        "AND (direction = ? OR kind = ? OR (kind = ? AND outcome = ?)) "
        "ORDER BY at DESC LIMIT 1",
        [case.id, caseworker.id, _AT.db_value(end_utc), Direction.IN, Kind.MEETING, Kind.CALL,
         Outcome.TALKED],
    ).fetchone()  # fmt: skip
    if contact is not None:
        at = _AT.python_value(contact[0])
        if start is None or at > start:
            start = at
    return start


def _outgoing_since(case: Case, since: datetime | None, end_utc: datetime) -> list[Entry]:
    """The case's outgoing contacts after ``since`` and before ``end_utc``, oldest first,
    each with its person."""
    where = "entry.case_id = ? AND entry.deleted = 0 AND entry.direction = ? AND entry.at < ?"
    params: list = [case.id, Direction.OUT, _AT.db_value(end_utc)]
    if since is not None:
        where += " AND entry.at > ?"
        params.append(_AT.db_value(since))
    return journal.entries_with_people(f"WHERE {where} ORDER BY entry.at, entry.id", params)


def _d(moment: datetime) -> date:
    """The local date of ``moment`` (shown "4. nov." in Danish)."""
    return clock.to_local(moment).date()


def _times(n: int) -> Phrase:
    if n == 1:
        return _p(QT_TRANSLATE_NOOP("NextStep", "én gang"))
    return _p(QT_TRANSLATE_NOOP("NextStep", "{n} gange"), n=n)


def _call_step(
    rung: str, person: Person | None, reason: Phrase, action: Phrase, moment: datetime
) -> NextStep:
    """A call suggestion with the person's telefontid folded into the sentence."""
    ranges = telephone_hours.from_json(person.telephone_hours) if person else []
    hours = telephone_hours.describe_phrase(ranges, moment)
    if hours:
        template = QT_TRANSLATE_NOOP("NextStep", "{reason} {action}; {hours}.")
    else:
        template = QT_TRANSLATE_NOOP("NextStep", "{reason} {action}.")
    said = _p(template, reason=reason, action=action, hours=hours or "")
    return NextStep(
        rung,
        LEVELS[rung],
        said.render(),
        person,
        telephone_hours.is_open(ranges, moment) if ranges else None,
        telephone_hours.next_opening(ranges, moment) if ranges else None,
        said,
    )


def _due_of(entry: Entry, case: Case) -> date:
    """The reply deadline of a written contact (the case's deadline if none was set)."""
    if entry.reply_due is not None:
        return entry.reply_due
    return deadlines.due_date(clock.to_local(entry.at).date(), entry.request_type, case.reply_days)


def _unanswered_written(entry: Entry, case: Case, today: date) -> bool:
    if entry.reply_status == ReplyStatus.ANSWERED:
        return False
    if entry.reply_status == ReplyStatus.NOT_EXPECTED and entry.closed_reason:
        return False
    return deadlines.is_overdue(_due_of(entry, case), today)


def _failed_calls(tried: list[Entry], caseworker: Person | None) -> list[Entry]:
    return [
        e
        for e in tried
        if e.kind == Kind.CALL
        and e.outcome in UNANSWERED_OUTCOMES
        and caseworker is not None
        and e.person_id == caseworker.id
    ]


def unanswered_calls(
    case: Case, now: datetime | None = None, today: date | None = None
) -> list[Entry]:
    """The calls to the current caseworker that got no answer since the last contact with
    them (the ones the ladder counts), oldest first. The window shows how many there are."""
    moment = _moment(now, today)
    _, end_utc = clock.day_bounds_utc(moment.date())
    caseworker = people.caseworker_on(case, moment.date())
    if caseworker is None:
        return []
    tried = _outgoing_since(case, _since(case, caseworker, end_utc), end_utc)
    return _failed_calls(tried, caseworker)


def suggest(case: Case, now: datetime | None = None, today: date | None = None) -> NextStep:
    """The next step for ``case`` at ``now`` (or at the start of ``today``; default: now)."""
    return suggest_with_calls(case, now, today)[0]


def suggest_with_calls(
    case: Case, now: datetime | None = None, today: date | None = None
) -> tuple[NextStep, list[Entry]]:
    """:func:`suggest` and :func:`unanswered_calls` at once (the banner shows both; they
    read the same caseworker, ladder start and contacts, which this reads once)."""
    moment = _moment(now, today)
    today = moment.date()
    _, end_utc = clock.day_bounds_utc(today)
    caseworker = people.caseworker_on(case, today)
    since = _since(case, caseworker, end_utc)
    tried = _outgoing_since(case, since, end_utc)
    failed_calls = _failed_calls(tried, caseworker)
    step = _suggest(case, moment, caseworker, tried, failed_calls)
    return step, failed_calls


def _suggest(
    case: Case,
    moment: datetime,
    caseworker: Person | None,
    tried: list[Entry],
    failed_calls: list[Entry],
) -> NextStep:
    today = moment.date()
    cw_name = (
        caseworker.name if caseworker else _p(QT_TRANSLATE_NOOP("NextStep", "din sagsbehandler"))
    )

    def to_caseworker(e: Entry) -> bool:
        return caseworker is not None and e.person_id == caseworker.id

    def role_of(e: Entry) -> str | None:
        return e.person.role if e.person_id else None

    written = [e for e in tried if e.kind in WRITTEN_KINDS and to_caseworker(e)]
    duty = [e for e in tried if role_of(e) == Role.DUTY_PHONE]
    head = [e for e in tried if role_of(e) == Role.HEAD]
    asked_new = [e for e in tried if e.request_type == deadlines.NEW_CASEWORKER]
    overdue = requests.overdue_requests(case, today)
    open_now = requests.open_requests(case, today)

    if asked_new:
        last = asked_new[-1]
        if _unanswered_written(last, case, today):
            return _step(
                CITIZEN_ADVISER,
                LEVELS[CITIZEN_ADVISER],
                _p(
                    QT_TRANSLATE_NOOP(
                        "NextStep",
                        "Du bad om en ny sagsbehandler den {asked} og har ikke fået svar inden "
                        "fristen. Kontakt kommunens borgerrådgiver, hvis kommunen har en, og "
                        "fortæl, at kontakten med jobcentret svigter.",
                    ),
                    asked=_d(last.at),
                ),
            )
        what = _p(QT_TRANSLATE_NOOP("NextStep", "din anmodning om en ny sagsbehandler"))
        return _wait(last, case, what, "", today)

    if head:
        last = head[-1]
        if _unanswered_written(last, case, today):
            where = (
                _p(QT_TRANSLATE_NOOP("NextStep", " til {email}"), email=case.main_email)
                if case.main_email
                else ""
            )
            return _step(
                NEW_CASEWORKER,
                LEVELS[NEW_CASEWORKER],
                _p(
                    QT_TRANSLATE_NOOP(
                        "NextStep",
                        "Afdelingslederen har ikke svaret på din henvendelse fra {sent}. "
                        "Bed skriftligt{where} om en anden sagsbehandler, og skriv kort hvorfor.",
                    ),
                    sent=_d(last.at),
                    where=where,
                ),
            )
        return _wait(
            last,
            case,
            _p(
                QT_TRANSLATE_NOOP("NextStep", "din henvendelse til afdelingslederen {name}"),
                name=last.person.name,
            ),
            _p(
                QT_TRANSLATE_NOOP(
                    "NextStep",
                    " Kommer der ikke svar, så bed skriftligt om en anden sagsbehandler.",
                )
            ),
            today,
        )

    if duty:
        last = duty[-1]
        waited = working_days_between(clock.to_local(last.at).date(), today)
        heads = people.people_with_role(case, Role.HEAD)
        head_name = f" ({heads[0].name})" if heads else ""
        if waited >= DUTY_GRACE_WORKING_DAYS:
            return _step(
                CONTACT_HEAD,
                LEVELS[CONTACT_HEAD],
                _p(
                    QT_TRANSLATE_NOOP(
                        "NextStep",
                        "Du kontaktede vagttelefonen den {called}, men har stadig ikke hørt fra "
                        "{cw}. Skriv til afdelingslederen{head}, så afdelingen ved, at "
                        "kontakten svigter.",
                    ),
                    called=_d(last.at),
                    cw=cw_name,
                    head=head_name,
                ),
                heads[0] if heads else None,
            )
        return _step(
            WAIT,
            LEVELS[CALL_DUTY_PHONE],
            _p(
                QT_TRANSLATE_NOOP(
                    "NextStep",
                    "Du kontaktede vagttelefonen den {called}. Giv {cw} et par dage til at vende "
                    "tilbage, og skriv ellers til afdelingslederen{head}.",
                ),
                called=_d(last.at),
                cw=cw_name,
                head=head_name,
            ),
        )

    if written:
        last = written[-1]
        calls_after = [e for e in failed_calls if e.at > last.at]
        if _unanswered_written(last, case, today) or len(calls_after) >= 2:
            duties = people.people_with_role(case, Role.DUTY_PHONE)
            phone = (
                _p(QT_TRANSLATE_NOOP("NextStep", " på {phone}"), phone=duties[0].phone)
                if duties and duties[0].phone
                else ""
            )
            if last.kind == Kind.EMAIL:
                kind = _p(QT_TRANSLATE_NOOP("NextStep", "e-mail"))
            else:
                kind = _p(QT_TRANSLATE_NOOP("NextStep", "henvendelse"))
            if _unanswered_written(last, case, today):
                text = QT_TRANSLATE_NOOP(
                    "NextStep", "Din {kind} til {cw} fra {sent} er ikke besvaret inden fristen."
                )
            else:
                text = QT_TRANSLATE_NOOP(
                    "NextStep", "Din {kind} til {cw} fra {sent} er ikke besvaret."
                )
            return _call_step(
                CALL_DUTY_PHONE,
                duties[0] if duties else None,
                _p(text, kind=kind, cw=cw_name, sent=_d(last.at)),
                _p(
                    QT_TRANSLATE_NOOP(
                        "NextStep", "Ring til vagttelefonen{phone}, og notér at du har gjort det"
                    ),
                    phone=phone,
                ),
                moment,
            )
        return _wait(
            last,
            case,
            _p(QT_TRANSLATE_NOOP("NextStep", "din henvendelse til {cw}"), cw=cw_name),
            _p(
                QT_TRANSLATE_NOOP("NextStep", " Du kan stadig ringe til {cw} i telefontiden."),
                cw=cw_name,
            ),
            today,
        )

    if len(failed_calls) >= 2:
        return _step(
            WRITE_EMAIL,
            LEVELS[WRITE_EMAIL],
            _p(
                QT_TRANSLATE_NOOP(
                    "NextStep",
                    "Du har ringet {times} uden svar siden {since}. Skriv en e-mail til {cw}, "
                    "så har du dokumentation.",
                ),
                times=_times(len(failed_calls)),
                since=_d(failed_calls[0].at),
                cw=cw_name,
            ),
            caseworker,
        )
    if failed_calls:
        return _call_step(
            CALL_CASEWORKER,
            caseworker,
            _p(
                QT_TRANSLATE_NOOP("NextStep", "Du ringede til {cw} den {called} uden at få svar."),
                cw=cw_name,
                called=_d(failed_calls[0].at),
            ),
            _p(QT_TRANSLATE_NOOP("NextStep", "Ring igen")),
            moment,
        )
    if overdue:
        first = overdue[0]
        return _call_step(
            CALL_CASEWORKER,
            caseworker,
            _p(
                QT_TRANSLATE_NOOP(
                    "NextStep",
                    "Din henvendelse fra {sent} har ventet {days} arbejdsdage og er over fristen.",
                ),
                sent=_d(first.entry.at),
                days=first.days_waited,
            ),
            _p(QT_TRANSLATE_NOOP("NextStep", "Ring til {cw}"), cw=cw_name),
            moment,
        )
    if open_now:
        first = min(open_now, key=lambda r: r.due or today)
        count = len(open_now)
        if count == 1:
            what = _p(QT_TRANSLATE_NOOP("NextStep", "én henvendelse"))
        else:
            what = _p(QT_TRANSLATE_NOOP("NextStep", "{n} henvendelser"), n=count)
        return _step(
            WAIT,
            0,
            _p(
                QT_TRANSLATE_NOOP(
                    "NextStep",
                    "Du venter på svar på {what}, og første frist er {due}. "
                    "Der er ikke noget at gøre endnu.",
                ),
                what=what,
                due=first.due,
            ),
        )
    return _step(
        NONE,
        0,
        _p(
            QT_TRANSLATE_NOOP(
                "NextStep",
                "Alle dine henvendelser er besvaret. Der er ikke noget, du skal gøre lige nu.",
            )
        ),
    )


def _wait(entry: Entry, case: Case, what: Phrase, then: Phrase | str, today: date) -> NextStep:
    due = _due_of(entry, case)
    return _step(
        WAIT,
        LEVELS.get(_rung_for(entry), 0),
        _p(
            QT_TRANSLATE_NOOP(
                "NextStep", "Du sendte {what} den {sent}, og fristen for svar er {due}.{then}"
            ),
            what=what,
            sent=_d(entry.at),
            due=due,
            then=then,
        ),
    )


def _rung_for(entry: Entry) -> str:
    if entry.request_type == deadlines.NEW_CASEWORKER:
        return NEW_CASEWORKER
    if entry.person_id and entry.person.role == Role.HEAD:
        return CONTACT_HEAD
    return WRITE_EMAIL
