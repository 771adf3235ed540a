"""Awaiting replies in the window: journal highlighting and filter, calendar due marks, the
"Afventer svar" panel, the next-step banner and the status-bar count, driven with qtbot."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import qGray

from dagbog.core import clock, journal, people, requests, workdays
from dagbog.core.models import Entry
from dagbog.ui import highlight
from dagbog.ui.awaiting_model import COL_STATUS as PANEL_STATUS
from dagbog.ui.awaiting_model import COL_WAITED, AwaitingTableModel
from dagbog.ui.calendar_widget import to_qdate
from dagbog.ui.journal_model import COL_STATUS, COL_SUBJECT
from dagbog.ui.main_window import MainWindow


def _days_ago(n: int, hour: int = 10) -> datetime:
    return datetime.combine(clock.today() - timedelta(days=n), time(hour), clock.LOCAL_TZ)


@pytest.fixture
def requests_case(case):
    """Three open requests (overdue, due soon, awaiting), a failed call and an answered one."""
    worker = people.caseworker_on(case)
    log = journal.log_contact
    overdue = log(
        case,
        at=_days_ago(40),
        kind="email",
        direction="out",
        person=worker,
        subject="Gammel e-mail",
        awaiting_reply=True,
    )
    soon = log(
        case,
        at=_days_ago(3),
        kind="letter",
        direction="out",
        person=worker,
        subject="Brev med snar frist",
        awaiting_reply=True,
        reply_due=workdays.add_working_days(clock.today(), 1),
    )
    fresh = log(
        case,
        at=_days_ago(0, 0),
        kind="email",
        direction="out",
        person=worker,
        subject="Ny e-mail",
        awaiting_reply=True,
    )
    log(
        case,
        at=_days_ago(2),
        kind="call",
        direction="out",
        person=worker,
        subject="Ringede",
        outcome="no-answer",
    )
    return {"overdue": overdue, "soon": soon, "fresh": fresh}  # fmt: skip


@pytest.fixture
def win(qtbot, requests_case, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _row_by_subject(model, subject: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, COL_SUBJECT).data() == subject:
            return row
    raise AssertionError(subject)


def test_journal_highlighting_sign_words_and_tint(win):
    model = win.model
    overdue = _row_by_subject(model, "Gammel e-mail")
    soon = _row_by_subject(model, "Brev med snar frist")
    fresh = _row_by_subject(model, "Ny e-mail")
    failed = _row_by_subject(model, "Ringede")
    assert model.index(overdue, COL_STATUS).data().startswith("⚠ Overskredet (frist")
    assert model.index(soon, COL_STATUS).data().startswith("◔ Frist snart (frist")
    assert model.index(fresh, COL_STATUS).data().startswith("◷ Afventer svar (frist")
    assert model.index(failed, COL_STATUS).data() == "✗ Intet svar"
    bg = Qt.ItemDataRole.BackgroundRole
    dark = model.index(overdue, COL_SUBJECT).data(bg)
    light = model.index(soon, COL_SUBJECT).data(bg)
    assert dark is not None and light is not None
    assert model.index(fresh, COL_SUBJECT).data(bg) is None
    # Readable in grayscale: overdue is clearly darker than due-soon, and bold.
    assert qGray(dark.rgb()) + 20 < qGray(light.rgb())
    assert model.index(overdue, COL_STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(soon, COL_STATUS).data(Qt.ItemDataRole.FontRole) is None


def test_filter_afventer_svar(win, qtbot):
    assert win.model.rowCount() == 4
    win.show_awaiting_button.click()
    assert win.model.awaiting
    subjects = {win.model.index(r, COL_SUBJECT).data() for r in range(win.model.rowCount())}
    assert subjects == {"Gammel e-mail", "Brev med snar frist", "Ny e-mail"}
    assert win.count_label.text() == "3 kontakter afventer svar"
    win.show_all_button.click()
    assert win.model.rowCount() == 4


def test_calendar_marks_due_dates(win, requests_case):
    for key, mark in (("overdue", "overdue"), ("soon", "due")):
        due = requests_case[key].reply_due
        win.calendar.setCurrentPage(due.year, due.month)
        assert win.calendar.due_marks()[due] == mark
        tip = win.calendar.dateTextFormat(to_qdate(due)).toolTip()
        assert ("overskredet" in tip) if mark == "overdue" else ("Svarfrist denne dag" in tip)


def test_panel_lists_most_overdue_first_and_agrees_with_core(win, requests_case):
    panel = win.awaiting_panel
    model = panel.model
    subjects = [model.request_at(r).entry.subject for r in range(model.rowCount())]
    assert subjects == ["Gammel e-mail", "Brev med snar frist", "Ny e-mail"]
    expected = requests.open_requests(win.case)
    assert [r.entry.id for r in model.requests()] == [r.entry.id for r in expected]
    first = expected[0]
    assert model.index(0, PANEL_STATUS).data() == (
        f"⚠ {first.days_overdue} arbejdsdage over fristen"
        if first.days_overdue != 1
        else "⚠ 1 arbejdsdag over fristen"
    )
    assert model.index(0, COL_WAITED).data() == f"{first.days_waited} arbejdsdage"
    assert model.index(1, PANEL_STATUS).data() == "◔ Frist snart"
    assert "3 henvendelser afventer svar, heraf ⚠ 1 over fristen" in panel.summary.text()
    assert (
        win.awaiting_label.text() == "◷ 3 afventer svar · ⚠ 1 over fristen · ✗ 1 opkald uden svar"
    )


def test_panel_shows_entry_closes_and_answers(win, requests_case, monkeypatch, qtbot):
    panel = win.awaiting_panel
    win.show_day_button.click()  # the journal is filtered to one day
    assert panel.select_entry(requests_case["overdue"].id)
    panel.show_button.click()
    assert win.show_all_button.isChecked()
    assert win.selected_entry().id == requests_case["overdue"].id

    monkeypatch.setattr(panel, "ask_reason", lambda request: "Afklaret på mødet")
    panel.select_entry(requests_case["overdue"].id)
    panel.close_button.click()
    closed = Entry.get_by_id(requests_case["overdue"].id)
    assert closed.reply_status == "not-expected" and closed.closed_reason == "Afklaret på mødet"
    assert panel.model.rowCount() == 2
    assert win.awaiting_label.text() == "◷ 2 afventer svar · ✗ 1 opkald uden svar"

    reply = journal.log_contact(
        win.case, at=clock.now(), kind="email", direction="in",
        person=people.caseworker_on(win.case), subject="Svar",
    )  # fmt: skip
    monkeypatch.setattr(panel, "ask_answer", lambda request, choices: choices[-1])
    panel.select_entry(requests_case["soon"].id)
    panel.answer_button.click()
    answered = Entry.get_by_id(requests_case["soon"].id)
    assert answered.reply_status == "answered" and answered.answered_by_id == reply.id
    assert panel.model.rowCount() == 1
    assert "1 henvendelse afventer svar" in win.banner.message_text()


def test_banner_on_start_with_count_and_next_step(win, qtbot):
    banner = win.banner
    assert banner.isVisible()
    text = banner.message_text()
    assert text.startswith("3 henvendelser afventer svar, og 1 er over fristen.")
    assert "Næste skridt:" in text and text.rstrip().endswith(".")
    assert banner.step.sentence in text
    banner.open_button.click()
    assert win.awaiting_dock.isVisible()
    banner.close_button.click()
    assert not banner.isVisible()
    journal.log_contact(win.case, at=clock.now(), kind="sms", direction="out")
    assert not banner.isVisible()  # stays closed for the session


def test_awaiting_model_contract(qtmodeltester, requests_case, case):
    model = AwaitingTableModel()
    model.set_case(case)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_highlight_text_for_plain_entries(case):
    entry = journal.log_contact(
        case, at=clock.now(), kind="call", direction="out", outcome="talked"
    )
    assert highlight.status_text(entry) == "Talte med"
    assert highlight.background(highlight.code(entry)) is None


def test_cli_overdue_json_agrees_with_the_panel(win, db_path):
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "dagbog", "overdue", "--db", str(db_path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    cli = [(row["id"], row["days_overdue"]) for row in json.loads(result.stdout)]
    panel = [(r.entry.id, r.days_overdue) for r in win.awaiting_panel.model.requests() if r.overdue]
    assert cli == panel and len(cli) == 1


def test_no_banner_when_nothing_is_awaited(window):
    assert window.banner.isHidden()
    assert window.awaiting_label.text() == "Ingen afventer svar"
    journal.log_contact(
        window.case, at=clock.now(), kind="email", direction="out", awaiting_reply=True
    )
    assert not window.banner.isHidden()
    assert window.banner.message_text().startswith("1 henvendelse afventer svar.")


@pytest.fixture
def agreed(requests_case, case):
    """A meeting 20 days ago: the jobcenter promised something (overdue), Anna has an action."""
    from dagbog.core import meetings

    entry = journal.log_contact(
        case, at=_days_ago(20), kind="meeting", direction="in",
        person=people.caseworker_on(case), subject="Opfølgningsmøde",
    )  # fmt: skip
    meeting = meetings.open_meeting(entry)
    promise = meetings.add_action(
        meeting, "Sende ny jobplan", who="Jobcentret", due=clock.today() - timedelta(days=3),
        promised_by_authority=True,
    )  # fmt: skip
    own = meetings.add_action(
        meeting, "Bestille tid hos lægen", who="Anna Jensen",
        due=clock.today() + timedelta(days=10),
    )  # fmt: skip
    return {"meeting": entry, "promise": promise, "own": own}


def test_panel_lists_open_agreed_actions_labelled_as_whose(
    win, requests_case, agreed, qtbot, qtmodeltester
):
    from dagbog.core import meetings
    from dagbog.core.models import MeetingAction
    from dagbog.ui.awaiting_model import COL_SUBJECT as PANEL_SUBJECT

    win.set_case(win.case)  # the actions were added after the window opened
    panel = win.awaiting_panel
    model = panel.model
    qtmodeltester.check(model)
    # The requests are unchanged; the actions come in by due date, labelled as whose.
    assert [r.entry.id for r in model.requests()] == [
        r.entry.id for r in requests.open_requests(win.case)
    ]
    texts = model.row_texts()
    assert len(texts) == 5
    dues = [(model.request_at(r) or model.action_at(r)).due for r in range(model.rowCount())]
    assert dues == sorted(dues)
    promise_row = model.row_of_action(agreed["promise"].id)
    own_row = model.row_of_action(agreed["own"].id)
    assert model.index(promise_row, PANEL_SUBJECT).data() == "Lovet af jobcentret: Sende ny jobplan"
    assert model.index(promise_row, PANEL_STATUS).data().startswith("⚠ ")
    assert model.index(promise_row, PANEL_STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(own_row, PANEL_SUBJECT).data() == (
        "Aftale, Anna Jensen gør: Bestille tid hos lægen"
    )
    assert model.index(own_row, PANEL_STATUS).data() == "☐ Ikke udført"
    assert "Møde" in model.index(own_row, 1).data()
    # The request counts stay the requests' own; the actions are told apart.
    summary = panel.summary.text()
    assert "3 henvendelser afventer svar, heraf ⚠ 1 over fristen" in summary
    assert "1 løfte fra jobcentret og 1 aftale fra møder er ikke udført" in summary
    assert win.awaiting_label.text().startswith("◷ 3 afventer svar · ⚠ 1 over fristen")
    # The calendar flags both due dates.
    for action in (agreed["promise"], agreed["own"]):
        win.calendar.setCurrentPage(action.due.year, action.due.month)
        assert win.calendar.follow_ups().get(action.due) == 1

    # By keyboard: focus the list, walk to the promise; only "Markér udført" applies to it.
    win.show_awaiting_panel()
    panel.table.setFocus()
    panel.table.setCurrentIndex(model.index(0, PANEL_STATUS))
    panel.table.selectRow(0)
    for _ in range(promise_row):
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.selected_action_id() == agreed["promise"].id
    assert panel.done_button.isVisible() and panel.done_button.isEnabled()
    assert not panel.answer_button.isEnabled() and not panel.close_button.isEnabled()
    assert panel.done_button.accessibleName() and "&" in panel.done_button.text()
    panel.show_button.click()
    assert win.selected_entry().id == agreed["meeting"].id  # the meeting it was agreed at
    panel.select_action(agreed["promise"].id)
    panel.done_button.click()
    assert MeetingAction.get_by_id(agreed["promise"].id).done
    assert model.row_of_action(agreed["promise"].id) == -1 and model.rowCount() == 4
    assert "1 aftale fra møder er ikke udført" in panel.summary.text()
    # Done in meeting mode (another view) clears it here too.
    meetings.set_action_done(agreed["own"])
    assert model.rowCount() == 3 and not panel.done_button.isVisible()
    assert "aftale" not in panel.summary.text()


def test_calendar_says_whose_agreed_action_falls_due_and_the_legend_has_its_sign(
    win, agreed, case, qapp, qtbot, isolated_settings, monkeypatch, tmp_path
):
    """The tooltip said only «⚑ 2 aftaler fra møder har frist denne dag» (whose?), and the
    legend under the calendar had no sign for the corner that marks such a day."""
    from PySide6.QtWidgets import QLabel

    from dagbog.core import meetings
    from dagbog.ui import i18n
    from dagbog.ui.preferences import LANGUAGE_DANISH, LANGUAGE_ENGLISH

    day = agreed["own"].due
    meeting = meetings.open_meeting(agreed["meeting"])
    meetings.add_action(
        meeting, "Svare om kursus", who="Jobcentret", due=day,
        promised_by_authority=True,
    )  # fmt: skip
    meetings.add_action(meeting, "Finde lønsedler", due=day)
    win.set_case(case)
    calendar = win.calendar
    calendar.setCurrentPage(day.year, day.month)
    assert calendar.follow_ups()[day] == 3
    fmt = calendar.dateTextFormat(to_qdate(day))
    assert fmt.fontUnderline()
    lines = fmt.toolTip().splitlines()
    assert lines[-3:] == [
        "◤ Frist for jobcentrets løfte: Svare om kursus",
        "◤ Frist for aftale, Anna Jensen gør: Bestille tid hos lægen",
        "◤ Frist for aftale: Finde lønsedler",
    ]
    promise_day = agreed["promise"].due
    calendar.setCurrentPage(promise_day.year, promise_day.month)
    tip = calendar.dateTextFormat(to_qdate(promise_day)).toolTip()
    assert "◤ Frist for jobcentrets løfte: Sende ny jobplan" in tip.splitlines()

    (legend,) = [
        w for w in win.findChildren(QLabel) if w.accessibleName() == "Forklaring til kalenderen"
    ]
    assert "◤\u00a0aftale" in legend.text()
    assert "hjørne" in calendar.accessibleDescription()

    monkeypatch.setenv("DAGBOG_TRANSLATIONS_CACHE", str(tmp_path / "qm"))
    try:
        assert i18n.install(LANGUAGE_ENGLISH, qapp) == LANGUAGE_ENGLISH
        english = MainWindow(settings=isolated_settings)
        qtbot.addWidget(english)
        english.set_case(case)
        english.calendar.setCurrentPage(day.year, day.month)
        lines = english.calendar.dateTextFormat(to_qdate(day)).toolTip().splitlines()
        assert lines[-3:] == [
            "◤ The jobcentre's promise is due: Svare om kursus",
            "◤ Agreed action due, Anna Jensen does: Bestille tid hos lægen",
            "◤ Agreed action due: Finde lønsedler",
        ]
        (label,) = [
            w for w in english.findChildren(QLabel) if w.accessibleName() == "Calendar legend"
        ]
        assert "◤\u00a0agreed\u00a0action" in label.text()
        assert "corner" in english.calendar.accessibleDescription()
        english.close()
    finally:
        i18n.install(LANGUAGE_DANISH, qapp)


def test_marking_done_in_a_read_only_diary_says_why_and_changes_nothing(
    case, agreed, db_path, qtbot, monkeypatch
):
    """Found: «Markér udført» in a diary opened read-only raised out of the slot («Uventet
    fejl»), where «Besvaret» and «Luk» say it in their own box."""
    from PySide6.QtWidgets import QMessageBox

    from dagbog.core import db
    from dagbog.core.models import MeetingAction
    from dagbog.ui.awaiting_panel import AwaitingPanel

    db.close_database()
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    db.open_database(db_path)
    assert db.is_read_only()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1:]))
    panel = AwaitingPanel()
    qtbot.addWidget(panel)
    panel.set_case(case)
    assert panel.select_action(agreed["promise"].id)
    assert panel.mark_selected_done() is None
    assert warnings and warnings[0][0] == "Kan ikke markere som udført"
    assert "skrivebeskyttet" in warnings[0][1]
    assert not MeetingAction.get_by_id(agreed["promise"].id).done
    assert panel.model.row_of_action(agreed["promise"].id) >= 0
