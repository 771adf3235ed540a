"""Telefontid: open, closed and the next opening, skipping Danish public holidays."""

from __future__ import annotations

from datetime import time

import pytest

from dagbog.core import clock, telephone_hours
from dagbog.core.errors import ValidationError


def _at(text: str):
    return clock.parse_local_datetime(text)


HOURS = telephone_hours.parse("Man-Tor 09:00-12:00; Fre 09:00-11:00")


def test_open_and_closed():
    assert telephone_hours.is_open(HOURS, _at("2026-11-23 09:00"))  # Monday, opening minute
    assert telephone_hours.is_open(HOURS, _at("2026-11-23 11:59"))
    assert not telephone_hours.is_open(HOURS, _at("2026-11-23 12:00"))  # closes at 12
    assert not telephone_hours.is_open(HOURS, _at("2026-11-27 11:30"))  # Friday closes at 11
    assert not telephone_hours.is_open(HOURS, _at("2026-11-28 10:00"))  # Saturday
    assert telephone_hours.closes_at(HOURS, _at("2026-11-27 10:00")) == _at("2026-11-27 11:00")
    assert telephone_hours.closes_at(HOURS, _at("2026-11-27 12:00")) is None


def test_next_opening():
    assert telephone_hours.next_opening(HOURS, _at("2026-11-23 08:00")) == _at("2026-11-23 09:00")
    assert telephone_hours.next_opening(HOURS, _at("2026-11-23 10:00")) == _at("2026-11-24 09:00")
    assert telephone_hours.next_opening(HOURS, _at("2026-11-27 12:00")) == _at("2026-11-30 09:00")
    assert telephone_hours.next_opening([], _at("2026-11-27 12:00")) is None


def test_public_holidays_are_closed():
    # Wednesday 1 April 2026 after closing: skærtorsdag, langfredag and 2. påskedag are shut.
    assert not telephone_hours.is_open(HOURS, _at("2026-04-02 10:00"))
    assert telephone_hours.next_opening(HOURS, _at("2026-04-01 13:00")) == _at("2026-04-07 09:00")
    # Christmas: 24, 25 Dec and 31 Dec, 1 Jan.
    assert telephone_hours.next_opening(HOURS, _at("2026-12-23 12:30")) == _at("2026-12-28 09:00")
    assert telephone_hours.next_opening(HOURS, _at("2026-12-30 12:30")) == _at("2027-01-04 09:00")
    # Kristi himmelfartsdag (Thursday 14 May 2026); the Friday after is open.
    assert telephone_hours.next_opening(HOURS, _at("2026-05-13 12:30")) == _at("2026-05-15 09:00")


def test_describe():
    assert telephone_hours.describe(HOURS, _at("2026-11-23 10:00")) == (
        "telefontiden er åben nu til kl. 12:00"
    )
    assert telephone_hours.describe(HOURS, _at("2026-11-23 13:00")) == (
        "telefontiden åbner i morgen kl. 09:00"
    )
    assert telephone_hours.describe(HOURS, _at("2026-11-27 12:00")) == (
        "telefontiden åbner mandag 30. nov. kl. 09:00"
    )
    assert telephone_hours.describe([], _at("2026-11-23 10:00")) == ""


def test_whole_hours_and_full_day_names_as_jobcentres_write_them():
    """ "mandag-torsdag kl. 9-12" was refused in the first-run guide (found in the review)."""
    expected = [telephone_hours.HoursRange((0, 1, 2, 3), time(9), time(12))]
    for text in ("mandag-torsdag 9-12", "Man-Tor kl. 9-12", "Mon-Thu 9-12", "man - tor 9.00-12"):
        assert telephone_hours.parse(text) == expected, text
    assert telephone_hours.parse("Fre 9-11:30")[0].end == time(11, 30)
    for bad in ("Man-Tor 9-25", "Man-Tor 12-9", "Man-Tor 9"):
        with pytest.raises(ValidationError):
            telephone_hours.parse(bad)
