"""Demo data: one realistic Danish case, or many synthetic entries for measurements.

The realistic case is dated relative to today so that its unanswered contacts are current.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from . import cases, clock, journal, people
from .fingerprint import (
    GENESIS,
    canonical_json,
    chain_hash,
    entry_snapshot,
    head_hash,
    version_payload,
)
from .models import AwareDateTimeField, Case, Entry, EntryVersion, Person, database
from .vocabulary import Kind, Role

DEMO_TITLE = "Sygedagpenge – Jobcenter Søby"


def _workday_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _at(today: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    day = _workday_before(today - timedelta(days=days_ago))
    return datetime.combine(day, time(hour, minute), clock.LOCAL_TZ)


def create_demo_case(today: date | None = None) -> Case:
    """A citizen on sick benefits, three months of contact, a caseworker change, open requests."""
    today = today or clock.today()
    with database.atomic():
        title = DEMO_TITLE
        suffix = 2
        while cases.find_case(title):
            title = f"{DEMO_TITLE} ({suffix})"
            suffix += 1
        case = cases.create_case(
            title,
            citizen_name="Anna Jensen",
            municipality="Søby Kommune, Jobcenter",
            main_email="jobcenter@soeby.dk",
            reply_days=10,
            notes="Sygemeldt siden foråret. Afklaring af fleksjob i gang.",
        )
        mette = people.add_person(
            case,
            "Mette Holm",
            role=Role.CASEWORKER,
            organisation="Jobcenter Søby, Sygedagpenge",
            phone="70 12 34 56",
            email="mette.holm@soeby.dk",
            hours="Man-Tor 09:00-12:00",
            caseworker_from=today - timedelta(days=200),
        )
        duty = people.add_person(
            case,
            "Vagttelefonen, Sygedagpenge",
            role=Role.DUTY_PHONE,
            organisation="Jobcenter Søby",
            phone="70 12 30 00",
            hours="Man-Fre 08:00-15:00",
        )
        head = people.add_person(
            case,
            "Birgitte Lund",
            role=Role.HEAD,
            organisation="Jobcenter Søby, afdelingsleder",
            email="birgitte.lund@soeby.dk",
        )
        karen = people.add_person(
            case, "Karen Nielsen", role=Role.COMPANION, phone="22 33 44 55", notes="Bisidder"
        )
        jonas = people.add_person(
            case,
            "Jonas Berg",
            role=Role.OTHER,
            organisation="Jobcenter Søby, Sygedagpenge",
            phone="70 12 34 70",
            email="jonas.berg@soeby.dk",
            hours="Man-Tor 09:00-12:00; Fre 09:00-11:00",
        )

        def log(days_ago, hour, kind, direction, person, subject, note="", **extra):
            at = _at(today, days_ago, hour, random.Random(days_ago * 31 + hour).choice([0, 5, 20]))
            return journal.log_contact(
                case,
                at=at,
                kind=kind,
                direction=direction,
                person=person,
                subject=subject,
                note=note,
                registered_at=min(at + timedelta(minutes=45), clock.now()),
                **extra,
            )

        log(
            88,
            10,
            Kind.MEETING,
            "in",
            mette,
            "Opfølgningssamtale om sygedagpenge",
            "Vi talte om mit helbred og om en arbejdsprøvning. Mette sender et referat.",
        )
        log(84, 13, Kind.EMAIL, "in", mette, "Referat af samtalen")
        log(70, 9, Kind.CALL, "out", mette, "Spørgsmål om arbejdsprøvning", outcome="no-answer")
        log(69, 10, Kind.CALL, "out", mette, "Spørgsmål om arbejdsprøvning", outcome="busy")
        asked = log(
            69,
            14,
            Kind.EMAIL,
            "out",
            mette,
            "Hvornår starter arbejdsprøvningen?",
            "Hej Mette. Jeg har prøvet at ringe to gange. Hvornår starter "
            "arbejdsprøvningen, og hvor skal den foregå? Venlig hilsen Anna",
            awaiting_reply=True,
        )
        answer = log(61, 11, Kind.EMAIL, "in", mette, "Sv: Hvornår starter arbejdsprøvningen?")
        journal.mark_answered(asked, answer)
        log(55, 10, Kind.CALL, "out", mette, "Aftale om opstart", outcome="talked")
        log(50, 12, Kind.LETTER, "in", None, "Indkaldelse til samtale")
        log(
            45,
            10,
            Kind.MEETING,
            "in",
            karen,
            "Samtale på jobcentret med bisidder",
            "Karen var med som bisidder. Vi aftalte at jobcentret indhenter lægeattest.",
        )
        log(40, 9, Kind.CALL, "out", mette, "Status på lægeattest", outcome="voicemail")
        log(38, 11, Kind.CALL, "out", mette, "Status på lægeattest", outcome="no-answer")
        log(
            37,
            13,
            Kind.CALL,
            "out",
            duty,
            "Kan ikke få fat i sagsbehandler",
            outcome="talked",
            note="Vagttelefonen oplyste at Mette er sygemeldt, og at jeg får en ny sagsbehandler.",
        )
        people.assign_caseworker(case, jonas, _workday_before(today - timedelta(days=30)))
        log(30, 8, Kind.DIGITAL, "in", jonas, "Du har fået en ny sagsbehandler")
        intro = log(
            25,
            10,
            Kind.EMAIL,
            "out",
            jonas,
            "Præsentation og spørgsmål om planen",
            awaiting_reply=True,
        )
        reply = log(20, 11, Kind.CALL, "in", jonas, "Jonas ringede tilbage", outcome="talked")
        journal.mark_answered(intro, reply)
        log(
            18,
            10,
            Kind.MEETING,
            "in",
            jonas,
            "Planlægningsmøde",
            "Vi aftalte at undersøge fleksjob. Jonas vender tilbage om rehabiliteringsteam.",
        )
        log(
            15,
            10,
            Kind.EMAIL,
            "out",
            jonas,
            "Status på sagen om fleksjob",
            "Hej Jonas. Hvornår kommer min sag på rehabiliteringsteamet? Venlig hilsen Anna",
            awaiting_reply=True,
        )
        log(12, 9, Kind.CALL, "out", jonas, "Status på fleksjob", outcome="no-answer")
        log(10, 11, Kind.CALL, "out", jonas, "Status på fleksjob", outcome="busy")
        log(8, 10, Kind.SMS, "out", jonas, "Beder om at blive ringet op")
        log(
            7,
            13,
            Kind.EMAIL,
            "out",
            head,
            "Kontakten med jobcentret svigter",
            "Kære Birgitte Lund. Jeg har i tre uger forsøgt at få svar fra min sagsbehandler.",
            awaiting_reply=True,
        )
        log(
            6,
            14,
            Kind.EMAIL,
            "out",
            jonas,
            "Anmodning om aktindsigt",
            "Jeg beder om aktindsigt i min sag, herunder journalnotater.",
            awaiting_reply=True,
            request_type="aktindsigt",
        )
        log(3, 9, Kind.CALL, "out", jonas, "Status på fleksjob", outcome="no-answer")
        log(
            -6,
            10,
            Kind.MEETING,
            "in",
            jonas,
            "Opfølgningssamtale (planlagt)",
            "Karen Nielsen deltager som bisidder.",
        )
    return case


#: Synthetic requests older than this many days count as settled (not awaiting a reply).
SYNTHETIC_OPEN_DAYS = 90
_KINDS = [Kind.CALL] * 5 + [Kind.EMAIL] * 4 + [Kind.MEETING, Kind.LETTER, Kind.SMS, Kind.DIGITAL]
_OUTCOMES = ["talked", "talked", "no-answer", "voicemail", "busy", "referred"]
_SUBJECTS = [
    "Status på sagen",
    "Spørgsmål om sygedagpenge",
    "Opfølgning på møde",
    "Lægeattest",
    "Arbejdsprøvning",
    "Fleksjob og rehabiliteringsteam",
    "Jobplan",
    "Aktindsigt",
]
_NOTE = (
    "Jeg ringede/skrev for at høre om status. Sagsbehandleren lovede at vende tilbage. "
    "Aftalt: ny kontakt i næste uge. Noteret af borgeren selv samme dag. "
)


def create_synthetic(count: int, cases_count: int = 5, seed: int = 1) -> int:
    """Insert ``count`` synthetic entries over several cases in bulk (with versions and chain)."""
    rng = random.Random(seed)
    cases_count = max(1, min(cases_count, count))
    today = clock.today()
    span_days = 3 * 365
    ts = AwareDateTimeField()
    with database.atomic():
        made_cases = []
        for n in range(cases_count):
            title = f"Syntetisk sag {n + 1}"
            case = cases.find_case(title) or cases.create_case(
                title, citizen_name=f"Borger {n + 1}", municipality="Søby Kommune"
            )
            worker = people.add_person(
                case,
                f"Sagsbehandler {n + 1}",
                role=Role.CASEWORKER,
                hours="Man-Tor 09:00-12:00",
                caseworker_from=today - timedelta(days=span_days),
            )
            made_cases.append((case, worker))
        next_id = (Entry.select(Entry.id).order_by(Entry.id.desc()).scalar() or 0) + 1
        prev = head_hash()
        batch_entries, batch_versions = [], []
        for i in range(count):
            case, worker = made_cases[i % cases_count]
            at = datetime.combine(
                today - timedelta(days=rng.randrange(span_days)),
                time(rng.randrange(8, 16), rng.choice([0, 15, 30, 45])),
                clock.LOCAL_TZ,
            )
            kind = rng.choice(_KINDS)
            # Requests get answered in real diaries: only recent ones still await a reply
            # (a few hundred in 100,000 entries), as the awaiting panel and banner expect.
            awaiting = kind == Kind.EMAIL and rng.random() < 0.1
            awaiting = awaiting and (today - at.date()).days < SYNTHETIC_OPEN_DAYS
            entry = Entry(
                id=next_id + i,
                case=case,
                at=at,
                kind=kind,
                direction="out" if rng.random() < 0.7 else "in",
                person=worker,
                subject=rng.choice(_SUBJECTS),
                note=_NOTE * rng.randrange(1, 4),
                outcome=rng.choice(_OUTCOMES) if kind == Kind.CALL else None,
                reply_status="awaiting" if awaiting else "not-expected",
                reply_due=journal.deadlines.due_date(at.date(), "", case.reply_days)
                if awaiting
                else None,
                registered_at=at + timedelta(minutes=30),
                updated_at=at + timedelta(minutes=30),
            )
            recorded = ts.db_value(entry.registered_at)
            snapshot = entry_snapshot(entry)
            payload = version_payload(entry.uuid, 1, "create", recorded, "", snapshot)
            digest = chain_hash(prev, payload)
            batch_entries.append(dict(entry.__data__))
            batch_versions.append(
                {
                    "entry": entry.id,
                    "seq": 1,
                    "action": "create",
                    "recorded_at": entry.registered_at,
                    "reason": "",
                    "snapshot": canonical_json(snapshot),
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
            if len(batch_entries) >= 2000:
                _flush(batch_entries, batch_versions)
        _flush(batch_entries, batch_versions)
    assert GENESIS  # the chain starts at GENESIS for an empty diary (see fingerprint.py)
    return count


def _flush(entries: list[dict], versions: list[dict]) -> None:
    if entries:
        Entry.insert_many(entries).execute()
        EntryVersion.insert_many(versions).execute()
    entries.clear()
    versions.clear()


__all__ = ["DEMO_TITLE", "create_demo_case", "create_synthetic", "Person"]
