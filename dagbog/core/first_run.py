"""The first-run guide's one write: the user's profile, their case and their caseworker.

Everything is checked before anything is written, and the writes share one transaction, so a
mistake on the last page leaves the diary as empty as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import cases, people, settings, telephone_hours
from .errors import ValidationError
from .models import Case, database
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import Role

DEFAULT_TITLE = "Min sag"


@dataclass(frozen=True)
class FirstRun:
    """What the guide asked for; every field but the titles may be left empty."""

    user_name: str = ""
    user_role: str = settings.UserRole.CITIZEN
    citizen_name: str = ""
    municipality: str = ""
    main_email: str = ""
    reply_days: int = 10
    caseworker_name: str = ""
    caseworker_phone: str = ""
    caseworker_email: str = ""
    caseworker_hours: str = ""

    def title(self) -> str:
        """ "Anna Jensen – Søby Kommune" for an advocate, "Søby Kommune" or "Min sag" otherwise."""
        place = self.municipality.strip()
        citizen = self.citizen_name.strip()
        if self.user_role != settings.UserRole.CITIZEN and citizen:
            return f"{citizen} – {place}" if place else citizen
        return place or DEFAULT_TITLE


def _check(answers: FirstRun) -> None:
    if answers.user_role not in set(settings.UserRole):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Vælg borger, bisidder eller partsrepræsentant."),
            ),
            field="user_role",
        )
    if answers.main_email and not people._EMAIL.match(answers.main_email.strip()):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "E-mailadressen «{email}» ser forkert ud. Skriv fx jobcenter@kommune.dk.",
                ),
                email=answers.main_email,
            ),
            field="main_email",
        )
    if not isinstance(answers.reply_days, int) or not 1 <= answers.reply_days <= 90:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Svarfristen skal være mellem 1 og 90 arbejdsdage."),
            ),
            field="reply_days",
        )
    if answers.caseworker_name.strip():
        people._validate(answers.caseworker_name, Role.CASEWORKER, answers.caseworker_email)
        try:
            telephone_hours.parse(answers.caseworker_hours)
        except ValidationError as error:
            raise ValidationError(error.phrase or str(error), field="caseworker_hours") from error
    elif answers.caseworker_phone.strip() or answers.caseworker_email.strip():
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Skriv sagsbehandlerens navn.")),
            field="caseworker_name",
        )


def set_up(answers: FirstRun) -> Case:
    """Store the profile, create the case and (if named) its caseworker, in one transaction."""
    _check(answers)
    citizen = answers.citizen_name.strip()
    if answers.user_role == settings.UserRole.CITIZEN:
        citizen = answers.user_name.strip()
    with database.atomic():
        settings.set_user_profile(answers.user_name, answers.user_role)
        title = answers.title()
        suffix = 2
        while cases.find_case(title):
            title = f"{answers.title()} ({suffix})"
            suffix += 1
        case = cases.create_case(
            title,
            citizen_name=citizen,
            municipality=answers.municipality,
            main_email=answers.main_email,
            reply_days=answers.reply_days,
        )
        if answers.caseworker_name.strip():
            people.add_person(
                case,
                answers.caseworker_name,
                role=Role.CASEWORKER,
                organisation=answers.municipality.strip(),
                phone=answers.caseworker_phone,
                email=answers.caseworker_email,
                hours=answers.caseworker_hours,
            )
    return case
