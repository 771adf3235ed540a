"""The days on which open follow-up items agreed at meetings fall due (the calendar's flags).

Apart from :mod:`meetings` (which still offers it): the calendar asks at every start and
month change, and the window's first paint needs nothing else from the meeting module.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .models import Case, MeetingAction, database, stored_date


class FollowUp(NamedTuple):
    """An open agreed action falling due on a day: the jobcenter's promise or someone's own."""

    promised: bool
    who: str
    what: str


def follow_up_days(case: Case, first: date, last: date) -> dict[date, int]:
    """How many open follow-up items fall due on each day between ``first`` and ``last``
    (counted from :func:`follow_up_items`, which the calendar reads)."""
    return {day: len(items) for day, items in follow_up_items(case, first, last).items()}


def follow_up_items(case: Case, first: date, last: date) -> dict[date, list[FollowUp]]:
    """The open follow-up items falling due on each day between ``first`` and ``last``, the
    jobcenter's promises first (the calendar's flags and tooltips: whose action it is)."""
    # Plain SQL with the same conditions as meetings._open_actions_query: the calendar asks at
    # every start and month change, and building the three-way peewee join cost ~2 ms each
    # time (mostly with no rows at all). CROSS JOIN keeps SQLite starting from the few
    # actions: left to choose, it walked all of the case's entries (1 ms on 20,000 for no
    # rows). A test compares it with the peewee query.
    rows = database.execute_sql(
        "SELECT a.due, a.promised_by_authority, a.who, a.what FROM meeting_action AS a"
        " CROSS JOIN meeting AS m ON m.id = a.meeting_id"
        " CROSS JOIN entry AS e ON e.id = m.entry_id"
        " WHERE a.done = 0 AND e.deleted = 0 AND e.case_id = ?"
        " AND a.due >= ? AND a.due <= ?"
        " ORDER BY a.due, a.promised_by_authority DESC, a.id",
        [
            case.id if isinstance(case, Case) else case,
            MeetingAction.due.db_value(first),
            MeetingAction.due.db_value(last),
        ],
    ).fetchall()
    days: dict[date, list[FollowUp]] = {}
    for due, promised, who, what in rows:
        day = due if isinstance(due, date) else stored_date(due)
        days.setdefault(day, []).append(FollowUp(bool(promised), who or "", what or ""))
    return days
