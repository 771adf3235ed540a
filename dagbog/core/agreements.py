"""Plans and agreements over time (the jobplan, ...): each change is a new stored version.

An agreement's text is never overwritten: :func:`update_agreement` adds a version with a
note saying what changed and why, and the history lists every version, oldest first.
"""

from __future__ import annotations

from datetime import date

from . import events
from .errors import ValidationError
from .fingerprint import chain_agreement
from .models import Agreement, AgreementVersion, Case, Meeting, database
from .text import clean_line, clean_text
from .texts import QT_TRANSLATE_NOOP, phrase

MAX_TEXT = 100_000


def _check_text(text: str) -> str:
    text = clean_text(text).strip()
    if not text:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Aftalens tekst mangler.")), field="text"
        )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Aftalens tekst må højst være {n} tegn."),
                n=MAX_TEXT,
            ),
            field="text",
        )
    return text


def create_agreement(
    case: Case,
    title: str,
    text: str,
    *,
    note: str = "",
    valid_from: date | None = None,
    meeting: Meeting | None = None,
) -> Agreement:
    """A new agreement with its first version."""
    title = clean_line(title)
    if not title:
        raise ValidationError(
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "Aftalen skal have en titel, fx «Jobplan».")
            ),
            field="title",
        )
    if len(title) > 200:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Aftalens titel må højst være 200 tegn.")),
            field="title",
        )
    text = _check_text(text)
    with database.atomic():
        agreement = Agreement.create(case=case, title=title)
        AgreementVersion.create(
            agreement=agreement,
            seq=1,
            text=text,
            note=clean_text(note).strip(),
            valid_from=valid_from,
            meeting=meeting,
        )
        chain_agreement(agreement.id)
    events.publish(events.Change("agreement", case.id, (agreement.id,)))
    return agreement


def update_agreement(
    agreement: Agreement,
    text: str,
    note: str,
    *,
    valid_from: date | None = None,
    meeting: Meeting | None = None,
) -> AgreementVersion:
    """Store a new version of the agreement; ``note`` says what changed and why."""
    text = _check_text(text)
    note = clean_text(note).strip()
    if not note:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Skriv kort hvad der er ændret i aftalen, og hvorfor."),
            ),
            "note",
        )
    with database.atomic():
        last = current_version(agreement)
        version = AgreementVersion.create(
            agreement=agreement,
            seq=(last.seq if last else 0) + 1,
            text=text,
            note=note,
            valid_from=valid_from,
            meeting=meeting,
        )
        chain_agreement(agreement.id)
    events.publish(events.Change("agreement", agreement.case_id, (agreement.id,)))
    return version


def current_version(agreement: Agreement) -> AgreementVersion | None:
    return (
        AgreementVersion.select()
        .where(AgreementVersion.agreement == agreement)
        .order_by(AgreementVersion.seq.desc())
        .first()
    )


def history(agreement: Agreement) -> list[AgreementVersion]:
    """Every version, oldest first."""
    return list(
        AgreementVersion.select()
        .where(AgreementVersion.agreement == agreement)
        .order_by(AgreementVersion.seq)
    )


def list_agreements(case: Case) -> list[Agreement]:
    return list(Agreement.select().where(Agreement.case == case).order_by(Agreement.title))
