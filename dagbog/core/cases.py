"""Services for cases: create, rename, find, list, archive and restore."""

from __future__ import annotations

from . import events
from .errors import NotFoundError, ValidationError
from .models import Case, RowLoader, database
from .text import clean_line, clean_text
from .texts import QT_TRANSLATE_NOOP, phrase


def clean_title(title: str) -> str:
    title = clean_line(title)
    if not title:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Sagen skal have en titel.")),
            field="title",
        )
    if len(title) > 200:
        raise ValidationError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Sagens titel må højst være 200 tegn.")),
            field="title",
        )
    return title


def check_reply_days(days: int) -> int:
    if not isinstance(days, int) or not 1 <= days <= 90:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Svarfristen skal være mellem 1 og 90 arbejdsdage."),
            ),
            field="reply_days",
        )
    return days


def create_case(
    title: str,
    *,
    citizen_name: str = "",
    municipality: str = "",
    main_email: str = "",
    reply_days: int = 10,
    notes: str = "",
) -> Case:
    title = clean_title(title)
    reply_days = check_reply_days(reply_days)
    with database.atomic():
        if Case.select().where(Case.title == title).exists():
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Der findes allerede en sag med titlen «{title}»."),
                    title=title,
                ),
                "title",
            )
        case = Case.create(
            title=title,
            citizen_name=clean_line(citizen_name),
            municipality=clean_line(municipality),
            main_email=clean_line(main_email),
            reply_days=reply_days,
            notes=clean_text(notes),
        )
    events.publish(events.Change("case", case.id, (case.id,)))
    return case


def update_case(case: Case, **changes) -> Case:
    """Change title, citizen_name, municipality, main_email, reply_days or notes."""
    allowed = {"title", "citizen_name", "municipality", "main_email", "reply_days", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown case fields: {sorted(unknown)}")
    if "title" in changes:
        changes["title"] = clean_title(changes["title"])
    for name in ("citizen_name", "municipality", "main_email"):
        if name in changes:
            changes[name] = clean_line(changes[name])
    if "notes" in changes:
        changes["notes"] = clean_text(changes["notes"])
    if "reply_days" in changes:
        check_reply_days(changes["reply_days"])
    with database.atomic():
        if "title" in changes and (
            Case.select().where((Case.title == changes["title"]) & (Case.id != case.id)).exists()
        ):
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Der findes allerede en sag med titlen «{title}»."),
                    title=changes["title"],
                ),
                "title",
            )
        for name, value in changes.items():
            setattr(case, name, value)
        case.save()
    events.publish(events.Change("case", case.id, (case.id,)))
    return case


def rename_case(case: Case, title: str) -> Case:
    return update_case(case, title=title)


def archive_case(case: Case) -> Case:
    """Hide a closed case from the default list; everything in it is kept."""
    return _set_archived(case, True)


def restore_case(case: Case) -> Case:
    """Bring an archived case back into the default list."""
    return _set_archived(case, False)


def _set_archived(case: Case, archived: bool) -> Case:
    with database.atomic():
        fresh = Case.get_by_id(case.id)
        fresh.archived = archived
        fresh.save()
    case.archived = archived
    events.publish(events.Change("case", case.id, (case.id,)))
    return fresh


def archived_cases() -> list[Case]:
    return list(Case.select().where(Case.archived == True).order_by(Case.title))


_CASE_ROWS = RowLoader(Case)


def list_cases(include_archived: bool = False) -> list[Case]:
    """The cases by title (without the archived ones unless asked).

    Hand-written: the window lists them twice before its first paint, and peewee's building
    of the query cost more than reading the few rows (compared with peewee in the tests).
    """
    where = "" if include_archived else " WHERE archived = 0"
    rows = database.execute_sql(
        f'SELECT {_CASE_ROWS.columns} FROM "case"{where} ORDER BY title'
    ).fetchall()
    return [_CASE_ROWS.build(row) for row in rows]


def case_by_uuid(uuid: str) -> Case | None:
    """The case with ``uuid`` (the window reopens the last case by it), or None."""
    row = database.execute_sql(
        f'SELECT {_CASE_ROWS.columns} FROM "case" WHERE uuid = ?', [uuid]
    ).fetchone()
    return _CASE_ROWS.build(row) if row else None


def find_case(title: str) -> Case | None:
    return Case.get_or_none(Case.title == clean_line(title))


def get_case(title: str) -> Case:
    case = find_case(title)
    if case is None:
        raise NotFoundError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Sagen «{title}» findes ikke."),
                title=title,
            )
        )
    return case


def get_or_create_case(title: str) -> Case:
    return find_case(title) or create_case(title)
