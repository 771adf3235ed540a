"""Issue 6 "done when": from three unanswered calls to a polite follow-up e-mail in the mail
program, logged and awaiting a reply, driven through the real window, dialog and message box.

The steps are counted: every click the user makes is one step, and no typing is needed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from dagbog.core import cases, clock, deadlines, journal, next_step, people
from dagbog.core.models import Case, Entry
from dagbog.core.vocabulary import ReplyStatus, Role
from dagbog.ui.letter_dialog import LetterDialog
from dagbog.ui.main_window import MainWindow


def _three_unanswered_calls() -> Case:
    case = cases.create_case("Min sag", citizen_name="Anna Jensen", reply_days=10)
    mette = people.add_person(
        case,
        "Mette Hansen",
        role=Role.CASEWORKER,
        email="mette.hansen@soeby.dk",
        hours="Man-Tor 09:00-12:00",
        caseworker_from=clock.today() - timedelta(days=60),
    )
    start = clock.now() - timedelta(days=6)
    for days, outcome in ((0, "no-answer"), (1, "voicemail"), (2, "busy")):
        journal.log_contact(
            case,
            at=start + timedelta(days=days),
            kind="call",
            direction="out",
            person=mette,
            subject="Spørgsmål om arbejdsprøvning",
            outcome=outcome,
        )
    return case


class Clicker:
    """Clicks like a user and counts the clicks; handles modal windows as they appear."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: list[str] = []

    def click(self, button, what: str) -> None:
        self.steps.append(what)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def when_modal(self, kind, act) -> None:
        """Run ``act(widget)`` once a modal ``kind`` is shown (a modal blocks the test)."""

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
            else:
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)


def test_three_unanswered_calls_to_a_logged_followup_email_in_three_clicks(
    qtbot, diary, isolated_settings, monkeypatch
):
    case = _three_unanswered_calls()
    opened: list[QUrl] = []
    monkeypatch.setattr(LetterDialog, "open_url", lambda self, url: opened.append(url) or True)
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # Without a click, the window suggests writing an e-mail and offers to do it.
    banner = window.banner
    assert banner.step.rung == next_step.WRITE_EMAIL
    assert banner.message_text().startswith("3 opkald uden svar. Næste skridt: ")
    assert "Du har ringet 3 gange uden svar" in banner.message_text()
    assert window.awaiting_label.text() == "Ingen afventer svar · ✗ 3 opkald uden svar"
    assert banner.letter_button.isVisible()
    assert banner.letter_button.text().replace("&", "") == "Skriv e-mailen …"

    user = Clicker(qtbot)
    seen: dict[str, str] = {}

    def in_message_box(box: QMessageBox) -> None:
        seen["question"] = box.text()
        user.click(box.button(QMessageBox.StandardButton.Yes), "Ja, log den")

    def in_letter_dialog(dialog: LetterDialog) -> None:
        seen["to"] = dialog.to_edit.text()
        seen["body"] = dialog.body_edit.toPlainText()
        user.when_modal(QMessageBox, in_message_box)
        user.click(dialog.mail_button, "Åbn i mailprogram")

    user.when_modal(LetterDialog, in_letter_dialog)
    user.click(banner.letter_button, "Skriv e-mailen")  # returns when the dialog has closed

    assert user.steps == ["Skriv e-mailen", "Åbn i mailprogram", "Ja, log den"]
    # The draft: polite, to the caseworker, listing the three attempts.
    assert seen["to"] == "mette.hansen@soeby.dk"
    assert seen["body"].startswith("Kære Mette Hansen")
    assert seen["body"].count("opkald (") == 3
    # The mail program got it, with Danish letters and line breaks encoded.
    assert len(opened) == 1 and opened[0].scheme() == "mailto"
    encoded = opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert encoded.startswith("mailto:mette.hansen@soeby.dk?subject=Opf%C3%B8lgning")
    assert "%0D%0A" in encoded
    # Logged as an outgoing e-mail awaiting a reply with the case's deadline, and shown.
    due = deadlines.due_date(clock.today(), "", case.reply_days)
    assert clock.short_date(due) in seen["question"]
    email = [e for e in journal.all_entries(case) if e.kind == "email"]
    assert len(email) == 1
    logged = Entry.get_by_id(email[0].id)
    assert logged.direction == "out" and logged.person.name == "Mette Hansen"
    assert logged.reply_status == ReplyStatus.AWAITING and logged.reply_due == due
    assert window.selected_entry().id == logged.id
    # The banner moves on: now wait for the reply; no letter button.
    assert banner.step.rung == next_step.WAIT
    assert not banner.letter_button.isVisible()
    assert banner.message_text().startswith("1 henvendelse afventer svar.")
    assert window.awaiting_label.text() == "◷ 1 afventer svar · ✗ 3 opkald uden svar"
    window.close()


def test_the_banner_offers_the_letter_for_each_written_rung(qtbot, case):
    from dagbog.ui.next_step_banner import NextStepBanner

    banner = NextStepBanner()
    qtbot.addWidget(banner)
    kinds = []
    banner.write_letter.connect(kinds.append)
    for rung, kind in next_step.LETTER_FOR_RUNG.items():
        banner.step = next_step.NextStep(rung, next_step.LEVELS[rung], "…")
        banner._update_letter_button()
        assert not banner.letter_button.isHidden()
        banner.letter_button.click()
        assert kinds[-1] == kind
    banner.step = next_step.NextStep(next_step.CALL_CASEWORKER, 1, "Ring.")
    banner._update_letter_button()
    assert banner.letter_button.isHidden()
