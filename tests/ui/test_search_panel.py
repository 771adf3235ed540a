"""The search panel: Ctrl+F, results as you type, marked words, filters, opening a hit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dagbog.core import cases, clock, journal, search
from dagbog.ui.search_model import (
    COL_TEXT,
    COL_WITH,
    EntryIdRole,
    HighlightRole,
    SearchResultsModel,
    marked_html,
)
from dagbog.ui.search_panel import SearchPanel


def log(case, subject, note="", at="2026-03-02 09:15", kind="email", **extra):
    return journal.log_contact(
        case,
        at=clock.parse_local_datetime(at),
        kind=kind,
        direction="out",
        subject=subject,
        note=note,
        **extra,
    )


@pytest.fixture
def filled(case):
    other = cases.create_case("Anden sag")
    return {
        "mail": log(case, "Ny sagsbehandler", "Sagsbehandleren <Jonas> ringer tilbage."),
        "call": log(
            case,
            "Lægeattest",
            "Spurgte om sagen",
            kind="call",
            outcome="no-answer",
            at="2025-01-10 10:00",
        ),
        "other": log(other, "Møde om sagsbehandling", "I Århus", kind="meeting"),
    }


def test_search_model_passes_qtmodeltester(qtmodeltester, filled):
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_hits(search.search("sagsbehandl"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def test_marked_html_escapes_user_text():
    assert marked_html("<b>a & sag</b>", ((7, 10),)) == (
        '&lt;b&gt;a &amp; <span style="background-color:#ffe17a; color:#000000;">sag</span>'
        "&lt;/b&gt;"
    )


def test_results_as_you_type_with_marked_words(qtbot, filled):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.searched, timeout=5000) as signal:
        qtbot.keyClicks(panel.field, "sagsbehandl")
    assert signal.args == [2]
    model = panel.model
    ids = [model.index(row, 0).data(EntryIdRole) for row in range(model.rowCount())]
    assert ids == [filled["other"].id, filled["mail"].id]
    markup = model.index(1, COL_TEXT).data(HighlightRole)
    assert "<b>Ny <span" in markup and ">sagsbehandler</span></b>" in markup
    assert "&lt;Jonas&gt;" in markup
    assert model.index(1, COL_TEXT).data(Qt.ItemDataRole.DisplayRole).startswith("Ny sagsbe")
    assert model.index(0, COL_WITH).data(HighlightRole) == ""
    assert "2 træf" in panel.summary.text()
    panel.show()
    qtbot.waitExposed(panel)
    panel.grab()  # the delegate paints without errors


def test_typing_searches_off_the_ui_thread_and_only_the_newest_answer_shows(
    qtbot, filled, monkeypatch
):
    import threading

    panel = SearchPanel()
    qtbot.addWidget(panel)
    original = search.search_detached
    threads, first_may_finish = [], threading.Event()

    def slow_then_fast(query, **filters):
        threads.append(threading.get_ident())
        if query == "sagsbehandl":  # the older search answers last
            first_may_finish.wait(10)
        return original(query, **filters)

    monkeypatch.setattr(search, "search_detached", slow_then_fast)
    panel.field.setText("sagsbehandl")
    panel.search_in_background()
    panel.field.setText("lægeattest")
    with qtbot.waitSignal(panel.searched, timeout=5000) as signal:
        panel.search_in_background()
    assert signal.args == [1]
    with qtbot.waitSignal(panel._answered, timeout=5000):  # the late, out-of-date answer
        first_may_finish.set()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data(EntryIdRole) == filled["call"].id
    assert threading.get_ident() not in threads


def test_a_search_still_running_when_its_panel_is_deleted_touches_nothing(
    qtbot, filled, monkeypatch
):
    """Closing the window (or a test ending) mid-search once crashed the interpreter now and
    then: the worker emitted on the panel while the window's thread deleted it."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent

    original = search.search_detached
    panel_gone, finished, thread_errors = threading.Event(), threading.Event(), []

    def waits_for_the_panel_to_go(query, **filters):
        panel_gone.wait(10)
        try:
            return original(query, **filters)
        finally:
            finished.set()

    monkeypatch.setattr(search, "search_detached", waits_for_the_panel_to_go)
    monkeypatch.setattr(threading, "excepthook", thread_errors.append)
    doomed = SearchPanel()
    doomed.field.setText("sagsbehandl")
    doomed.search_in_background()
    doomed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del doomed
    panel_gone.set()
    assert finished.wait(10)
    qtbot.waitUntil(lambda: not any(t.name == "dagbog-search" for t in threading.enumerate()))
    assert thread_errors == []  # the late answer was dropped, not emitted on a deleted panel

    monkeypatch.setattr(search, "search_detached", original)
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.field.setText("lægeattest")
    with qtbot.waitSignal(panel.searched, timeout=5000) as signal:
        panel.search_in_background()
    assert signal.args == [1]


def test_danish_two_letter_forms_and_no_hits(qtbot, filled):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.field.setText("aarhus")
    panel.run_search()
    assert panel.model.rowCount() == 1
    panel.field.setText('laegeattest "(* OR')
    panel.run_search()
    assert panel.model.rowCount() == 0
    assert "Ingen kontakter" in panel.summary.text()
    panel.field.setText("")
    panel.run_search()
    assert panel.summary.text() == "Skriv for at søge."


def test_filters_narrow_the_hits(qtbot, filled, case):
    panel = SearchPanel(today=date(2026, 3, 10))
    qtbot.addWidget(panel)
    panel.field.setText("s")
    panel.run_search()
    assert panel.model.rowCount() == 3
    panel.set_case_filter(case)
    panel.run_search()
    assert panel.model.rowCount() == 2
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("call"))
    panel.run_search()
    assert [h.entry_id for h in panel.model.hits()] == [filled["call"].id]
    panel.kind_combo.setCurrentIndex(0)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("unanswered"))
    panel.run_search()
    assert [h.entry_id for h in panel.model.hits()] == [filled["call"].id]
    panel.status_combo.setCurrentIndex(0)
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("year"))
    panel.run_search()
    assert [h.entry_id for h in panel.model.hits()] == [filled["mail"].id]
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("last-year"))
    panel.run_search()
    assert [h.entry_id for h in panel.model.hits()] == [filled["call"].id]


def test_results_follow_edits(qtbot, filled):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.field.setText("lægeattest")
    panel.run_search()
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.searched, timeout=5000) as signal:
        journal.delete_entry(filled["call"], "Fejl")
    assert signal.args == [0]


def test_ctrl_f_opens_the_panel_and_a_hit_opens_its_case(qtbot, window, filled):
    window.show()
    qtbot.waitExposed(window)
    dock = window.search_dock
    assert not dock.isVisible()
    window.activateWindow()
    dock.search_action.trigger()
    assert dock.isVisible()
    panel = dock.search_panel
    qtbot.waitUntil(lambda: panel.field.hasFocus())
    panel.field.setText("århus")
    panel.run_search()
    assert panel.model.rowCount() == 1
    panel.table.activated.emit(panel.model.index(0, 0))
    assert window.case.title == "Anden sag"
    assert window.selected_entry_id() == filled["other"].id
    window.grab().save("/tmp/search_panel.png")


def test_ctrl_f_key(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()


def test_without_fts5_the_panel_says_why_in_danish_and_search_is_off(qtbot, db_path, monkeypatch):
    from dagbog.core import db, search_index

    db.open_database(db_path)
    case = cases.create_case("Sag")
    log(case, "Lægeattest")
    db.close_database()
    monkeypatch.setattr(search_index, "_fts5", False)  # an SQLite built without FTS5
    db.open_database(db_path)
    try:
        panel = SearchPanel()
        qtbot.addWidget(panel)
        assert not panel.field.isEnabled()
        assert "fuldtekstsøgning (FTS5)" in panel.summary.text()
        assert "Søgning er ikke mulig" in panel.summary.text()
        panel.field.setText("lægeattest")  # disabled, but a stray call must not fail either
        panel.run_search()
        assert panel.model.rowCount() == 0
        log(case, "Skrevet uden FTS5")  # the diary itself still works
        assert journal.count_entries(case) == 2
    finally:
        db.close_database()
