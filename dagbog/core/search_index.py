"""The full-text index behind search: an SQLite FTS5 table kept in sync by triggers.

Why triggers: every path that writes an entry (the journal services, the bulk demo insert,
importers other modules add later, a restore from history) keeps the index in the same
transaction without having to remember it; a write path cannot forget to index.

Danish folding: FTS5's ``unicode61`` tokenizer folds case and removes diacritics, which turns
å into a but leaves æ and ø alone. So the indexed text is a folded copy in which æ, ø and å
become their two-letter forms ae, oe and aa; the query is folded the same way
(:func:`fold`), and "Søby" and "Soeby", "Århus" and "Aarhus" find each other.

If the SQLite library has no FTS5, nothing is created and the triggers are dropped, so writes
keep working; :func:`available` tells the search service to say so clearly.
"""

from __future__ import annotations

import sqlite3
import unicodedata

from .models import database

TABLE = "entry_search"
TRIGGERS = (
    "entry_search_insert",
    "entry_search_update",
    "entry_search_delete",
    "entry_search_person",
)
#: Danish letters and the two-letter forms they are indexed and searched as.
DANISH_FOLDS = (("æ", "ae"), ("Æ", "ae"), ("ø", "oe"), ("Ø", "oe"), ("å", "aa"), ("Å", "aa"))
TOKENIZER = "unicode61 remove_diacritics 2"

_fts5: bool | None = None


def fts5_available() -> bool:
    """Whether the SQLite library Python uses has the FTS5 module (probed once)."""
    global _fts5
    if _fts5 is None:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
            _fts5 = True
        except sqlite3.OperationalError:
            _fts5 = False
        finally:
            probe.close()
    return _fts5


def fold(text: str) -> str:
    """Fold text the way the index does: lower case, æ/ø/å as ae/oe/aa, no diacritics."""
    return "".join(fold_char(c) for c in text)


def fold_char(char: str) -> str:
    """One character folded (may be two characters, or none for a combining mark)."""
    lowered = char.lower()
    if lowered in ("æ", "ø", "å"):
        return {"æ": "ae", "ø": "oe", "å": "aa"}[lowered]
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_sql(expression: str) -> str:
    """An SQL expression folding æ/ø/å in ``expression`` (the tokenizer does the rest)."""
    for letter, pair in DANISH_FOLDS:
        expression = f"replace({expression}, '{letter}', '{pair}')"
    return expression


def _people_sql(person_id: str) -> str:
    return f"coalesce((SELECT name FROM person WHERE person.id = {person_id}), '')"


def _insert_select(prefix: str) -> str:
    """INSERT ... SELECT of an entry's folded text, reading its columns as ``prefix.column``."""
    return (
        f"INSERT INTO {TABLE}(rowid, subject, note, people) SELECT "
        f"{prefix}.id, {_fold_sql(prefix + '.subject')}, {_fold_sql(prefix + '.note')}, "
        f"{_fold_sql(_people_sql(prefix + '.person_id'))}"
    )


def _ddl() -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        f"subject, note, people, tokenize='{TOKENIZER}', prefix='2 3')",
        # Deleted entries leave the index (they stay in the diary and its history).
        f"""CREATE TRIGGER IF NOT EXISTS entry_search_insert AFTER INSERT ON entry
            WHEN NEW.deleted = 0
            BEGIN {_insert_select("NEW")}; END""",
        # peewee's save() writes every column, so compare values rather than rely on UPDATE OF.
        f"""CREATE TRIGGER IF NOT EXISTS entry_search_update AFTER UPDATE ON entry
            WHEN OLD.subject IS NOT NEW.subject OR OLD.note IS NOT NEW.note
              OR OLD.person_id IS NOT NEW.person_id OR OLD.deleted IS NOT NEW.deleted
            BEGIN
              DELETE FROM {TABLE} WHERE rowid = OLD.id;
              {_insert_select("NEW")} WHERE NEW.deleted = 0;
            END""",
        f"""CREATE TRIGGER IF NOT EXISTS entry_search_delete AFTER DELETE ON entry
            BEGIN DELETE FROM {TABLE} WHERE rowid = OLD.id; END""",
        f"""CREATE TRIGGER IF NOT EXISTS entry_search_person AFTER UPDATE ON person
            WHEN OLD.name IS NOT NEW.name
            BEGIN
              UPDATE {TABLE} SET people = {_fold_sql("NEW.name")}
                WHERE rowid IN (SELECT id FROM entry WHERE person_id = NEW.id AND deleted = 0);
            END""",
    ]


def _present() -> set[str]:
    names = (TABLE, *TRIGGERS)
    marks = ", ".join("?" for _ in names)
    rows = database.execute_sql(
        f"SELECT name FROM sqlite_master WHERE name IN ({marks})", names
    ).fetchall()
    return {row[0] for row in rows}


def rebuild() -> None:
    """Refill the index from the entries (inside the caller's transaction)."""
    database.execute_sql(f"DELETE FROM {TABLE}")
    database.execute_sql(f"{_insert_select('entry')} FROM entry WHERE entry.deleted = 0")


def install() -> bool:
    """Create the index and its triggers if missing, and fill it; False without FTS5.

    Idempotent: safe to run again on a file that already has the index (it is rebuilt).
    """
    if not fts5_available():
        return False
    with database.atomic():
        for statement in _ddl():
            database.execute_sql(statement)
        rebuild()
    return True


def ensure() -> bool:
    """At start-up: make the index match this SQLite library; True when search can run.

    Writes nothing when all is in place. Without FTS5 the triggers are dropped (writes would
    otherwise fail on "no such module"); with FTS5 a missing piece is recreated and refilled.
    """
    present = _present()
    if not fts5_available():
        if present & set(TRIGGERS):
            with database.atomic():
                for name in TRIGGERS:
                    database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        return False
    if present != {TABLE, *TRIGGERS}:
        install()
    return True


def available() -> bool:
    """Whether the open diary can be searched."""
    return fts5_available() and TABLE in _present()
