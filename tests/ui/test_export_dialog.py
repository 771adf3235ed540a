"""The export dialog: choices become options, the export runs on a worker, Cancel leaves no file."""

from __future__ import annotations

import threading
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from dagbog.core import clock, demo, journal
from dagbog.core.models import Case
from dagbog.ui.export_dialog import ExportDialog


@pytest.fixture
def opened(monkeypatch):
    """Record what the dialog would open in the system viewer instead of opening it."""
    calls: list = []
    monkeypatch.setattr(ExportDialog, "open_file", lambda self, path: calls.append(path) or True)
    return calls


def _log(case, day: date, subject: str, **extra):
    return journal.log_contact(
        case,
        at=datetime.combine(day, time(10), clock.LOCAL_TZ),
        kind=extra.pop("kind", "email"),
        direction="out",
        subject=subject,
        registered_at=datetime.combine(day, time(11), clock.LOCAL_TZ),
        **extra,
    )


def test_choices_become_options(qtbot, case, tmp_path):
    dialog = ExportDialog(None, case)
    qtbot.addWidget(dialog)
    assert dialog.prepared_edit.text() == "Anna Jensen"
    assert dialog.path_edit.text().endswith(".pdf")
    options = dialog.options()
    assert options.start is None and options.end is None and options.kinds is None
    assert options.with_notes and not options.include_private and not options.only_unanswered

    dialog.set_period(date(2026, 1, 1), date(2026, 2, 28))
    dialog.kind_boxes["sms"].setChecked(False)
    dialog.notes_box.setChecked(False)
    dialog.private_box.setChecked(False)
    dialog.only_unanswered_box.setChecked(True)
    options = dialog.options()
    assert (options.start, options.end) == (date(2026, 1, 1), date(2026, 2, 28))
    assert "sms" not in options.kinds and "call" in options.kinds
    assert not options.with_notes and options.include_private and options.only_unanswered


def test_export_runs_off_the_ui_thread_and_opens_the_file(
    qtbot, case, tmp_path, opened, monkeypatch
):
    from dagbog.ui import export_worker

    threads: list[int] = []
    original = export_worker.write_pdf

    def recording_write_pdf(*args, **kwargs):
        threads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(export_worker, "write_pdf", recording_write_pdf)
    _log(case, date(2026, 1, 5), "Første henvendelse", note="En note")
    _log(case, date(2026, 1, 7), "Hemmelig", private=True)
    dialog = ExportDialog(None, case)
    qtbot.addWidget(dialog)
    target = tmp_path / "min log"  # the dialog adds .pdf
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.progress_bar.valueChanged, timeout=60_000):
        dialog.export_button.click()
        assert dialog.is_running() and not dialog.export_button.isEnabled()
        assert dialog.cancel_button.text() == "Afbryd"
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    pdf = tmp_path / "min log.pdf"
    assert dialog.saved_path == pdf and opened == [pdf]
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Første henvendelse" in text and "Hemmelig" not in text
    assert str(pdf) in dialog.message.text() and not dialog.message.isHidden()
    assert threads and threads[0] != threading.get_ident()  # built on the worker thread
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.cancel_button.text() == "Luk" and dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot, diary, tmp_path, opened):
    demo.create_synthetic(1500, cases_count=1)
    case = Case.get(Case.title == "Syntetisk sag 1")
    folder = tmp_path / "ud"
    folder.mkdir()
    dialog = ExportDialog(None, case)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(folder / "log.pdf"))
    dialog.start_export()
    dialog.cancel_button.click()  # "Afbryd" while running
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "afbrudt" in dialog.message.text()
    assert dialog.saved_path is None and opened == []
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled()  # the dialog stays usable for another try


def test_bad_choices_show_a_message_and_start_nothing(qtbot, case, tmp_path, opened):
    dialog = ExportDialog(None, case)
    qtbot.addWidget(dialog)
    dialog.set_period(date(2026, 3, 1), date(2026, 2, 1))
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.export_button.click()
    assert not dialog.is_running()
    assert "bagvendt" in dialog.error.text() and not dialog.error.isHidden()

    dialog.set_period(None, None)
    dialog.path_edit.setText(str(tmp_path / "findes-ikke" / "x.pdf"))
    dialog.export_button.click()
    assert "findes ikke" in dialog.error.text() and not dialog.is_running()

    for box in dialog.kind_boxes.values():
        box.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.export_button.click()
    assert "kontakttype" in dialog.error.text()
    assert list(tmp_path.iterdir()) == [tmp_path / "dagbog.db"] or not (tmp_path / "x.pdf").exists()


def test_main_window_menu_action(qtbot, window, monkeypatch, tmp_path):
    asked = []

    def fake_ask(parent, case):
        asked.append(case.title)
        return tmp_path / "log.pdf"

    monkeypatch.setattr(ExportDialog, "ask", staticmethod(fake_ask))
    action = window.export_pdf_action
    assert action.text().replace("&", "") == "Eksportér PDF …" and action.isEnabled()
    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert action.text() in menu_texts
    action.trigger()
    assert asked == ["Min sag"]
    assert str(tmp_path / "log.pdf") in window.statusBar().currentMessage()


def test_ctrl_p_makes_the_pdf_and_ctrl_shift_p_opens_people(qtbot, window, monkeypatch, tmp_path):
    """The platform's Print key makes the PDF log (what the user prints); People moved aside."""
    asked, people = [], []
    monkeypatch.setattr(
        ExportDialog, "ask", staticmethod(lambda parent, case: asked.append(case.title))
    )
    monkeypatch.setattr(window, "show_people", lambda: people.append(True))
    window.people_action.triggered.disconnect()
    window.people_action.triggered.connect(window.show_people)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Min sag"] and people == []
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_P, modifiers)
    assert people == [True] and asked == ["Min sag"]
