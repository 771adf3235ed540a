"""Time handling: entries are stored in UTC and shown in Danish local time."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .errors import ValidationError
from .texts import QT_TRANSLATE_NOOP, phrase

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


# {"YYYY-MM-DD" of a UTC day: (UTC time "HH:MM:SS" from which the local date is the later
# one, or None; local date before it; local date from it on)}, or None for a day on which
# the local offset changes (those go through the time zone).
_UTC_DAYS: dict[str, tuple[str | None, date, date] | None] = {}


def _utc_day(day_text: str) -> tuple[str | None, date, date] | None:
    day = date.fromisoformat(day_text)
    start = datetime.combine(day, time(0), UTC)
    offset = start.astimezone(LOCAL_TZ).utcoffset()
    if offset != (start + timedelta(hours=23, minutes=59, seconds=59)).astimezone(
        LOCAL_TZ
    ).utcoffset() or abs(offset) >= timedelta(days=1):
        return None
    # One offset all day: local time is UTC time + offset, so the local date turns exactly
    # once, at UTC midnight - offset (east of UTC: late in the day; west: early).
    if not offset:
        return None, day, day
    if offset > timedelta(0):
        turn = datetime.combine(day, time(0)) + timedelta(days=1) - offset
        return turn.strftime("%H:%M:%S"), day, day + timedelta(days=1)
    turn = datetime.combine(day, time(0)) - offset
    return turn.strftime("%H:%M:%S"), day - timedelta(days=1), day


def local_date_of_utc_text(text: str) -> date:
    """The local calendar date of a timestamp stored as "YYYY-MM-DDTHH:MM:SS+00:00".

    The same as parsing it and converting it to local time, several times cheaper: per UTC
    day the moment the local date turns is computed once (the open-request lists ask this
    for every row). Other text is parsed as ISO 8601 (naive means UTC).
    """
    if len(text) == 25 and text[19:] == "+00:00":
        key = text[:10]
        try:
            day = _UTC_DAYS[key]
        except KeyError:
            try:
                day = _UTC_DAYS[key] = _utc_day(key)
            except ValueError:
                day = None
        if day is not None:
            turn, before, after = day
            return before if turn is None or text[11:19] < turn else after
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ).date()


def day_bounds_utc(day: date) -> tuple[datetime, datetime]:
    """The UTC half-open interval covering one local calendar day (23 or 25 hours at DST)."""
    start = datetime.combine(day, time(0), LOCAL_TZ)
    end = datetime.combine(day + timedelta(days=1), time(0), LOCAL_TZ)
    return to_utc(start), to_utc(end)


# "DD.MM.YYYY" (the form Dagbog shows everywhere, see short_date) and "DD-MM-YYYY" (what
# earlier versions showed), so a date copied from the screen is understood. Slashes stay
# refused (11/12 is read both ways).
_DAY_FIRST = re.compile(r"^(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?=$|[ T])")
# "9:05" and the Danish "9.05" after an ISO date.
_SHORT_TIME = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d{1,2})[:.](\d\d)$")


def _normalise(text: str | None) -> str:
    """Trim, collapse runs of spaces, turn a day-first date into ISO order, pad the hour."""
    raw = " ".join((text or "").split())
    match = _DAY_FIRST.match(raw)
    if match:
        day, _, month, year = match.groups()
        raw = f"{year}-{int(month):02d}-{int(day):02d}" + raw[match.end() :]
    match = _SHORT_TIME.match(raw)
    if match:
        raw = f"{match[1]} {int(match[2]):02d}:{match[3]}"
    return raw


def parse_local_datetime(text: str) -> datetime:
    """Parse "YYYY-MM-DD HH:MM" (or ISO 8601 with offset) as a local, aware datetime.

    "DD-MM-YYYY HH:MM" and "DD.MM.YYYY HH:MM", as Dagbog shows times, are read too.
    """
    raw = _normalise(text)
    try:
        value = datetime.fromisoformat(raw.replace(" ", "T", 1)) if raw else None
    except ValueError:
        value = None
    if value is None or len(raw) < 16:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Tidspunktet «{text}» kan ikke læses. Skriv det som DD.MM.ÅÅÅÅ TT:MM, "
                    "fx 23.11.2026 09:30.",
                ),
                text=text,
            ),
            field="at",
        )
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
        # A time the clocks skip when summer time begins (02:00-02:59 on the last Sunday of
        # March) does not exist: stored, it would come back an hour later than typed.
        real = value.astimezone(UTC).astimezone(LOCAL_TZ)
        if real.replace(tzinfo=None) != value.replace(tzinfo=None):
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Tidspunktet «{text}» findes ikke: den nat stilles uret en time frem "
                        "kl. 02:00. Skriv fx {later}.",
                    ),
                    text=text,
                    later=short_datetime(real),
                ),
                field="at",
            )
    return to_local(value).replace(microsecond=0)


def parse_date(text: str, field: str = "date") -> date:
    """Parse "YYYY-MM-DD" (or "DD-MM-YYYY", "DD.MM.YYYY") with a Danish message on failure."""
    raw = _normalise(text)
    try:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", raw):
            raise ValueError(raw)  # fromisoformat also takes "20261123" and "2026-W48-1"
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Datoen «{text}» kan ikke læses. Skriv den som DD.MM.ÅÅÅÅ, fx 23.11.2026.",
                ),
                text=text,
            ),
            field=field,
        ) from None


def short_date(day: date) -> str:
    """The one short date Dagbog shows, prints and writes: "23.11.2026" (Danish, with dots).

    The window (in Danish), the journal, the panels, the PDFs, the letters and the CLI's text
    all use it; JSON stays ISO 8601. :func:`parse_date` reads it back (and dashes, and ISO).
    """
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def short_datetime(moment: datetime, at: bool = False) -> str:
    """The one short date and time: "23.11.2026 09:30" in local time (see :func:`short_date`);
    ``at``: "23.11.2026 kl. 09:30", for a sentence or a label."""
    local = to_local(moment)
    return f"{short_date(local.date())} {'kl. ' if at else ''}{local:%H:%M}"


def format_local(moment: datetime) -> str:
    """Local time as "23.11.2026 09:30", the form the window shows and users type."""
    return short_datetime(moment)


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
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def danish_date(day: date, *, weekday: bool = False, year: bool = False) -> str:
    """A short Danish date such as "4. nov.", "onsdag 4. nov." or "4. nov. 2026"."""
    text = f"{day.day}. {_MONTHS_SHORT[day.month - 1]}"
    if year:
        text += f" {day.year}"
    if weekday:
        text = f"{WEEKDAYS[day.weekday()]} {text}"
    return text


def danish_long_date(day: date) -> str:
    """A full Danish date such as "2. november 2026", as letters and printed reports write it."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
