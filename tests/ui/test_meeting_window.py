"""Meeting mode driven like a user's meeting, from opening it to "Afslut møde"."""

from __future__ import annotations

from datetime import datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt

from dagbog.core import clock, journal, meetings, people, requests, settings
from dagbog.ui.calendar_widget import to_qdate
from dagbog.ui.meeting_window import AUTOSAVE_MS, COL_DONE, MeetingWindow


def _meeting_entry(case, at: datetime | None = None):
    return journal.log_contact(
        case,
        at=at or clock.now().replace(second=0),
        kind="meeting",
        direction="in",
        person=people.caseworker_on(case),
        subject="Opfølgningsmøde",
    )


def test_meeting_mode_from_start_to_finish(window, case, qtbot, tmp_path, monkeypatch):
    settings.set_user_profile("Lise Holm", "companion")
    entry = _meeting_entry(case)
    window.set_case(case)
    assert window.select_entry(entry.id)
    meeting_window = window.advocate.open_meeting_mode()  # a child window, deleted on close
    assert isinstance(meeting_window, MeetingWindow)
    with qtbot.waitExposed(meeting_window):
        meeting_window.show()

    # Attendees: the counterpart is there already; add the citizen and a free name.
    meeting_window.attendee_name.setEditText("Anna Jensen")
    meeting_window.attendee_role.setEditText("Borger")
    meeting_window.add_attendee()
    meeting_window.attendee_name.setEditText("Lise Holm")
    meeting_window.attendee_role.setEditText("Bisidder")
    meeting_window.add_attendee()
    assert [meeting_window.attendee_list.item(i).text() for i in range(3)] == [
        "Mette Hansen — Sagsbehandler",
        "Anna Jensen — Borger",
        "Lise Holm — Bisidder",
    ]

    # Agenda prepared beforehand: Enter in the field adds a point.
    meeting_window.agenda_edit.setText("Jobplanen")
    qtbot.keyClick(meeting_window.agenda_edit, Qt.Key.Key_Return)
    assert meeting_window.agenda_list.item(0).text() == "1. Jobplanen"
    meeting_window.agenda_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert meetings.agenda(meeting_window.meeting)[0].done

    # Live notes: type, Ctrl+Enter stamps the note and starts a new one.
    meeting_window.activateWindow()
    meeting_window.note_edit.setFocus()
    qtbot.keyClicks(meeting_window.note_edit, "Jonas lover en ny jobplan")
    qtbot.keyClick(meeting_window.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting_window.note_edit, "Lægeerklæring betales af jobcentret")
    meeting_window.stamp_note()
    assert meeting_window.note_texts() == [
        "Jonas lover en ny jobplan",
        "Lægeerklæring betales af jobcentret",
    ]
    assert meeting_window.note_edit.toPlainText() == ""
    stamp = clock.to_local(meetings.notes(meeting_window.meeting)[0].at).strftime("%H:%M")
    assert stamp in meeting_window.notes_view.toPlainText()

    # Agreed actions: one the jobcenter promised, one for the citizen.
    today = clock.today()
    meeting_window.action_who.setEditText("Jobcentret")
    meeting_window.action_what.setText("Sende ny jobplan")
    meeting_window.action_due.setDate(to_qdate(today + timedelta(days=2)))
    meeting_window.action_promised.setChecked(True)
    promised = meeting_window.add_action()
    meeting_window.action_who.setEditText("Anna Jensen")
    meeting_window.action_what.setText("Bestille tid hos lægen")
    meeting_window.action_due.setDate(to_qdate(today + timedelta(days=5)))
    qtbot.keyClick(meeting_window.action_what, Qt.Key.Key_Return)
    assert meeting_window.action_model.rowCount() == 2
    # The promise is tracked as an agreed action, never logged as a contact.
    assert promised.promised_by_authority and promised.request is None
    assert [e.id for e in journal.all_entries(case)] == [entry.id]

    # Typed but not stamped when the meeting ends: "Afslut møde" keeps it.
    qtbot.keyClicks(meeting_window.note_edit, "Næste møde om en måned")
    with qtbot.waitSignal(meeting_window.finished):
        qtbot.mouseClick(meeting_window.finish_button, Qt.MouseButton.LeftButton)
    entry = journal.get_entry(entry.id)
    assert meetings.MINUTES_MARKER in entry.note and "Næste møde om en måned" in entry.note
    assert "Jobcentret: Sende ny jobplan" in entry.note
    assert meeting_window.letter_button.isVisibleTo(meeting_window)

    # Follow-up items with due dates: in the main window's panel and calendar ...
    panel = window.advocate.follow_ups.texts()
    assert len(panel) == 2 and "Sende ny jobplan" in panel[0] and "Bestille tid" in panel[1]
    assert window.calendar.follow_ups() == {
        today + timedelta(days=2): 1,
        today + timedelta(days=5): 1,
    }
    fmt = window.calendar.dateTextFormat(to_qdate(today + timedelta(days=5)))
    assert fmt.fontUnderline()
    # ... and in the "Afventer svar" panel: the promise as the jobcenter's, the other as
    # Anna's own, neither as a request (no contact awaits a reply).
    assert requests.open_requests(case) == []
    assert [f.action.id for f in meetings.open_actions(case, promised=True)] == [promised.id]
    rows = window.awaiting_panel.model.row_texts()
    assert len(rows) == 2
    assert "Lovet af jobcentret: Sende ny jobplan" in rows[0]
    assert "Aftale, Anna Jensen gør: Bestille tid hos lægen" in rows[1]
    assert window.awaiting_panel.model.requests() == []

    # Marking the promise done clears it from the panels.
    done_index = meeting_window.action_model.index(0, COL_DONE)
    meeting_window.action_model.setData(
        done_index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert len(window.advocate.follow_ups.texts()) == 1
    assert len(window.awaiting_panel.model.row_texts()) == 1

    # The minutes letter and the summary PDF are offered.
    letter = meeting_window.minutes_letter()
    assert "Næste møde om en måned" in letter.body and "Lise Holm" in letter.body
    out = tmp_path / "referat.pdf"
    monkeypatch.setattr(meeting_window, "ask_pdf_path", lambda: out)
    meeting_window.pdf_button.click()
    text = PdfReader(out).pages[0].extract_text()
    assert "Sende ny jobplan" in text and "Lise Holm (bisidder)" in text
    meeting_window.close()


def test_typed_note_is_in_the_database_before_any_explicit_save(case, qtbot):
    entry = _meeting_entry(case)
    meeting_window = MeetingWindow(entry)
    qtbot.addWidget(meeting_window)
    meeting_window.show()
    qtbot.keyClicks(meeting_window.note_edit, "Jonas siger at planen ændres")
    meeting = meeting_window.meeting

    # No stamp, no finish, no close: the debounced autosave writes the draft row by itself.
    def saved() -> bool:
        draft = meetings.pending_draft(meeting)
        return draft is not None and draft.text == "Jonas siger at planen ændres"

    assert not saved()
    qtbot.waitUntil(saved, timeout=AUTOSAVE_MS * 10)
    assert meeting_window.autosave_count >= 1
    # Opening meeting mode again (after a crash) brings the note back into the editor.
    meeting_window.autosave_timer.stop()
    again = MeetingWindow(journal.get_entry(entry.id))
    qtbot.addWidget(again)
    assert again.note_edit.toPlainText() == "Jonas siger at planen ændres"
    again.stamp_note()
    assert [n.text for n in meetings.notes(meeting)] == ["Jonas siger at planen ændres"]


def test_action_model(case, qtbot, qtmodeltester):
    entry = _meeting_entry(case)
    meeting_window = MeetingWindow(entry)
    qtbot.addWidget(meeting_window)
    meetings.add_action(meeting_window.meeting, "Sende plan", who="Jobcentret")
    meetings.add_action(meeting_window.meeting, "Ringe", due=clock.today() - timedelta(days=1))
    meeting_window.action_model.reload()
    qtmodeltester.check(meeting_window.action_model)
    texts = [
        meeting_window.action_model.index(r, 2).data()
        for r in range(meeting_window.action_model.rowCount())
    ]
    assert texts[0].startswith("⚠ ")  # overdue says so in text, not colour alone


def test_closing_the_main_window_saves_the_typed_note(window, case, qtbot):
    entry = _meeting_entry(case)
    window.set_case(case)
    meeting_window = window.advocate.open_meeting_for(entry.id)
    qtbot.keyClicks(meeting_window.note_edit, "Sidste ord")
    window.close()  # before the debounce fires
    draft = meetings.pending_draft(meetings.meeting_for(entry))
    assert draft is not None and draft.text == "Sidste ord"


def test_the_standard_close_key_closes_the_meeting_and_keeps_the_note(window, case, qtbot):
    from PySide6.QtGui import QKeySequence

    entry = _meeting_entry(case)
    window.set_case(case)
    meeting_window = window.advocate.open_meeting_for(entry.id)
    with qtbot.waitActive(meeting_window):
        meeting_window.show()
        meeting_window.activateWindow()
    meeting_window.note_edit.setFocus()
    qtbot.keyClicks(meeting_window.note_edit, "Sidste ord")
    close = QKeySequence(QKeySequence.StandardKey.Close)[0]
    qtbot.keyClick(meeting_window.note_edit, close.key(), close.keyboardModifiers())
    assert not meeting_window.isVisible()
    draft = meetings.pending_draft(meetings.meeting_for(entry))
    assert draft is not None and draft.text == "Sidste ord"


def test_minutes_letter_of_an_open_meeting_has_its_notes_so_far(case, qtbot):
    """Before "Afslut møde" the letter had only the entry's own note."""
    entry = _meeting_entry(case)
    meeting_window = MeetingWindow(entry)
    qtbot.addWidget(meeting_window)
    meeting_window.show()
    meeting_window.attendee_name.setEditText("Lise Holm")
    meeting_window.attendee_role.setEditText("Bisidder")
    meeting_window.add_attendee()
    qtbot.keyClicks(meeting_window.note_edit, "Jonas lover en ny jobplan")
    meeting_window.stamp_note()
    meetings.add_action(meeting_window.meeting, "Sende ny jobplan", who="Jonas")
    qtbot.keyClicks(meeting_window.note_edit, "Vi taler om kurset")  # not stamped, not saved yet
    body = meeting_window.minutes_letter().body
    assert "Lise Holm (Bisidder)" in body
    assert "Jonas lover en ny jobplan" in body
    assert "Jonas: Sende ny jobplan" in body
    assert "Vi taler om kurset" in body
    assert meetings.meeting_for(journal.get_entry(entry.id)).finished_at is None


def test_a_note_over_the_limit_is_not_saved_and_not_lost(case, qtbot, monkeypatch):
    """Found: a pasted note over 100,000 characters made the autosave (a timer) and Ctrl+Enter
    raise ValidationError out of the slot, so «Uventet fejl» came up at every pause."""
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MeetingWindow(_meeting_entry(case))
    qtbot.addWidget(window)
    too_long = "Jonas siger 🙂 " * 8000  # 112,000 characters
    window.note_edit.setPlainText(too_long)
    window.autosave()
    assert "Noten er ikke gemt" in window.save_label.text()
    assert "højst være 100000 tegn" in window.save_label.text()
    assert window.stamp_note() is None
    assert warnings and "højst være 100000 tegn" in warnings[0]
    assert window.note_edit.toPlainText() == too_long  # nothing the user typed is lost
    assert meetings.notes(window.meeting, include_drafts=True) == []
    # Cut down, it is saved and stamped as usual.
    window.note_edit.setPlainText(too_long[:90_000])
    window.autosave()
    assert "Noten er gemt kl." in window.save_label.text()
    note = window.stamp_note()
    assert note is not None and not note.draft and len(note.text) <= 90_000


def test_agenda_tick_and_removing_an_attendee_in_a_read_only_diary(
    case, db_path, qtbot, monkeypatch
):
    """Ticking a point or removing an attendee when the diary cannot be written: a warning,
    and the list shows what is saved (these raised out of their slots)."""
    from PySide6.QtWidgets import QMessageBox

    from dagbog.core import db

    entry = _meeting_entry(case)
    meeting = meetings.open_meeting(entry)
    meetings.add_agenda_item(meeting, "Jobplanen")
    meetings.add_attendee(meeting, name="Lise Holm", role="Bisidder")
    db.close_database()
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    db.open_database(db_path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MeetingWindow(journal.get_entry(entry.id))
    qtbot.addWidget(window)
    window.agenda_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert window.agenda_list.item(0).checkState() == Qt.CheckState.Unchecked
    assert not meetings.agenda(window.meeting)[0].done
    rows = window.attendee_list.count()
    window.attendee_list.setCurrentRow(rows - 1)
    window.remove_attendee()
    assert len(warnings) == 2 and all("skrivebeskyttet" in text for text in warnings)
    assert len(meetings.attendees(window.meeting)) == rows
