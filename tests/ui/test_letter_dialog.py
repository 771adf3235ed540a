"""The letter dialog and the window's letters, e-mail import and attachments, as used."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from dagbog.core import attachments, cases, clock, deadlines, journal, people, settings
from dagbog.core.models import Entry
from dagbog.core.vocabulary import ReplyStatus
from dagbog.ui.letter_dialog import LetterDialog

FIXTURES = Path(__file__).parent.parent / "fixtures"


def three_unanswered_calls(case):
    mette = people.caseworker_on(case)
    people.update_person(mette, email="mette.hansen@soeby.dk")
    start = clock.now() - timedelta(days=7)
    for days, outcome in ((0, "no-answer"), (1, "voicemail"), (2, "busy")):
        journal.log_contact(
            case,
            at=start + timedelta(days=days),
            kind="call",
            direction="out",
            person=mette,
            outcome=outcome,
        )
    return start


def test_followup_draft_to_mail_program_and_logged_awaiting(qtbot, case):
    start = three_unanswered_calls(case)
    dialog = LetterDialog(None, case, "followup")
    qtbot.addWidget(dialog)
    assert dialog.to_edit.text() == "mette.hansen@soeby.dk"
    body = dialog.body_edit.toPlainText()
    assert body.startswith("Kære Mette Hansen")
    assert body.count("opkald (") == 3
    assert start.strftime("%-d.") in body
    assert body.rstrip().endswith("Anna Jensen")
    dialog.body_edit.setPlainText(body.replace("På forhånd tak.", "På forhånd mange tak."))

    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    asked = []
    dialog.ask_to_log = lambda due: asked.append(due) or True
    dialog.mail_button.click()

    assert opened and opened[0].scheme() == "mailto"
    assert "m%C3%A5nge" not in opened[0].toString()  # sanity: text is percent-encoded
    assert "%0D%0A" in opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    due = deadlines.due_date(clock.today(), "", case.reply_days)
    assert asked == [due]
    logged = dialog.logged_entry
    assert logged is not None and dialog.result() == dialog.DialogCode.Accepted
    fresh = Entry.get_by_id(logged.id)
    assert fresh.kind == "email" and fresh.direction == "out"
    assert fresh.reply_status == ReplyStatus.AWAITING and fresh.reply_due == due
    assert fresh.person.name == "Mette Hansen"
    assert "På forhånd mange tak." in fresh.note


def test_aktindsigt_is_logged_with_seven_working_days(qtbot, case):
    cases.update_case(case, main_email="jobcenter@soeby.dk")
    dialog = LetterDialog(None, case, "aktindsigt")
    qtbot.addWidget(dialog)
    assert "forvaltningslovens § 9" in dialog.body_edit.toPlainText()
    dialog.ask_to_log = lambda due: True
    dialog.log_button.click()
    entry = dialog.logged_entry
    assert entry.request_type == "aktindsigt"
    assert entry.reply_due == deadlines.due_date(clock.today(), "aktindsigt")


def test_reasons_field_fills_the_request_for_a_new_caseworker(qtbot, case):
    dialog = LetterDialog(None, case, "new-caseworker")
    qtbot.addWidget(dialog)
    assert "[Skriv kort og sagligt" in dialog.body_edit.toPlainText()
    dialog.reasons_edit.setPlainText("Vi har ikke talt sammen siden juni.")
    body = dialog.body_edit.toPlainText()
    assert "Vi har ikke talt sammen siden juni." in body and "[Skriv kort" not in body
    assert "punkt 56" in body


def test_copy_and_pdf(qtbot, case, tmp_path):
    settings.set_user_profile("Anna B. Jensen", "citizen")
    dialog = LetterDialog(None, case, "head")
    qtbot.addWidget(dialog)
    assert dialog.body_edit.toPlainText().rstrip().endswith("Anna B. Jensen")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith(dialog.subject_edit.text())
    target = tmp_path / "brev.pdf"
    dialog.ask_pdf_path = lambda: str(target)
    dialog.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_window_letters_menu_import_and_attachments(qtbot, window, case, tmp_path):
    titles = [a.text() for a in window.correspondence.letters_menu.actions()]
    assert len(titles) == 6 and titles[2].startswith("Anmodning om aktindsigt")
    reports = []
    window.correspondence.report = lambda title, lines, problem=False: reports.append(
        (lines, problem)
    )
    # A real drop event carrying two mails and a broken file.
    mime = QMimeData()
    names = ("gmail_alternative_qp.eml", "outlook_windows1252.eml", "broken_binary.eml")
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "eml" / n)) for n in names])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    lines, problem = reports[-1]
    assert problem and any("ikke en e-mail" in line for line in lines)
    emails = [e for e in journal.all_entries(case) if e.kind == "email"]
    assert len(emails) == 2
    # The newest import is selected and its attachment listed in the detail pane.
    selected = window.selected_entry()
    assert selected is not None and selected.subject == "SV: Spørgsmål om arbejdsprøvning"
    qtbot.waitUntil(lambda: "outlook_windows1252.eml" in window.detail.toHtml())
    # Attach a scanned letter to it, then open it with the "system viewer".
    scan = tmp_path / "scanning.pdf"
    scan.write_bytes(b"%PDF-1.4 scannet brev")
    window.correspondence.ask_open_paths = lambda *a: [str(scan)]
    window.correspondence.attach_action.trigger()
    qtbot.waitUntil(lambda: "scanning.pdf" in window.detail.toHtml())
    att = attachments.attachments_of(selected)[-1]
    opened = []
    window.correspondence.open_url = lambda url: opened.append(url) or True
    window.detail.anchorClicked.emit(QUrl(f"dagbog-bilag:{att.id}"))
    assert Path(opened[0].toLocalFile()).name == "scanning.pdf"
    assert Path(opened[0].toLocalFile()).read_bytes() == scan.read_bytes()
    # Dropping the same mail again is skipped.
    window.correspondence.drop_files([FIXTURES / "eml" / "gmail_alternative_qp.eml"])
    assert "sprunget over" in reports[-1][0][0]
    assert len([e for e in journal.all_entries(case) if e.kind == "email"]) == 2


def test_screenshot_letter_dialog(qtbot, case, tmp_path):
    cases.update_case(case, main_email="jobcenter@soeby.dk", municipality="Jobcenter Søby")
    three_unanswered_calls(case)
    dialog = LetterDialog(None, case, "followup")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "letter_dialog.png"))
    assert (tmp_path / "letter_dialog.png").stat().st_size > 1000


def test_request_for_new_caseworker_starts_in_the_reasons_field(qtbot, case):
    dialog = LetterDialog(None, case, "new-caseworker")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.reasons_edit


def test_esc_after_writing_the_reasons_asks_before_losing_them(qtbot, case):
    """The reasons written for a new caseworker were lost to one Esc (found in the review)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QMessageBox

    dialog = LetterDialog(None, case, "new-caseworker")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reasons_edit.setPlainText("Vi har ikke kunnet få kontakt i tre måneder.")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Escape)
    box = dialog.unsaved_box
    assert box is not None and "går det, du har skrevet, tabt" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and "tre måneder" in dialog.body_edit.toPlainText()
    dialog.copy_to_clipboard()  # handed on: closing is safe now
    dialog.reject()
    assert dialog.unsaved_box is None and dialog.result() == QDialog.DialogCode.Rejected
    # Discard closes; an untouched draft closes without a question.
    other = LetterDialog(None, case, "head")
    qtbot.addWidget(other)
    other.show()
    other.body_edit.appendPlainText("PS.")
    other.reject()
    other.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    assert not other.isVisible()
    untouched = LetterDialog(None, case, "followup")
    qtbot.addWidget(untouched)
    untouched.show()
    untouched.reject()
    assert untouched.unsaved_box is None and not untouched.isVisible()
