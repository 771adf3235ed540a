"""Translatable Danish labels for the vocabulary codes of ``core/vocabulary.py``.

The core keeps its own Danish labels for the CLI and the PDF; the window translates these
copies through Qt so a translation file can change them without touching the core.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from dagbog.core import clock, telephone_hours
from dagbog.core.texts import Phrase
from dagbog.core.vocabulary import Direction, Kind, Outcome, ReplyStatus, Role

from . import i18n
from .preferences import LANGUAGE_DANISH


def html_escape(text: str) -> str:
    """``html.escape(text)``: the same five replacements, without importing ``html``.

    Importing ``html`` loads its table of 2,000 named entities (0.7 MiB, ~1 ms), which the
    window would otherwise pay before its first paint for the banner and the case summary.
    A test checks it against ``html.escape``.
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def kind_labels() -> dict[str, str]:
    """Kind code -> label, in the order the pickers show them."""
    return {
        Kind.CALL: QCoreApplication.translate("Labels", "Opkald"),
        Kind.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Kind.MEETING: QCoreApplication.translate("Labels", "Møde"),
        Kind.LETTER: QCoreApplication.translate("Labels", "Brev"),
        Kind.SMS: QCoreApplication.translate("Labels", "SMS"),
        Kind.DIGITAL: QCoreApplication.translate("Labels", "Digital post"),
        Kind.OTHER: QCoreApplication.translate("Labels", "Andet"),
    }


def direction_labels() -> dict[str, str]:
    return {
        Direction.OUT: QCoreApplication.translate("Labels", "Udgående"),
        Direction.IN: QCoreApplication.translate("Labels", "Indgående"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        Outcome.TALKED: QCoreApplication.translate("Labels", "Talte med"),
        Outcome.NO_ANSWER: QCoreApplication.translate("Labels", "Intet svar"),
        Outcome.VOICEMAIL: QCoreApplication.translate("Labels", "Lagt besked"),
        Outcome.BUSY: QCoreApplication.translate("Labels", "Optaget"),
        Outcome.REFERRED: QCoreApplication.translate("Labels", "Henvist videre"),
    }


def reply_status_labels() -> dict[str, str]:
    return {
        ReplyStatus.NOT_EXPECTED: QCoreApplication.translate("Labels", "Intet svar forventet"),
        ReplyStatus.AWAITING: QCoreApplication.translate("Labels", "Afventer svar"),
        ReplyStatus.ANSWERED: QCoreApplication.translate("Labels", "Besvaret"),
    }


def request_type_labels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "Almindelig henvendelse"),
        "aktindsigt": QCoreApplication.translate("Labels", "Anmodning om aktindsigt"),
        "klage": QCoreApplication.translate("Labels", "Klage"),
        "new-caseworker": QCoreApplication.translate("Labels", "Anmodning om ny sagsbehandler"),
    }


def role_labels() -> dict[str, str]:
    return {
        Role.CASEWORKER: QCoreApplication.translate("Labels", "Sagsbehandler"),
        Role.DUTY_PHONE: QCoreApplication.translate("Labels", "Vagttelefon"),
        Role.HEAD: QCoreApplication.translate("Labels", "Afdelingsleder"),
        Role.COMPANION: QCoreApplication.translate("Labels", "Bisidder"),
        Role.REPRESENTATIVE: QCoreApplication.translate("Labels", "Partsrepræsentant"),
        Role.UNION: QCoreApplication.translate("Labels", "Fagforening / a-kasse"),
        Role.CITIZEN_ADVISER: QCoreApplication.translate("Labels", "Borgerrådgiver"),
        Role.OTHER: QCoreApplication.translate("Labels", "Andet"),
    }


def label(labels: dict[str, str], code: str | None) -> str:
    """The label for ``code``, or the code itself if it is unknown (never raises)."""
    if not code:
        return ""
    return labels.get(code, code)


#: Danish dates keep the diary's one short style (``clock.short_date``, as in the PDF): 23.11.2026.
DANISH_DATE_FORMAT = "dd.MM.yyyy"


def date_format() -> str:
    """The date pattern of the language in use (Danish 23.11.2026, English 23/11/2026)."""
    if i18n.current_language() == LANGUAGE_DANISH:
        return DANISH_DATE_FORMAT
    pattern = i18n.locale().dateFormat(QLocale.FormatType.ShortFormat)
    # Always four digits in the year: "dd/MM/yy" -> "dd/MM/yyyy".
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_day(day: date | None) -> str:
    """A date (or the date of a datetime) as the chosen language writes it."""
    if not day:
        return ""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), date_format())


def format_time(moment: datetime, seconds: bool = False) -> str:
    """The clock time of ``moment`` (24-hour in both languages: 14:05)."""
    qtime = QTime(moment.hour, moment.minute, moment.second)
    return i18n.locale().toString(qtime, "HH:mm:ss" if seconds else "HH:mm")


def format_datetime(moment: datetime | None, at: bool = False) -> str:
    """Date and time as shown ("23.11.2026 14:05"); ``at``: "23.11.2026 kl. 14:05"."""
    if moment is None:
        return ""
    if at:
        return (
            QCoreApplication.translate("Labels", "%1 kl. %2")
            .replace("%1", format_day(moment))
            .replace("%2", format_time(moment))
        )
    return f"{format_day(moment)} {format_time(moment)}"


def sentence_day(day: date, weekday: bool = False, year: bool = False) -> str:
    """A short date inside a sentence: Danish "onsdag 4. nov.", English "Wednesday 4 Nov"."""
    if i18n.current_language() == LANGUAGE_DANISH:
        return clock.danish_date(day, weekday=weekday, year=year)
    pattern = "d MMM" + (" yyyy" if year else "")
    if weekday:
        pattern = "dddd " + pattern
    return i18n.locale().toString(QDate(day.year, day.month, day.day), pattern)


def say(phrase: Phrase | None) -> str:
    """A core sentence (``core.texts.Phrase``) in the chosen language ("" for None)."""
    if phrase is None:
        return ""
    return phrase.render(QCoreApplication.translate, sentence_day)


def error_text(error: Exception) -> str:
    """A core error's message in the chosen language (its Danish text if not translatable)."""
    phrase = getattr(error, "phrase", None)
    return say(phrase) if phrase is not None else str(error)


def format_hours(ranges: list) -> str:
    """Telephone hours with the chosen language's day names ("Mon-Thu 09:00-12:00")."""
    names = [
        QCoreApplication.translate("TelephoneHours", name) for name in telephone_hours.DAY_NAMES
    ]
    return telephone_hours.format_ranges(ranges, day_names=names)


def format_number(number: int | float) -> str:
    """A number with the chosen language's digit grouping (Danish 1.234, English 1,234)."""
    return i18n.locale().toString(number)


def status_label(code: str, due: date | None, outcome: str | None) -> str:
    """A short status text from ``journal.status_code`` (overdue, awaiting, ...)."""
    if code == "overdue":
        # A sign as well as words, so an overdue request stands out without colour.
        return QCoreApplication.translate("Labels", "⚠ Overskredet (frist %1)").replace(
            "%1", format_day(due)
        )
    if code == "awaiting":
        return QCoreApplication.translate("Labels", "Afventer svar (frist %1)").replace(
            "%1", format_day(due)
        )
    if code == "answered":
        return reply_status_labels()[ReplyStatus.ANSWERED]
    if outcome:
        return label(outcome_labels(), outcome)
    return ""


#: Who the jobcentre is in an agreement, as stored: Danish, for the minutes letter and PDF.
JOBCENTRE = "Jobcentret"


def shown_who(who: str) -> str:
    """An agreement's "who" in the window's language."""
    return QCoreApplication.translate("MeetingWindow", "Jobcentret") if who == JOBCENTRE else who


def stored_who(text: str) -> str:
    """What the user picked or typed as "who", stored in Danish."""
    text = text.strip()
    return JOBCENTRE if text == QCoreApplication.translate("MeetingWindow", "Jobcentret") else text
