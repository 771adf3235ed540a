"""Open and overdue requests, answering and closing, and the case statistics."""

from __future__ import annotations

from datetime import date

import pytest

from dagbog.core import cases, clock, journal, people, requests, stats
from dagbog.core.errors import ValidationError
from dagbog.core.models import Entry, EntryVersion


def _at(text: str):
    return clock.parse_local_datetime(text)


@pytest.fixture
def case(diary):
    return cases.create_case("Sag", reply_days=5)


@pytest.fixture
def worker(case):
    return people.add_person(case, "Jonas Berg", role="caseworker")


def test_open_and_overdue_most_overdue_first(case, worker):
    early = journal.log_contact(
        case, at=_at("2026-11-02 10:00"), kind="email", direction="out", awaiting_reply=True
    )  # due Mon 9 Nov
    late = journal.log_contact(
        case, at=_at("2026-11-05 10:00"), kind="email", direction="out", awaiting_reply=True
    )  # due Thu 12 Nov
    gone = journal.log_contact(
        case, at=_at("2026-11-01 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    journal.delete_entry(gone, "fejl")
    private = journal.log_contact(
        case,
        at=_at("2026-11-11 10:00"),
        kind="letter",
        direction="out",
        awaiting_reply=True,
        private=True,
    )  # due Wed 18 Nov
    today = date(2026, 11, 12)
    open_now = requests.open_requests(case, today)
    assert [r.entry.id for r in open_now] == [early.id, late.id, private.id]
    assert [r.days_overdue for r in open_now] == [3, 0, 0]
    assert open_now[0].days_waited == 8
    assert [r.entry.id for r in requests.overdue_requests(case, today)] == [early.id]
    # The due day itself is not overdue; the next day is.
    assert [r.entry.id for r in requests.overdue_requests(case, date(2026, 11, 13))] == [
        early.id,
        late.id,
    ]
    assert requests.count_open(case, today) == (3, 1)
    # Requests sent after the day asked about are not open on it.
    assert requests.open_requests(case, date(2026, 11, 3))[0].entry.id == early.id
    assert len(requests.open_requests(case, date(2026, 11, 3))) == 1
    assert requests.highlight(early, today) == "overdue"
    assert requests.highlight(late, today) == "due-soon"
    assert requests.highlight(private, today) == "awaiting"


def test_answer_linking_and_response_time(case, worker):
    other = people.add_person(case, "Vagttelefonen", role="duty-phone")
    first = journal.log_contact(
        case,
        at=_at("2026-11-02 10:00"),
        kind="email",
        direction="out",
        person=worker,
        awaiting_reply=True,
    )
    second = journal.log_contact(
        case,
        at=_at("2026-11-03 10:00"),
        kind="email",
        direction="out",
        person=other,
        awaiting_reply=True,
    )
    third = journal.log_contact(
        case,
        at=_at("2026-11-04 10:00"),
        kind="email",
        direction="out",
        person=worker,
        awaiting_reply=True,
    )
    at = _at("2026-11-10 09:00")
    assert requests.can_answer("call", "out", "talked")
    assert not requests.can_answer("call", "out", "no-answer")
    assert requests.can_answer("email", "in", None)
    candidates = requests.answer_candidates(case, at, worker)
    assert [e.id for e in candidates] == [first.id, third.id, second.id]
    answer = journal.log_contact(case, at=at, kind="call", direction="in", person=worker)
    done = requests.answer_requests(answer, [first, third])
    assert [e.response_days for e in done] == [6, 4]
    assert all(e.answered_by_id == answer.id and e.reply_status == "answered" for e in done)
    assert done[0].answered_at == at
    with pytest.raises(ValidationError):
        requests.answer_requests(answer, [first])  # already answered
    early = journal.log_contact(case, at=_at("2026-11-01 10:00"), kind="sms", direction="in")
    with pytest.raises(ValidationError):
        requests.answer_requests(early, [second])  # answer before the request
    s = stats.case_statistics(case, today=date(2026, 11, 20))
    assert (s.median_response_days, s.longest_response_days) == (5.0, 6)
    assert s.answered_requests == 2 and s.open_requests == 1 and s.overdue_requests == 1


def test_close_by_hand_keeps_history(case, worker):
    entry = journal.log_contact(
        case, at=_at("2026-11-02 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    with pytest.raises(ValidationError):
        requests.close_request(entry, "  ")
    closed = requests.close_request(entry, "Spørgsmålet blev afklaret på mødet")
    assert closed.reply_status == "not-expected"
    assert closed.closed_reason == "Spørgsmålet blev afklaret på mødet"
    versions = list(EntryVersion.select().where(EntryVersion.entry == entry))
    assert len(versions) == 2 and "Intet svar forventet" in versions[-1].reason
    assert requests.open_requests(case, date(2026, 12, 1)) == []
    reopened = requests.reopen_request(closed)
    assert reopened.reply_status == "awaiting" and reopened.reply_due == date(2026, 11, 9)
    assert stats.case_statistics(case).closed_without_reply == 0


def test_statistics_and_months(case, worker):
    def log(text, kind, direction, **kw):
        return journal.log_contact(
            case, at=_at(text), kind=kind, direction=direction, person=worker, **kw
        )

    log("2026-09-30 23:30", "call", "out", outcome="no-answer")  # 21:30 UTC: still September
    log("2026-10-01 00:30", "call", "out", outcome="busy")  # 22:30 UTC 30 Sep: October locally
    log("2026-10-05 10:00", "call", "out", outcome="talked")
    log("2026-10-06 10:00", "letter", "in")
    log("2026-10-07 10:00", "call", "in", outcome="no-answer")  # the citizen missed a call
    log("2026-10-08 10:00", "email", "out", awaiting_reply=True, private=True)
    gone = log("2026-10-09 10:00", "call", "out", outcome="no-answer")
    journal.delete_entry(gone, "dobbelt")
    log("2026-12-01 10:00", "meeting", "in")

    s = stats.case_statistics(case, today=date(2026, 12, 2))
    assert s.total == 7
    assert (s.initiated_by_citizen, s.initiated_by_authority) == (4, 3)
    assert s.unanswered_attempts == 2
    assert (s.open_requests, s.overdue_requests) == (1, 1)
    assert s.median_response_days is None and s.longest_response_days is None
    october = stats.case_statistics(case, date(2026, 10, 1), date(2026, 10, 31), date(2026, 10, 9))
    assert october.total == 5 and october.unanswered_attempts == 1
    assert (october.open_requests, october.overdue_requests) == (1, 0)

    months = stats.monthly_counts(case, today=date(2026, 12, 2))
    assert [(m.year, m.month, m.outgoing, m.incoming, m.unanswered) for m in months] == [
        (2026, 9, 1, 0, 1),
        (2026, 10, 3, 2, 1),
        (2026, 11, 0, 0, 0),
        (2026, 12, 0, 1, 0),
    ]
    assert len(stats.monthly_counts(case, date(2026, 1, 1), date(2026, 12, 31))) == 12
    assert stats.monthly_counts(cases.create_case("Tom")) == []


def test_due_days_choices_and_logging_an_answer(case, worker):
    first = journal.log_contact(
        case, at=_at("2026-11-02 10:00"), kind="email", direction="out", awaiting_reply=True
    )  # due 9 Nov
    second = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="email", direction="out", awaiting_reply=True
    )  # due 11 Nov
    assert requests.due_days(case, date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 10)) == {
        date(2026, 11, 9): "overdue",
        date(2026, 11, 11): "due",
    }
    assert journal.count_entries(case, awaiting=True) == 2
    assert [e.id for e in journal.entries_page(case, awaiting=True)] == [second.id, first.id]
    with pytest.raises(ValidationError):
        requests.log_contact_answering(
            case, [first], at=_at("2026-11-05 10:00"), kind="email", direction="out"
        )
    assert journal.count_entries(case) == 2  # the rejected answer was not stored either
    answer = requests.log_contact_answering(
        case,
        [first, second],
        at=_at("2026-11-06 10:00"),
        kind="call",
        direction="out",
        person=worker,
        outcome="talked",
    )
    assert {e.answered_by_id for e in (Entry.get_by_id(first.id), Entry.get_by_id(second.id))} == {
        answer.id
    }
    assert journal.count_entries(case, awaiting=True) == 0
    assert [e.id for e in requests.answer_choices(first)] == [answer.id]


def test_only_a_contact_with_someone_can_answer(case, worker):
    asked = journal.log_contact(
        case, at=_at("2026-11-02 10:00"), kind="email", direction="out", awaiting_reply=True
    )
    tried = journal.log_contact(
        case, at=_at("2026-11-03 10:00"), kind="call", direction="out", person=worker,
        outcome="no-answer",
    )  # fmt: skip
    written = journal.log_contact(
        case, at=_at("2026-11-03 11:00"), kind="email", direction="out", person=worker
    )
    for answer in (tried, written):
        with pytest.raises(ValidationError, match="talte med nogen"):
            requests.answer_requests(answer, [asked])
    assert Entry.get_by_id(asked.id).reply_status == "awaiting"
    # A meeting (where the citizen talked with the jobcenter) can, as the rule says.
    met = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="meeting", direction="out", person=worker
    )
    assert met in requests.answer_choices(asked)
    (done,) = requests.answer_requests(met, [asked])
    assert done.reply_status == "answered" and done.response_days == 2


def test_an_incoming_contact_never_awaits_a_reply(case, worker):
    with pytest.raises(ValidationError, match="Kun en udgående kontakt") as caught:
        journal.log_contact(
            case, at=_at("2026-11-02 10:00"), kind="letter", direction="in", awaiting_reply=True
        )
    assert caught.value.field == "reply_status"
    letter = journal.log_contact(case, at=_at("2026-11-02 10:00"), kind="letter", direction="in")
    with pytest.raises(ValidationError, match="Kun en udgående kontakt"):
        journal.edit_entry(letter, reply_status="awaiting")
    with pytest.raises(ValidationError, match="Kun en udgående kontakt"):
        requests.reopen_request(letter)
    sent = journal.log_contact(
        case, at=_at("2026-11-02 11:00"), kind="email", direction="out", awaiting_reply=True
    )
    with pytest.raises(ValidationError, match="Kun en udgående kontakt"):
        journal.edit_entry(sent, direction="in")
    assert requests.count_open(case, date(2026, 11, 3)) == (1, 0)


def test_legal_request_types_await_their_deadline_by_default(case):
    asked = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="email", direction="out", request_type="aktindsigt"
    )
    assert (asked.reply_status, asked.reply_due) == ("awaiting", date(2026, 11, 13))
    complaint = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="letter", direction="out", request_type="klage"
    )
    assert complaint.reply_due == date(2026, 12, 2)
    chosen = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="email", direction="out",
        request_type="aktindsigt", awaiting_reply=False,
    )  # fmt: skip
    assert chosen.reply_status == "not-expected"
    # Only outgoing requests: the jobcenter's letter about an aktindsigt awaits nothing.
    incoming = journal.log_contact(
        case, at=_at("2026-11-04 10:00"), kind="letter", direction="in", request_type="aktindsigt"
    )
    assert incoming.reply_status == "not-expected"
