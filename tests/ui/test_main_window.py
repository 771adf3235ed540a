"""The main window, driven like a user's session; dialogs are patched at ``ask``."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt

from dagbog.core import cases, clock, journal, people
from dagbog.core.models import Entry, EntryVersion
from dagbog.ui.calendar_widget import to_qdate
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.journal_model import COL_SUBJECT
from dagbog.ui.main_window import LAST_CASE_KEY, MainWindow

AT = datetime(2026, 11, 16, 9, 30, tzinfo=clock.LOCAL_TZ)


def _subjects(window) -> list[str]:
    model = window.model
    return [model.index(row, COL_SUBJECT).data() for row in range(model.rowCount())]


def _fake_ask(calls, *, at=AT, subject="Ringede om fleksjob", outcome="no-answer"):
    """A stand-in for EntryDialog.ask that saves what a user would have typed."""

    def ask(parent, case, kind="call", entry=None):
        calls.append((case.title, kind, entry.id if entry else None))
        if entry is not None:
            return journal.edit_entry(entry, subject=subject)
        return journal.log_contact(
            case,
            at=at,
            kind=kind,
            direction="out",
            person=people.caseworker_on(case),
            subject=subject,
            outcome=outcome if kind == "call" else None,
        )

    return ask


def test_shortcuts_of_the_quick_actions(window):
    shortcuts = {
        kind: action.shortcut().toString() for kind, action in window.quick_actions.items()
    }
    assert shortcuts == {
        "call": "Ctrl+1",
        "email": "Ctrl+2",
        "meeting": "Ctrl+3",
        "letter": "Ctrl+4",
    }
    assert window.quick_actions["call"].text().replace("&", "") == "Nyt opkald"


def test_logging_a_call_shows_it_in_journal_and_calendar(window, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(EntryDialog, "ask", _fake_ask(calls))
    assert window.model.rowCount() == 0
    window.quick_actions["call"].trigger()
    assert calls == [("Min sag", "call", None)]
    assert _subjects(window) == ["Ringede om fleksjob"]
    assert window.calendar.is_marked(date(2026, 11, 16))
    assert window.calendar.marks()[date(2026, 11, 16)] == {"call"}
    fmt = window.calendar.dateTextFormat(to_qdate(date(2026, 11, 16)))
    assert fmt.fontWeight() >= 700  # bold, not colour alone
    assert window.calendar.selectedDate() == to_qdate(date(2026, 11, 16))
    assert window.selected_entry().subject == "Ringede om fleksjob"
    assert "Ringede om fleksjob" in window.detail.toPlainText()
    assert window.count_label.text() == "1 kontakt i sagen"


def test_ctrl_1_opens_a_new_call(window, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(EntryDialog, "ask", _fake_ask(calls))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert calls == [("Min sag", "call", None)]
    qtbot.keyClick(window.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert calls[-1] == ("Min sag", "meeting", None)
    assert window.calendar.marks()[AT.date()] == {"call", "meeting"}


def test_meetings_are_marked_distinctly(window, monkeypatch):
    monkeypatch.setattr(EntryDialog, "ask", _fake_ask([], subject="Møde"))
    window.quick_actions["meeting"].trigger()
    tooltip = window.calendar.dateTextFormat(to_qdate(AT.date())).toolTip()
    assert tooltip == "Møde denne dag"


def test_switching_case_changes_journal_and_is_remembered(window, case, isolated_settings):
    other = cases.create_case("Peters sag")
    journal.log_contact(case, at=AT, kind="email", direction="out", subject="Annas mail")
    journal.log_contact(other, at=AT, kind="letter", direction="in", subject="Peters brev")
    assert _subjects(window) == ["Annas mail"]
    window.case_combo.setCurrentIndex(window.case_combo.findText("Peters sag"))
    assert window.case.id == other.id
    assert _subjects(window) == ["Peters brev"]
    assert window.windowTitle().startswith("Peters sag")
    assert isolated_settings.value(LAST_CASE_KEY) == other.uuid
    again = MainWindow(settings=isolated_settings)
    try:
        assert again.case.id == other.id
        assert again.case_combo.currentText() == "Peters sag"
    finally:
        again.close()
        again.deleteLater()


def test_settings_default_location_is_isolated(tmp_path):
    settings = QSettings("Dagbog", "Dagbog")
    assert str(tmp_path) in settings.fileName()


def test_day_filter_toggle(window, case):
    journal.log_contact(case, at=AT, kind="call", direction="out", subject="Mandag")
    journal.log_contact(
        case, at=AT + timedelta(days=1), kind="email", direction="out", subject="Tirsdag"
    )
    assert _subjects(window) == ["Tirsdag", "Mandag"]
    window.calendar.setSelectedDate(to_qdate(AT.date()))
    window.show_day_button.click()
    assert _subjects(window) == ["Mandag"]
    assert window.count_label.text() == "1 kontakt den 16.11.2026"
    window.calendar.setSelectedDate(to_qdate(AT.date() + timedelta(days=1)))
    assert _subjects(window) == ["Tirsdag"]
    window.show_all_button.click()
    assert _subjects(window) == ["Tirsdag", "Mandag"]
    assert window.count_label.text() == "2 kontakter i sagen"


def test_double_click_edits_and_keeps_history(window, case, qtbot, monkeypatch):
    entry = journal.log_contact(case, at=AT, kind="call", direction="out", subject="Før")
    calls = []
    monkeypatch.setattr(EntryDialog, "ask", _fake_ask(calls, subject="Efter"))
    window.show()
    qtbot.waitExposed(window)
    rect = window.table.visualRect(window.model.index(0, COL_SUBJECT))
    # QTest's double-click sends no press first; the view needs one to know the row.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == [("Min sag", "call", entry.id)]
    assert _subjects(window) == ["Efter"]
    assert Entry.get_by_id(entry.id).version == 2
    assert EntryVersion.select().where(EntryVersion.entry == entry).count() == 2
    text = window.detail.toPlainText()
    assert "Historik" in text and "Oprettet" in text and "Rettet" in text


def test_detail_pane_escapes_user_text(window, case):
    entry = journal.log_contact(
        case,
        at=AT,
        kind="email",
        direction="in",
        subject="<b>Svar</b> & mere",
        note="Linje 1\n<script>x</script>",
    )
    window.select_entry(entry.id)
    text = window.detail.toPlainText()
    assert "<b>Svar</b> & mere" in text
    assert "<script>x</script>" in text


def test_changes_from_elsewhere_redraw_the_window(window, case):
    journal.log_contact(case, at=AT, kind="sms", direction="in", subject="Udefra")
    assert _subjects(window) == ["Udefra"]
    assert window.calendar.is_marked(AT.date())
    cases.rename_case(case, "Annas sag")
    assert window.case_combo.currentText() == "Annas sag"


def test_window_without_cases_invites_to_create_one(qtbot, diary, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    assert window.case is None
    assert not window.quick_actions["call"].isEnabled()
    assert "Ny sag" in window.detail.toPlainText()
    window.close()


def test_new_case_from_the_window(window, monkeypatch):
    from dagbog.ui.case_dialog import CaseDialog

    monkeypatch.setattr(
        CaseDialog, "ask", lambda parent, case=None: cases.create_case("Ny sag fra vinduet")
    )
    window.new_case_action.trigger()
    assert window.case.title == "Ny sag fra vinduet"
    assert window.case_combo.currentText() == "Ny sag fra vinduet"
    assert window.model.rowCount() == 0


def test_interactive_widgets_have_accessible_names(window):
    for widget in (
        window.case_combo,
        window.calendar,
        window.table,
        window.detail,
        window.show_all_button,
        window.show_day_button,
    ):
        assert widget.accessibleName(), widget


def test_large_journal_opens_with_one_page(qtbot, case, isolated_settings):
    from tests.ui.test_journal_model import _bulk_entries

    _bulk_entries(case, 1000)
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    assert window.model.total == 1000
    assert window.model.rowCount() == 200
    assert window.count_label.text() == "1.000 kontakter i sagen"
    window.close()


def test_case_summary_shows_who_to_call(window, case):
    text = window.case_info.text()
    assert "Sagsbehandler: <b>Mette Hansen</b>" in text
    assert "Telefontid: Man-Tor 09:00-12:00" in text
    assert "Anna Jensen" in text
    mette = people.caseworker_on(case)
    people.update_person(mette, phone="70 12 34 56")
    assert "70 12 34 56" in window.case_info.text()


def test_enter_on_a_row_edits_it(window, case, qtbot, monkeypatch):
    entry = journal.log_contact(case, at=AT, kind="email", direction="out", subject="Før")
    calls = []
    monkeypatch.setattr(EntryDialog, "ask", _fake_ask(calls, subject="Efter"))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.select_entry(entry.id)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert calls == [("Min sag", "email", entry.id)]


def test_scrolling_down_fetches_the_next_page(window, case, qtbot):
    from tests.ui.test_journal_model import _bulk_entries

    _bulk_entries(case, 450)
    window.set_case(case)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 200
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 200)


def test_calendar_marks_follow_the_shown_month(window, case):
    journal.log_contact(case, at=AT, kind="meeting", direction="out", subject="Møde")
    window.calendar.setCurrentPage(2026, 10)
    assert not window.calendar.is_marked(AT.date())  # 16 November is not in October's grid
    window.calendar.setCurrentPage(2026, 11)
    assert window.calendar.marks()[AT.date()] == {"meeting"}


def test_layout_is_remembered(window, isolated_settings):
    window.close()
    assert isolated_settings.value("window/geometry") is not None


def test_delete_asks_for_a_reason_and_keeps_the_entry(window, case, monkeypatch):
    entry = journal.log_contact(case, at=AT, kind="call", direction="out", subject="Fejl")
    window.select_entry(entry.id)
    monkeypatch.setattr(window, "ask_delete_reason", lambda entry: None)
    assert not window.delete_selected()  # cancelled: nothing happens
    assert _subjects(window) == ["Fejl"]
    monkeypatch.setattr(window, "ask_delete_reason", lambda entry: "Oprettet to gange")
    window.select_entry(entry.id)
    assert window.delete_selected()
    assert _subjects(window) == []
    assert not window.calendar.is_marked(AT.date())
    stored = Entry.get_by_id(entry.id)
    assert stored.deleted and stored.deleted_reason == "Oprettet to gange"
    assert EntryVersion.select().where(EntryVersion.entry == entry).count() == 2


def test_delete_without_reason_is_refused(window, case, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    entry = journal.log_contact(case, at=AT, kind="call", direction="out", subject="Bliver")
    window.select_entry(entry.id)
    warnings = []
    monkeypatch.setattr(window, "ask_delete_reason", lambda entry: "  ")
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not window.delete_selected()
    assert warnings == ["Skriv hvorfor kontakten slettes."]
    assert not Entry.get_by_id(entry.id).deleted


def test_delete_key_on_the_journal(window, case, qtbot, monkeypatch):
    entry = journal.log_contact(case, at=AT, kind="call", direction="out", subject="Slettes")
    asked = []
    monkeypatch.setattr(window, "ask_delete_reason", lambda entry: asked.append(entry.id))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.select_entry(entry.id)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked == [entry.id]


def test_archiving_the_shown_case_switches_to_another(window, case):
    other = cases.create_case("Peters sag")
    cases.archive_case(case)
    assert window.case.id == other.id
    assert window.case_combo.findText("Min sag") < 0


def test_a_restart_with_the_same_case_and_layout_stores_nothing(qtbot, case, isolated_settings):
    for _ in range(2):  # the first close stores the case and the layout; the second settles
        earlier = MainWindow(settings=isolated_settings)
        qtbot.addWidget(earlier)
        earlier.show()
        qtbot.waitExposed(earlier)
        earlier.close()
    stored = []
    isolated_settings.setValue = lambda key, value: stored.append(key)  # instance only
    again = MainWindow(settings=isolated_settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.case.id == case.id
    again.close()
    assert stored == []
    other = cases.create_case("Peters sag")
    third = MainWindow(settings=isolated_settings)
    qtbot.addWidget(third)
    third.set_case(other)
    assert stored == [LAST_CASE_KEY]
    third.close()
