"""The hand-written hot queries (RowLoader) give the same entries peewee's own query does."""

from __future__ import annotations

from datetime import date

from peewee import JOIN

from dagbog.core import cases, clock, journal, people, requests
from dagbog.core.models import Case, Entry, Person


def _fields(instance) -> dict:
    return {f.name: getattr(instance, f.name) for f in type(instance)._meta.sorted_fields}


def _diary():
    case = cases.create_case("Rækker")
    worker = people.add_person(case, "Søren Ågård", role="caseworker", phone="12345678")
    at = clock.parse_local_datetime
    journal.log_contact(case, at=at("2026-01-05 09:00"), kind="call", direction="out",
                        subject="Uden person", outcome="no-answer")  # fmt: skip
    sent = journal.log_contact(case, at=at("2026-01-06 10:30"), kind="email", direction="out",
                               subject="Ansøgning", note="Tekst", person=worker,
                               awaiting_reply=True)  # fmt: skip
    journal.log_contact(case, at=at("2026-02-06 10:30"), kind="letter", direction="out",
                        subject="Uden frist", person=worker, awaiting_reply=True)  # fmt: skip
    gone = journal.log_contact(case, at=at("2026-01-07 08:00"), kind="meeting", direction="in",
                               subject="Slettet")  # fmt: skip
    journal.delete_entry(gone, "Forkert")
    answer = journal.log_contact(case, at=at("2026-03-01 12:00"), kind="email", direction="in",
                                 subject="Svar", person=worker)  # fmt: skip
    return case, sent, answer


def test_journal_page_matches_peewee(diary):
    case, _, _ = _diary()
    expected = list(
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where((Entry.case == case) & (Entry.deleted == False))  # noqa: E712
        .order_by(Entry.at.desc(), Entry.id.desc())
    )
    page = journal.entries_page(case)
    assert [e.id for e in page] == [e.id for e in expected]
    for got, want in zip(page, expected, strict=True):
        assert _fields(got) == _fields(want)
        assert type(got.at) is type(want.at) and got.at.tzinfo is not None
        assert (got.person and _fields(got.person)) == (want.person and _fields(want.person))
    assert isinstance(page[0].private, bool) and isinstance(page[0].reply_due, date | None)
    assert [e.id for e in journal.entries_page(case, offset=1, limit=2)] == [
        e.id for e in expected[1:3]
    ]
    assert [e.subject for e in journal.entries_page(case, day=date(2026, 1, 6))] == ["Ansøgning"]
    assert [e.subject for e in journal.entries_page(case, awaiting=True)] == [
        "Uden frist",
        "Ansøgning",
    ]


def test_loaded_entries_save_like_peewee_ones(diary):
    case, sent, _ = _diary()
    (loaded,) = [e for e in journal.entries_page(case) if e.id == sent.id]
    edited = journal.edit_entry(loaded, "Rettet", note="Ny tekst")
    fresh = Entry.get_by_id(sent.id)
    assert fresh.note == "Ny tekst" and fresh.at == sent.at and edited.version == 2


def test_open_requests_match_peewee(diary):
    case, sent, _ = _diary()
    today = date(2026, 3, 2)
    for scope in (case, None):
        got = requests.open_requests(scope, today)
        query = requests._open_query(scope, today).order_by(
            Entry.reply_due.asc(nulls="LAST"), Entry.at, Entry.id
        )
        want = list(query)
        assert [r.entry.id for r in got] == [e.id for e in want]
        for request, entry in zip(got, want, strict=True):
            assert _fields(request.entry) == _fields(entry)
            assert _fields(request.entry.case) == _fields(entry.case)
            assert isinstance(request.entry.case, Case)
    overdue = requests.overdue_requests(case, today)
    assert [r.entry.id for r in overdue] == [sent.id, sent.id + 1]
    assert overdue[0].days_overdue > 0 and overdue[0].entry.person.name == "Søren Ågård"
