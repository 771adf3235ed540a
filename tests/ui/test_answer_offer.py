"""The entry dialog offers open requests to mark answered, and notes a closed telefontid."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from dagbog.core import clock, journal, people, telephone_hours
from dagbog.core.models import Entry
from dagbog.ui.entry_dialog import EntryDialog


@pytest.fixture
def dialog_for(qtbot, case):
    def make(**kwargs):
        dialog = EntryDialog(None, case, **kwargs)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.fixture
def open_requests(case):
    worker = people.caseworker_on(case)
    duty = people.people_with_role(case, "duty-phone")[0]
    sent = clock.now() - timedelta(days=5)
    to_worker = journal.log_contact(
        case,
        at=sent,
        kind="email",
        direction="out",
        person=worker,
        subject="Spørgsmål om planen",
        awaiting_reply=True,
    )
    to_duty = journal.log_contact(
        case, at=sent, kind="email", direction="out", person=duty,
        subject="Til vagttelefonen", awaiting_reply=True,
    )  # fmt: skip
    return to_worker, to_duty


def test_incoming_contact_offers_open_requests_and_links_them(dialog_for, open_requests):
    to_worker, to_duty = open_requests
    dialog = dialog_for(kind="email")
    assert dialog.answer_offer.isHidden()  # outgoing e-mail: no offer
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    assert not dialog.answer_offer.isHidden()
    # The caseworker's own request comes first.
    assert [e.id for e in dialog.answer_offer.candidates()] == [to_worker.id, to_duty.id]
    assert "Spørgsmål om planen" in dialog.answer_offer.boxes[0][0].text()
    dialog.answer_offer.tick(to_worker.id)
    dialog.subject_edit.setText("Svar fra Mette")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    answered = Entry.get_by_id(to_worker.id)
    assert answered.reply_status == "answered"
    assert answered.answered_by_id == dialog.saved_entry.id
    assert answered.response_days is not None
    assert Entry.get_by_id(to_duty.id).reply_status == "awaiting"


def test_talked_call_offers_and_failed_call_does_not(dialog_for, open_requests):
    dialog = dialog_for(kind="call")
    assert dialog.answer_offer.isHidden()
    dialog.outcome_buttons["talked"].click()
    assert not dialog.answer_offer.isHidden()
    dialog.outcome_buttons["no-answer"].click()
    assert dialog.answer_offer.isHidden()
    assert dialog.answer_offer.selected() == []


def _closed_hours_now() -> str:
    """Telephone hours on a weekday other than today's, so they are closed right now."""
    other = (clock.now().weekday() + 3) % 7
    return f"{telephone_hours.DAY_NAMES[other]} 09:00-12:00"


def test_call_outside_telefontid_shows_a_gentle_note(dialog_for, case):
    worker = people.caseworker_on(case)
    people.update_person(worker, hours=_closed_hours_now())
    dialog = dialog_for(kind="call")
    assert not dialog.telephone_hint.isHidden()
    text = dialog.telephone_hint.text()
    assert text.startswith("ℹ Mette Hansens telefontid er lukket nu; den åbner")
    assert text.endswith("Du kan stadig notere opkaldet.")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("email"))
    assert dialog.telephone_hint.isHidden()


def test_new_call_action_warns_in_the_status_bar(window, case, monkeypatch):
    people.update_person(people.caseworker_on(case), hours=_closed_hours_now())
    monkeypatch.setattr(EntryDialog, "ask", lambda *args, **kwargs: None)
    window.quick_actions["call"].trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Bemærk: Mette Hansens telefontid er lukket nu; den åbner")
