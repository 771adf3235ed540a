"""Danish working days: Monday to Friday, public holidays excluded (``holidays`` package).

Which days count as closed (decided for Dagbog, see the module constants):

* every Danish public holiday the ``holidays`` package lists (nytårsdag, skærtorsdag,
  langfredag, påskedag, 2. påskedag, store bededag until 2023, Kristi himmelfartsdag,
  pinsedag, 2. pinsedag, juledag, 2. juledag);
* and Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December):
  they are not public holidays by law, but jobcentres and other public offices are closed, and
  a deadline should rather end one day late than call a request overdue too early.
* 1 May is a working day (not a day off for municipal staff by law).

Counting is a subtraction: each year gets a table of its running working-day count (one
entry per calendar day, built once from the holidays above), so a span inside a year costs two
look-ups and a span over years adds one year total per year crossed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

#: Days besides the statutory public holidays on which public offices are closed.
EXTRA_CLOSED_DAYS = ((6, 5), (12, 24), (12, 31))
_EXTRA_NAMES = {(6, 5): "Grundlovsdag", (12, 24): "Juleaftensdag", (12, 31): "Nytårsaftensdag"}

#: Years computed together on a cache miss (around the year asked about).
CACHE_SPAN = 6
CACHE_FORMAT = 1


# -- the holidays package, and a cache of what it said ---------------------------------
#
# Importing ``holidays`` loads every country it knows (~0.15 s and ~19 MiB), which the window
# would otherwise pay at every start for one answer: is today a holiday. The Danish holidays
# it computes are kept in a small JSON file in the user's cache folder, stamped with the
# installed package's files; a new or changed package (or an unknown year) asks the package
# again. The package stays the only source of which days are holidays.


def cache_path() -> Path:
    """Where the holiday cache lives (``DAGBOG_CACHE_DIR`` overrides the user cache folder)."""
    folder = os.environ.get("DAGBOG_CACHE_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("Dagbog", appauthor=False)
    return Path(folder) / "holidays-dk.json"


def _package_stamp() -> str | None:
    """Identifies the installed ``holidays`` package without importing it."""
    if getattr(sys, "frozen", False):  # a bundle: its packages change only with the program
        try:
            stat = Path(sys.executable).stat()
        except OSError:
            return None
        return f"frozen|{sys.executable}|{stat.st_size}|{stat.st_mtime_ns}"
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    package = Path(spec.origin).parent
    parts = [str(package)]
    for name in ("countries/denmark.py", "holiday_base.py", "groups/christian.py"):
        try:
            stat = (package / name).stat()
        except OSError:
            return None
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    parts.extend(sorted(p.name for p in package.parent.glob("holidays-*.dist-info")))
    return "|".join(parts)


_cache: dict[str, dict[str, str]] | None = None
_stamp: str | None = None


def _read_cache() -> dict[str, dict[str, str]]:
    """{year: {iso day: Danish name}} of the statutory holidays, as the package gave them."""
    global _cache, _stamp
    if _cache is None:
        _stamp = _package_stamp()
        _cache = {}
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            stored = json.loads(cache_path().read_text(encoding="utf-8"))
            if stored.get("format") == CACHE_FORMAT and stored.get("stamp") == _stamp:
                _cache = {str(y): dict(days) for y, days in stored["years"].items()}
    return _cache


def _write_cache(years: dict[str, dict[str, str]]) -> None:
    if _stamp is None:
        return
    path = cache_path()
    data = {"format": CACHE_FORMAT, "stamp": _stamp, "years": years}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".holidays-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False)
            os.replace(temp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _statutory(year: int) -> dict[date, str]:
    """The Danish public holidays of ``year`` with their Danish names (``holidays`` package)."""
    cache = _read_cache()
    if str(year) not in cache:
        import holidays  # only on a cache miss: loading it costs ~0.15 s

        years = range(year - CACHE_SPAN // 2, year + CACHE_SPAN)
        found = holidays.country_holidays("DK", years=years, language="da")
        fresh = {str(y): {} for y in years}
        for day, name in sorted(found.items()):
            fresh[str(day.year)][day.isoformat()] = name
        cache.update(fresh)
        _write_cache(cache)
    return {date.fromisoformat(day): name for day, name in cache[str(year)].items()}


def clear_cache() -> None:
    """Forget the holidays read in this process (tests; the file stays)."""
    global _cache, _stamp
    _cache = _stamp = None
    _holidays_for.cache_clear()
    _year_table.cache_clear()


@lru_cache(maxsize=256)
def _holidays_for(year: int) -> frozenset[date]:
    extra = {date(year, month, day) for month, day in EXTRA_CLOSED_DAYS}
    return frozenset(set(_statutory(year)) | extra)


def is_public_holiday(day: date) -> bool:
    """True on a Danish public holiday or another day public offices are closed."""
    return day in _holidays_for(day.year)


def holiday_name(day: date) -> str | None:
    """The Danish name of the holiday on ``day``, or None."""
    if not is_public_holiday(day):
        return None
    if (day.month, day.day) in _EXTRA_NAMES:
        return _EXTRA_NAMES[(day.month, day.day)]
    return _statutory(day.year).get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_for(day.year)


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself never counts)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


@lru_cache(maxsize=256)
def _year_table(year: int) -> tuple[int, tuple[int, ...]]:
    """(ordinal of 1 January, running count): ``count[i]`` is the number of working days from
    1 January up to and including the day ``i`` days later. Built once per year (see
    :func:`clear_cache`); a span is then a subtraction."""
    first = date(year, 1, 1).toordinal()
    closed = {day.toordinal() - first for day in _holidays_for(year)}
    weekday = date(year, 1, 1).weekday()
    counts = []
    running = 0
    for offset in range(date(year + 1, 1, 1).toordinal() - first):
        if (weekday + offset) % 7 < 5 and offset not in closed:
            running += 1
        counts.append(running)
    return first, tuple(counts)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    first, counts = _year_table(start.year)
    before = counts[start.toordinal() - first]
    if end.year == start.year:
        return counts[end.toordinal() - first] - before
    total = counts[-1] - before
    for year in range(start.year + 1, end.year):
        total += _year_table(year)[1][-1]
    first, counts = _year_table(end.year)
    return total + counts[end.toordinal() - first]


def working_days_to(end: date) -> Callable[[date], int]:
    """``working_days_between(start, end)`` for many starts and one ``end``: within ``end``'s
    year a single subtraction per start (the open-request lists count every row up to today)."""
    first, counts = _year_table(end.year)
    end_count = counts[end.toordinal() - first]
    past = first + len(counts)

    def count(start: date) -> int:
        ordinal = start.toordinal()
        if first <= ordinal < past:
            return end_count - counts[ordinal - first]
        return working_days_between(start, end)

    return count
