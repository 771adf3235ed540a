"""The journal services write and read back every field, in one transaction each."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dagbog.core import cases, clock, journal, people
from dagbog.core.errors import ValidationError
from dagbog.core.models import Entry, EntryVersion


@pytest.fixture
def case(diary):
    return cases.create_case(
        "Min sag", citizen_name="Anna Jensen", municipality="Søby", main_email="jc@soeby.dk"
    )


def _at(text: str) -> datetime:
    return clock.parse_local_datetime(text)


def test_log_contact_stores_every_field(case):
    worker = people.add_person(case, "Mette Holm", role="caseworker", email="mh@soeby.dk")
    entry = journal.log_contact(
        case,
        at=_at("2026-03-02 09:15"),
        kind="call",
        direction="out",
        person=worker,
        subject="Status på sagen",
        note="Lang note med æøå og emoji 🙂",
        outcome="no-answer",
        private=True,
    )
    stored = Entry.get_by_id(entry.id)
    assert stored.case.title == "Min sag"
    assert stored.at == _at("2026-03-02 09:15")
    assert stored.at.utcoffset().total_seconds() == 3600  # winter time in Copenhagen
    assert (stored.kind, stored.direction, stored.outcome) == ("call", "out", "no-answer")
    assert stored.person.name == "Mette Holm"
    assert stored.subject == "Status på sagen"
    assert stored.note == "Lang note med æøå og emoji 🙂"
    assert stored.private is True
    assert stored.reply_status == "not-expected" and stored.reply_due is None
    assert len(stored.uuid) == 36
    assert stored.registered_at >= stored.at
    assert journal.status_code(stored) == "unanswered"


def test_awaiting_reply_gets_due_date_in_working_days(case):
    # Thursday 2 April 2026 is Skærtorsdag; Easter Monday is 6 April.
    entry = journal.log_contact(
        case, at=_at("2026-03-31 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    # Working days after Tue 31 March: 1 Apr, 7, 8, 9, 10, 13, 14, 15, 16, 17 April.
    assert entry.reply_due == date(2026, 4, 17)
    assert journal.status_code(entry, today=date(2026, 4, 17)) == "awaiting"
    assert journal.status_code(entry, today=date(2026, 4, 18)) == "overdue"


def test_edit_keeps_earlier_version(case):
    entry = journal.log_contact(case, at=_at("2026-05-04 10:00"), kind="email", direction="out")
    edited = journal.edit_entry(entry, subject="Rettet emne", reason="stavefejl")
    versions = list(
        EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq)
    )
    assert [v.seq for v in versions] == [1, 2]
    assert '"subject":""' in versions[0].snapshot
    assert '"subject":"Rettet emne"' in versions[1].snapshot
    assert versions[1].prev_hash == versions[0].hash
    assert edited.version == 2 and versions[1].reason == "stavefejl"


def test_delete_hides_but_keeps(case):
    entry = journal.log_contact(case, at=_at("2026-05-04 10:00"), kind="sms", direction="out")
    with pytest.raises(ValidationError):
        journal.delete_entry(entry, reason=" ")
    journal.delete_entry(entry, reason="Dobbeltregistreret")
    assert journal.count_entries(case) == 0
    assert Entry.get_by_id(entry.id).deleted_reason == "Dobbeltregistreret"
    assert EntryVersion.select().where(EntryVersion.entry == entry).count() == 2


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"kind": "telegram"}, "kind"),
        ({"direction": "sideways"}, "direction"),
        ({"kind": "email", "outcome": "talked"}, "outcome"),
        ({"subject": "x" * 501}, "subject"),
        ({"at": datetime(1900, 1, 1, tzinfo=clock.LOCAL_TZ)}, "at"),
    ],
)
def test_bad_input_writes_nothing(case, changes, field):
    values = {"at": _at("2026-05-04 10:00"), "kind": "call", "direction": "out"} | changes
    with pytest.raises(ValidationError) as error:
        journal.log_contact(case, **values)
    assert error.value.field == field
    assert str(error.value)  # a Danish sentence for the user
    assert Entry.select().count() == 0 and EntryVersion.select().count() == 0


def test_failing_write_leaves_nothing_behind(case, monkeypatch):
    def broken_append(entry, action, reason=""):
        raise RuntimeError("disk full")

    monkeypatch.setattr(journal, "append_version", broken_append)
    with pytest.raises(RuntimeError):
        journal.log_contact(case, at=_at("2026-05-04 10:00"), kind="call", direction="out")
    assert Entry.select().count() == 0


def test_person_from_another_case_is_refused(case):
    other = cases.create_case("Anden sag")
    stranger = people.add_person(other, "Fremmed")
    with pytest.raises(ValidationError):
        journal.log_contact(
            case, at=_at("2026-05-04 10:00"), kind="call", direction="out", person=stranger
        )


def test_pages_are_newest_first_and_days_filter_in_local_time(case):
    for text in ["2026-10-24 23:30", "2026-10-25 00:30", "2026-10-25 23:59", "2026-10-26 08:00"]:
        journal.log_contact(case, at=_at(text), kind="call", direction="out", subject=text)
    # 25 October 2026 is the day summer time ends: a 25-hour local day.
    day = journal.entries_page(case, day=date(2026, 10, 25))
    assert [e.subject for e in day] == ["2026-10-25 23:59", "2026-10-25 00:30"]
    assert journal.count_entries(case) == 4
    page = journal.entries_page(case, offset=1, limit=2)
    assert [e.subject for e in page] == ["2026-10-25 23:59", "2026-10-25 00:30"]
    marks = journal.marked_days(case, date(2026, 10, 1), date(2026, 10, 31))
    assert set(marks) == {date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)}


def test_mark_answered_records_response_time(case):
    request = journal.log_contact(
        case, at=_at("2026-06-01 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    answer = journal.log_contact(case, at=_at("2026-06-08 09:00"), kind="email", direction="in")
    answered = journal.mark_answered(request, answer)
    assert answered.reply_status == "answered"
    assert answered.answered_by.id == answer.id
    # 2-4 June and 8 June: Grundlovsdag (Friday 5 June) counts as closed, see core/workdays.py.
    assert answered.response_days == 4


def test_caseworker_history(case):
    first = people.add_person(case, "Mette", role="caseworker", caseworker_from=date(2026, 1, 1))
    second = people.add_person(case, "Jonas")
    people.assign_caseworker(case, second, date(2026, 6, 1))
    assert people.caseworker_on(case, date(2026, 5, 31)) == first
    assert people.caseworker_on(case, date(2026, 6, 1)) == second
    assert [a.person.name for a in people.caseworker_history(case)] == ["Mette", "Jonas"]


def test_caseworker_and_history_bring_their_people_in_one_query(case, monkeypatch):
    """The window asks at every start and change; a query per person added up."""
    people.add_person(case, "Mette", role="caseworker", caseworker_from=date(2026, 1, 1))
    people.assign_caseworker(case, people.add_person(case, "Jonas"), date(2026, 6, 1))
    database = type(Entry._meta.database)
    statements = []
    real = database.execute_sql

    def counted(self, sql, *args, **kwargs):
        statements.append(sql)
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", counted)
    assert people.caseworker_on(case, date(2026, 7, 1)).name == "Jonas"
    assert [a.person.name for a in people.caseworker_history(case)] == ["Mette", "Jonas"]
    assert len(statements) == 2


def test_a_contact_after_today_is_refused_except_a_meeting(case, monkeypatch):
    """A year typed as 2099 for 2026 put a call decades ahead in the log, the PDF period and
    the monthly chart (found in the review). Only a meeting can be noted ahead of time."""
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 23, 16, 0, tzinfo=clock.LOCAL_TZ))
    for kind in ("call", "email", "letter", "sms"):
        with pytest.raises(ValidationError, match="efter i dag") as caught:
            journal.log_contact(case, at=_at("2099-11-23 10:00"), kind=kind, direction="out")
        assert caught.value.field == "at"
    assert Entry.select().count() == 0
    later_today = journal.log_contact(
        case, at=_at("2026-11-23 23:30"), kind="call", direction="out"
    )
    meeting = journal.log_contact(case, at=_at("2026-12-01 10:00"), kind="meeting", direction="in")
    with pytest.raises(ValidationError, match="efter i dag"):
        journal.edit_entry(later_today, at=_at("2026-11-24 09:00"))
    with pytest.raises(ValidationError, match="efter i dag"):
        journal.edit_entry(meeting, kind="call")
    # A planned meeting can still be edited in other ways.
    assert journal.edit_entry(meeting, subject="Opfølgning").subject == "Opfølgning"


def test_deleting_an_answer_reopens_the_request_it_answered(case):
    """The request stayed «Besvaret» by a deleted contact: the PDF said «Besvaret efter
    2 arbejdsdage» about an answer not in the log (found in the review)."""
    from dagbog.core import requests

    asked = journal.log_contact(
        case, at=_at("2026-10-01 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    answer = journal.log_contact(case, at=_at("2026-10-05 10:00"), kind="email", direction="in")
    journal.mark_answered(asked, answer)
    assert requests.open_requests(case, date(2026, 11, 23)) == []
    journal.delete_entry(Entry.get_by_id(answer.id), "forkert registreret")
    reopened = Entry.get_by_id(asked.id)
    assert reopened.reply_status == "awaiting" and reopened.answered_by_id is None
    assert reopened.response_days is None and reopened.reply_due == date(2026, 10, 15)
    assert [r.entry.id for r in requests.overdue_requests(case, date(2026, 11, 23))] == [asked.id]
    last = (
        EntryVersion.select()
        .where(EntryVersion.entry == asked.id)
        .order_by(EntryVersion.id.desc())
        .first()
    )
    assert f"kontakt nr. {answer.id}" in last.reason


def test_correcting_the_time_of_a_request_or_its_answer_updates_the_response_time(case):
    """The response time stayed as first computed after either time was corrected, so the
    PDF's «Besvaret efter N arbejdsdage» went wrong (found in the review)."""
    asked = journal.log_contact(
        case, at=_at("2026-10-01 10:00"), kind="email", direction="out", awaiting_reply=True
    )  # a Thursday
    answer = journal.log_contact(case, at=_at("2026-10-05 10:00"), kind="email", direction="in")
    journal.mark_answered(asked, answer)
    assert Entry.get_by_id(asked.id).response_days == 2
    journal.edit_entry(Entry.get_by_id(answer.id), at=_at("2026-10-12 09:00"))
    moved = Entry.get_by_id(asked.id)
    assert moved.response_days == 7 and moved.answered_at == _at("2026-10-12 09:00")
    journal.edit_entry(moved, at=_at("2026-10-08 10:00"))
    assert Entry.get_by_id(asked.id).response_days == 2
    # A change that is not the time leaves the answer alone.
    journal.edit_entry(Entry.get_by_id(answer.id), subject="Svar fra Mette")
    assert Entry.get_by_id(asked.id).response_days == 2


def test_a_computed_deadline_follows_a_corrected_date_a_chosen_one_stays(case):
    """Moving an e-mail from 23 to 2 Nov kept the deadline of 7 Dec, so it never became
    overdue (found in the review)."""
    computed = journal.log_contact(
        case, at=_at("2026-11-23 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    assert computed.reply_due == date(2026, 12, 7)
    moved = journal.edit_entry(computed, at=_at("2026-11-02 10:00"))
    assert moved.reply_due == date(2026, 11, 16)
    chosen = journal.log_contact(
        case, at=_at("2026-11-23 10:00"), kind="email", direction="out", awaiting_reply=True,
        reply_due=date(2026, 12, 24),
    )  # fmt: skip
    assert journal.edit_entry(chosen, at=_at("2026-11-02 10:00")).reply_due == date(2026, 12, 24)
    aktindsigt = journal.edit_entry(moved, request_type="aktindsigt")
    assert aktindsigt.reply_due == date(2026, 11, 11)  # 7 working days
