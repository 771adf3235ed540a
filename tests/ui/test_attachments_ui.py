"""Attachments from the window: any file dropped on the window is attached to the selected
contact (e-mails and invitations are imported instead), listed with name, size and checksum,
and opened with the system viewer from a copy with the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from dagbog.core import attachments, clock, journal
from dagbog.core.models import Attachment

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _drop(window, paths: list[Path]) -> bool:
    """A real drag-enter and drop of local files on the window; whether the drag was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(QPoint(30, 30), *args)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(QPointF(30, 30), *args))
    return True


def test_dropped_files_attach_to_the_selected_contact(window, case, qtbot, tmp_path):
    reports = []
    window.correspondence.report = lambda title, lines, problem=False: reports.append(lines)
    entry = journal.log_contact(
        case, at=clock.now(), kind="letter", direction="in", subject="Brev om møde"
    )
    scan = tmp_path / "brev fra jobcentret.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    photo = tmp_path / "skærmbillede.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)

    # Nothing selected: a clear message, nothing written.
    window.table.clearSelection()
    assert _drop(window, [scan])
    assert "Vælg først den kontakt" in reports[-1][0]
    assert Attachment.select().count() == 0

    assert window.select_entry(entry.id)
    assert _drop(window, [scan, photo])
    stored = attachments.attachments_of(entry)
    assert [a.original_name for a in stored] == ["brev fra jobcentret.pdf", "skærmbillede.png"]
    for att, source in zip(stored, (scan, photo), strict=True):
        assert att.size == source.stat().st_size
        assert att.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert attachments.path_of(att).read_bytes() == source.read_bytes()
    assert "Vedhæftet «brev fra jobcentret.pdf», «skærmbillede.png»" in (
        window.statusBar().currentMessage()
    )
    # The detail pane lists each with name, size and the start of its SHA-256.
    qtbot.waitUntil(lambda: "skærmbillede.png" in window.detail.toPlainText())
    text = window.detail.toPlainText()
    for att in stored:
        assert f"{att.original_name} ({attachments.format_size(att.size)}, SHA-256 " in text
        assert att.sha256[:16] in text
    # Opening hands the system viewer a copy with the same bytes and the original name.
    opened = []
    window.correspondence.open_url = lambda url: opened.append(url) or True
    window.detail.anchorClicked.emit(QUrl(f"dagbog-bilag:{stored[0].id}"))
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "brev fra jobcentret.pdf" and copy.read_bytes() == scan.read_bytes()


def test_a_mixed_drop_imports_the_mail_and_attaches_the_rest(window, case, tmp_path):
    window.correspondence.report = lambda *a, **k: None
    entry = journal.log_contact(case, at=clock.now(), kind="call", direction="out")
    assert window.select_entry(entry.id)
    note = tmp_path / "noter.txt"
    note.write_text("Husk lægeattesten", encoding="utf-8")
    assert _drop(window, [FIXTURES / "eml" / "gmail_alternative_qp.eml", note])
    mails = [e for e in journal.all_entries(case) if e.kind == "email"]
    assert len(mails) == 1
    # The import reveals the new mail; the text file went to the contact selected at the drop.
    assert [a.original_name for a in attachments.attachments_of(entry)] == ["noter.txt"]
    assert attachments.attachments_of(mails[0])[0].original_name == "gmail_alternative_qp.eml"


def test_a_drop_without_files_is_not_taken(window):
    mime = QMimeData()
    mime.setText("bare tekst")
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(QPoint(30, 30), *args)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_dropping_an_updated_invitation_says_the_meeting_moved(window, case, tmp_path):
    reports = []
    window.correspondence.report = lambda title, lines, problem=False: reports.append(lines)
    original = FIXTURES / "ics" / "outlook_invitation.ics"
    assert _drop(window, [original])
    moved = tmp_path / "opdateret.ics"
    moved.write_bytes(original.read_bytes().replace(b"20261208T100000", b"20261209T130000"))
    assert _drop(window, [moved])
    assert reports[-1] == [
        "opdateret.ics: mødet «Opfølgningssamtale» er flyttet fra 08.12.2026 10:00 "
        "til 09.12.2026 13:00."
    ]
    assert len([e for e in journal.all_entries(case) if e.kind == "meeting"]) == 1
