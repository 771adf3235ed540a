"""Attachments: stored under their SHA-256, deduplicated, bytes and checksums kept, history."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from dagbog.core import attachments, cases, clock, journal
from dagbog.core.errors import ValidationError
from dagbog.core.models import EntryVersion


@pytest.fixture
def entry(diary):
    case = cases.create_case("Sag")
    return journal.log_contact(
        case,
        at=datetime(2026, 11, 2, 9, 0, tzinfo=clock.LOCAL_TZ),
        kind="letter",
        direction="in",
        subject="Afgørelse",
    )


def test_file_is_copied_under_its_checksum_with_same_bytes(entry, tmp_path, diary):
    data = bytes(range(256)) * 100 + "æøå".encode()
    source = tmp_path / "Scannet brev æøå.pdf"
    source.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    att = attachments.add_attachment(entry, source)
    assert att.sha256 == sha and att.size == len(data)
    assert att.original_name == "Scannet brev æøå.pdf"
    assert att.stored_path == f"attachments/{sha[:2]}/{sha}"
    stored = diary.parent / "attachments" / sha[:2] / sha
    assert stored.read_bytes() == data
    assert attachments.path_of(att) == stored
    assert attachments.verify(att)
    assert [a.id for a in attachments.attachments_of(entry)] == [att.id]


def test_same_content_is_stored_once_and_history_records_it(entry, tmp_path, diary):
    a = tmp_path / "a.png"
    b = tmp_path / "b.png"
    a.write_bytes(b"same bytes")
    b.write_bytes(b"same bytes")
    first = attachments.add_attachment(entry, a)
    second = attachments.add_attachment(entry, b)
    assert first.stored_path == second.stored_path
    files = [p for p in (diary.parent / "attachments").rglob("*") if p.is_file()]
    assert len(files) == 1
    versions = list(
        EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq)
    )
    assert [v.seq for v in versions] == [1, 2, 3]
    assert "Bilag tilføjet: a.png" in versions[1].reason
    assert first.sha256 in versions[1].reason


def test_tampered_file_fails_verification(entry, tmp_path):
    source = tmp_path / "x.txt"
    source.write_bytes(b"original")
    att = attachments.add_attachment(entry, source)
    path = attachments.path_of(att)
    path.chmod(0o600)
    path.write_bytes(b"changed!")
    assert not attachments.verify(att)


def test_missing_file_is_refused(entry, tmp_path):
    with pytest.raises(ValidationError):
        attachments.add_attachment(entry, tmp_path / "findes-ikke.pdf")
    assert attachments.attachments_of(entry) == []


def test_bytes_and_clean_names(entry):
    att = attachments.add_attachment(entry, data=b"abc", name="../../etc/passwd")
    assert att.original_name == "passwd"
    assert attachments.format_size(3) == "3 B"
    assert attachments.format_size(3_500_000) == "3,3 MB"


def test_viewable_copy_is_for_the_owner_only(entry, tmp_path, monkeypatch):
    import os
    import stat
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    old = os.umask(0o022)
    try:
        att = attachments.add_attachment(entry, data=b"%PDF-1.4 afgoerelse", name="Afgørelse.pdf")
        copy = attachments.viewable_copy(att)
    finally:
        os.umask(old)
    assert copy.name == "Afgørelse.pdf" and copy.read_bytes() == b"%PDF-1.4 afgoerelse"
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o400
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
