"""The cases overview: its figures are the core statistics', per case."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dagbog.core import cases, clock, demo, journal, meetings, overview, people, requests, stats
from dagbog.core.vocabulary import Role

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=clock.LOCAL_TZ)
TODAY = NOW.date()


def _case_with_history(title: str, open_count: int):
    case = cases.create_case(title, citizen_name=f"Borger {title}")
    old = people.add_person(
        case, "Karen Nielsen", role=Role.CASEWORKER, caseworker_from=date(2026, 1, 1)
    )
    new = people.add_person(case, "Jonas Berg")
    people.assign_caseworker(case, new, date(2026, 10, 1))
    for i in range(open_count):
        journal.log_contact(
            case,
            at=NOW - timedelta(days=5 + 10 * i),
            kind="email",
            direction="out",
            person=new,
            awaiting_reply=True,
        )
    asked = journal.log_contact(
        case, at=NOW - timedelta(days=40), kind="email", direction="out", awaiting_reply=True
    )
    answer = journal.log_contact(
        case, at=NOW - timedelta(days=12), kind="letter", direction="in", person=old
    )
    journal.mark_answered(asked, answer)
    journal.log_contact(case, at=NOW + timedelta(days=4), kind="meeting", direction="out")
    journal.log_contact(case, at=NOW + timedelta(days=9), kind="meeting", direction="out")
    return case


def test_overview_figures_equal_core_statistics(diary):
    first = _case_with_history("A-sag", 3)
    _case_with_history("B-sag", 1)
    meeting = meetings.open_meeting(
        journal.log_contact(first, at=NOW - timedelta(days=1), kind="meeting", direction="out")
    )
    meetings.add_action(
        meeting, "Sende plan", due=TODAY - timedelta(days=1), promised_by_authority=True
    )
    meetings.add_action(meeting, "Ringe til lægen", due=TODAY + timedelta(days=3))

    rows = overview.overview(today=TODAY, moment=NOW)
    assert [r.title for r in rows] == ["A-sag", "B-sag"]
    for row in rows:
        figures = stats.case_statistics(row.case, today=TODAY)
        assert (row.open_requests, row.overdue_requests) == (
            figures.open_requests,
            figures.overdue_requests,
        )
        assert (row.open_requests, row.overdue_requests) == requests.count_open(row.case, TODAY)
        assert row.caseworker == "Jonas Berg"
        assert row.next_meeting == NOW + timedelta(days=4)
        assert row.days_since_answer == 12
    a, b = rows
    # The promise is an open follow-up, not a request (it is no contact).
    assert a.open_requests == 3 and a.open_follow_ups == 2
    assert b.open_requests == 1 and b.open_follow_ups == 0


def test_overview_on_the_demo_case(diary):
    case = demo.create_demo_case()
    row = overview.case_overview(case)
    figures = stats.case_statistics(case)
    assert (row.open_requests, row.overdue_requests) == (
        figures.open_requests,
        figures.overdue_requests,
    )
    assert row.caseworker == people.caseworker_on(case).name


def test_archived_case_leaves_and_returns_to_the_overview(diary):
    _case_with_history("A-sag", 1)
    closed = _case_with_history("Lukket", 0)
    cases.archive_case(closed)
    assert [r.title for r in overview.overview(today=TODAY, moment=NOW)] == ["A-sag"]
    everything = overview.overview(include_archived=True, today=TODAY, moment=NOW)
    assert [r.title for r in everything] == ["A-sag", "Lukket"]
    assert journal.count_entries(closed) == 4  # archived, not deleted
    cases.restore_case(closed)
    assert len(overview.overview(today=TODAY, moment=NOW)) == 2


def test_empty_case_has_no_figures(diary):
    cases.create_case("Tom")
    (row,) = overview.overview()
    assert row.caseworker == "" and row.next_meeting is None and row.days_since_answer is None
    assert row.as_json()["open_requests"] == 0
