"""Broken e-mails and invitations (found by mutating the fixtures): imported or refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from dagbog.core import calendar_files, cases, email_import
from dagbog.core.errors import ValidationError
from dagbog.core.models import Entry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

MAIL = (
    b"From: Anna Jensen <anna@example.dk>\n"
    b"To: jc@kommune.dk\n"
    b"Subject: =?utf-8?Q?Sp=C3=B8rgsm=C3=A5l?=\n"
    b"Date: Mon, 16 Nov 2026 09:05:00 +0100\n"
    b"Message-Id: <\n"
    b"\n"
    b"Hej\n"
)


def test_a_broken_message_id_does_not_stop_the_import(diary, tmp_path):
    """Found: 'Message-Id: <' made the standard library raise IndexError."""
    case = cases.create_case("Sag", main_email="jc@kommune.dk")
    path = tmp_path / "mail.eml"
    path.write_bytes(MAIL)
    result = email_import.import_file(case, path)
    assert result.entry.subject == "Spørgsmål"
    assert result.entry.note.strip().endswith("Hej")


def test_an_unparsable_e_mail_is_a_danish_refusal(diary, monkeypatch):
    case = cases.create_case("Sag")

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(email_import, "_date", broken)
    with pytest.raises(ValidationError, match="beskadiget og kan ikke læses. Intet er gemt"):
        email_import.import_bytes(case, MAIL, name="mail.eml")
    assert Entry.select().count() == 0


def test_a_broken_end_time_keeps_the_meeting(diary, tmp_path):
    """Found: a damaged DTEND raised icalendar's BrokenCalendarProperty."""
    case = cases.create_case("Sag")
    raw = (FIXTURES / "ics" / "outlook_invitation.ics").read_bytes()
    lines = raw.split(b"\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(b"DTEND"))
    lines[index] = lines[index].rstrip(b"\r") + b"=C3=" + (b"\r" if raw.count(b"\r\n") else b"")
    path = tmp_path / "invitation.ics"
    path.write_bytes(b"\n".join(lines))
    result = calendar_files.import_ics(case, path)
    assert result.entry.kind == "meeting"
    assert "Slut:" not in result.entry.note
