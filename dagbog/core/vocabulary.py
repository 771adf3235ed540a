"""The fixed vocabularies of the diary: stored codes and their Danish labels.

Codes are stable English words stored in the database and used on the command line; labels
are Danish text for the CLI and the PDF. The Qt UI translates its own copies of these labels.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"
    SMS = "sms"
    DIGITAL = "digital"
    OTHER = "other"


class Direction(StrEnum):
    OUT = "out"
    IN = "in"


class Outcome(StrEnum):
    TALKED = "talked"
    NO_ANSWER = "no-answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    REFERRED = "referred"


class ReplyStatus(StrEnum):
    NOT_EXPECTED = "not-expected"
    AWAITING = "awaiting"
    ANSWERED = "answered"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    DUTY_PHONE = "duty-phone"
    HEAD = "head"
    COMPANION = "companion"
    REPRESENTATIVE = "representative"
    UNION = "union"
    CITIZEN_ADVISER = "citizen-adviser"
    OTHER = "other"


KIND_LABELS: dict[str, str] = {
    Kind.CALL: "Opkald",
    Kind.EMAIL: "E-mail",
    Kind.LETTER: "Brev",
    Kind.MEETING: "Møde",
    Kind.SMS: "SMS",
    Kind.DIGITAL: "Digital post",
    Kind.OTHER: "Andet",
}

DIRECTION_LABELS: dict[str, str] = {
    Direction.OUT: "Udgående",
    Direction.IN: "Indgående",
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.TALKED: "Talte med",
    Outcome.NO_ANSWER: "Intet svar",
    Outcome.VOICEMAIL: "Lagt besked",
    Outcome.BUSY: "Optaget",
    Outcome.REFERRED: "Henvist videre",
}

REPLY_STATUS_LABELS: dict[str, str] = {
    ReplyStatus.NOT_EXPECTED: "Intet svar forventet",
    ReplyStatus.AWAITING: "Afventer svar",
    ReplyStatus.ANSWERED: "Besvaret",
}

ROLE_LABELS: dict[str, str] = {
    Role.CASEWORKER: "Sagsbehandler",
    Role.DUTY_PHONE: "Vagttelefon",
    Role.HEAD: "Afdelingsleder",
    Role.COMPANION: "Bisidder",
    Role.REPRESENTATIVE: "Partsrepræsentant",
    Role.UNION: "Fagforening / a-kasse",
    Role.CITIZEN_ADVISER: "Borgerrådgiver",
    Role.OTHER: "Andet",
}

#: Call outcomes that count as an unanswered attempt the moment they are logged.
UNANSWERED_OUTCOMES = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY})
