"""Time handling: entries are stored in UTC and shown in Danish local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .errors import ValidationError

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


def now() -> datetime:
    """The current moment, timezone-aware, in local time."""
    return datetime.now(LOCAL_TZ).replace(microsecond=0)


def today() -> date:
    return now().date()


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(LOCAL_TZ)


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(UTC)


def day_bounds_utc(day: date) -> tuple[datetime, datetime]:
    """The UTC half-open interval covering one local calendar day (23 or 25 hours at DST)."""
    start = datetime.combine(day, time(0), LOCAL_TZ)
    end = datetime.combine(day + timedelta(days=1), time(0), LOCAL_TZ)
    return to_utc(start), to_utc(end)


def parse_local_datetime(text: str) -> datetime:
    """Parse "YYYY-MM-DD HH:MM" (or ISO 8601 with offset) as a local, aware datetime."""
    raw = (text or "").strip()
    try:
        value = datetime.fromisoformat(raw.replace(" ", "T", 1)) if raw else None
    except ValueError:
        value = None
    if value is None or len(raw) < 16:
        raise ValidationError(
            f"Tidspunktet «{text}» kan ikke læses. Skriv det som ÅÅÅÅ-MM-DD TT:MM, "
            "fx 2026-11-23 09:30.",
            field="at",
        )
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return to_local(value).replace(microsecond=0)


def parse_date(text: str, field: str = "date") -> date:
    """Parse "YYYY-MM-DD" with a Danish message on failure."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError(
            f"Datoen «{text}» kan ikke læses. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-11-23.",
            field=field,
        ) from None


def format_local(moment: datetime) -> str:
    """Local time as "YYYY-MM-DD HH:MM", the form users type."""
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


_MONTHS_SHORT = [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def danish_date(day: date, *, weekday: bool = False, year: bool = False) -> str:
    """A short Danish date such as "4. nov.", "onsdag 4. nov." or "4. nov. 2026"."""
    text = f"{day.day}. {_MONTHS_SHORT[day.month - 1]}"
    if year:
        text += f" {day.year}"
    if weekday:
        text = f"{WEEKDAYS[day.weekday()]} {text}"
    return text


def danish_relative_day(day: date, today: date) -> str:
    """ "i dag", "i morgen" or a date with weekday, for near-future moments in sentences."""
    if day == today:
        return "i dag"
    if day == today + timedelta(days=1):
        return "i morgen"
    return danish_date(day, weekday=True, year=day.year != today.year)
