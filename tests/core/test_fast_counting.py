"""The cheap arithmetic behind the open-request lists equals the plain, slow way of counting.

Working days are a subtraction over per-year running counts; it must equal stepping day by
day over spans that cross holidays and year ends. The sending day is read from the stored
UTC text; it must equal parsing the timestamp and converting it to Danish time. And every
open request's status must be what the deadline rules say for its entry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dagbog.core import cases, clock, deadlines, journal, people, requests, workdays
from dagbog.core.models import AwareDateTimeField, Entry


def _stepped(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``, one day at a time."""
    if end < start:
        return -_stepped(end, start)
    return sum(
        workdays.is_working_day(date.fromordinal(ordinal))
        for ordinal in range(start.toordinal() + 1, end.toordinal() + 1)
    )


#: Days around which counting goes wrong first: Easter, Kristi himmelfartsdag, pinse,
#: Grundlovsdag, Christmas and the year end, a leap day, store bededag's last year.
_AWKWARD = [
    date(2023, 5, 5),
    date(2024, 2, 29),
    date(2025, 12, 24),
    date(2025, 12, 31),
    date(2026, 4, 2),
    date(2026, 5, 14),
    date(2026, 5, 25),
    date(2026, 6, 5),
    date(2026, 12, 23),
    date(2027, 1, 1),
    date(2027, 3, 25),
    date(2028, 12, 31),
]

_days = st.one_of(
    st.dates(min_value=date(2018, 1, 1), max_value=date(2032, 12, 31)),
    st.builds(
        lambda day, shift: day + timedelta(days=shift),
        st.sampled_from(_AWKWARD),
        st.integers(-10, 10),
    ),
)


@settings(max_examples=300, deadline=None)
@given(start=_days, span=st.integers(-800, 800))
def test_working_days_between_equals_stepping_day_by_day(start, span):
    end = start + timedelta(days=span)
    expected = _stepped(start, end)
    assert workdays.working_days_between(start, end) == expected
    assert workdays.working_days_to(end)(start) == expected


@settings(max_examples=100, deadline=None)
@given(end=_days, starts=st.lists(_days, min_size=1, max_size=5))
def test_working_days_to_one_end_from_many_starts(end, starts):
    count = workdays.working_days_to(end)
    assert [count(start) for start in starts] == [
        workdays.working_days_between(start, end) for start in starts
    ]


def test_year_ends_and_holidays_by_hand():
    # Christmas 2026 to the first working day of 2027: 28, 29, 30 December and 4 January.
    assert workdays.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 4
    # Over two year ends at once.
    assert workdays.working_days_between(date(2025, 12, 30), date(2027, 1, 4)) == _stepped(
        date(2025, 12, 30), date(2027, 1, 4)
    )
    assert workdays.working_days_to(date(2027, 1, 4))(date(2026, 12, 23)) == 4
    assert workdays.working_days_to(date(2026, 12, 23))(date(2027, 1, 4)) == -4


_STORED = AwareDateTimeField()

_moments = st.one_of(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)),
    # Close to the daylight-saving changes and to the hours where the local date turns.
    st.builds(
        lambda day, minutes: (
            datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
        ),
        st.sampled_from(
            [date(2026, 3, 28), date(2026, 3, 29), date(2026, 10, 24), date(2026, 10, 25)]
            + [date(2031, 3, 30), date(2031, 10, 26), date(2026, 12, 31), date(2027, 6, 30)]
        ),
        st.integers(-180, 26 * 60),
    ),
)


@settings(max_examples=400, deadline=None)
@given(moment=_moments)
def test_local_date_of_stored_text_equals_converting(moment):
    utc = moment.replace(tzinfo=UTC, microsecond=0)
    text = _STORED.db_value(utc)
    assert clock.local_date_of_utc_text(text) == utc.astimezone(clock.LOCAL_TZ).date()
    assert clock.local_date_of_utc_text(text) == _STORED.python_value(text).date()


def test_local_date_of_other_text_forms():
    # 22:30 UTC on a winter day is 23:30 in Copenhagen; 22:00 UTC in summer is midnight.
    assert clock.local_date_of_utc_text("2026-01-15T22:30:00+00:00") == date(2026, 1, 15)
    assert clock.local_date_of_utc_text("2026-01-15T23:00:00+00:00") == date(2026, 1, 16)
    assert clock.local_date_of_utc_text("2026-07-15T21:59:59+00:00") == date(2026, 7, 15)
    assert clock.local_date_of_utc_text("2026-07-15T22:00:00+00:00") == date(2026, 7, 16)
    # Not the stored form: parsed (naive means UTC, as AwareDateTimeField reads it).
    assert clock.local_date_of_utc_text("2026-01-15T23:30:00") == date(2026, 1, 16)
    assert clock.local_date_of_utc_text("2026-01-15T23:30:00+05:00") == date(2026, 1, 15)


def test_open_request_status_follows_the_deadline_rules(diary):
    case = cases.create_case("Status", reply_days=3)
    worker = people.add_person(case, "Ida Holm", role="caseworker")
    other = people.add_person(case, "Bo Dahl", role="head")
    at = clock.parse_local_datetime
    made = [
        # Late evening Danish time: the UTC timestamp is on the day before or after.
        journal.log_contact(case, at=at("2025-12-22 23:45"), kind="email", direction="out",
                            person=worker, awaiting_reply=True),
        journal.log_contact(case, at=at("2025-12-23 00:15"), kind="email", direction="out",
                            person=worker, awaiting_reply=True, reply_days=1),
        journal.log_contact(case, at=at("2026-07-03 23:30"), kind="letter", direction="out",
                            person=other, awaiting_reply=True),
        journal.log_contact(case, at=at("2026-03-28 23:59"), kind="email", direction="out",
                            awaiting_reply=True, request_type=deadlines.AKTINDSIGT),
        journal.log_contact(case, at=at("2025-11-27 09:00"), kind="letter", direction="out",
                            person=other, awaiting_reply=True, request_type=deadlines.KLAGE),
    ]  # fmt: skip
    for today in (date(2025, 12, 24), date(2025, 12, 29), date(2026, 1, 9), date(2026, 7, 6)):
        listed = requests.open_requests(case, today)
        overdue = requests.overdue_requests(case, today)
        assert [r.entry.id for r in overdue] == [r.entry.id for r in listed if r.overdue]
        assert len(listed) == sum(clock.to_local(e.at).date() <= today for e in made)
        for request in listed + overdue:
            entry = Entry.get_by_id(request.entry.id)
            sent = clock.to_local(entry.at).date()
            assert request.due == entry.reply_due
            assert request.days_waited == max(0, workdays.working_days_between(sent, today))
            assert request.days_overdue == deadlines.days_overdue(entry.reply_due, today)
            assert request.overdue is deadlines.is_overdue(entry.reply_due, today)
            assert request.sent == sent


def test_open_request_entries_are_built_once_and_share_person_and_case(diary):
    case = cases.create_case("Deling")
    worker = people.add_person(case, "Ida Holm", role="caseworker")
    at = clock.parse_local_datetime
    for day in ("2026-10-01", "2026-10-02"):
        journal.log_contact(case, at=at(f"{day} 10:00"), kind="email", direction="out",
                            person=worker, awaiting_reply=True, subject=f"Brev {day}")  # fmt: skip
    first, second = requests.overdue_requests(case, date(2026, 11, 23))
    assert first.entry is first.entry
    assert first.entry.person is second.entry.person
    assert first.entry.case is second.entry.case
    assert first.entry.person.name == "Ida Holm" and first.entry.case.title == "Deling"
    assert (first.entry.subject, second.entry.subject) == ("Brev 2026-10-01", "Brev 2026-10-02")
    assert f"entry=<Entry: {first.entry.id}>" in repr(first)
    # Made by hand (as before): the entry given is the entry read.
    entry = Entry.get_by_id(first.entry.id)
    by_hand = requests.OpenRequest(entry, entry.reply_due, 3, 0)
    assert by_hand.entry is entry and not by_hand.overdue
