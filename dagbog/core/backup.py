"""Backups: copies made with SQLite's backup API, checked, rotated, listed and restored.

A backup is written to a ``.partial`` file, checked with ``integrity_check`` and only then
renamed to its final name, so every file named like a backup is a good copy. Automatic
backups live in ``Sikkerhedskopier/`` next to the diary as ``<stem>-YYYY-MM-DD_HHMMSS.db``
(local time) and are rotated: the newest of each of the last 7 days, 4 weeks and 12 months
are kept, and the newest backup is never deleted.

Restoring never overwrites anything: the current file and its ``-wal``/``-shm`` are renamed
aside unchanged (``<name>.foer-gendannelse-<time>``), which is also how a damaged file is
kept for later inspection.

Nothing here uses the app's bound connection: backups read the diary through their own
read-only connection, so :func:`start_backup_if_changed` can run in a thread at start-up.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import clock
from .errors import DagbogError, os_reason_phrase
from .fingerprint import Fingerprint, chain_head
from .migrations import LATEST
from .models import Entry, EntryVersion
from .private_files import create_private, make_private
from .search_index import TABLE as SEARCH_TABLE
from .texts import QT_TRANSLATE_NOOP, phrase

BACKUP_DIR = "Sikkerhedskopier"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\d_\d{6})(?:-(?P<n>\d+))?\.db$")
_SIDECARS = ("-wal", "-shm")


class BackupError(DagbogError):
    """A backup could not be made or restored; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when and which state of the history it holds."""

    path: Path
    made_at: datetime
    fingerprint: Fingerprint | None
    size: int

    @property
    def label(self) -> str:
        """A Danish one-line description for lists."""
        when = clock.short_datetime(self.made_at, at=True)
        versions = f"{self.fingerprint.versions} versioner" if self.fingerprint else "ukendt"
        size = f"{self.size / 1_048_576:.1f}".replace(".", ",")  # Danish decimal comma
        return f"{when} ({versions}, {size} MB)"


def backup_dir(db_path: Path | str) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def _ro(path: Path) -> sqlite3.Connection:
    from .db import connect_read_only

    return connect_read_only(path)


def _fingerprint(conn: sqlite3.Connection) -> Fingerprint | None:
    try:
        return Fingerprint(*chain_head(conn))
    except sqlite3.Error:
        return None


def content_signature(conn: sqlite3.Connection) -> str:
    """A hash of everything stored, cheap enough to compute at every start.

    Entries change only together with a new version in the chain, so for those two tables
    the chain head and the row counts stand for their content; every other table (cases,
    people, settings, meetings...) is small and hashed row by row.
    """
    digest = hashlib.sha256()
    chained = {Entry._meta.table_name, EntryVersion._meta.table_name}
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    for table in tables:
        if table == SEARCH_TABLE or table.startswith(f"{SEARCH_TABLE}_"):
            continue  # the search index is derived from the entries and rebuilt from them
        digest.update(f"\x00{table}\x00".encode())
        if table in chained:
            count = conn.execute(f'SELECT count(*), max(rowid) FROM "{table}"').fetchone()
            digest.update(repr(count).encode())
            continue
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    fp = _fingerprint(conn)
    digest.update(repr(fp).encode())
    return digest.hexdigest()


def _check(path: Path) -> str | None:
    """None when ``path`` passes integrity_check, else the problem."""
    try:
        conn = _ro(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` with the backup API, checked, via a ``.partial`` file."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sikkerhedskopien kan ikke skrives i mappen {folder} ({reason}). "
                    "Intet er ændret.",
                ),
                folder=target.parent,
                reason=os_reason_phrase(error),
            )
        ) from error
    if not os.access(target.parent, os.W_OK):
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sikkerhedskopien kan ikke skrives i mappen {folder} (ingen skriveadgang). "
                    "Intet er ændret.",
                ),
                folder=target.parent,
            )
        )
    try:
        src = _ro(source)
        try:
            create_private(partial)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A standalone copy: one file, no -wal to carry around.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Sikkerhedskopien kunne ikke laves ({reason})."),
                reason=error,
            )
        ) from error
    problem = _check(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sikkerhedskopien blev ikke godkendt af SQLite's kontrol ({problem}). "
                    "Databasen kan være beskadiget; den er ikke ændret.",
                ),
                problem=problem,
            )
        )
    make_private(partial)
    _fsync(partial)
    os.replace(partial, target)


def _new_name(db_path: Path, moment: datetime) -> Path:
    folder = backup_dir(db_path)
    base = f"{db_path.stem}-{clock.to_local(moment).strftime(_STAMP)}"
    target = folder / f"{base}.db"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}.db"
        n += 1
    return target


def info(path: Path, made_at: datetime | None = None) -> BackupInfo:
    """Describe one backup file (its date from the name, else its modification time)."""
    path = Path(path)
    if made_at is None:
        match = _NAME.match(path.name)
        try:
            stamp = datetime.strptime(match["stamp"], _STAMP) if match else None
        except ValueError:
            stamp = None  # a look-alike name ("…-2026-13-45_996199.db"): not our stamp
        if stamp is not None:
            made_at = stamp.replace(tzinfo=clock.LOCAL_TZ)
        else:
            made_at = datetime.fromtimestamp(path.stat().st_mtime, clock.LOCAL_TZ)
    try:
        conn = _ro(path)
        try:
            fp = _fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        fp = None
    return BackupInfo(path, made_at, fp, path.stat().st_size)


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The diary's automatic backups, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == db_path.stem and path.is_file():
            found.append(info(path))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def rotate(db_path: Path | str, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the 7 daily / 4 weekly / 12 monthly plan; returns the deleted."""
    backups = list_backups(db_path)
    if not backups:
        return []
    keep = {backups[0].path}  # the newest backup is never deleted
    for period, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen = []
        for backup in backups:  # newest first: the newest of each period is kept
            key = period(clock.to_local(backup.made_at))
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(backup.path)
    restored = _restored_at(Path(db_path))
    deleted = []
    for backup in backups:
        if (
            backup.path not in keep
            and (restored is None or backup.made_at > restored)
            and not _holds_state(backups[0].path, backup.fingerprint)
        ):
            # The newest copy lacks this one's history (links removed at the end of the
            # chain?): kept as the evidence verify compares with.
            continue
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def _holds_state(path: Path, state: Fingerprint | None) -> bool:
    """True when the chain in the diary file ``path`` passes through ``state``'s head."""
    if state is None or state.versions == 0:
        return True
    try:
        conn = _ro(path)
        try:
            for table in ("entry_version", "record_version"):
                try:
                    row = conn.execute(
                        f'SELECT 1 FROM "{table}" WHERE hash = ?', (state.head,)
                    ).fetchone()
                except sqlite3.OperationalError:
                    continue  # no such table (older schema)
                if row is not None:
                    return True
            return False
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # cannot tell: rotate as planned


def make_backup(
    db_path: Path | str, out: Path | str | None = None, *, now: datetime | None = None
) -> BackupInfo:
    """Back up the diary now: to ``out``, or into the rotated backup folder."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Databasen {path} findes ikke."),
                path=db_path,
            )
        )
    moment = now or clock.now()
    target = Path(out) if out else _new_name(db_path, moment)
    if target.resolve() == db_path.resolve():
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Sikkerhedskopien kan ikke skrives oven i selve databasen."
                ),
            )
        )
    copy_database(db_path, target)
    if out is None:
        rotate(db_path, moment)
        return info(target, moment)
    return info(target)


def needs_backup(db_path: Path | str) -> bool:
    """True when the diary holds anything the newest backup does not."""
    db_path = Path(db_path)
    backups = list_backups(db_path)
    if not backups:
        return True
    try:
        live, last = _ro(db_path), _ro(backups[0].path)
        try:
            return content_signature(live) != content_signature(last)
        finally:
            live.close()
            last.close()
    except sqlite3.Error:
        return True


def backup_if_changed(db_path: Path | str) -> BackupInfo | None:
    """Make a backup when something changed since the newest one; returns it, or None."""
    return make_backup(db_path) if needs_backup(db_path) else None


_executor: concurrent.futures.ThreadPoolExecutor | None = None


def start_backup_if_changed(db_path: Path | str) -> concurrent.futures.Future:
    """Run :func:`backup_if_changed` in a background thread, so start-up is not delayed."""
    global _executor
    if _executor is None:
        _executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="dagbog-backup")
    return _executor.submit(backup_if_changed, Path(db_path))


def set_aside(db_path: Path | str, label: str = "foer-gendannelse") -> Path | None:
    """Rename the file and its -wal/-shm aside, unchanged; returns the new name of the file."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    stamp = clock.now().strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 2
    while any(Path(str(aside) + s).exists() for s in ("", *_SIDECARS)):
        aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
        n += 1
    for suffix in _SIDECARS:  # sidecars first: the file is never without its WAL
        sidecar = Path(str(db_path) + suffix)
        if sidecar.exists():
            os.replace(sidecar, Path(str(aside) + suffix))
    os.replace(db_path, aside)
    return aside


def restore(db_path: Path | str, source: Path | str) -> Path | None:
    """Replace the diary with the backup ``source``; returns where the old file was put.

    The backup must pass verification (integrity and chain) first. The diary must not be
    open: the caller closes it (``db.close_database``) and reopens it afterwards; another
    process holding the file's lock makes this refuse.
    """
    from . import db as db_module
    from .verify import verify_file

    db_path, source = Path(db_path), Path(source)
    if not source.is_file():
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Sikkerhedskopien {path} findes ikke."),
                path=source,
            )
        )
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError(
            phrase("Errors", QT_TRANSLATE_NOOP("Errors", "Kopien og databasen er den samme fil."))
        )
    result = verify_file(source)
    if not result.ok:
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Sikkerhedskopien {name} kan ikke bruges: {problem} Intet er ændret."
                ),
                name=source.name,
                problem=result.problem,
            )
        )
    if _schema_version(source) > LATEST:
        raise BackupError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sikkerhedskopien {name} er lavet af en nyere version af Dagbog, så denne "
                    "version kan ikke åbne den bagefter. Opdatér programmet først. Intet er "
                    "ændret.",
                ),
                name=source.name,
            )
        )
    if db_module.current_path() is not None and db_module.current_path().resolve() == (
        db_path.resolve()
    ):
        db_module.close_database()
    with db_module.FileLock(db_path):
        staged = db_path.with_name(db_path.name + ".gendannes")
        copy_database(source, staged)
        aside = set_aside(db_path)
        os.replace(staged, db_path)
        _fsync(db_path)
    _mark_restored(db_path)
    return aside


def _schema_version(path: Path) -> int:
    """The schema version a diary file was last written with (0 when it has none)."""
    try:
        conn = _ro(path)
        try:
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return int(row[0] or 0) if row else 0


def _restore_marker(db_path: Path) -> Path:
    return backup_dir(db_path) / f"{db_path.stem}.gendannet"


def _mark_restored(db_path: Path) -> None:
    """Note when the diary was restored: backups made before hold a history it left behind."""
    marker = _restore_marker(db_path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(clock.now().strftime(_STAMP), encoding="utf-8")
    except OSError:
        pass  # only weakens the backup comparison in verify; the restore itself is done


def _restored_at(db_path: Path) -> datetime | None:
    try:
        text = _restore_marker(db_path).read_text(encoding="utf-8").strip()
        return datetime.strptime(text, _STAMP).replace(tzinfo=clock.LOCAL_TZ)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class BackupsCheck:
    """The diary's chain compared with its automatic backups (see :func:`check_backups`)."""

    ok: bool
    message: str


def check_backups(db_path: Path | str, result) -> BackupsCheck:
    """Every automatic backup made since the last restore must hold a state of the diary's
    history (``result``: a passed :class:`verify.VerifyResult` of the diary).

    The chain cannot show by itself that its newest links were removed (the shorter chain is
    still whole); a backup made before the removal can. A backup from before the diary was
    last restored is skipped: the restore went back to an older state on purpose.
    """
    db_path = Path(db_path)
    restored = _restored_at(db_path)
    compared = 0
    for item in list_backups(db_path):  # newest first
        if restored is not None and item.made_at <= restored:
            break
        if item.fingerprint is None:
            continue
        compared += 1
        if result.is_state(item.fingerprint):
            continue
        when = clock.short_datetime(item.made_at)
        if item.fingerprint.versions > len(result.hashes):
            why = (
                f"sikkerhedskopien fra {when} har {item.fingerprint.versions} registreringer, "
                f"men dagbogen kun {len(result.hashes)}: de nyeste registreringer er fjernet "
                "uden for programmet"
            )
        else:
            why = f"sikkerhedskopien fra {when} har en historik, som dagbogen ikke indeholder"
        return BackupsCheck(
            False,
            f"FEJL: Dagbogen passer ikke med sine sikkerhedskopier: {why}. Er dagbogen bevidst "
            f"startet forfra eller gendannet uden om Dagbog, er det forklaringen "
            f"({item.path}).",
        )
    if not compared:
        return BackupsCheck(True, "")
    return BackupsCheck(
        True,
        f"Sikkerhedskopier: historikken i {compared} kopi{'er' if compared > 1 else ''} er "
        "en del af dagbogens historik (intet er fjernet fra enden).",
    )


def newest_good_backup(db_path: Path | str) -> BackupInfo | None:
    """The newest backup that passes verification, for offering after damage."""
    from .verify import verify_file

    for backup in list_backups(db_path):
        if _schema_version(backup.path) <= LATEST and verify_file(backup.path).ok:
            return backup
    return None
