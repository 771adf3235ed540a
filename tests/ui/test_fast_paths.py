"""The fast paths from the main window, counted in user actions (a key press or a click).

A call: Ctrl+1, one click on the outcome, Enter = 3 actions. An e-mail sent and a letter
received: the shortcut and Enter = 2 actions. Ctrl+Z undoes the last save into the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from dagbog.core import clock, journal, people
from dagbog.core.models import Entry, EntryVersion
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.main_window import UNDO_REASON

#: The issue's promise: a contact is logged from the main window in at most three actions.
MAX_ACTIONS = 3


class User:
    """Drives the real widgets and counts every key press and click."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key, modifier)

    def click(self, widget) -> None:
        self.actions += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _in_dialog(steps, seen):
    """Run ``steps(dialog)`` once the entry dialog is open (it runs its own event loop)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EntryDialog):
            QTimer.singleShot(10, run)
            return
        seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, run)


def _shown(window, qtbot):
    # A closed dialog is deleted (deleteLater) only when the event loop gets to it.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.table.setFocus()


def test_a_call_is_logged_in_three_actions(window, qtbot, case):
    _shown(window, qtbot)
    user = User(qtbot)
    seen = []

    def steps(dialog):
        # Filled in already: now, the caseworker, outgoing, a call.
        assert dialog.kind_combo.currentData() == "call"
        assert dialog.direction_combo.currentData() == "out"
        assert dialog.person_combo.currentData() == people.caseworker_on(case).id
        user.click(dialog.outcome_buttons["no-answer"])
        user.key(dialog.focusWidget(), Qt.Key.Key_Return)

    _in_dialog(steps, seen)
    before = clock.now().replace(second=0, microsecond=0)
    user.key(window.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+1 did not open the call form"
    assert user.actions == 3  # Ctrl+1, the outcome click, Enter
    assert user.actions <= MAX_ACTIONS
    entries = journal.all_entries(case)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.kind, entry.direction, entry.outcome) == ("call", "out", "no-answer")
    assert entry.person.name == "Mette Hansen"
    assert clock.to_local(entry.at) >= before
    assert window.selected_entry().id == entry.id
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_a_sent_email_is_logged_in_two_actions(window, qtbot, case):
    _shown(window, qtbot)
    user = User(qtbot)
    seen = []
    _in_dialog(lambda dialog: user.key(dialog.focusWidget(), Qt.Key.Key_Return), seen)
    user.key(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+2 did not open the e-mail form"
    assert user.actions == 2  # Ctrl+2, Enter
    assert user.actions <= MAX_ACTIONS
    (entry,) = journal.all_entries(case)
    assert (entry.kind, entry.direction, entry.reply_status) == ("email", "out", "awaiting")
    assert entry.reply_due is not None  # counted from the case's reply guarantee
    assert entry.person.name == "Mette Hansen"


def test_a_received_letter_is_logged_in_two_actions(window, qtbot, case):
    assert people.caseworker_on(case) is not None
    _shown(window, qtbot)
    user = User(qtbot)
    seen, sender = [], []

    def save(dialog):
        sender.append(dialog.person_combo.currentText())
        user.key(dialog.focusWidget(), Qt.Key.Key_Return)

    _in_dialog(save, seen)
    user.key(window.table, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+6 did not open the letter form"
    assert user.actions == 2  # Ctrl+6, Enter
    assert user.actions <= MAX_ACTIONS
    (entry,) = journal.all_entries(case)
    assert (entry.kind, entry.direction, entry.reply_status) == ("letter", "in", "not-expected")
    # A letter comes from the jobcenter, not necessarily from the caseworker: nobody is
    # named as its sender unless the user picks one.
    assert sender == ["Jobcentret (ingen bestemt person)"]
    assert entry.person is None


def test_enter_after_an_outcome_click_saves_instead_of_unticking(qtbot, case):
    dialog = EntryDialog(None, case, kind="call")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.mouseClick(dialog.outcome_buttons["busy"], Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.outcome_buttons["busy"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    assert dialog.saved_entry.outcome == "busy"


def test_ctrl_z_undoes_the_last_save_into_the_history(window, qtbot, case):
    _shown(window, qtbot)
    seen = []
    _in_dialog(lambda dialog: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return), seen)
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (entry,) = journal.all_entries(case)
    assert window.undo_action.isEnabled()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    _shown(window, qtbot)  # the offscreen platform does not hand activation back by itself
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = Entry.get_by_id(entry.id)
    assert stored.deleted and stored.deleted_reason == UNDO_REASON
    actions = [v.action for v in EntryVersion.select().where(EntryVersion.entry == entry.id)]
    assert actions == ["create", "delete"]
    assert journal.all_entries(case) == []
    assert window.model.rowCount() == 0
    assert "Fortrudt" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled()  # one undo; nothing is silently repeated
