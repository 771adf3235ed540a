"""The cases overview: one row of figures per case, for advocates who hold several.

The open and overdue request counts are :func:`stats.case_statistics` over the whole case,
so the overview always shows the same figures as the statistics and the PDF report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from . import cases, clock, meetings, people, stats
from .models import Case, Entry
from .vocabulary import Direction, Kind, ReplyStatus


@dataclass(frozen=True)
class CaseOverview:
    """The figures of one case on one day."""

    case: Case
    citizen: str
    caseworker: str
    open_requests: int
    overdue_requests: int
    open_follow_ups: int
    next_meeting: datetime | None
    next_meeting_entry_id: int | None
    last_answer: date | None
    days_since_answer: int | None

    @property
    def title(self) -> str:
        return self.case.title

    def as_json(self) -> dict:
        return {
            "case": self.case.title,
            "case_id": self.case.id,
            "archived": bool(self.case.archived),
            "citizen": self.citizen,
            "caseworker": self.caseworker,
            "open_requests": self.open_requests,
            "overdue_requests": self.overdue_requests,
            "open_follow_ups": self.open_follow_ups,
            "next_meeting": self.next_meeting.isoformat() if self.next_meeting else None,
            "next_meeting_entry": self.next_meeting_entry_id,
            "last_answer": self.last_answer.isoformat() if self.last_answer else None,
            "days_since_answer": self.days_since_answer,
        }


def next_meeting(case: Case, moment: datetime | None = None) -> Entry | None:
    """The first meeting entry at or after ``moment`` (default now)."""
    moment = moment or clock.now()
    return (
        Entry.select()
        .where(
            (Entry.case == case)
            & (Entry.deleted == False)
            & (Entry.kind == Kind.MEETING)
            & (Entry.at >= moment)
        )
        .order_by(Entry.at, Entry.id)
        .first()
    )


def last_answer(case: Case, moment: datetime | None = None) -> datetime | None:
    """When the authority last answered: the newest incoming contact or answered request."""
    moment = moment or clock.now()
    field = Entry.at
    visible = (Entry.case == case) & (Entry.deleted == False)
    incoming = (
        Entry.select(fn.MAX(Entry.at))
        .where(visible & (Entry.direction == Direction.IN) & (Entry.at <= field.db_value(moment)))
        .scalar()
    )
    answered = (
        Entry.select(fn.MAX(Entry.answered_at))
        .where(
            visible
            & (Entry.reply_status == ReplyStatus.ANSWERED)
            & (Entry.answered_at <= field.db_value(moment))
        )
        .scalar()
    )
    moments = [
        v if isinstance(v, datetime) else field.python_value(v) for v in (incoming, answered) if v
    ]
    return max(moments) if moments else None


def case_overview(case: Case, today: date | None = None, moment: datetime | None = None):
    """The overview row of one case (``today`` for deadlines, ``moment`` for "next" and "last")."""
    moment = moment or clock.now()
    today = today or clock.to_local(moment).date()
    figures = stats.case_statistics(case, today=today, now=moment)
    worker = people.caseworker_on(case, today)
    meeting = next_meeting(case, moment)
    answered = last_answer(case, moment)
    answered_day = clock.to_local(answered).date() if answered else None
    return CaseOverview(
        case=case,
        citizen=case.citizen_name,
        caseworker=worker.name if worker else "",
        open_requests=figures.open_requests,
        overdue_requests=figures.overdue_requests,
        open_follow_ups=len(meetings.open_actions(case, today)),
        next_meeting=clock.to_local(meeting.at) if meeting else None,
        next_meeting_entry_id=meeting.id if meeting else None,
        last_answer=answered_day,
        days_since_answer=(today - answered_day).days if answered_day else None,
    )


def overview(
    include_archived: bool = False, today: date | None = None, moment: datetime | None = None
) -> list[CaseOverview]:
    """One row per case, ordered by title (archived cases only when asked for)."""
    return [case_overview(case, today, moment) for case in cases.list_cases(include_archived)]
