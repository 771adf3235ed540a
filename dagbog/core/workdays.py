"""Danish working days: Monday to Friday, public holidays excluded (``holidays`` package).

Which days count as closed (decided for Dagbog, see the module constants):

* every Danish public holiday the ``holidays`` package lists (nytårsdag, skærtorsdag,
  langfredag, påskedag, 2. påskedag, store bededag until 2023, Kristi himmelfartsdag,
  pinsedag, 2. pinsedag, juledag, 2. juledag);
* and Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December):
  they are not public holidays by law, but jobcentres and other public offices are closed, and
  a deadline should rather end one day late than call a request overdue too early.
* 1 May is a working day (not a day off for municipal staff by law).

Counting is arithmetic (whole weeks at once, then the holidays in the span), so long spans
over years cost no more than short ones.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

#: Days besides the statutory public holidays on which public offices are closed.
EXTRA_CLOSED_DAYS = ((6, 5), (12, 24), (12, 31))


@lru_cache(maxsize=256)
def _holidays_for(year: int) -> frozenset[date]:
    import holidays  # imported on first use: loading it costs ~0.08 s, off the start-up path

    statutory = set(holidays.country_holidays("DK", years=year).keys())
    extra = {date(year, month, day) for month, day in EXTRA_CLOSED_DAYS}
    return frozenset(statutory | extra)


@lru_cache(maxsize=256)
def _weekday_holidays(year: int) -> tuple[date, ...]:
    return tuple(sorted(d for d in _holidays_for(year) if d.weekday() < 5))


def is_public_holiday(day: date) -> bool:
    """True on a Danish public holiday or another day public offices are closed."""
    return day in _holidays_for(day.year)


def holiday_name(day: date) -> str | None:
    """The Danish name of the holiday on ``day``, or None."""
    if not is_public_holiday(day):
        return None
    extra = {(6, 5): "Grundlovsdag", (12, 24): "Juleaftensdag", (12, 31): "Nytårsaftensdag"}
    if (day.month, day.day) in extra:
        return extra[(day.month, day.day)]
    import holidays

    return holidays.country_holidays("DK", years=day.year, language="da").get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_for(day.year)


def _weekdays_after_upto(start: date, end: date) -> int:
    """Monday-Friday days in (start, end], for start <= end."""
    span = (end - start).days
    weeks, rest = divmod(span, 7)
    count = weeks * 5
    weekday = start.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


def _holidays_after_upto(start: date, end: date) -> int:
    count = 0
    for year in range(start.year, end.year + 1):
        count += sum(1 for d in _weekday_holidays(year) if start < d <= end)
    return count


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself never counts)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    return _weekdays_after_upto(start, end) - _holidays_after_upto(start, end)


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    return add_working_days(day, 1)
