"""Services for the people of a case and the case's caseworker history."""

from __future__ import annotations

import re
from datetime import date

from . import clock, events, telephone_hours
from .errors import ValidationError
from .models import Case, CaseworkerAssignment, Entry, Person, RowLoader, database
from .text import clean_line, clean_text
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import Role

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Longer is a paste gone wrong (found: a 50,000-character --with name was stored).
MAX_NAME = 200


def _validate(name: str, role: str, email: str) -> None:
    if not clean_line(name):
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Personen skal have et navn.")),
            field="name",
        )
    if len(clean_line(name)) > MAX_NAME:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Navnet må højst være 200 tegn.")),
            field="name",
        )
    if role not in set(Role):
        raise ValidationError(
            phrase(
                "Errors", QT_TRANSLATE_NOOP("Errors", "Rollen «{role}» kendes ikke."), role=role
            ),
            field="role",
        )
    if email and not _EMAIL.match(clean_line(email)):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "E-mailadressen «{email}» ser forkert ud. Skriv fx navn@kommune.dk."
                ),
                email=email,
            ),
            field="email",
        )


def add_person(
    case: Case,
    name: str,
    *,
    role: str = Role.OTHER,
    organisation: str = "",
    phone: str = "",
    email: str = "",
    hours: str = "",
    notes: str = "",
    caseworker_from: date | None = None,
) -> Person:
    """Add a person; ``hours`` is telephone-hours text ("Man-Tor 09:00-12:00")."""
    _validate(name, role, email)
    ranges = telephone_hours.parse(hours)
    with database.atomic():
        person = Person.create(
            case=case,
            name=clean_line(name),
            role=role,
            organisation=clean_line(organisation),
            phone=clean_line(phone),
            email=clean_line(email),
            telephone_hours=telephone_hours.to_json(ranges),
            notes=clean_text(notes),
        )
        if role == Role.CASEWORKER:
            CaseworkerAssignment.create(
                case=case, person=person, from_date=caseworker_from or clock.today()
            )
    events.publish(events.Change("person", case.id, (person.id,)))
    return person


def update_person(person: Person, **changes) -> Person:
    """Change name, role, organisation, phone, email, hours (text) or notes."""
    allowed = {"name", "role", "organisation", "phone", "email", "hours", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    _validate(
        changes.get("name", person.name),
        changes.get("role", person.role),
        changes.get("email", person.email),
    )
    if "hours" in changes:
        changes["telephone_hours"] = telephone_hours.to_json(
            telephone_hours.parse(changes.pop("hours"))
        )
    with database.atomic():
        for name, value in changes.items():
            if isinstance(value, str):
                value = clean_text(value) if name == "notes" else clean_line(value)
            setattr(person, name, value)
        person.save()
    events.publish(events.Change("person", person.case_id, (person.id,)))
    return person


def assign_caseworker(case: Case, person: Person, from_date: date) -> CaseworkerAssignment:
    """Make ``person`` the case's caseworker from ``from_date``; earlier ones stay in history."""
    if person.case_id != case.id:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Personen hører ikke til denne sag.")),
            field="person",
        )
    with database.atomic():
        if person.role != Role.CASEWORKER:
            person.role = Role.CASEWORKER
            person.save()
        assignment = CaseworkerAssignment.create(case=case, person=person, from_date=from_date)
    events.publish(events.Change("person", case.id, (person.id,)))
    return assignment


# The caseworker, the history and the people by role are read at every start and change
# (the window asks for the caseworker three times at start): hand-written SQL through
# RowLoader, as peewee's building of each query cost several times SQLite's work. The tests
# compare them with the peewee queries they replace.
_ASSIGNMENT_ROWS = RowLoader(CaseworkerAssignment)
_PERSON_ROWS = RowLoader(Person)
_ASSIGNMENTS_WITH_PEOPLE = (
    f"SELECT {_ASSIGNMENT_ROWS.columns}, {_PERSON_ROWS.columns} FROM caseworker_assignment "
    "JOIN person ON person.id = caseworker_assignment.person_id "
    "WHERE caseworker_assignment.case_id = ?"
)


def _assignments(extra_where: str, order: str, params: list, limit: str = "") -> list:
    width = _ASSIGNMENT_ROWS.width
    found = []
    for row in database.execute_sql(
        f"{_ASSIGNMENTS_WITH_PEOPLE}{extra_where} ORDER BY {order}{limit}", params
    ).fetchall():
        assignment = _ASSIGNMENT_ROWS.build(row)
        assignment.__rel__["person"] = _PERSON_ROWS.build(row[width:])
        found.append(assignment)
    return found


def caseworker_on(case: Case, day: date | None = None) -> Person | None:
    """The caseworker on ``day`` (default today): the newest assignment starting on or before it."""
    day = day or clock.today()
    newest = _assignments(
        " AND caseworker_assignment.from_date <= ?",
        "caseworker_assignment.from_date DESC, caseworker_assignment.id DESC",
        [case.id, day.isoformat()],
        " LIMIT 1",
    )
    return newest[0].person if newest else None


def caseworker_history(case: Case) -> list[CaseworkerAssignment]:
    """All assignments, oldest first (each with its person, read in the same query)."""
    return _assignments("", "caseworker_assignment.from_date, caseworker_assignment.id", [case.id])


def first_contact_before(
    case: Case, person: Person, day: date, *, include_private: bool = True
) -> date | None:
    """The local day of the earliest contact with ``person`` logged before ``day``, if any.

    A caseworker's assignment starts the day the user typed it in, while the user may have
    filled in older contacts with that person; the PDF says so rather than look contradictory.
    """
    start, _ = clock.day_bounds_utc(day)
    query = Entry.select(Entry.at).where(
        (Entry.case == case)
        & (Entry.person == person)
        & (Entry.deleted == False)
        & (Entry.at < start)
    )
    if not include_private:
        query = query.where(Entry.private == False)
    earliest = query.order_by(Entry.at).first()
    return clock.to_local(earliest.at).date() if earliest else None


def list_people(case: Case) -> list[Person]:
    return list(Person.select().where(Person.case == case).order_by(Person.name))


def find_person(case: Case, name: str) -> Person | None:
    return Person.get_or_none((Person.case == case) & (Person.name == clean_line(name)))


def get_or_create_person(case: Case, name: str) -> Person:
    return find_person(case, name) or add_person(case, name)


def people_with_role(case: Case, role: str) -> list[Person]:
    """The case's people with ``role``, in the order SQLite finds them (as peewee's query)."""
    rows = database.execute_sql(
        f"SELECT {_PERSON_ROWS.columns} FROM person WHERE person.case_id = ? AND person.role = ?",
        [case.id, role],
    ).fetchall()
    return [_PERSON_ROWS.build(row) for row in rows]
