"""Starting the application: fonts, a quick start-and-quit, and a clear error for a bad file."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from dagbog.core import cases, db
from dagbog.ui import app


def test_run_quits_after_first_paint(qapp, db_path, isolated_settings):
    db.open_database(db_path)
    cases.create_case("Min sag")
    db.close_database()
    assert app.run(db_path, quit_after_start=True) == 0
    assert "DejaVu Sans" in QFontDatabase.families()
    assert QApplication.font().family() == "DejaVu Sans"


def test_run_shows_a_danish_message_for_a_damaged_file(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "ikke-en-database.db"
    bad.write_bytes(b"dette er ikke SQLite" * 100)
    before = bad.read_bytes()
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.run(bad, quit_after_start=True) == 1
    assert shown and shown[0][0] == "Dagbog kan ikke åbne databasen"
    assert "kan ikke åbnes som en Dagbog-database" in shown[0][1]
    assert bad.read_bytes() == before
