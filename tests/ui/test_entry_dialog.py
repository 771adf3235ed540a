"""The entry dialog on its own: pre-filling, saving, editing and Danish validation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from dagbog.core import clock, journal, people
from dagbog.core.models import Entry, EntryVersion
from dagbog.ui.entry_dialog import EntryDialog


@pytest.fixture
def dialog_for(qtbot, case):
    def make(**kwargs):
        dialog = EntryDialog(None, case, **kwargs)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_new_call_is_prefilled_with_now_and_the_caseworker(dialog_for, case):
    dialog = dialog_for(kind="call")
    at = clock.parse_local_datetime(dialog.at_edit.text())
    assert abs((clock.now() - at).total_seconds()) < 120
    assert dialog.kind_combo.currentData() == "call"
    assert dialog.direction_combo.currentData() == "out"
    assert dialog.person_combo.currentData() == people.caseworker_on(case).id
    assert not dialog.outcome_box.isHidden()


def test_a_received_letter_names_no_sender_until_the_user_picks_one(dialog_for, case, qtbot):
    """A letter comes from the jobcenter: the caseworker is not put down as its sender."""
    from PySide6.QtCore import Qt

    worker = people.caseworker_on(case)
    sent = journal.log_contact(
        case, at=clock.now() - timedelta(days=3), kind="email", direction="out",
        person=worker, awaiting_reply=True, subject="Spørgsmål",
    )  # fmt: skip
    dialog = dialog_for(kind="letter", direction="in")
    combo = dialog.person_combo
    assert combo.currentData() is None
    assert combo.currentText() == "Jobcentret (ingen bestemt person)"
    # The jobcenter's letter may answer the open e-mail to the caseworker: it is offered.
    assert [e.id for e in dialog.answer_offer.candidates()] == [sent.id]
    assert not dialog.answer_offer.isHidden()

    # Sent by the citizen: the caseworker is the natural counterpart again.
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("out"))
    assert combo.currentData() == worker.id
    assert combo.itemText(0) == "(ingen)"
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    assert combo.currentData() is None

    # Once the user picks a sender (here from the keyboard), switching does not undo it.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == worker.id
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("out"))
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    assert combo.currentData() == worker.id
    dialog.save()
    assert dialog.saved_entry.person_id == worker.id


def test_outcome_row_only_for_calls(dialog_for):
    dialog = dialog_for(kind="email")
    assert dialog.outcome_box.isHidden()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
    assert not dialog.outcome_box.isHidden()


def test_saving_a_call_logs_every_field(dialog_for, case):
    dialog = dialog_for(kind="call")
    dialog.at_edit.setText("2026-11-16 09:05")
    dialog.subject_edit.setText("Spurgte til fleksjob")
    dialog.note_edit.setPlainText("Ingen tog telefonen.\nPrøver igen i morgen.")
    dialog.outcome_buttons["voicemail"].click()
    dialog.outcome_buttons["no-answer"].click()  # one click switches the outcome
    dialog.awaiting_check.setChecked(True)
    dialog.private_check.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    entry = Entry.get_by_id(dialog.saved_entry.id)
    assert clock.format_local(entry.at) == "16.11.2026 09:05"
    assert entry.kind == "call" and entry.direction == "out"
    assert entry.person.name == "Mette Hansen"
    assert entry.subject == "Spurgte til fleksjob"
    assert entry.note == "Ingen tog telefonen.\nPrøver igen i morgen."
    assert entry.outcome == "no-answer"
    assert entry.reply_status == "awaiting"
    assert entry.reply_due == date(2026, 11, 30)  # 10 working days
    assert entry.private is True


def test_due_date_override(dialog_for):
    dialog = dialog_for(kind="email")
    dialog.at_edit.setText("2026-11-16 09:05")
    dialog.awaiting_check.setChecked(True)
    dialog.due_edit.setText("2026-11-20")
    dialog.save()
    assert Entry.get_by_id(dialog.saved_entry.id).reply_due == date(2026, 11, 20)


@pytest.mark.parametrize("text", ["i går", "2026-13-45 10:00", "", "2026-11-16"])
def test_invalid_date_shows_danish_message_and_saves_nothing(dialog_for, text):
    dialog = dialog_for(kind="call")
    dialog.at_edit.setText(text)
    dialog.subject_edit.setText("Gemmes ikke")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_entry is None
    assert "kan ikke læses" in dialog.error_text("at")
    assert "DD.MM.ÅÅÅÅ TT:MM" in dialog.error_text("at")
    assert Entry.select().count() == 0
    # Fixing the field clears the message and saves.
    dialog.at_edit.setText("2026-11-16 10:00")
    dialog.save()
    assert dialog.error_text("at") == ""
    assert Entry.select().count() == 1


def test_invalid_due_date_shows_message_under_the_reply_field(dialog_for):
    dialog = dialog_for(kind="email")
    dialog.awaiting_check.setChecked(True)
    dialog.due_edit.setText("snart")
    dialog.save()
    assert "Datoen «snart» kan ikke læses" in dialog.error_text("reply_due")
    assert Entry.select().count() == 0


def test_service_validation_error_is_shown_at_its_field(dialog_for):
    dialog = dialog_for(kind="call")
    dialog.at_edit.setText("1970-01-01 10:00")
    dialog.save()
    assert "mellem år 1990 og 2099" in dialog.error_text("at")
    assert Entry.select().count() == 0


def test_edit_keeps_every_field_and_adds_a_version(dialog_for, case):
    mette = people.caseworker_on(case)
    at = datetime(2026, 11, 16, 9, 5, 33, tzinfo=clock.LOCAL_TZ)
    entry = journal.log_contact(
        case,
        at=at,
        kind="call",
        direction="out",
        person=mette,
        subject="Før",
        note="Lang note\nmed to linjer",
        outcome="talked",
        awaiting_reply=True,
        reply_due=date(2026, 12, 1),
        private=True,
    )
    dialog = dialog_for(kind="call", entry=entry)
    assert dialog.outcome_buttons["talked"].isChecked()
    dialog.subject_edit.setText("Efter")
    dialog.reason_edit.setText("Stavefejl")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    fresh = Entry.get_by_id(entry.id)
    assert fresh.subject == "Efter"
    assert fresh.at == at  # seconds kept: the time field was not touched
    assert fresh.kind == "call" and fresh.direction == "out"
    assert fresh.person_id == mette.id
    assert fresh.note == "Lang note\nmed to linjer"
    assert fresh.outcome == "talked"
    assert fresh.reply_status == "awaiting" and fresh.reply_due == date(2026, 12, 1)
    assert fresh.private is True
    assert fresh.uuid == entry.uuid and fresh.registered_at == entry.registered_at
    versions = list(
        EntryVersion.select().where(EntryVersion.entry == entry).order_by(EntryVersion.seq)
    )
    assert [v.action for v in versions] == ["create", "edit"]
    assert versions[1].reason == "Stavefejl"


def test_edit_without_changes_writes_nothing(dialog_for, case):
    entry = journal.log_contact(
        case, at=clock.now(), kind="email", direction="out", subject="Uændret"
    )
    dialog = dialog_for(kind="email", entry=entry)
    dialog.save()
    assert EntryVersion.select().count() == 1


def test_changing_a_call_to_an_email_drops_the_outcome(dialog_for, case):
    entry = journal.log_contact(case, at=clock.now(), kind="call", direction="out", outcome="busy")
    dialog = dialog_for(kind="call", entry=entry)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("email"))
    dialog.save()
    fresh = Entry.get_by_id(entry.id)
    assert fresh.kind == "email" and fresh.outcome is None


def test_ask_returns_none_when_cancelled(qtbot, case, monkeypatch):
    monkeypatch.setattr(EntryDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert EntryDialog.ask(None, case, kind="call") is None


def test_outgoing_email_expects_an_answer_until_the_user_says_otherwise(dialog_for):
    dialog = dialog_for(kind="email")
    assert dialog.windowTitle() == "Ny kontakt: E-mail"
    assert dialog.awaiting_check.isChecked()
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    assert not dialog.awaiting_check.isChecked()
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("out"))
    dialog.awaiting_check.click()  # the user's choice sticks
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("letter"))
    assert not dialog.awaiting_check.isChecked()
    dialog.save()
    assert dialog.saved_entry.reply_status == "not-expected"


def test_a_call_does_not_expect_an_answer_by_default(dialog_for):
    dialog = dialog_for(kind="call")
    assert dialog.windowTitle() == "Ny kontakt: Opkald"
    assert not dialog.awaiting_check.isChecked()


@pytest.mark.parametrize("due", ["2026-01-01", "9999-12-31"])
def test_impossible_due_date_is_shown_under_the_reply_field(dialog_for, due):
    dialog = dialog_for(kind="email")
    dialog.at_edit.setText("2026-11-16 09:05")
    dialog.awaiting_check.setChecked(True)
    dialog.due_edit.setText(due)
    dialog.save()
    assert dialog.saved_entry is None
    assert "Svarfristen" in dialog.error_text("reply_due")
    assert Entry.select().count() == 0


def test_a_time_copied_from_the_list_is_understood(dialog_for):
    dialog = dialog_for(kind="call")
    dialog.at_edit.setText("16-11-2026 09:05")
    dialog.save()
    assert clock.format_local(Entry.get_by_id(dialog.saved_entry.id).at) == "16.11.2026 09:05"


def test_saving_into_a_read_only_diary_says_so(qtbot, db_path, monkeypatch):
    """Found: the dialog stayed open without a word (an OperationalError went to stderr)."""
    from dagbog.core import cases, db

    db.open_database(db_path)
    case = cases.create_case("Sag")
    db.close_database()
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    db.open_database(db_path)
    try:
        dialog = EntryDialog(None, case, kind="call")
        qtbot.addWidget(dialog)
        dialog.at_edit.setText("2026-11-16 09:05")
        dialog.save()
        assert dialog.saved_entry is None
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "skrivebeskyttet, så intet er gemt" in dialog.general_error.text()
        assert Entry.select().count() == 0
    finally:
        db.close_database()


def answer(dialog, button) -> str:
    """Click ``button`` on the dialog's open "save what you typed?" question; its text."""
    box = dialog.unsaved_box
    assert box is not None, "no question was asked"
    text = box.text()
    box.button(button).click()
    return text


def test_esc_after_typing_a_note_asks_before_throwing_it_away(qtbot, dialog_for, case):
    """A long note was lost to one stray Esc (found in the review)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    dialog = dialog_for(kind="call")
    dialog.show()
    dialog.note_edit.setPlainText("Hun sagde, at hun ringer tilbage på torsdag.")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Escape)
    assert "ikke er gemt" in answer(dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()  # back to the form, text intact
    assert dialog.note_edit.toPlainText().startswith("Hun sagde")
    dialog.reject()
    answer(dialog, QMessageBox.StandardButton.Save)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (entry,) = journal.all_entries(case)
    assert entry.note == "Hun sagde, at hun ringer tilbage på torsdag."


def test_discarding_typed_text_and_closing_an_untouched_form_write_nothing(dialog_for, case):
    from PySide6.QtWidgets import QMessageBox

    dialog = dialog_for(kind="email")
    dialog.show()
    dialog.subject_edit.setText("Kladde")
    dialog.close()  # the window's close button asks too
    assert dialog.isVisible()
    answer(dialog, QMessageBox.StandardButton.Discard)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    untouched = dialog_for(kind="call")
    untouched.show()
    untouched.outcome_buttons["no-answer"].click()
    untouched.reject()  # nothing typed: closes at once, no question
    assert untouched.unsaved_box is None and not untouched.isVisible()
    assert journal.all_entries(case) == []


def test_a_form_left_open_with_text_does_not_block_closing_by_the_program(qtbot, dialog_for):
    """The question does not wait (a test's teardown closing the form must not hang)."""
    dialog = dialog_for(kind="email")
    dialog.show()
    dialog.subject_edit.setText("Kladde")
    dialog.close()
    assert dialog.unsaved_box is not None and dialog.isVisible()


def test_an_incoming_contact_awaiting_a_reply_is_refused_by_the_reply_field(dialog_for, case):
    from dagbog.core.models import Entry

    dialog = dialog_for(kind="letter")
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    dialog.subject_edit.setText("Brev fra jobcentret")
    dialog.awaiting_check.setChecked(True)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Kun en udgående kontakt kan afvente svar" in dialog.error_text("reply_due")
    assert Entry.select().count() == 0


def test_a_time_the_clocks_skip_is_explained_under_the_field(dialog_for):
    dialog = dialog_for(kind="call")
    dialog.at_edit.setText("29.03.2026 02:30")
    dialog.save()
    assert "findes ikke" in dialog.error_text("at") and "29.03.2026 03:30" in dialog.error_text(
        "at"
    )
    assert Entry.select().count() == 0
