"""Reply deadlines: when an outgoing request should have been answered.

Rule: with N working days, the due date is the N-th working day after the sending day, and
the request is overdue from the day after the due date.
"""

from __future__ import annotations

from datetime import date, timedelta

from .workdays import add_working_days

#: Request types with a deadline set by law, and how it is counted.
AKTINDSIGT = "aktindsigt"  # forvaltningsloven § 16 stk. 2: 7 working days
KLAGE = "klage"  # retssikkerhedsloven § 67: 4 weeks, same weekday
REQUEST_TYPES = ("", AKTINDSIGT, KLAGE)
AKTINDSIGT_WORKING_DAYS = 7
KLAGE_WEEKS = 4


def due_date(sent: date, request_type: str = "", working_days: int = 10) -> date:
    """The day by which a request sent on ``sent`` should be answered."""
    if request_type == AKTINDSIGT:
        return add_working_days(sent, AKTINDSIGT_WORKING_DAYS)
    if request_type == KLAGE:
        return sent + timedelta(weeks=KLAGE_WEEKS)
    return add_working_days(sent, working_days)


def is_overdue(due: date | None, today: date) -> bool:
    return due is not None and today > due
