"""Reply deadlines: when an outgoing request should have been answered.

Rule: with N working days, the due date is the N-th working day after the sending day, and
the request is overdue from the day after the due date. Days overdue and days waited are
counted in working days (see :mod:`workdays` for which days are closed).
"""

from __future__ import annotations

from datetime import date, timedelta

from .workdays import add_working_days, working_days_between

#: Request types with a deadline set by law, and how it is counted.
AKTINDSIGT = "aktindsigt"  # forvaltningsloven § 16 stk. 2: 7 working days
KLAGE = "klage"  # retssikkerhedsloven § 67: 4 weeks, same weekday
#: A written request for another caseworker (retssikkerhedsvejledningen); the case's deadline.
NEW_CASEWORKER = "new-caseworker"
REQUEST_TYPES = ("", AKTINDSIGT, KLAGE, NEW_CASEWORKER)
#: Requests whose deadline is set by law: an outgoing one awaits a reply unless told otherwise.
LEGAL_DEADLINE_TYPES = (AKTINDSIGT, KLAGE)
AKTINDSIGT_WORKING_DAYS = 7
KLAGE_WEEKS = 4
#: An awaiting request is "due soon" when its due date is at most this many working days away.
DUE_SOON_WORKING_DAYS = 2


def due_date(sent: date, request_type: str = "", working_days: int = 10) -> date:
    """The day by which a request sent on ``sent`` should be answered."""
    if request_type == AKTINDSIGT:
        return add_working_days(sent, AKTINDSIGT_WORKING_DAYS)
    if request_type == KLAGE:
        return sent + timedelta(weeks=KLAGE_WEEKS)
    return add_working_days(sent, working_days)


def is_overdue(due: date | None, today: date) -> bool:
    return due is not None and today > due


def days_overdue(due: date | None, today: date) -> int:
    """Working days past the due date (0 when not overdue)."""
    if due is None or today <= due:
        return 0
    # Overdue from the calendar day after the due date; at least 1 even on a weekend.
    return max(1, working_days_between(due, today))


def is_due_soon(due: date | None, today: date) -> bool:
    """Not overdue yet, but due within :data:`DUE_SOON_WORKING_DAYS` working days."""
    if due is None or today > due:
        return False
    return working_days_between(today, due) <= DUE_SOON_WORKING_DAYS
