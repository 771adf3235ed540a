"""The reads of the window's first paint, hand-written in SQL, give what the peewee queries
they replace gave: on the demo diary, on synthetic cases and on edge cases (no caseworker, a
change of caseworker, deleted entries, contacts without a person, no due date, archived)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from peewee import JOIN

from dagbog.core import cases, clock, demo, journal, next_step, people, requests
from dagbog.core.models import Case, CaseworkerAssignment, Entry, Person
from dagbog.core.vocabulary import Direction, Kind, Outcome, ReplyStatus, Role


def _fields(instance) -> dict | None:
    if instance is None:
        return None
    return {f.name: getattr(instance, f.name) for f in type(instance)._meta.sorted_fields}


# --- the peewee queries as they were -------------------------------------------------------


def _peewee_count_open(case, today):
    _, end_of_today = clock.day_bounds_utc(today)
    query = Entry.select().where(
        (Entry.reply_status == ReplyStatus.AWAITING)
        & (Entry.deleted.cast("INTEGER") == 0)
        & (Entry.at < end_of_today)
    )
    query = requests._for_case(query, case)
    return query.count(), query.where(Entry.reply_due < today).count()


def _peewee_caseworker_on(case, day):
    row = (
        CaseworkerAssignment.select(CaseworkerAssignment, Person)
        .join(Person)
        .where((CaseworkerAssignment.case == case) & (CaseworkerAssignment.from_date <= day))
        .order_by(CaseworkerAssignment.from_date.desc(), CaseworkerAssignment.id.desc())
        .first()
    )
    return row.person if row else None


def _peewee_caseworker_history(case):
    return list(
        CaseworkerAssignment.select(CaseworkerAssignment, Person)
        .join(Person)
        .where(CaseworkerAssignment.case == case)
        .order_by(CaseworkerAssignment.from_date, CaseworkerAssignment.id)
    )


def _peewee_since(case, caseworker, end_utc):
    if caseworker is None:
        return None
    start = None
    assignment = (
        CaseworkerAssignment.select()
        .where((CaseworkerAssignment.case == case) & (CaseworkerAssignment.person == caseworker))
        .order_by(CaseworkerAssignment.from_date.desc())
        .first()
    )
    first = (
        CaseworkerAssignment.select(CaseworkerAssignment.id)
        .where(CaseworkerAssignment.case == case)
        .order_by(CaseworkerAssignment.from_date, CaseworkerAssignment.id)
        .first()
    )
    if assignment is not None and first is not None and assignment.id != first.id:
        start = datetime.combine(assignment.from_date, time(0), clock.LOCAL_TZ)
    contact = (
        Entry.select(Entry.at)
        .where(
            (Entry.case == case)
            & (Entry.person == caseworker)
            & (Entry.deleted == False)  # noqa: E712
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


def _peewee_outgoing_since(case, since, end_utc):
    query = (
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            (Entry.case == case)
            & (Entry.deleted == False)  # noqa: E712
            & (Entry.direction == Direction.OUT)
            & (Entry.at < end_utc)
        )
        .order_by(Entry.at, Entry.id)
    )
    if since is not None:
        query = query.where(Entry.at > since)
    return list(query)


def _peewee_due_days(case, first, last, today):
    rows = (
        Entry.select(Entry.reply_due)
        .where(
            (Entry.case == case)
            & (Entry.reply_status == ReplyStatus.AWAITING)
            & (Entry.deleted == False)  # noqa: E712
            & (Entry.reply_due >= first)
            & (Entry.reply_due <= last)
        )
        .distinct()
        .tuples()
    )
    return {
        due: ("overdue" if requests.deadlines.is_overdue(due, today) else "due")
        for (due,) in rows
        if due is not None
    }


def _peewee_list_cases(include_archived):
    query = Case.select().order_by(Case.title)
    if not include_archived:
        query = query.where(Case.archived == False)  # noqa: E712
    return list(query)


# --- diaries ---------------------------------------------------------------------------------


def _edge_diary() -> list[Case]:
    """Cases that exercise every branch: see the module docstring."""
    at = clock.parse_local_datetime
    lonely = cases.create_case("Ingen sagsbehandler")
    journal.log_contact(lonely, at=at("2026-01-05 09:00"), kind="call", direction="out",
                        subject="Uden person", outcome="no-answer")  # fmt: skip
    changed = cases.create_case("Skiftet sagsbehandler")
    first = people.add_person(changed, "Åse Ørsted")  # made caseworker below, with dates
    second = people.add_person(changed, "Bent Aagaard")
    duty = people.add_person(changed, "Vagttelefonen", role=Role.DUTY_PHONE)
    people.add_person(changed, "Anden vagt", role=Role.DUTY_PHONE)
    people.assign_caseworker(changed, first, date(2026, 1, 1))
    people.assign_caseworker(changed, second, date(2026, 2, 1))
    people.assign_caseworker(changed, first, date(2026, 2, 1))  # same day: the id decides
    for when, kind, direction, person, extra in (
        ("2026-01-06 10:00", "email", "out", first, {"awaiting_reply": True}),
        ("2026-01-07 10:00", "call", "out", first, {"outcome": "talked"}),
        ("2026-01-08 10:00", "call", "out", first, {"outcome": "no-answer"}),
        ("2026-02-03 10:00", "letter", "out", second, {"awaiting_reply": True}),
        ("2026-02-04 10:00", "email", "in", first, {}),
        ("2026-02-05 10:00", "meeting", "in", second, {}),
        ("2026-02-06 10:00", "call", "out", duty, {"outcome": "no-answer"}),
        ("2026-02-09 10:00", "email", "out", None, {"awaiting_reply": True}),
        ("2026-02-10 10:00", "call", "out", first, {"outcome": "no-answer"}),
    ):
        journal.log_contact(changed, at=at(when), kind=kind, direction=direction,
                            subject=f"{kind} {when}", person=person, **extra)  # fmt: skip
    gone = journal.log_contact(changed, at=at("2026-02-11 10:00"), kind="email",
                               direction="out", subject="Slettet", person=first,
                               awaiting_reply=True)  # fmt: skip
    journal.delete_entry(gone, "Forkert")
    shelved = cases.create_case("Arkiveret")
    cases.archive_case(shelved)
    return [lonely, changed, shelved]


@pytest.fixture
def many_cases(diary) -> list[Case]:
    found = [demo.create_demo_case(today=date(2026, 3, 2))]
    found += _edge_diary()
    demo.create_synthetic(600, cases_count=2, seed=3)
    return cases.list_cases(include_archived=True)


_DAYS = [date(2025, 12, 31), date(2026, 1, 7), date(2026, 2, 1), date(2026, 2, 12),
         date(2026, 3, 2), date(2027, 6, 1)]  # fmt: skip


def test_counts_match_peewee(many_cases):
    for case in [*many_cases, None]:
        for today in _DAYS:
            assert requests.count_open(case, today) == _peewee_count_open(case, today)
        if case is None:
            continue
        for day in (None, *_DAYS):
            for awaiting in (False, True):
                assert journal.count_entries(case, day, awaiting=awaiting) == (
                    journal._journal_query(case, day, awaiting=awaiting).count()
                )


def test_caseworker_and_people_match_peewee(many_cases):
    for case in many_cases:
        for day in _DAYS:
            assert _fields(people.caseworker_on(case, day)) == _fields(
                _peewee_caseworker_on(case, day)
            )
        got, want = people.caseworker_history(case), _peewee_caseworker_history(case)
        assert [_fields(a) for a in got] == [_fields(a) for a in want]
        assert [_fields(a.person) for a in got] == [_fields(a.person) for a in want]
        for role in (Role.DUTY_PHONE, Role.HEAD, Role.CASEWORKER):
            assert [_fields(p) for p in people.people_with_role(case, role)] == [
                _fields(p)
                for p in Person.select().where((Person.case == case) & (Person.role == role))
            ]
    changed = cases.find_case("Skiftet sagsbehandler")
    assert people.caseworker_on(changed, date(2026, 2, 1)).name == "Åse Ørsted"
    assert people.caseworker_on(changed, date(2025, 12, 31)) is None


def test_the_banner_reads_match_peewee(many_cases):
    starts, tried = set(), 0
    for case in many_cases:
        for today in _DAYS:
            _, end_utc = clock.day_bounds_utc(today)
            caseworker = people.caseworker_on(case, today)
            since = next_step._since(case, caseworker, end_utc)
            assert since == _peewee_since(case, caseworker, end_utc)
            starts.add(since)
            for start in {since, None, since and since - timedelta(days=40)}:
                got = next_step._outgoing_since(case, start, end_utc)
                want = _peewee_outgoing_since(case, start, end_utc)
                assert [_fields(e) for e in got] == [_fields(e) for e in want]
                assert [_fields(e.person) for e in got] == [_fields(e.person) for e in want]
                tried += len(got)
    # The ladder started at a change of caseworker (local midnight) and at a contact.
    assert datetime(2026, 2, 1, tzinfo=clock.LOCAL_TZ) in starts
    assert len(starts - {None}) >= 3 and tried > 0


def test_due_days_and_cases_match_peewee(many_cases):
    for case in many_cases:
        for first, last in ((date(2026, 1, 1), date(2026, 3, 31)), (date(2020, 1, 1),
                            date(2030, 1, 1)), (date(2026, 2, 16), date(2026, 2, 16))):  # fmt: skip
            for today in _DAYS:
                assert requests.due_days(case, first, last, today) == _peewee_due_days(
                    case, first, last, today
                )
    for include_archived in (False, True):
        got, want = cases.list_cases(include_archived), _peewee_list_cases(include_archived)
        assert [_fields(c) for c in got] == [_fields(c) for c in want]
    some = many_cases[0]
    assert _fields(cases.case_by_uuid(some.uuid)) == _fields(Case.get(Case.uuid == some.uuid))
    assert cases.case_by_uuid("ingen-sådan") is None


def test_loaded_cases_and_people_save_like_peewee_ones(many_cases):
    case = cases.list_cases()[0]
    case.notes = "Rettet"
    case.save()
    assert Case.get_by_id(case.id).notes == "Rettet"
    worker = people.caseworker_history(cases.find_case("Skiftet sagsbehandler"))[0].person
    assert worker.case.title == "Skiftet sagsbehandler"


def test_marked_days_match_converting_each_timestamp(many_cases):
    for case in many_cases:
        # Across both changes of summer time and a year end.
        for first, last in ((date(2026, 3, 1), date(2026, 4, 19)),
                            (date(2025, 10, 1), date(2026, 1, 31)), (date(2020, 1, 1),
                            date(2030, 1, 1))):  # fmt: skip
            start, _ = clock.day_bounds_utc(first)
            _, end = clock.day_bounds_utc(last)
            want: dict[date, set[str]] = {}
            for entry in Entry.select().where(
                (Entry.case == case) & (Entry.deleted == False)  # noqa: E712
                & (Entry.at >= start) & (Entry.at < end)
            ):  # fmt: skip
                want.setdefault(clock.to_local(entry.at).date(), set()).add(entry.kind)
            assert journal.marked_days(case, first, last) == want
