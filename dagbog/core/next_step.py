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

from peewee import JOIN

from . import clock, deadlines, people, requests, telephone_hours
from .models import Case, CaseworkerAssignment, Entry, Person
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

    @property
    def letter_kind(self) -> str | None:
        """The letter that carries out this step, if it is a written one."""
        return LETTER_FOR_RUNG.get(self.rung)


def _moment(now: datetime | None, today: date | None) -> datetime:
    if now is not None:
        return clock.to_local(now)
    if today is not None:
        return datetime.combine(today, time(0), clock.LOCAL_TZ)
    return clock.now()


def _since(case: Case, caseworker: Person | None, end_utc: datetime) -> datetime | None:
    """The moment the current ladder starts (None: the whole history)."""
    if caseworker is None:
        return None
    start = None
    assignment = (
        CaseworkerAssignment.select()
        .where((CaseworkerAssignment.case == case) & (CaseworkerAssignment.person == caseworker))
        .order_by(CaseworkerAssignment.from_date.desc())
        .first()
    )
    if assignment is not None:
        start = datetime.combine(assignment.from_date, time(0), clock.LOCAL_TZ)
    contact = (
        Entry.select(Entry.at)
        .where(
            (Entry.case == case)
            & (Entry.person == caseworker)
            & (Entry.deleted == False)
            & (Entry.at < end_utc)
            & (
                (Entry.direction == Direction.IN)
                | (Entry.kind == Kind.MEETING)
                | ((Entry.kind == Kind.CALL) & (Entry.outcome == Outcome.TALKED))
            )
        )
        .order_by(Entry.at.desc())
        .first()
    )
    if contact is not None and (start is None or contact.at > start):
        start = contact.at
    return start


def _outgoing_since(case: Case, since: datetime | None, end_utc: datetime) -> list[Entry]:
    query = (
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            (Entry.case == case)
            & (Entry.deleted == False)
            & (Entry.direction == Direction.OUT)
            & (Entry.at < end_utc)
        )
        .order_by(Entry.at, Entry.id)
    )
    if since is not None:
        query = query.where(Entry.at > since)
    return list(query)


def _d(moment: datetime) -> str:
    return clock.danish_date(clock.to_local(moment).date())


def _stop(text: str) -> str:
    """End a sentence with one full stop (a date like "4. nov." already has one)."""
    return text if text.endswith(".") else text + "."


def _times(n: int) -> str:
    return "én gang" if n == 1 else f"{n} gange"


def _call_step(
    rung: str, person: Person | None, reason: str, action: str, moment: datetime
) -> NextStep:
    """A call suggestion with the person's telefontid folded into the sentence."""
    ranges = telephone_hours.from_json(person.telephone_hours) if person else []
    hours = telephone_hours.describe(ranges, moment)
    sentence = f"{reason} {action}" + (f"; {hours}." if hours else ".")
    return NextStep(
        rung,
        LEVELS[rung],
        sentence,
        person,
        telephone_hours.is_open(ranges, moment) if ranges else None,
        telephone_hours.next_opening(ranges, moment) if ranges else None,
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
    moment = _moment(now, today)
    today = moment.date()
    _, end_utc = clock.day_bounds_utc(today)
    caseworker = people.caseworker_on(case, today)
    cw_name = caseworker.name if caseworker else "din sagsbehandler"
    since = _since(case, caseworker, end_utc)
    tried = _outgoing_since(case, since, end_utc)

    def to_caseworker(e: Entry) -> bool:
        return caseworker is not None and e.person_id == caseworker.id

    def role_of(e: Entry) -> str | None:
        return e.person.role if e.person_id else None

    failed_calls = _failed_calls(tried, caseworker)
    written = [e for e in tried if e.kind in WRITTEN_KINDS and to_caseworker(e)]
    duty = [e for e in tried if role_of(e) == Role.DUTY_PHONE]
    head = [e for e in tried if role_of(e) == Role.HEAD]
    asked_new = [e for e in tried if e.request_type == deadlines.NEW_CASEWORKER]
    overdue = requests.overdue_requests(case, today)
    open_now = requests.open_requests(case, today)

    if asked_new:
        last = asked_new[-1]
        if _unanswered_written(last, case, today):
            return NextStep(
                CITIZEN_ADVISER,
                LEVELS[CITIZEN_ADVISER],
                f"Du bad om en ny sagsbehandler den {_d(last.at)} og har ikke fået svar inden "
                "fristen. Kontakt kommunens borgerrådgiver, hvis kommunen har en, og fortæl, "
                "at kontakten med jobcentret svigter.",
            )
        return _wait(last, case, "din anmodning om en ny sagsbehandler", "", today)

    if head:
        last = head[-1]
        if _unanswered_written(last, case, today):
            where = f" til {case.main_email}" if case.main_email else ""
            return NextStep(
                NEW_CASEWORKER,
                LEVELS[NEW_CASEWORKER],
                f"Afdelingslederen har ikke svaret på din henvendelse fra {_stop(_d(last.at))} "
                f"Bed skriftligt{where} om en anden sagsbehandler, og skriv kort hvorfor.",
            )
        return _wait(
            last,
            case,
            f"din henvendelse til afdelingslederen {last.person.name}",
            " Kommer der ikke svar, så bed skriftligt om en anden sagsbehandler.",
            today,
        )

    if duty:
        last = duty[-1]
        waited = working_days_between(clock.to_local(last.at).date(), today)
        heads = people.people_with_role(case, Role.HEAD)
        head_name = f" ({heads[0].name})" if heads else ""
        if waited >= DUTY_GRACE_WORKING_DAYS:
            return NextStep(
                CONTACT_HEAD,
                LEVELS[CONTACT_HEAD],
                f"Du kontaktede vagttelefonen den {_d(last.at)}, men har stadig ikke hørt fra "
                f"{cw_name}. Skriv til afdelingslederen{head_name}, så afdelingen ved, "
                "at kontakten svigter.",
                heads[0] if heads else None,
            )
        return NextStep(
            WAIT,
            LEVELS[CALL_DUTY_PHONE],
            f"Du kontaktede vagttelefonen den {_stop(_d(last.at))} Giv {cw_name} et par dage "
            f"til at vende tilbage, og skriv ellers til afdelingslederen{head_name}.",
        )

    if written:
        last = written[-1]
        calls_after = [e for e in failed_calls if e.at > last.at]
        if _unanswered_written(last, case, today) or len(calls_after) >= 2:
            duties = people.people_with_role(case, Role.DUTY_PHONE)
            phone = f" på {duties[0].phone}" if duties and duties[0].phone else ""
            kind = "e-mail" if last.kind == Kind.EMAIL else "henvendelse"
            reason = f"Din {kind} til {cw_name} fra {_d(last.at)} er ikke besvaret" + (
                " inden fristen." if _unanswered_written(last, case, today) else "."
            )
            return _call_step(
                CALL_DUTY_PHONE,
                duties[0] if duties else None,
                reason,
                f"Ring til vagttelefonen{phone}, og notér at du har gjort det",
                moment,
            )
        return _wait(
            last,
            case,
            f"din henvendelse til {cw_name}",
            f" Du kan stadig ringe til {cw_name} i telefontiden.",
            today,
        )

    if len(failed_calls) >= 2:
        return NextStep(
            WRITE_EMAIL,
            LEVELS[WRITE_EMAIL],
            f"Du har ringet {_times(len(failed_calls))} uden svar siden "
            f"{_stop(_d(failed_calls[0].at))} Skriv en e-mail til {cw_name}, "
            "så har du dokumentation.",
            caseworker,
        )
    if failed_calls:
        return _call_step(
            CALL_CASEWORKER,
            caseworker,
            f"Du ringede til {cw_name} den {_d(failed_calls[0].at)} uden at få svar.",
            "Ring igen",
            moment,
        )
    if overdue:
        first = overdue[0]
        return _call_step(
            CALL_CASEWORKER,
            caseworker,
            f"Din henvendelse fra {_d(first.entry.at)} har ventet {first.days_waited} "
            "arbejdsdage og er over fristen.",
            f"Ring til {cw_name}",
            moment,
        )
    if open_now:
        first = min(open_now, key=lambda r: r.due or today)
        count = len(open_now)
        what = "én henvendelse" if count == 1 else f"{count} henvendelser"
        return NextStep(
            WAIT,
            0,
            _stop(f"Du venter på svar på {what}, og første frist er {clock.danish_date(first.due)}")
            + " Der er ikke noget at gøre endnu.",
        )
    return NextStep(
        NONE, 0, "Alle dine henvendelser er besvaret. Der er ikke noget, du skal gøre lige nu."
    )


def _wait(entry: Entry, case: Case, what: str, then: str, today: date) -> NextStep:
    due = _due_of(entry, case)
    return NextStep(
        WAIT,
        LEVELS.get(_rung_for(entry), 0),
        _stop(
            f"Du sendte {what} den {_d(entry.at)}, og fristen for svar er {clock.danish_date(due)}"
        )
        + then,
    )


def _rung_for(entry: Entry) -> str:
    if entry.request_type == deadlines.NEW_CASEWORKER:
        return NEW_CASEWORKER
    if entry.person_id and entry.person.role == Role.HEAD:
        return CONTACT_HEAD
    return WRITE_EMAIL
