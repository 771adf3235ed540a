"""Working days and reply deadlines across Danish holidays, year ends and per-case settings."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

import pytest

from dagbog.core import cases, clock, deadlines, journal, workdays


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 4, 2), False),  # skærtorsdag
        (date(2026, 4, 3), False),  # langfredag
        (date(2026, 4, 6), False),  # 2. påskedag
        (date(2026, 5, 14), False),  # Kristi himmelfartsdag
        (date(2026, 5, 15), True),  # the Friday after is an ordinary working day
        (date(2026, 5, 25), False),  # 2. pinsedag
        (date(2026, 6, 5), False),  # Grundlovsdag: offices closed (our rule)
        (date(2026, 12, 24), False),  # juleaftensdag (our rule)
        (date(2026, 12, 31), False),  # nytårsaftensdag (our rule)
        (date(2026, 5, 1), True),  # 1 May is a working day
        (date(2023, 5, 5), False),  # store bededag, until 2023
        (date(2024, 4, 26), True),  # store bededag abolished from 2024
        (date(2026, 11, 21), False),  # Saturday
    ],
)
def test_is_working_day(day, working):
    assert workdays.is_working_day(day) is working


def test_easter():
    # Sent Wednesday 1 April 2026: Thu 2, Fri 3, Mon 6 April are holidays.
    assert workdays.add_working_days(date(2026, 4, 1), 1) == date(2026, 4, 7)
    assert workdays.add_working_days(date(2026, 4, 1), 5) == date(2026, 4, 13)


def test_christmas_and_year_end():
    # Sent Wednesday 23 Dec 2026: 24, 25, (26-27 weekend) closed; 28, 29, 30; 31 Dec, 1 Jan
    # closed; then Monday 4 January 2027.
    assert workdays.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)
    assert workdays.add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 30)
    assert workdays.add_working_days(date(2026, 12, 23), 4) == date(2027, 1, 4)
    assert workdays.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 4


def test_ascension_and_whitsun():
    # Sent Wednesday 13 May 2026: Thu 14 closed, Fri 15, Mon 18 ... Fri 22, Mon 25 closed.
    assert workdays.add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 15)
    assert workdays.add_working_days(date(2026, 5, 13), 6) == date(2026, 5, 22)
    assert workdays.add_working_days(date(2026, 5, 13), 7) == date(2026, 5, 26)


def test_counting_matches_stepping_over_years():
    start = date(2024, 12, 20)
    for n in (0, 1, 5, 20, 250, 600):
        end = workdays.add_working_days(start, n)
        assert workdays.working_days_between(start, end) == n
    # Sunday 1 March to Tuesday 3 March: Monday and Tuesday, negative when reversed.
    assert workdays.working_days_between(date(2026, 3, 3), date(2026, 3, 1)) == -2


def test_counting_matches_day_by_day():
    start = date(2025, 12, 15)
    for span in range(0, 60):
        end = date.fromordinal(start.toordinal() + span)
        stepped = sum(
            workdays.is_working_day(date.fromordinal(start.toordinal() + i))
            for i in range(1, span + 1)
        )
        assert workdays.working_days_between(start, end) == stepped


def test_legal_deadlines():
    # Aktindsigt: 7 working days; Tuesday 31 March 2026 crosses Easter.
    # 1, 7, 8, 9, 10, 13, 14 April.
    assert deadlines.due_date(date(2026, 3, 31), deadlines.AKTINDSIGT) == date(2026, 4, 14)
    # Klage: 4 weeks, same weekday, holidays do not matter.
    assert deadlines.due_date(date(2026, 12, 1), deadlines.KLAGE) == date(2026, 12, 29)


def test_overdue_boundaries():
    due = date(2026, 11, 20)  # a Friday
    assert not deadlines.is_overdue(due, due)
    assert deadlines.days_overdue(due, due) == 0
    assert deadlines.is_overdue(due, date(2026, 11, 21))
    assert deadlines.days_overdue(due, date(2026, 11, 21)) == 1  # Saturday: overdue, 1 day
    assert deadlines.days_overdue(due, date(2026, 11, 23)) == 1  # next working day
    assert deadlines.days_overdue(due, date(2026, 11, 24)) == 2


def test_per_case_reply_days(diary, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 2, 1, 12, 0, tzinfo=clock.LOCAL_TZ))
    case = cases.create_case("Sag", reply_days=3)
    at = clock.parse_local_datetime("2026-12-22 10:00")
    entry = journal.log_contact(case, at=at, kind="email", direction="out", awaiting_reply=True)
    assert entry.reply_due == date(2026, 12, 29)  # 23, 28, 29 December
    override = journal.log_contact(
        case, at=at, kind="email", direction="out", awaiting_reply=True, reply_days=1
    )
    assert override.reply_due == date(2026, 12, 23)
    cases.update_case(case, reply_days=15)
    later = journal.log_contact(case, at=at, kind="email", direction="out", awaiting_reply=True)
    assert later.reply_due == date(2027, 1, 18)  # 23, 28-30 Dec, 4-8, 11-15, 18 Jan


def test_holiday_names():
    assert workdays.holiday_name(date(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert workdays.holiday_name(date(2026, 12, 24)) == "Juleaftensdag"
    assert workdays.holiday_name(date(2026, 11, 23)) is None


def test_holidays_come_from_the_package_through_a_stamped_cache(tmp_path, monkeypatch):
    import holidays

    monkeypatch.setenv("DAGBOG_CACHE_DIR", str(tmp_path))
    workdays.clear_cache()
    try:
        assert workdays.is_public_holiday(date(2026, 4, 3))  # asks the package, fills the file
        stored = json.loads(workdays.cache_path().read_text(encoding="utf-8"))
        package = holidays.country_holidays("DK", years=2026, language="da")
        assert stored["years"]["2026"] == {d.isoformat(): n for d, n in package.items()}
        assert workdays.holiday_name(date(2026, 12, 25)) == package[date(2026, 12, 25)]

        # Read back in a fresh process state: answers come from the file, not the package.
        workdays.clear_cache()
        workdays._read_cache()  # finds the package (stamp) without importing it
        monkeypatch.setitem(sys.modules, "holidays", None)  # importing it would now fail
        assert not workdays.is_working_day(date(2026, 5, 25))
        assert workdays.holiday_name(date(2026, 6, 5)) == "Grundlovsdag"

        # Another package version (another stamp) is asked again, never trusted from the file.
        monkeypatch.setitem(sys.modules, "holidays", holidays)
        real_stamp = stored["stamp"]
        stored["stamp"] = "another holidays package"
        stored["years"]["2026"] = {}
        workdays.cache_path().write_text(json.dumps(stored), encoding="utf-8")
        workdays.clear_cache()
        assert workdays.is_public_holiday(date(2026, 4, 3))
        assert json.loads(workdays.cache_path().read_text(encoding="utf-8"))["stamp"] == real_stamp
    finally:
        workdays.clear_cache()


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGBOG_CACHE_DIR", str(tmp_path))
    workdays.cache_path().write_text("{not json", encoding="utf-8")
    workdays.clear_cache()
    try:
        assert not workdays.is_working_day(date(2026, 4, 2))
        assert json.loads(workdays.cache_path().read_text(encoding="utf-8"))["years"]["2026"]
    finally:
        workdays.clear_cache()


def test_a_bundle_stamps_the_cache_with_its_program_file(tmp_path, monkeypatch):
    program = tmp_path / "Dagbog.exe"
    program.write_bytes(b"bundle")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    first = workdays._package_stamp()
    assert first and str(program) in first
    program.write_bytes(b"a newer bundle")
    assert workdays._package_stamp() != first
