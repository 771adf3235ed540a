"""Dates as users type them, and reply deadlines that cannot be right."""

from __future__ import annotations

from datetime import date

import pytest

from dagbog.core import cases, journal
from dagbog.core.clock import parse_date, parse_local_datetime
from dagbog.core.errors import ValidationError
from dagbog.core.models import Entry


@pytest.mark.parametrize(
    "text",
    ["2026-11-16 09:05", "16-11-2026 09:05", "16.11.2026 9:05", " 2026-11-16   9.05 "],
)
def test_times_in_the_forms_dagbog_itself_shows(text):
    assert parse_local_datetime(text) == parse_local_datetime("2026-11-16 09:05")


@pytest.mark.parametrize(
    "text", ["23/11/2026 10:00", "2026-13-01 10:00", "i går", "16-11-26 10:00", "2026-11-16"]
)
def test_other_times_get_the_danish_message(text):
    with pytest.raises(ValidationError, match="DD.MM.ÅÅÅÅ TT:MM"):
        parse_local_datetime(text)


def test_dates_day_first_and_only_plain_iso():
    assert parse_date("16-11-2026") == parse_date("16.11.2026") == date(2026, 11, 16)
    assert parse_date(" 2026-11-16 ") == date(2026, 11, 16)
    for text in ("20261116", "2026-W47-1", "23/11/2026", "2026-11-16 10:00", ""):
        with pytest.raises(ValidationError, match="DD.MM.ÅÅÅÅ"):
            parse_date(text)


@pytest.mark.parametrize(
    ("due", "message"),
    [
        (date(2026, 11, 13), "ligger før kontakten"),
        (date(1900, 1, 1), "ligger før kontakten"),
        (date(9999, 12, 31), "højst ligge to år efter"),
    ],
)
def test_reply_deadline_before_the_contact_or_years_away_is_refused(diary, due, message):
    case = cases.create_case("Sag")
    at = parse_local_datetime("2026-11-16 09:00")
    with pytest.raises(ValidationError, match=message) as caught:
        journal.log_contact(
            case, at=at, kind="email", direction="out", awaiting_reply=True, reply_due=due
        )
    assert caught.value.field == "reply_due"
    assert Entry.select().count() == 0
    entry = journal.log_contact(
        case,
        at=at,
        kind="email",
        direction="out",
        awaiting_reply=True,
        reply_due=date(2026, 11, 16),
    )
    with pytest.raises(ValidationError, match=message):
        journal.edit_entry(entry, "ret frist", reply_due=due)
    assert Entry.get_by_id(entry.id).reply_due == date(2026, 11, 16)


@pytest.mark.parametrize("text", ["29.03.2026 02:30", "2026-03-29 02:00", "28-03-2027 02:59"])
def test_a_time_the_clocks_skip_in_spring_is_refused(text):
    """Found: «29.03.2026 02:30» was accepted and saved as 03:30 (the hour that does not
    exist when summer time begins), so the entry showed another time than was typed."""
    with pytest.raises(ValidationError, match="findes ikke: den nat stilles uret en time frem"):
        parse_local_datetime(text)


def test_the_hours_around_the_summer_time_changes_still_read_as_typed():
    from dagbog.core.clock import short_datetime

    for text in ("29.03.2026 01:59", "29.03.2026 03:00", "25.10.2026 02:30", "25.10.2026 03:00"):
        assert short_datetime(parse_local_datetime(text)) == text
