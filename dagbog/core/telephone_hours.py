"""Telephone hours (telefontid) as structured weekday ranges, e.g. "Man-Tor 09:00-12:00"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from . import clock
from .errors import ValidationError
from .texts import QT_TRANSLATE_NOOP, Day, Phrase, phrase
from .workdays import is_public_holiday

DAY_NAMES = [
    QT_TRANSLATE_NOOP("TelephoneHours", "Man"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Tir"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Ons"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Tor"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Fre"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Lør"),
    QT_TRANSLATE_NOOP("TelephoneHours", "Søn"),
]
_DAY_INDEX = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
_DAY_INDEX.update({"lor": 5, "son": 6})
# The English window shows and accepts English day names: "Mon-Thu 09:00-12:00".
_DAY_INDEX.update({"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6})


@dataclass(frozen=True)
class HoursRange:
    """Opening hours on some weekdays (0 = Monday), from ``start`` to ``end``."""

    days: tuple[int, ...]
    start: time
    end: time

    def to_json(self) -> dict:
        return {
            "days": list(self.days),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
        }

    def __str__(self) -> str:
        return self.text()

    def text(self, day_names: list[str] | None = None) -> str:
        """ "Man-Tor 09:00-12:00" (``day_names``: the seven names to use, Monday first)."""
        return f"{_days_text(self.days, day_names)} {self.start:%H:%M}-{self.end:%H:%M}"


def _days_text(days: tuple[int, ...], day_names: list[str] | None = None) -> str:
    names = day_names or DAY_NAMES
    days = tuple(sorted(days))
    if len(days) > 1 and days == tuple(range(days[0], days[-1] + 1)):
        return f"{names[days[0]]}-{names[days[-1]]}"
    return ",".join(names[d] for d in days)


def _parse_day(token: str) -> int:
    key = token.strip().lower()[:3]
    if key not in _DAY_INDEX:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Ugedagen «{day}» kendes ikke. Brug Man, Tir, Ons, Tor, Fre, Lør, Søn.",
                ),
                day=token.strip(),
            ),
            field="telephone_hours",
        )
    return _DAY_INDEX[key]


_RANGE = re.compile(
    r"^\s*(?P<days>[^\d]+?)\s+(?P<start>\d{1,2}(?:[:.]\d{2})?)\s*-\s*"
    r"(?P<end>\d{1,2}(?:[:.]\d{2})?)\s*$"
)


def _parse_time(text: str) -> time:
    # Jobcentres often write whole hours: "man-tor kl. 9-12".
    hours, minutes = (re.split(r"[:.]", text) + ["0"])[:2]
    try:
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Klokkeslættet «{time}» findes ikke."),
                time=text,
            ),
            field="telephone_hours",
        ) from None


def parse(text: str) -> list[HoursRange]:
    """Parse "Man-Tor 09:00-12:00; Fre 09:00-11:00" (empty text: no telephone hours)."""
    ranges: list[HoursRange] = []
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        match = _RANGE.match(part)
        if not match:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Telefontiden «{hours}» kan ikke læses. Skriv fx «Man-Tor 09:00-12:00».",
                    ),
                    hours=part.strip(),
                ),
                field="telephone_hours",
            )
        days: set[int] = set()
        for chunk in match["days"].split(","):
            if "-" in chunk:
                first, last = (_parse_day(t) for t in chunk.split("-", 1))
                if last < first:
                    raise ValidationError(
                        phrase(
                            "Errors",
                            QT_TRANSLATE_NOOP(
                                "Errors", "Ugedagene «{days}» står i forkert rækkefølge."
                            ),
                            days=chunk.strip(),
                        ),
                        field="telephone_hours",
                    )
                days.update(range(first, last + 1))
            else:
                days.add(_parse_day(chunk))
        start, end = _parse_time(match["start"]), _parse_time(match["end"])
        if end <= start:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors", "I «{hours}» slutter telefontiden før den begynder."
                    ),
                    hours=part.strip(),
                ),
                field="telephone_hours",
            )
        ranges.append(HoursRange(tuple(sorted(days)), start, end))
    return ranges


def to_json(ranges: list[HoursRange]) -> str:
    return json.dumps([r.to_json() for r in ranges], ensure_ascii=False)


def from_json(raw: str) -> list[HoursRange]:
    items = json.loads(raw or "[]")
    return [
        HoursRange(
            tuple(item["days"]),
            time.fromisoformat(item["start"]),
            time.fromisoformat(item["end"]),
        )
        for item in items
    ]


def format_ranges(ranges: list[HoursRange], day_names: list[str] | None = None) -> str:
    return "; ".join(r.text(day_names) for r in ranges)


def _open_range(ranges: list[HoursRange], moment: datetime) -> HoursRange | None:
    if is_public_holiday(moment.date()):
        return None
    now_time = moment.time()
    for r in ranges:
        if moment.weekday() in r.days and r.start <= now_time < r.end:
            return r
    return None


def is_open(ranges: list[HoursRange], moment: datetime | None = None) -> bool:
    """Whether the telephone hours are open at ``moment``; never on Danish public holidays."""
    return _open_range(ranges, clock.to_local(moment or clock.now())) is not None


def closes_at(ranges: list[HoursRange], moment: datetime | None = None) -> datetime | None:
    """When the currently open telephone hours close (None if closed at ``moment``)."""
    moment = clock.to_local(moment or clock.now())
    current = _open_range(ranges, moment)
    if current is None:
        return None
    return datetime.combine(moment.date(), current.end, clock.LOCAL_TZ)


def next_opening(ranges: list[HoursRange], moment: datetime | None = None) -> datetime | None:
    """When the telephone hours next open after ``moment``, skipping public holidays."""
    if not ranges:
        return None
    moment = clock.to_local(moment or clock.now())
    for offset in range(0, 31):
        day = (moment + timedelta(days=offset)).date()
        if is_public_holiday(day):
            continue
        starts = sorted(
            datetime.combine(day, r.start, clock.LOCAL_TZ)
            for r in ranges
            if day.weekday() in r.days
        )
        for start in starts:
            if start > moment:
                return start
    return None


def describe(ranges: list[HoursRange], moment: datetime | None = None) -> str:
    """A Danish phrase such as "telefontiden er åben nu til kl. 12:00" (or "" without hours)."""
    described = describe_phrase(ranges, moment)
    return described.render() if described else ""


def relative_day(day, today) -> Phrase:
    """ "i dag", "i morgen" or the date with its weekday (and the year if not this year)."""
    if day == today:
        return phrase("TelephoneHours", QT_TRANSLATE_NOOP("TelephoneHours", "i dag"))
    if day == today + timedelta(days=1):
        return phrase("TelephoneHours", QT_TRANSLATE_NOOP("TelephoneHours", "i morgen"))
    when = Day(day, weekday=True, year=day.year != today.year)
    return phrase("TelephoneHours", QT_TRANSLATE_NOOP("TelephoneHours", "{day}"), day=when)


def describe_phrase(
    ranges: list[HoursRange], moment: datetime | None = None, short: bool = False
) -> Phrase | None:
    """:func:`describe` as a translatable phrase; ``short`` says "den" for "telefontiden"."""
    if not ranges:
        return None
    moment = clock.to_local(moment or clock.now())
    closing = closes_at(ranges, moment)
    if closing is not None:
        if short:
            text = QT_TRANSLATE_NOOP("TelephoneHours", "den er åben nu til kl. {time}")
        else:
            text = QT_TRANSLATE_NOOP("TelephoneHours", "telefontiden er åben nu til kl. {time}")
        return phrase("TelephoneHours", text, time=f"{closing:%H:%M}")
    opening = next_opening(ranges, moment)
    if opening is None:
        return None
    if short:
        text = QT_TRANSLATE_NOOP("TelephoneHours", "den åbner {day} kl. {time}")
    else:
        text = QT_TRANSLATE_NOOP("TelephoneHours", "telefontiden åbner {day} kl. {time}")
    day = relative_day(opening.date(), moment.date())
    return phrase("TelephoneHours", text, day=day, time=f"{opening:%H:%M}")
