"""Attachments (bilag): files kept with an entry, stored once under their SHA-256.

Files live in ``<data folder>/attachments/<sha256[:2]>/<sha256>``, where the data folder is the
database file's folder. A file is copied to a temporary name, synced, checked (size and
checksum read back from disk) and only then renamed into place; the same content is stored
once however many entries use it.

History: adding an attachment stores a new version of the entry in the hash chain (action
"edit") whose reason names the file and its SHA-256, so the checksum is part of the
fingerprint. The copy happens before the database transaction; if that transaction fails, the
stored file is an unreferenced copy, which is harmless (content-addressed) and nothing in the
database changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from . import clock, events
from .errors import NotFoundError, ValidationError, os_reason_phrase
from .fingerprint import save_new_version
from .models import Attachment, Entry, database
from .texts import QT_TRANSLATE_NOOP, phrase

FOLDER = "attachments"
MAX_SIZE = 500 * 1024 * 1024
_CHUNK = 1024 * 1024


def data_folder() -> Path:
    """The folder holding the bound database file."""
    if database.database in (None, "", ":memory:"):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Dagbogen har ingen datamappe (databasen ligger i hukommelsen)."
                ),
            )
        )
    return Path(database.database).resolve().parent


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def relative_path_for(sha256: str) -> str:
    return f"{FOLDER}/{sha256[:2]}/{sha256}"


def path_of(attachment: Attachment) -> Path:
    """Where an attachment's bytes are on disk."""
    return data_folder() / Path(*attachment.stored_path.split("/"))


def clean_name(name: str) -> str:
    """A display name without folders; never empty."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(ch for ch in name if ch >= " " and ch != "\x7f")
    return name[:255] or "bilag"


def _store(data: bytes | None, source: Path | None) -> tuple[str, int, str]:
    """Copy bytes (or a file) into the store; returns (sha256, size, relative path)."""
    root = data_folder()
    tmp_dir = root / FOLDER
    tmp_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=tmp_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if data is not None:
                out.write(data)
                digest.update(data)
                size = len(data)
            else:
                with open(source, "rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        size += len(chunk)
                        if size > MAX_SIZE:
                            raise ValidationError(
                                phrase(
                                    "Errors",
                                    QT_TRANSLATE_NOOP(
                                        "Errors",
                                        "Filen er for stor til at blive vedhæftet (over 500 MB).",
                                    ),
                                ),
                                field="file",
                            )
                        out.write(chunk)
                        digest.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        relative = relative_path_for(sha)
        target = root / FOLDER / sha[:2] / sha
        if target.exists() and target.stat().st_size == size and sha256_of_file(target) == sha:
            tmp.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            if sha256_of_file(tmp) != sha or tmp.stat().st_size != size:
                raise ValidationError(
                    phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Filen blev ikke kopieret korrekt (kontrolsummen passer ikke). "
                            "Prøv igen.",
                        ),
                    ),
                    field="file",
                )
            os.replace(tmp, target)
            with contextlib.suppress(OSError):
                os.chmod(target, 0o400)
        # Read back what is now on disk: the bytes we reference must be the bytes we got.
        if sha256_of_file(target) != sha:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Den gemte kopi af filen er ikke identisk med originalen. Prøv igen.",
                    ),
                ),
                field="file",
            )
        return sha, size, relative
    finally:
        if tmp.exists():
            tmp.unlink()


def store_bytes(data: bytes) -> tuple[str, int, str]:
    """Store bytes in the data folder (checked, deduplicated): (sha256, size, relative path)."""
    return _store(data, None)


def add_attachment(
    entry: Entry,
    path: Path | str | None = None,
    *,
    data: bytes | None = None,
    name: str | None = None,
    reason: str = "",
    publish: bool = True,
) -> Attachment:
    """Attach a file (``path``) or bytes (``data`` with ``name``) to an entry."""
    if (path is None) == (data is None):
        raise ValueError("give either path or data")
    source = Path(path) if path is not None else None
    if source is not None:
        if not source.is_file():
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Filen {path} findes ikke."),
                    path=str(source),
                ),
                field="file",
            )
        name = name or source.name
    elif len(data) > MAX_SIZE:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Filen er for stor til at blive vedhæftet (over 500 MB)."
                ),
            ),
            "file",
        )
    display = clean_name(name or "bilag")
    try:
        sha, size, relative = _store(data, source)
    except OSError as error:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Filen kunne ikke gemmes i datamappen: {reason}."),
                reason=os_reason_phrase(error),
            ),
            field="file",
        ) from error
    with database.atomic():
        fresh = Entry.get_by_id(entry.id)
        attachment = Attachment.create(
            entry=fresh,
            original_name=display,
            size=size,
            sha256=sha,
            stored_path=relative,
            added_at=clock.now(),
        )
        note = f"Bilag tilføjet: {display} ({size} bytes, SHA-256 {sha})"
        save_new_version(fresh, "edit", f"{reason.strip()}. {note}" if reason.strip() else note)
    if publish:
        events.publish(events.Change("entry", fresh.case_id, (fresh.id,)))
    return attachment


def attachments_of(entry: Entry) -> list[Attachment]:
    """An entry's attachments, oldest first."""
    return list(
        Attachment.select()
        .where(Attachment.entry == entry)
        .order_by(Attachment.added_at, Attachment.id)
    )


def get_attachment(attachment_id: int) -> Attachment:
    attachment = Attachment.get_or_none(Attachment.id == attachment_id)
    if attachment is None:
        raise NotFoundError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Bilag nr. {number} findes ikke."),
                number=attachment_id,
            )
        )
    return attachment


def verify(attachment: Attachment) -> bool:
    """Whether the stored file is there and still has its recorded size and checksum."""
    path = path_of(attachment)
    try:
        return path.stat().st_size == attachment.size and sha256_of_file(path) == attachment.sha256
    except OSError:
        return False


def viewable_copy(attachment: Attachment) -> Path:
    """A read-only copy under its original name in a temporary folder, for the system viewer.

    The stored file has no extension (its name is its checksum), so viewers could not tell
    its type; the copy also keeps a viewer from changing the stored original.
    """
    if not verify(attachment):
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Bilaget «{name}» mangler eller er ændret (kontrolsummen passer ikke).",
                ),
                name=attachment.original_name,
            ),
            field="file",
        )
    base = Path(tempfile.gettempdir()) / "dagbog-bilag"
    folder = base / attachment.sha256[:16]
    for level in (base, folder):  # the shared temporary folder: others may not look in
        level.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(level, 0o700)
    target = folder / clean_name(attachment.original_name)
    if not (target.exists() and sha256_of_file(target) == attachment.sha256):
        if target.exists():
            os.chmod(target, 0o600)
        shutil.copyfile(path_of(attachment), target)
        with contextlib.suppress(OSError):
            os.chmod(target, 0o400)
    return target


def format_size(size: int) -> str:
    """ "12 KB", "3,4 MB" (Danish decimal comma)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
