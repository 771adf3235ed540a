"""Importing saved e-mails (``.eml``) as entries of a case.

The file is parsed with the standard library (``email`` with ``policy.default``), which decodes
encoded-word headers, quoted-printable and base64 bodies and the usual charsets. Decisions:

* **Date**: the ``Date`` header; without one (or an unreadable one) the file's modification
  time, else now, and the entry's note says so (``ParsedEmail.date_guessed``).
* **Direction**: mail *from* one of the case's known addresses (its people's e-mails and the
  jobcenter's main address) is incoming; mail *to* one of them is outgoing; otherwise incoming
  if the sender shares a domain with a known address, else incoming (most saved mails come from
  the jobcenter, and the citizen's own mails are addressed to known people).
* **Person**: the known person with the counterpart's address; an unknown counterpart is added
  to the case's people (role "other", name from the header) so the user can set the role.
* **Files**: the original ``.eml`` and every attachment in the mail are kept as attachments of
  the entry (see ``attachments``).
* **Duplicates**: an :class:`ImportKey` ("message-id:<Message-ID>", else "sha256:<file hash>")
  is stored with the entry; importing the same message again is skipped.
* A file that is not an e-mail raises ``ValidationError`` before anything is written.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from html.parser import HTMLParser
from pathlib import Path

from . import attachments, clock, events, journal, people
from .errors import ValidationError, os_reason_phrase
from .models import Case, Entry, ImportKey, Person, database
from .texts import QT_TRANSLATE_NOOP, phrase
from .vocabulary import Direction, Kind, Role

MAX_FILE_SIZE = 100 * 1024 * 1024


# --- HTML to text ---------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    """Readable text from HTML mail: paragraphs and line breaks kept, scripts and styles dropped."""

    _BLOCKS = {
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "table", "ul", "ol", "hr", "pre", "section", "article", "header", "footer",
    }  # fmt: skip
    _SKIP = {"script", "style", "head", "title", "xml"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("br", "hr"):
            self.parts.append("\n")
        elif tag in self._BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "blockquote", "table") else "\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in ("p", "blockquote", "table"):
            self.parts.append("\n\n")
        elif tag in self._BLOCKS and tag != "li":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n\f\xa0]+", " ", data))

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [line.strip() for line in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML body (stdlib ``html.parser``)."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


# --- parsing --------------------------------------------------------------------------------


@dataclass
class MailFile:
    """An attachment found inside a mail."""

    name: str
    data: bytes


@dataclass
class ParsedEmail:
    """What Dagbog takes from one .eml file."""

    at: datetime
    date_guessed: bool
    sender_name: str
    sender: str
    recipients: list[tuple[str, str]]
    cc: list[tuple[str, str]]
    subject: str
    body: str
    message_id: str
    raw_sha256: str
    raw: bytes
    files: list[MailFile] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"message-id:{self.message_id}" if self.message_id else f"sha256:{self.raw_sha256}"


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
        return str(value).strip() if value is not None else ""
    except Exception:  # a malformed header the parser trips over (e.g. "Message-ID: <")
        return ""


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    try:
        values = [str(value) for value in message.get_all(name) or []]
    except Exception:  # a header the parser trips over names nobody
        values = []
    result = []
    for display, address in getaddresses(values):
        address = address.strip()
        if "@" in address:
            result.append((display.strip(), address))
    return result


def _decode_part(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError, KeyError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("windows-1252", errors="replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    return content


def unflow(text: str, delsp: bool = False) -> str:
    """Join the soft line breaks of a ``format=flowed`` body (RFC 3676)."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.startswith(" "):  # space-stuffing
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _part_text(part: EmailMessage) -> str:
    text = _decode_part(part).replace("\r\n", "\n")
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    if part.get_param("format", "").lower() == "flowed":
        return unflow(text, part.get_param("delsp", "").lower() == "yes")
    return text


def _leaves(part: EmailMessage, in_alternative: bool = False):
    """(leaf part, whether it sits inside a multipart/alternative), in order.

    A forwarded mail (``message/rfc822``) is a leaf: it is kept whole, not opened.
    """
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        yield part, in_alternative
        return
    inside = in_alternative or part.get_content_subtype() == "alternative"
    for sub in part.iter_parts():
        yield from _leaves(sub, inside)


def _is_inline_text(part: EmailMessage, subtype: str) -> bool:
    """A nameless text part of the body's kind that is not an attachment."""
    return (
        part.get_content_type() == f"text/{subtype}"
        and not part.get_filename()
        and part.get_content_disposition() != "attachment"
    )


def _body_parts(message: EmailMessage) -> list[EmailMessage]:
    """The parts that make up the readable text.

    Usually the one part ``get_body`` picks (plain text preferred). Apple Mail splits a plain
    text around an inline attachment into several text parts of a multipart/mixed: those that
    are not alternatives of each other are joined in order, so no text is lost.
    """
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return []
    subtype = body.get_content_subtype()
    parts = [
        part
        for part, in_alternative in _leaves(message)
        if part is body or (not in_alternative and _is_inline_text(part, subtype))
    ]
    return parts if body in parts else [body]


def _body(message: EmailMessage) -> str:
    texts = [_part_text(part).strip("\n") for part in _body_parts(message)]
    return "\n\n".join(t for t in texts if t.strip()).strip()


def _file_name(part: EmailMessage, number: int) -> str:
    name = part.get_filename()
    if name:
        return name
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload(0)
        subject = " ".join(str(inner.get("Subject", "") or "").split())
        return f"{subject or 'videresendt e-mail'}.eml"
    extension = mimetypes.guess_extension(part.get_content_type()) or ""
    return f"bilag-{number}{extension}"


def _files(message: EmailMessage) -> list[MailFile]:
    """Every attached or embedded file: attachments, inline images of HTML mail, forwarded
    mails (as ``.eml``), calendar parts; not the text parts that make up the body."""
    if not message.is_multipart():
        return []
    body_parts = _body_parts(message)
    files = []
    for part, _in_alternative in _leaves(message):
        if any(part is b for b in body_parts):
            continue
        if not part.get_filename() and part.get_content_type() in ("text/plain", "text/html"):
            continue  # the other alternative of the body
        try:
            if part.get_content_type() == "message/rfc822":
                data = part.get_payload(0).as_bytes()
            else:
                data = part.get_payload(decode=True) or b""
        except Exception:
            continue
        files.append(MailFile(attachments.clean_name(_file_name(part, len(files) + 1)), data))
    return files


def _date(message: EmailMessage) -> datetime | None:
    try:
        header = message.get("Date")
        moment = header.datetime if header is not None else None
    except Exception:
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:  # "-0000": the time is UTC, the zone unknown (RFC 5322 3.3)
        moment = moment.replace(tzinfo=UTC)
    return clock.to_local(moment).replace(microsecond=0)


def _not_email(name: str) -> ValidationError:
    return ValidationError(
        f"Filen «{name}» er ikke en e-mail, der kan læses (forventede en .eml-fil med afsender "
        "og emne). Intet er gemt.",
        field="file",
    )


def parse_email(raw: bytes, *, name: str = "e-mailen", file_time: datetime | None = None):
    """Parse the bytes of an .eml file; ``ValidationError`` if it is not an e-mail."""
    if not raw.strip() or b"\x00" in raw[:65536]:
        raise _not_email(name)
    try:
        return _parse_email(raw, name, file_time)
    except ValidationError:
        raise
    except Exception as error:
        # The standard library's header parser has its own bugs on broken headers
        # (IndexError deep in _header_value_parser): a broken file, not a crash.
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "E-mailen «{name}» er beskadiget og kan ikke læses. Intet er gemt."
                ),
                name=name,
            ),
            field="file",
        ) from error


def _parse_email(raw: bytes, name: str, file_time: datetime | None):
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not message.keys() or not any(key.lower() in ("from", "sender") for key in message):
        raise _not_email(name)
    senders = _addresses(message, "From") or _addresses(message, "Sender")
    if not senders:
        raise _not_email(name)
    sender_name, sender = senders[0]
    at = _date(message)
    guessed = at is None
    if at is None:
        at = clock.to_local(file_time) if file_time else clock.now()
    try:
        body = _body(message)
        files = _files(message)
    except Exception as error:
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "E-mailen «{name}» er beskadiget og kan ikke læses ({error}). Intet er gemt.",
                ),
                name=name,
                error=str(error),
            ),
            field="file",
        ) from error
    message_id = _header(message, "Message-ID").strip().strip("<>").strip()
    return ParsedEmail(
        at=at,
        date_guessed=guessed,
        sender_name=sender_name,
        sender=sender,
        recipients=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        subject=" ".join(_header(message, "Subject").split()),
        body=body,
        message_id=message_id[:900],
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        raw=raw,
        files=files,
    )


# --- importing ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """One file's outcome: the entry made, or the one it duplicates (``skipped``)."""

    entry: Entry
    skipped: bool
    created_person: Person | None = None
    date_guessed: bool = False
    #: For an updated calendar invitation that moved a meeting already imported: the old time.
    moved_from: datetime | None = None


def known_addresses(case: Case) -> dict[str, Person | None]:
    """The case's known e-mail addresses (lower case) and their person (None: main address)."""
    known: dict[str, Person | None] = {}
    if case.main_email.strip():
        known[case.main_email.strip().lower()] = None
    for person in people.list_people(case):
        if person.email.strip():
            known[person.email.strip().lower()] = person
    return known


def decide_direction(case: Case, parsed: ParsedEmail) -> tuple[str, str, str]:
    """(direction, counterpart name, counterpart address) from the case's known addresses."""
    known = known_addresses(case)
    sender = parsed.sender.lower()
    if sender in known:
        return Direction.IN, parsed.sender_name, parsed.sender
    for display, address in parsed.recipients + parsed.cc:
        if address.lower() in known:
            return Direction.OUT, display, address
    return Direction.IN, parsed.sender_name, parsed.sender


def counterpart_person(case: Case, name: str, address: str) -> tuple[Person | None, Person | None]:
    """(person, created person or None) for a counterpart address."""
    address_l = address.lower()
    if case.main_email.strip().lower() == address_l:
        return None, None
    for person in people.list_people(case):
        if person.email.strip().lower() == address_l:
            return person, None
    display = name.strip() or address
    if people.find_person(case, display) is not None:
        display = f"{display} <{address}>"
        existing = people.find_person(case, display)
        if existing is not None:
            return existing, None
    created = people.add_person(
        case, display[:200], role=Role.OTHER, email=address, notes="Oprettet ved import af e-mail."
    )
    return created, created


def _note(parsed: ParsedEmail) -> str:
    def fmt(pairs):
        return ", ".join(f"{n} <{a}>" if n else a for n, a in pairs)

    lines = [f"Fra: {fmt([(parsed.sender_name, parsed.sender)])}"]
    if parsed.recipients:
        lines.append(f"Til: {fmt(parsed.recipients)}")
    if parsed.cc:
        lines.append(f"Cc: {fmt(parsed.cc)}")
    if parsed.date_guessed:
        lines.append("(E-mailen havde ingen læsbar dato; tidspunktet er filens eller importens.)")
    if parsed.files:
        lines.append("Vedhæftede filer: " + ", ".join(f.name for f in parsed.files))
    note = "\n".join(lines) + "\n\n" + parsed.body
    return note[: journal.MAX_NOTE]


def existing_import(key: str) -> Entry | None:
    row = ImportKey.get_or_none(ImportKey.key == key)
    return row.entry if row else None


def import_bytes(
    case: Case, raw: bytes, *, name: str = "e-mail.eml", file_time: datetime | None = None
) -> ImportResult:
    """Import one e-mail given as bytes."""
    parsed = parse_email(raw, name=name, file_time=file_time)
    duplicate = existing_import(parsed.key) or existing_import(f"sha256:{parsed.raw_sha256}")
    if duplicate is not None:
        return ImportResult(duplicate, skipped=True)
    direction, counterpart_name, counterpart_address = decide_direction(case, parsed)
    with database.atomic():
        person, created = counterpart_person(case, counterpart_name, counterpart_address)
        entry = journal.log_contact(
            case,
            at=parsed.at,
            kind=Kind.EMAIL,
            direction=direction,
            person=person,
            subject=parsed.subject[: journal.MAX_SUBJECT],
            note=_note(parsed),
        )
        ImportKey.create(key=parsed.key, entry=entry)
        if parsed.message_id:
            ImportKey.create(key=f"sha256:{parsed.raw_sha256}", entry=entry)
        original = attachments.clean_name(name)
        if not original.lower().endswith(".eml"):
            original += ".eml"
        attachments.add_attachment(
            entry, data=raw, name=original, reason="Original e-mail", publish=False
        )
        for mail_file in parsed.files:
            attachments.add_attachment(
                entry,
                data=mail_file.data,
                name=mail_file.name,
                reason="Bilag fra e-mailen",
                publish=False,
            )
        entry = Entry.get_by_id(entry.id)
    events.publish(events.Change("entry", case.id, (entry.id,)))
    return ImportResult(
        entry, skipped=False, created_person=created, date_guessed=parsed.date_guessed
    )


def unreadable_file(path: Path, error: OSError) -> ValidationError:
    """The refusal of an import file that cannot be read (e-mails and calendar files)."""
    return ValidationError(
        phrase(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "Filen «{name}» kan ikke læses: {reason}."),
            name=path.name,
            reason=os_reason_phrase(error),
        ),
        field="file",
    )


def import_file(case: Case, path: Path | str) -> ImportResult:
    """Import one .eml file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_SIZE:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Filen «{name}» er for stor til en e-mail."),
                    name=path.name,
                ),
                field="file",
            )
        raw = path.read_bytes()
        file_time = datetime.fromtimestamp(path.stat().st_mtime, tz=clock.LOCAL_TZ)
    except OSError as error:
        raise unreadable_file(path, error) from error
    return import_bytes(case, raw, name=path.name, file_time=file_time.replace(microsecond=0))
