"""Translatable Danish labels for the vocabulary codes of ``core/vocabulary.py``.

The core keeps its own Danish labels for the CLI and the PDF; the window translates these
copies through Qt so a translation file can change them without touching the core.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dagbog.core.vocabulary import Direction, Kind, Outcome, ReplyStatus, Role

_CONTEXT = "Labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_labels() -> dict[str, str]:
    """Kind code -> label, in the order the pickers show them."""
    return {
        Kind.CALL: _tr("Opkald"),
        Kind.EMAIL: _tr("E-mail"),
        Kind.MEETING: _tr("Møde"),
        Kind.LETTER: _tr("Brev"),
        Kind.SMS: _tr("SMS"),
        Kind.DIGITAL: _tr("Digital post"),
        Kind.OTHER: _tr("Andet"),
    }


def direction_labels() -> dict[str, str]:
    return {
        Direction.OUT: _tr("Udgående"),
        Direction.IN: _tr("Indgående"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        Outcome.TALKED: _tr("Talte med"),
        Outcome.NO_ANSWER: _tr("Intet svar"),
        Outcome.VOICEMAIL: _tr("Lagt besked"),
        Outcome.BUSY: _tr("Optaget"),
        Outcome.REFERRED: _tr("Henvist videre"),
    }


def reply_status_labels() -> dict[str, str]:
    return {
        ReplyStatus.NOT_EXPECTED: _tr("Intet svar forventet"),
        ReplyStatus.AWAITING: _tr("Afventer svar"),
        ReplyStatus.ANSWERED: _tr("Besvaret"),
    }


def role_labels() -> dict[str, str]:
    return {
        Role.CASEWORKER: _tr("Sagsbehandler"),
        Role.DUTY_PHONE: _tr("Vagttelefon"),
        Role.HEAD: _tr("Afdelingsleder"),
        Role.COMPANION: _tr("Bisidder"),
        Role.REPRESENTATIVE: _tr("Partsrepræsentant"),
        Role.UNION: _tr("Fagforening / a-kasse"),
        Role.CITIZEN_ADVISER: _tr("Borgerrådgiver"),
        Role.OTHER: _tr("Andet"),
    }


def label(labels: dict[str, str], code: str | None) -> str:
    """The label for ``code``, or the code itself if it is unknown (never raises)."""
    if not code:
        return ""
    return labels.get(code, code)


def format_day(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def status_label(code: str, due: date | None, outcome: str | None) -> str:
    """A short status text from ``journal.status_code`` (overdue, awaiting, ...)."""
    if code == "overdue":
        # A sign as well as words, so an overdue request stands out without colour.
        return _tr("⚠ Overskredet (frist %1)").replace("%1", format_day(due))
    if code == "awaiting":
        return _tr("Afventer svar (frist %1)").replace("%1", format_day(due))
    if code == "answered":
        return reply_status_labels()[ReplyStatus.ANSWERED]
    if outcome:
        return label(outcome_labels(), outcome)
    return ""
