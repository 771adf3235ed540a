"""Statistics of a case over a period, by SQL aggregation (reused by the PDF report).

Definitions (decided for Dagbog):

* Deleted entries never count; private entries do (the PDF filters them itself if asked).
* The period is local calendar days ``start``..``end``, both included; ``None`` is open.
* *Initiated by the citizen* is an outgoing entry, *by the authority* an incoming one.
* An *unanswered attempt* is an outgoing call with outcome "intet svar", "optaget" or
  "lagt besked".
* *Open* and *overdue requests* are requests sent in the period that are awaiting a reply
  now; overdue on ``today`` (default: today) when its due date lies before that day.
* Response times are the stored working days from request to answer, for requests sent
  in the period and answered.
* Only contacts that have happened count: an entry dated after ``now`` (a planned meeting)
  is not a contact, not an initiative and not a request yet. Such entries are counted apart
  as ``planned``. ``now`` defaults to the present moment, or to the end of ``today`` when a
  past or future ``today`` is given.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime

from peewee import SQL, fn

from . import clock
from .models import Case, Entry
from .vocabulary import UNANSWERED_OUTCOMES, Direction, Kind, ReplyStatus


@dataclass(frozen=True)
class CaseStatistics:
    """Counts for one case and period."""

    total: int
    initiated_by_citizen: int
    initiated_by_authority: int
    unanswered_attempts: int
    open_requests: int
    overdue_requests: int
    median_response_days: float | None
    longest_response_days: int | None
    answered_requests: int = 0
    closed_without_reply: int = 0
    planned: int = 0  # entries in the period dated after ``now``: not counted above


@dataclass(frozen=True)
class MonthCount:
    """Entries of one local calendar month."""

    year: int
    month: int
    outgoing: int
    incoming: int
    unanswered: int


def _moment(today: date | None, now: datetime | None) -> datetime:
    """The moment up to which contacts have happened (see the module docstring)."""
    if now is not None:
        return now
    if today is None or today == clock.today():
        return clock.now()
    return clock.day_bounds_utc(today)[1]


def _period_query(case: Case, start: date | None, end: date | None, *fields):
    """The case's entries in the period (planned ones too: callers narrow with ``_happened``)."""
    query = Entry.select(*fields).where((Entry.case == case) & (Entry.deleted == False))
    if start is not None:
        query = query.where(Entry.at >= clock.day_bounds_utc(start)[0])
    if end is not None:
        query = query.where(Entry.at < clock.day_bounds_utc(end)[1])
    return query


def _unanswered_expr():
    return (
        (Entry.kind == Kind.CALL)
        & (Entry.direction == Direction.OUT)
        & (Entry.outcome.in_(sorted(UNANSWERED_OUTCOMES)))
    )


def _sum(condition):
    return fn.COALESCE(fn.SUM(condition.cast("INTEGER")), 0)


def case_statistics(
    case: Case,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> CaseStatistics:
    """Statistics of ``case`` for the period ``start``..``end`` (both included).

    Entries after ``now`` (planned meetings) only count in ``planned``.
    """
    moment = _moment(today, now)
    today = today or clock.today()
    happened = Entry.at <= moment
    awaiting = Entry.reply_status == ReplyStatus.AWAITING
    row = (
        _period_query(
            case,
            start,
            end,
            fn.COUNT(Entry.id),
            _sum(Entry.direction == Direction.OUT),
            _sum(Entry.direction == Direction.IN),
            _sum(_unanswered_expr()),
            _sum(awaiting),
            _sum(awaiting & (Entry.reply_due < today)),
            _sum(Entry.reply_status == ReplyStatus.ANSWERED),
            _sum((Entry.reply_status == ReplyStatus.NOT_EXPECTED) & (Entry.closed_reason != "")),
        )
        .where(happened)
        .tuples()
        .get()
    )
    total, out, inc, unanswered, open_count, overdue, answered, closed = (int(v or 0) for v in row)
    planned = _period_query(case, start, end, Entry.id).where(~happened).count()
    days = [
        d
        for (d,) in _period_query(case, start, end, Entry.response_days)
        .where(
            happened
            & (Entry.reply_status == ReplyStatus.ANSWERED)
            & Entry.response_days.is_null(False)
        )
        .tuples()
    ]
    return CaseStatistics(
        total=total,
        initiated_by_citizen=out,
        initiated_by_authority=inc,
        unanswered_attempts=unanswered,
        open_requests=open_count,
        overdue_requests=overdue,
        median_response_days=float(statistics.median(days)) if days else None,
        longest_response_days=max(days) if days else None,
        answered_requests=answered,
        closed_without_reply=closed,
        planned=planned,
    )


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    year, month = first
    out = []
    while (year, month) <= last:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def monthly_counts(
    case: Case,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> list[MonthCount]:
    """Outgoing, incoming and unanswered per local month, oldest first, empty months included.

    Like :func:`case_statistics`, only contacts up to ``now`` count (not planned meetings).

    SQLite groups by UTC hour (the stored text's first 13 characters); each hour falls in one
    local month because Copenhagen's offset is whole hours, so the result is exact.
    """
    hour = fn.SUBSTR(Entry.at, 1, 13).coerce(False)
    rows = (
        _period_query(
            case,
            start,
            end,
            hour.alias("hour"),
            _sum(Entry.direction == Direction.OUT),
            _sum(Entry.direction == Direction.IN),
            _sum(_unanswered_expr()),
        )
        .where(Entry.at <= _moment(today, now))
        .group_by(SQL("hour"))
        .tuples()
    )
    buckets: dict[tuple[int, int], list[int]] = {}
    for hour_text, out, inc, unanswered in rows:
        moment = datetime.fromisoformat(hour_text + ":00:00").replace(tzinfo=UTC)
        local = clock.to_local(moment)
        counts = buckets.setdefault((local.year, local.month), [0, 0, 0])
        counts[0] += int(out)
        counts[1] += int(inc)
        counts[2] += int(unanswered)
    if not buckets and (start is None or end is None):
        return []
    first = (start.year, start.month) if start else min(buckets)
    last = (end.year, end.month) if end else max(buckets)
    return [MonthCount(y, m, *buckets.get((y, m), [0, 0, 0])) for y, m in _months(first, last)]
