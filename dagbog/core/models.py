"""The peewee models: cases, people, caseworker history, contacts and their versions.

Every table is bound to the one module-level :data:`database`, which ``db.open_database``
initialises at start-up. Queries belong in the services (``cases``, ``people``, ``journal``)
or on the models, never in widgets.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    FieldAccessor,
    ForeignKeyField,
    IntegerField,
    Model,
    OperationalError,
    SqliteDatabase,
    TextField,
)

from . import clock
from .errors import ReadOnlyDatabaseError


class DiaryDatabase(SqliteDatabase):
    """peewee's SqliteDatabase with a gate in front of writes.

    While the start-up health check of the file still runs on its worker thread (see
    ``db.PendingCheck``), ``write_gate`` is set: any statement other than a read waits for
    the check and is refused if the file is damaged. Reads go straight through.
    """

    write_gate = None

    def execute_sql(self, sql, params=None):
        gate = self.write_gate
        if gate is not None and sql.lstrip()[:6].upper() not in ("SELECT", "PRAGMA"):
            gate()
        try:
            return super().execute_sql(sql, params)
        except OperationalError as error:
            if "readonly" not in str(error):
                raise
            # The file or its folder cannot be written (opened read-only): say so in Danish;
            # the surrounding atomic() rolls back, so nothing half-written remains.
            raise ReadOnlyDatabaseError(
                "Dagbogen er åbnet skrivebeskyttet, så intet er gemt. Giv skriveadgang til "
                "filen og mappen, og åbn Dagbog igen."
            ) from error


database = DiaryDatabase(None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class _LazyTimestampAccessor(FieldAccessor):
    """Reads a timestamp a :class:`RowLoader` left as stored text, converting it on first use."""

    def __get__(self, instance, instance_type=None):
        if instance is None:
            return self.field
        value = instance.__data__.get(self.name)
        if value.__class__ is str:
            value = instance.__data__[self.name] = self.field.python_value(value)
        return value


class AwareDateTimeField(TextField):
    """A timezone-aware datetime stored as fixed-width UTC ISO 8601 text (sorts as text)."""

    FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"
    accessor_class = _LazyTimestampAccessor

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return clock.to_utc(value).strftime(self.FORMAT)

    def python_value(self, value):
        if value is None:
            return None
        moment = datetime.fromisoformat(value)  # aware: stored with "+00:00"
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        # Straight from the parsed offset: 4x faster than replacing it with UTC first.
        return moment.astimezone(clock.LOCAL_TZ)


def stored_date(value):
    """A date as the diary stores it ("YYYY-MM-DD", or what peewee's DateField accepts)."""
    return date.fromisoformat(value) if len(value) == 10 else DateField().adapt(value)


class RowLoader:
    """Builds model instances straight from the tuples of a hand-written SELECT.

    For the hot lists (a journal page, the open requests) peewee's own row processing costs
    several times the query itself. ``columns`` names the model's columns in field order; a
    row slice in that order becomes an instance like one peewee would build, except that
    timestamps stay stored text until first read (:class:`_LazyTimestampAccessor`).
    """

    def __init__(self, model: type[Model], alias: str | None = None) -> None:
        self.model = model
        fields = model._meta.sorted_fields
        table = alias or model._meta.table_name
        self.names = tuple(field.name for field in fields)
        self.columns = ", ".join(f'"{table}"."{field.column_name}"' for field in fields)
        self.width = len(fields)
        positions = {field.name: i for i, field in enumerate(fields)}
        self._converters = tuple(
            (
                field.name,
                positions[field.name],
                bool if isinstance(field, BooleanField) else stored_date,
            )
            for field in fields
            if isinstance(field, (BooleanField, DateField))
        )

    def build(self, values) -> Model:
        """An instance from ``values``: the model's columns first (a longer row is fine, the
        rest is ignored, so a joined row needs no slicing for its first model)."""
        data = dict(zip(self.names, values, strict=False))
        for name, position, convert in self._converters:
            value = values[position]
            if value is not None:
                data[name] = convert(value)
        instance = _new_instance(self.model)
        instance.__data__ = data
        instance._dirty = set()
        instance.__rel__ = {}
        return instance


_new_instance = object.__new__


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row holding the schema version of the file."""

    version = IntegerField()


class Case(BaseModel):
    """A citizen's case with one jobcenter. An advocate holds several."""

    uuid = CharField(unique=True, default=new_uuid)
    title = CharField(unique=True)
    citizen_name = CharField(default="")
    municipality = CharField(default="")
    main_email = CharField(default="")
    reply_days = IntegerField(default=10)
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_at = AwareDateTimeField(default=clock.now)


class Person(BaseModel):
    """Someone the citizen deals with in a case: caseworker, duty phone, head, advocate, ..."""

    uuid = CharField(unique=True, default=new_uuid)
    case = ForeignKeyField(Case, backref="people", on_delete="RESTRICT")
    name = CharField()
    role = CharField(default="other")
    organisation = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    #: JSON list of {"days": [0..6], "start": "HH:MM", "end": "HH:MM"}; see telephone_hours.
    telephone_hours = TextField(default="[]")
    notes = TextField(default="")
    created_at = AwareDateTimeField(default=clock.now)


class CaseworkerAssignment(BaseModel):
    """Who was the case's caseworker from which date; the newest start date wins."""

    case = ForeignKeyField(Case, backref="caseworker_assignments", on_delete="RESTRICT")
    person = ForeignKeyField(Person, backref="assignments", on_delete="RESTRICT")
    from_date = DateField()
    created_at = AwareDateTimeField(default=clock.now)

    class Meta:
        indexes = ((("case", "from_date"), False),)


class Entry(BaseModel):
    """One contact: a call, email, letter, meeting... The current state of its newest version."""

    uuid = CharField(unique=True, default=new_uuid)
    case = ForeignKeyField(Case, backref="entries", on_delete="RESTRICT")
    at = AwareDateTimeField()
    kind = CharField()
    direction = CharField()
    person = ForeignKeyField(Person, null=True, backref="entries", on_delete="RESTRICT")
    subject = TextField(default="")
    note = TextField(default="")
    outcome = CharField(null=True)
    #: "" or a request type with a legal deadline: "aktindsigt", "klage".
    request_type = CharField(default="")
    reply_status = CharField(default="not-expected")
    reply_due = DateField(null=True)
    answered_by = ForeignKeyField("self", null=True, backref="answers", on_delete="RESTRICT")
    answered_at = AwareDateTimeField(null=True)
    response_days = IntegerField(null=True)
    closed_reason = TextField(default="")
    private = BooleanField(default=False)
    deleted = BooleanField(default=False)
    deleted_reason = TextField(default="")
    registered_at = AwareDateTimeField(default=clock.now)
    updated_at = AwareDateTimeField(default=clock.now)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("case", "deleted", "at"), False),
            (("case", "reply_status", "reply_due"), False),
        )


class EntryVersion(BaseModel):
    """An immutable stored version of an entry, linked into the database's hash chain."""

    entry = ForeignKeyField(Entry, backref="versions", on_delete="RESTRICT")
    seq = IntegerField()
    action = CharField()  # create, edit, delete, restore
    recorded_at = AwareDateTimeField(default=clock.now)
    reason = TextField(default="")
    snapshot = TextField()  # canonical JSON of the entry's fields; see fingerprint.py
    prev_hash = CharField()
    hash = CharField(unique=True)
    #: Schema 6: who saved the version ("Navn (rolle)" from the settings, "" when no name is
    #: set); None for versions saved before, whose hash does not include it (Encoding 3).
    author = TextField(null=True)

    class Meta:
        indexes = ((("entry", "seq"), True),)


ALL_MODELS = [SchemaVersion, Case, Person, CaseworkerAssignment, Entry, EntryVersion]


# --- Schema version 2: settings, meetings and agreements ---------------------------------


class Setting(BaseModel):
    """A user setting as key and text value (the user's own name and role, ...)."""

    key = CharField(primary_key=True)
    value = TextField(default="")


class Meeting(BaseModel):
    """Meeting mode for one meeting entry: when it was started and finished."""

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    entry = ForeignKeyField(Entry, unique=True, backref="meeting_rows", on_delete="RESTRICT")
    started_at = AwareDateTimeField(null=True)
    finished_at = AwareDateTimeField(null=True)
    created_at = AwareDateTimeField(default=clock.now)


class MeetingAttendee(BaseModel):
    """Someone at the meeting: a person of the case or a free name, with a role."""

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    meeting = ForeignKeyField(Meeting, backref="attendees", on_delete="RESTRICT")
    person = ForeignKeyField(Person, null=True, backref="attendances", on_delete="RESTRICT")
    name = CharField()
    role = CharField(default="")
    position = IntegerField(default=0)
    removed = BooleanField(default=False)


class AgendaItem(BaseModel):
    """A point on the agenda, usually prepared before the meeting."""

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    meeting = ForeignKeyField(Meeting, backref="agenda", on_delete="RESTRICT")
    text = TextField()
    position = IntegerField(default=0)
    done = BooleanField(default=False)
    removed = BooleanField(default=False)


class MeetingNote(BaseModel):
    """A note taken during the meeting, stamped with the moment typing began.

    A note being typed is a *draft* row, updated in place as the user types (autosave);
    stamping it makes it final. Final notes are never changed.
    """

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    meeting = ForeignKeyField(Meeting, backref="notes", on_delete="RESTRICT")
    at = AwareDateTimeField(default=clock.now)
    text = TextField(default="")
    draft = BooleanField(default=True)
    saved_at = AwareDateTimeField(default=clock.now)

    class Meta:
        indexes = ((("meeting", "at"), False),)


class MeetingAction(BaseModel):
    """An agreed action: who does what by when. Open until marked done.

    ``promised_by_authority``: the jobcenter promised it; it is tracked with the open requests
    (no contact). ``request`` is only set on promises made before schema 7, which also logged
    a journal entry; that entry is now hidden with a reason (``meetings.retire_promise_entries``)
    and the link kept as its trace.
    """

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    meeting = ForeignKeyField(Meeting, backref="actions", on_delete="RESTRICT")
    who = CharField(default="")
    what = TextField()
    due = DateField(null=True)
    promised_by_authority = BooleanField(default=False)
    done = BooleanField(default=False)
    done_at = AwareDateTimeField(null=True)
    request = ForeignKeyField(Entry, null=True, backref="promised_actions", on_delete="RESTRICT")
    created_at = AwareDateTimeField(default=clock.now)


class Agreement(BaseModel):
    """A plan or agreement of the case (jobplan, ...) whose text changes over time."""

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    case = ForeignKeyField(Case, backref="agreements", on_delete="RESTRICT")
    title = CharField()
    created_at = AwareDateTimeField(default=clock.now)


class AgreementVersion(BaseModel):
    """One stored version of an agreement: never overwritten; the newest is current."""

    uuid = CharField(unique=True, default=new_uuid)  # schema 5: key in the chain and case file
    agreement = ForeignKeyField(Agreement, backref="versions", on_delete="RESTRICT")
    seq = IntegerField()
    text = TextField()
    note = TextField(default="")
    valid_from = DateField(null=True)
    meeting = ForeignKeyField(
        Meeting, null=True, backref="agreement_versions", on_delete="RESTRICT"
    )
    recorded_at = AwareDateTimeField(default=clock.now)

    class Meta:
        indexes = ((("agreement", "seq"), True),)


MEETING_MODELS = [
    Setting,
    Meeting,
    MeetingAttendee,
    AgendaItem,
    MeetingNote,
    MeetingAction,
    Agreement,
    AgreementVersion,
]


# --- Schema version 4: attachments and import keys -----------------------------------------


class Attachment(BaseModel):
    """A file kept with an entry, stored once under its SHA-256 in the data folder."""

    uuid = CharField(unique=True, default=new_uuid)
    entry = ForeignKeyField(Entry, backref="attachments", on_delete="RESTRICT")
    original_name = CharField()
    size = IntegerField()
    sha256 = CharField(index=True)
    #: Relative to the data folder (the database file's folder), with "/" separators.
    stored_path = CharField()
    added_at = AwareDateTimeField(default=clock.now)


class ImportKey(BaseModel):
    """Marks an imported message or invitation so importing it again is skipped.

    ``key`` is "message-id:<id>", "ics-uid:<uid>" or "sha256:<hash of the file>".
    """

    key = CharField(unique=True)
    entry = ForeignKeyField(Entry, backref="import_keys", on_delete="RESTRICT")
    imported_at = AwareDateTimeField(default=clock.now)


ATTACHMENT_MODELS = [Attachment, ImportKey]


# --- Schema version 5: meetings and agreements in the hash chain -------------------------


class RecordVersion(BaseModel):
    """A stored state of a meeting or agreement row, linked into the same hash chain as the
    entry versions (see fingerprint.py, "Encoding 2").

    ``kind`` is the row's table name, ``row_uuid`` its uuid and ``seq`` counts its states.
    ``after_version`` is the id of the newest entry version when this one was written: it
    places the record in the one chain (records follow that version, in id order).
    """

    kind = CharField()
    row_uuid = CharField()
    seq = IntegerField()
    recorded_at = AwareDateTimeField(default=clock.now)
    snapshot = TextField()
    after_version = IntegerField(default=0, index=True)
    prev_hash = CharField()
    hash = CharField(unique=True)

    class Meta:
        indexes = ((("kind", "row_uuid", "seq"), True),)


RECORD_MODELS = [RecordVersion]
