"""Letter drafts filled from the log, and the ``mailto:`` link that hands one to a mail program.

Each builder returns a :class:`Letter` (recipient, subject, body and how a sent copy should be
logged). The texts are short, polite and serious, as the source articles advise; the citizen
edits them before sending. Legal references follow ``DOMAIN.md``:

* follow-up and head of department: the contact ladder (call, e-mail, duty phone, head);
* new caseworker: retssikkerhedsloven § 4 and point 56 of the guidance to the act;
* aktindsigt: forvaltningsloven § 9, with the 7-working-day rule of § 16 stk. 2;
* fuldmagt: forvaltningsloven § 8.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from . import clock, deadlines, journal, people
from .errors import ValidationError
from .models import Case, Entry, Person
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import KIND_LABELS, OUTCOME_LABELS, Direction, Kind, Outcome, ReplyStatus, Role

KINDS = ("followup", "new-caseworker", "aktindsigt", "head", "minutes", "fuldmagt")

#: Danish labels of the letter kinds, for menus and the CLI.
KIND_TITLES: dict[str, str] = {
    "followup": "Opfølgning på ubesvarede henvendelser",
    "new-caseworker": "Anmodning om ny sagsbehandler",
    "aktindsigt": "Anmodning om aktindsigt",
    "head": "Henvendelse til afdelingslederen",
    "minutes": "Referat af møde",
    "fuldmagt": "Fuldmagt til partsrepræsentant",
}

REASONS_PLACEHOLDER = "[Skriv kort og sagligt, hvorfor samarbejdet ikke fungerer.]"
NAME_PLACEHOLDER = "[Dit navn]"
#: Where the fuldmagt names its partsrepræsentant when the case has none: a line to fill in.
REPRESENTATIVE_BLANK = "______________________________ (partsrepræsentantens navn)"


@dataclass
class Letter:
    """A draft: who it goes to, subject and body, and how to log it once sent."""

    kind: str
    to: str
    subject: str
    body: str
    #: The person the letter is addressed to, if one of the case's people.
    person_id: int | None = None
    #: "" or a request type with a legal deadline (see ``deadlines``).
    request_type: str = ""
    #: Whether a sent copy should be logged as awaiting a reply.
    expects_reply: bool = True

    def mailto(self) -> str:
        return mailto(self.to, self.subject, self.body)

    def as_text(self) -> str:
        """The draft as plain text, with recipient and subject on top."""
        return f"Til: {self.to or '-'}\nEmne: {self.subject}\n\n{self.body}"


# --- formatting helpers ---------------------------------------------------------------------


#: "2. november 2026"; the name letters and report/letter_pdf.py have always used.
danish_date = clock.danish_long_date


def danish_datetime(moment: datetime) -> str:
    """ "mandag 2. november 2026 kl. 09:15" in local time."""
    local = clock.to_local(moment)
    return f"{clock.WEEKDAYS[local.weekday()]} {danish_date(local.date())} kl. {local:%H:%M}"


def mailto(to: str, subject: str = "", body: str = "") -> str:
    """A ``mailto:`` URL (RFC 6068): UTF-8 percent-encoded, line breaks as ``%0D%0A``."""
    address = quote((to or "").strip(), safe="@!$'()*+,;:=")
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body:
        normalised = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append("body=" + quote(normalised, safe=""))
    return "mailto:" + address + ("?" + "&".join(fields) if fields else "")


def _signature(case: Case, prepared_by: str | None) -> str:
    """Who signs: the given name, else the user's own setting ("Navn (rolle)"), else the citizen."""
    from .settings import prepared_by as user_prepared_by

    return (
        (prepared_by or "").strip()
        or user_prepared_by()
        or case.citizen_name.strip()
        or NAME_PLACEHOLDER
    )


def _greeting(person: Person | None) -> str:
    return f"Kære {person.name}" if person is not None else "Til Jobcentret"


def _closing(case: Case, prepared_by: str | None) -> str:
    return f"Venlig hilsen\n{_signature(case, prepared_by)}"


def _jobcenter(case: Case) -> str:
    return case.municipality.strip() or "jobcentret"


# --- reading the log ------------------------------------------------------------------------


def _is_contact_made(entry: Entry) -> bool:
    """Whether an entry shows that contact succeeded (a reply, a talk, a meeting held).

    A talk with the duty phone is a step on the ladder, not contact with the caseworker.
    """
    if entry.direction == Direction.IN and entry.kind != Kind.MEETING:
        return True
    if entry.kind == Kind.CALL and entry.outcome in (Outcome.TALKED, Outcome.REFERRED):
        return not (entry.person_id and entry.person.role == Role.DUTY_PHONE)
    return entry.kind == Kind.MEETING


def unanswered_attempts(case: Case, now: datetime | None = None) -> list[Entry]:
    """The citizen's attempts since contact last succeeded, oldest first.

    Unanswered calls (``journal.is_unanswered_attempt``) after the newest successful contact
    up to ``now`` (planned meetings do not count), plus every outgoing message still awaiting
    a reply.
    """
    now = now or clock.now()
    entries = [e for e in reversed(journal.all_entries(case)) if e.at <= now]  # oldest first
    last_success = None
    for entry in entries:
        if _is_contact_made(entry):
            last_success = entry.at
    attempts = []
    for entry in entries:
        awaiting = entry.reply_status == ReplyStatus.AWAITING and entry.direction == Direction.OUT
        failed = journal.is_unanswered_attempt(entry) and (
            last_success is None or entry.at > last_success
        )
        if awaiting or failed:
            attempts.append(entry)
    return attempts


def _attempt_line(entry: Entry) -> str:
    channel = KIND_LABELS.get(entry.kind, entry.kind).lower()
    if entry.kind == Kind.CALL:
        detail = OUTCOME_LABELS.get(entry.outcome or "", "").lower()
        if entry.person_id and entry.person.role == Role.DUTY_PHONE:
            channel = "opkald til vagttelefonen"
    elif entry.kind == Kind.EMAIL:
        channel = "e-mail"
        detail = "ikke besvaret"
    else:
        detail = "ikke besvaret"
    subject = f" om «{entry.subject}»" if entry.subject and entry.kind != Kind.CALL else ""
    return f"- {danish_datetime(entry.at)}: {channel}{subject} ({detail})"


def _reaches(entry: Entry, worker: Person | None) -> bool:
    """Whether an entry was an attempt to reach ``worker`` (or the jobcenter in general).

    Formal requests (aktindsigt, a complaint, a request for another caseworker), meetings
    and contacts with other people (the head of department, a previous caseworker) are not
    attempts to reach the caseworker, so the letter must not list them as such. A call to the
    duty phone, or a message to the jobcenter without a named person, is: it is what the
    contact ladder advises when the caseworker cannot be reached.
    """
    if entry.request_type or entry.kind == Kind.MEETING:
        return False
    if not entry.person_id:
        return True
    if worker is not None:
        return entry.person_id == worker.id or entry.person.role == Role.DUTY_PHONE
    return entry.person.role in (Role.CASEWORKER, Role.DUTY_PHONE)


def caseworker_attempts(
    case: Case, worker: Person | None = None, now: datetime | None = None
) -> list[Entry]:
    """The unanswered attempts to reach the caseworker ``worker`` (default: the current one)."""
    worker = worker if worker is not None else _caseworker(case)
    return [e for e in unanswered_attempts(case, now) if _reaches(e, worker)]


def _attempt_list(case: Case) -> str:
    attempts = caseworker_attempts(case)
    if not attempts:
        return "- [Ingen ubesvarede henvendelser i loggen. Skriv dem her.]"
    return "\n".join(_attempt_line(entry) for entry in attempts)


def _caseworker(case: Case) -> Person | None:
    return people.caseworker_on(case)


def _head(case: Case) -> Person | None:
    heads = people.people_with_role(case, Role.HEAD)
    return heads[0] if heads else None


# --- the letters ----------------------------------------------------------------------------


def followup(case: Case, *, prepared_by: str | None = None) -> Letter:
    """A follow-up to the caseworker listing the unanswered attempts with dates and channels."""
    worker = _caseworker(case)
    to = (worker.email if worker else "") or case.main_email
    body = (
        f"{_greeting(worker)}\n\n"
        "Jeg har forsøgt at få kontakt med dig om min sag, men har ikke fået svar. "
        "Mine henvendelser:\n\n"
        f"{_attempt_list(case)}\n\n"
        "Vil du kontakte mig, så vi kan tale om, hvordan sagen står? "
        "Skriv gerne, hvornår det passer dig, at jeg ringer, eller om du ringer til mig.\n\n"
        "På forhånd tak.\n\n"
        f"{_closing(case, prepared_by)}"
    )
    return Letter(
        kind="followup",
        to=to,
        subject="Opfølgning på mine henvendelser",
        body=body,
        person_id=worker.id if worker and to == worker.email else None,
    )


def caseworker_history_text(case: Case) -> str:
    """The case's caseworkers with their periods, oldest first ("" with fewer than two).

    Used by the request for another caseworker, which links to the history when it exists.
    """
    history = people.caseworker_history(case)
    if len(history) < 2:
        return ""
    lines = []
    for i, assignment in enumerate(history):
        start = danish_date(assignment.from_date)
        if i + 1 < len(history):
            end = history[i + 1].from_date - timedelta(days=1)
            period = f"fra {start} til {danish_date(max(end, assignment.from_date))}"
        else:
            period = f"fra {start} (nuværende)"
        lines.append(f"- {assignment.person.name}, {period}")
    return "Mine sagsbehandlere i sagen indtil nu:\n" + "\n".join(lines)


def new_caseworker(case: Case, reasons: str = "", *, prepared_by: str | None = None) -> Letter:
    """A reasoned request for another caseworker, to the jobcenter's main e-mail address.

    When the case has had more than one caseworker, the history is listed after the reasons.
    """
    worker = _caseworker(case)
    current = (
        f"min nuværende sagsbehandler, {worker.name}" if worker else "min nuværende sagsbehandler"
    )
    history = caseworker_history_text(case)
    body = (
        "Til Jobcentret\n\n"
        f"Jeg anmoder hermed om at få en anden sagsbehandler end {current}.\n\n"
        "Begrundelse:\n"
        f"{(reasons or '').strip() or REASONS_PLACEHOLDER}\n\n"
        + (f"{history}\n\n" if history else "")
        + "Efter § 4 i lov om retssikkerhed og administration på det sociale område skal jeg "
        "have mulighed for at medvirke i min sag, og kommunen skal tilrettelægge arbejdet, så "
        "det er muligt. Vejledningen til loven (punkt 56) lægger vægt på en tillidsfuld dialog "
        "mellem borger og sagsbehandler og siger, at kommunen bør imødekomme et velbegrundet "
        "ønske om en anden sagsbehandler, når det er muligt.\n\n"
        "Jeg vil gerne samarbejde om min sag og håber, at I vil imødekomme min anmodning. "
        "Jeg ser frem til jeres skriftlige svar.\n\n"
        f"{_closing(case, prepared_by)}"
    )
    return Letter(
        kind="new-caseworker",
        to=case.main_email,
        subject="Anmodning om ny sagsbehandler",
        body=body,
    )


def aktindsigt(case: Case, *, prepared_by: str | None = None, sent: date | None = None) -> Letter:
    """A request for access to one's own case file (forvaltningsloven § 9)."""
    worker = _caseworker(case)
    to = case.main_email or (worker.email if worker else "")
    sent = sent or clock.today()
    due = deadlines.due_date(sent, deadlines.AKTINDSIGT)
    body = (
        "Til Jobcentret\n\n"
        "Jeg anmoder om aktindsigt i min egen sag efter forvaltningslovens § 9.\n\n"
        "Jeg beder om kopi af alle dokumenter i sagen, herunder journalnotater, "
        "notater om telefonsamtaler og møder, e-mails, breve og interne vurderinger. "
        "Jeg vil gerne have materialet sendt elektronisk.\n\n"
        "Efter forvaltningslovens § 16, stk. 2, skal I give mig besked om grunden og om, "
        "hvornår jeg kan forvente svar, hvis anmodningen ikke er besvaret inden 7 arbejdsdage "
        f"efter, at I har modtaget den. Det vil sige senest {danish_date(due)}.\n\n"
        "På forhånd tak.\n\n"
        f"{_closing(case, prepared_by)}"
    )
    return Letter(
        kind="aktindsigt",
        to=to,
        subject="Anmodning om aktindsigt",
        body=body,
        person_id=worker.id if worker and not case.main_email and worker.email else None,
        request_type=deadlines.AKTINDSIGT,
    )


def head(case: Case, *, prepared_by: str | None = None) -> Letter:
    """A message to the head of department when contact with the caseworker keeps failing."""
    leader = _head(case)
    worker = _caseworker(case)
    to = (leader.email if leader else "") or case.main_email
    whom = f"min sagsbehandler, {worker.name}" if worker else "min sagsbehandler"
    body = (
        f"{_greeting(leader)}\n\n"
        f"Jeg skriver til dig, fordi det i en periode ikke er lykkedes mig at få kontakt med "
        f"{whom}. Mine henvendelser:\n\n"
        f"{_attempt_list(case)}\n\n"
        "Jeg vil gerne bede om din hjælp til at få kontakt, så min sag kan komme videre. "
        "Jeg nævner det også, fordi det måske kan være nyttigt for afdelingen at vide, hvor "
        "kontakten kan gå i stå. Skriv gerne, hvis der er noget, jeg selv kan gøre for at "
        "gøre kontakten lettere.\n\n"
        f"{_closing(case, prepared_by)}"
    )
    return Letter(
        kind="head",
        to=to,
        subject="Jeg kan ikke få kontakt med min sagsbehandler",
        body=body,
        person_id=leader.id if leader and to == leader.email else None,
    )


#: Roles on the citizen's side of the table: minutes are not sent to them for confirmation.
_CITIZEN_SIDE = (Role.COMPANION, Role.REPRESENTATIVE, Role.UNION)


def _meeting_counterpart(entry: Entry) -> Person | None:
    """Who the minutes go to: the meeting's person from the jobcenter, else the caseworker
    the case had on the meeting's day (a meeting logged with the bisidder still has one)."""
    if entry.person_id and entry.person.role not in _CITIZEN_SIDE:
        return entry.person
    day = clock.to_local(entry.at).date()
    return people.caseworker_on(entry.case, day) or _caseworker(entry.case)


def _meeting_notes(entry: Entry) -> str:
    """The meeting's note, with meeting mode's attendees, agenda, notes and actions.

    A finished meeting has its minutes block in the entry's note already ("Afslut møde"
    writes it). A meeting still open in meeting mode, or one with notes taken after it was
    finished, gets the block built from the live records, the note being typed included.
    """
    from . import meetings

    note = entry.note.strip()
    meeting = meetings.meeting_for(entry)
    if meeting is None:
        return note
    finished = meeting.finished_at
    if finished is not None and meetings.MINUTES_MARKER in note:
        # "Afslut møde" stamps the last note a moment before it records the finish.
        later = finished + timedelta(seconds=5)
        taken = meetings.notes(meeting, include_drafts=True)
        if not any(n.text.strip() and (n.draft or n.saved_at > later) for n in taken):
            return note
    live = meetings.minutes_text(meeting, include_drafts=True)
    if live == meetings.MINUTES_MARKER:  # nothing recorded in meeting mode yet
        return meetings.own_note(note)
    return meetings.with_minutes(note, live)


def minutes(entry: Entry, *, prepared_by: str | None = None) -> Letter:
    """The citizen's own minutes ("referat") of a meeting entry, sent back for confirmation."""
    if entry.kind != Kind.MEETING:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Der kan kun skrives referat af et møde."),
            ),
            field="entry",
        )
    case = entry.case
    counterpart = _meeting_counterpart(entry)
    to = (counterpart.email if counterpart else "") or case.main_email
    day = danish_date(clock.to_local(entry.at).date())
    topic = entry.subject.strip() or "[Mødets emne]"
    notes = _meeting_notes(entry) or "[Skriv de vigtigste punkter og aftaler her.]"
    body = (
        f"{_greeting(counterpart)}\n\n"
        f"Tak for mødet {danish_datetime(entry.at)}. Her er mit referat af mødet, "
        "som jeg har forstået det.\n\n"
        f"Emne: {topic}\n\n"
        f"{notes}\n\n"
        "Skriv venligst til mig, hvis du har forstået noget anderledes, eller hvis noget "
        "mangler. Så retter jeg referatet.\n\n"
        f"{_closing(case, prepared_by)}"
    )
    return Letter(
        kind="minutes",
        to=to,
        subject=f"Referat af mødet {day}",
        body=body,
        person_id=counterpart.id if counterpart and to == counterpart.email else None,
    )


def _representative_name(case: Case, representative: Person | None) -> str:
    """Who the fuldmagt names: the given person, else the case's partsrepræsentant, else the
    user when their own role is partsrepræsentant, else a blank line to fill in by hand.

    A bisidder (companion) or a union is not a partsrepræsentant: a bisidder only assists,
    so the fuldmagt never names one by default.
    """
    from .settings import UserRole, user_profile

    if representative is None:
        found = people.people_with_role(case, Role.REPRESENTATIVE)
        representative = found[0] if found else None
    if representative is not None:
        return representative.name
    profile = user_profile()
    if profile.role == UserRole.REPRESENTATIVE and profile.name.strip():
        return profile.name.strip()
    return REPRESENTATIVE_BLANK


def fuldmagt(
    case: Case, representative: Person | None = None, *, prepared_by: str | None = None
) -> Letter:
    """A power of attorney for a partsrepræsentant (forvaltningsloven § 8).

    It is the citizen (the party) who gives it and signs it, whoever prepares the draft.
    """
    from .settings import UserRole, user_profile

    rep = _representative_name(case, representative)
    profile = user_profile()
    own = profile.name.strip() if profile.role == UserRole.CITIZEN else ""
    name = case.citizen_name.strip() or own or NAME_PLACEHOLDER
    body = (
        "Til Jobcentret\n\n"
        "Fuldmagt\n\n"
        f"Jeg, {name}, giver hermed {rep} fuldmagt til at repræsentere mig i min sag hos "
        f"{_jobcenter(case)}, jf. forvaltningslovens § 8.\n\n"
        "Fuldmagten omfatter, at partsrepræsentanten kan:\n"
        "- deltage i møder og samtaler sammen med mig eller i mit sted,\n"
        "- tale med og skrive til jobcentret om sagen,\n"
        "- få aktindsigt i sagen og modtage kopi af breve og afgørelser.\n\n"
        "Fuldmagten gælder, indtil jeg tilbagekalder den skriftligt.\n\n"
        f"Dato: {danish_date(clock.today())}\n\n"
        f"Underskrift: ______________________\n{name}"
    )
    return Letter(
        kind="fuldmagt",
        to=case.main_email,
        subject="Fuldmagt til partsrepræsentant",
        body=body,
        expects_reply=False,
    )


def build(
    kind: str,
    case: Case,
    *,
    entry: Entry | None = None,
    reasons: str = "",
    prepared_by: str | None = None,
) -> Letter:
    """The draft of ``kind`` (one of :data:`KINDS`) for ``case``."""
    if kind == "followup":
        return followup(case, prepared_by=prepared_by)
    if kind == "new-caseworker":
        return new_caseworker(case, reasons, prepared_by=prepared_by)
    if kind == "aktindsigt":
        return aktindsigt(case, prepared_by=prepared_by)
    if kind == "head":
        return head(case, prepared_by=prepared_by)
    if kind == "minutes":
        if entry is None:
            raise ValidationError(
                phrase(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Vælg det møde, referatet handler om.")
                ),
                field="entry",
            )
        if entry.case_id != case.id:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Mødet hører til en anden sag."),
                ),
                field="entry",
            )
        return minutes(entry, prepared_by=prepared_by)
    if kind == "fuldmagt":
        return fuldmagt(case, prepared_by=prepared_by)
    raise ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "Brevtypen «{kind}» kendes ikke."),
            kind=kind,
        ),
        field="kind",
    )


def meetings_of(case: Case) -> list[Entry]:
    """The case's meeting entries, newest first."""
    return [e for e in journal.all_entries(case) if e.kind == Kind.MEETING]


def latest_meeting(case: Case, now: datetime | None = None) -> Entry | None:
    """The newest meeting already held (the default for minutes), else the newest planned."""
    now = now or clock.now()
    meetings = meetings_of(case)
    held = [e for e in meetings if e.at <= now]
    return (held or meetings or [None])[0]


def log_sent(
    case: Case,
    letter: Letter,
    *,
    subject: str | None = None,
    body: str | None = None,
    at: datetime | None = None,
) -> Entry:
    """Log a sent letter as an outgoing e-mail; awaiting a reply with the right deadline."""
    person = None
    if letter.person_id is not None:
        person = Person.get_or_none((Person.id == letter.person_id) & (Person.case == case))
    return journal.log_contact(
        case,
        at=at or clock.now(),
        kind=Kind.EMAIL,
        direction=Direction.OUT,
        person=person,
        subject=(subject if subject is not None else letter.subject)[: journal.MAX_SUBJECT],
        note=body if body is not None else letter.body,
        awaiting_reply=letter.expects_reply,
        request_type=letter.request_type if letter.expects_reply else "",
    )
