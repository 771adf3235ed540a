"""The record in the window: history dialog, "registreret senere", backups, case files, start."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dagbog.core import backup, cases, clock, db, journal, settings
from dagbog.core.models import Case, Entry, EntryVersion
from dagbog.ui import app
from dagbog.ui.history_dialog import HistoryDialog
from dagbog.ui.record_tools import RestoreDialog
from tests.core.test_verify import damage


def _at(text):
    return clock.parse_local_datetime(text)


@pytest.fixture
def edited(case):
    entry = journal.log_contact(
        case, at=_at("2026-03-02 09:15"), kind="call", direction="out", subject="Første"
    )
    entry = journal.edit_entry(entry, reason="stavefejl", subject="Rettet emne", note="Ny note")
    return journal.delete_entry(entry, "dobbelt registreret")


def test_history_dialog_lists_every_version_and_what_changed(qtbot, qtmodeltester, edited):
    dialog = HistoryDialog(edited)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    cell = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert [cell(r, model.COL_ACTION) for r in range(3)] == ["Oprettet", "Rettet", "Slettet"]
    assert cell(1, model.COL_REASON) == "stavefejl"
    assert "Emne: Første → Rettet emne" in cell(1, model.COL_CHANGES)
    assert "Note: (tom) → Ny note" in cell(1, model.COL_CHANGES)
    assert "Slettet: nej → ja" in cell(2, model.COL_CHANGES)
    assert "dobbelt registreret" in dialog.summary.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/history_dialog.png")


def test_history_shows_who_saved_each_version(qtbot, case):
    """Issue 5: who, when and what changed. The author is the user's name and role at the time;
    a version from before authors were stored says so."""
    entry = journal.log_contact(case, at=_at("2026-03-02 09:15"), kind="call", direction="out")
    settings.set_user_profile("Lise Holm", "companion")
    entry = journal.edit_entry(entry, reason="rettet", subject="Opkald")
    EntryVersion.update(author=None).where(
        (EntryVersion.entry == entry) & (EntryVersion.seq == 1)
    ).execute()  # as if saved before schema 6 (the hash then has no author either)
    dialog = HistoryDialog(Entry.get_by_id(entry.id))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.headerData(model.COL_AUTHOR, Qt.Orientation.Horizontal) == "Af"
    cell = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert cell(0, model.COL_AUTHOR) == "(ikke registreret)"
    assert cell(1, model.COL_AUTHOR) == "Lise Holm (bisidder)"
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/history_dialog_author.png")


def test_history_says_reply_status_and_request_type_in_danish(qtbot, case):
    """The history read «Svarstatus: awaiting → answered» (found in the review)."""
    asked = journal.log_contact(
        case, at=_at("2026-03-02 09:15"), kind="email", direction="out", awaiting_reply=True,
    )  # fmt: skip
    asked = journal.edit_entry(asked, request_type="new-caseworker")
    answer = journal.log_contact(case, at=_at("2026-03-04 10:00"), kind="email", direction="in")
    journal.mark_answered(asked, answer)
    dialog = HistoryDialog(Entry.get_by_id(asked.id))
    qtbot.addWidget(dialog)
    model = dialog.model
    changes = " ".join(model.data(model.index(r, model.COL_CHANGES)) for r in range(3))
    assert "Anmodning: (tom) → Anmodning om ny sagsbehandler" in changes
    assert "Svarstatus: Afventer svar → Besvaret" in changes
    assert "awaiting" not in changes and "new-caseworker" not in changes


def test_late_registration_is_shown(window, case):
    late = journal.log_contact(
        case,
        at=_at("2026-03-02 09:15"),
        kind="meeting",
        direction="in",
        subject="Møde",
        registered_at=_at("2026-03-02 09:15") + timedelta(days=3),
    )
    window._show_detail()
    assert window.select_entry(late.id)
    assert "registreret senere" in window.detail.toPlainText()
    dialog = HistoryDialog(Entry.get_by_id(late.id))
    assert "registreret senere" in dialog.summary.text()
    dialog.deleteLater()
    on_time = journal.log_contact(case, at=clock.now(), kind="call", direction="out")
    assert window.select_entry(on_time.id)
    assert "registreret senere" not in window.detail.toPlainText()


def test_history_action_opens_for_the_selected_entry(window, edited, monkeypatch):
    shown = []
    monkeypatch.setattr(HistoryDialog, "show_for", classmethod(lambda c, p, e: shown.append(e.id)))
    assert window.record.history_action.text().startswith("&Historik")
    journal.restore_entry(edited, "alligevel")
    assert window.select_entry(edited.id)
    window.record.history_action.trigger()
    assert shown == [edited.id]


def test_backup_and_restore_from_the_menu(window, case, monkeypatch):
    journal.log_contact(case, at=_at("2026-03-02 09:15"), kind="call", direction="out")
    path = db.current_path()
    titles = [a.text() for a in window.case_menu.actions()]
    assert "&Sikkerhedskopi" in titles and "&Gendan …" in titles
    made = window.record.make_backup()
    assert made is not None and made.path.exists()
    journal.log_contact(case, at=_at("2026-03-03 09:15"), kind="sms", direction="in")
    assert Entry.select().count() == 2

    chosen = []
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda c, p, b: chosen.append(b) or b[0]))
    monkeypatch.setattr(window.record, "confirm", lambda title, text: True)
    messages = []
    monkeypatch.setattr(window.record, "inform", lambda t, text, error=False: messages.append(text))
    assert window.record.restore_backup()
    assert chosen[0][0].path == made.path
    assert db.current_path() == path
    assert Entry.select().count() == 1
    assert window.case is not None and window.model.total == 1
    assert "gemt som" in messages[-1]
    assert list(path.parent.glob("*.foer-gendannelse-*"))


def test_restore_dialog_lists_backups_with_dates(qtbot, case):
    made = backup.make_backup(db.current_path())
    dialog = RestoreDialog(backup.list_backups(db.current_path()))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0).text() == made.label
    assert dialog.chosen().path == made.path


def test_export_and_import_case_from_the_menu(window, case, tmp_path, monkeypatch):
    journal.log_contact(case, at=_at("2026-03-02 09:15"), kind="call", direction="out")
    target = tmp_path / "ud" / "min-sag"
    target.parent.mkdir()
    monkeypatch.setattr(window.record, "ask_save_path", lambda suggested: target)
    written = window.record.export_case()
    assert written == target.with_name("min-sag.dagbogsag") and written.exists()
    messages = []
    monkeypatch.setattr(window.record, "inform", lambda t, text, error=False: messages.append(text))
    monkeypatch.setattr(window.record, "ask_open_path", lambda: written)
    result = window.record.import_case()
    assert result.versions == 0 and "Intet nyt" in messages[-1]

    other = tmp_path / "laptop.db"
    db.close_database()
    db.open_database(other)
    window._reload_cases()
    window.set_case(None)
    result = window.record.import_case()
    assert result.new_case and result.entries == 1
    assert window.case is not None and window.case.title == "Min sag"
    assert Case.select().count() == 1


def test_start_refuses_a_locked_file(qapp, diary, monkeypatch):
    db.close_database()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with db.FileLock(diary):
        assert app.open_diary(diary) is False
    assert "allerede åben" in shown[0]


def test_start_offers_the_newest_backup_for_a_damaged_file(qapp, diary, monkeypatch):
    cases.create_case("Sag")
    made = backup.make_backup(diary)
    db.close_database()
    damage(diary)
    before = diary.read_bytes()
    shown = []

    def answer(box):
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        assert app.open_diary(diary) is True
        assert [c.title for c in Case.select()] == ["Sag"]
    finally:
        db.close_database()
    assert "beskadiget" in shown[0][0] and made.label in shown[0][1]
    aside = next(
        p
        for p in diary.parent.glob("dagbog.db.foer-gendannelse-*")
        if p.name[-4:] not in ("-wal", "-shm")
    )
    assert aside.read_bytes() == before


def test_start_read_only_shows_a_notice(qapp, qtbot, diary, monkeypatch, isolated_settings):
    cases.create_case("Sag")
    db.close_database()
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    assert app.open_diary(diary)
    try:
        assert db.is_read_only()
        from dagbog.ui.main_window import MainWindow

        window = MainWindow(settings=isolated_settings)
        qtbot.addWidget(window)
        app._notice_read_only(window, diary, quit_after_start=True)
        assert "skrivebeskyttet" in window.statusBar().currentMessage()
        assert not window.record.restore_action.isEnabled()
        window.close()
    finally:
        db.close_database()


def test_enter_key_order_untouched(window):
    """The record's actions do not steal the main window's shortcuts."""
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    assert window.record.history_action.shortcut().toString() == "Ctrl+H"
    assert Qt.ShortcutContext.WindowShortcut == window.record.history_action.shortcutContext()
