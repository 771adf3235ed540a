"""Starting the application: fonts, a quick start-and-quit, and a clear error for a bad file."""

from __future__ import annotations

import pytest
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


def test_damage_found_after_the_window_opened_closes_it_with_the_danish_message(
    qapp, qtbot, db_path, isolated_settings, monkeypatch
):
    import threading

    from dagbog.core.errors import DamagedDatabaseError

    db.open_database(db_path)
    cases.create_case("Min sag")
    db.close_database()
    before = db_path.read_bytes()

    class HeldCheck:  # the start-up check, still running when the window opens
        def __init__(self, path):
            self.path, self.error, self.finished = path, None, threading.Event()

        def done(self):
            return self.finished.is_set()

        def wait(self):
            self.finished.wait(10)
            return self.error

    check = HeldCheck(db_path)
    controller = app.DagbogApp(qapp, db_path, settings=isolated_settings, quit_after_start=True)
    assert app.open_diary(db_path, True, check)
    window = controller.build_window()
    assert window.case.title == "Min sag"  # reading went ahead of the check
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    damage = DamagedDatabaseError(f"Filen {db_path} er beskadiget.", path=db_path)

    def damaged(path):
        raise damage

    monkeypatch.setattr(db, "check_file", damaged)  # what a second look at the file finds
    exits = []  # no event loop runs here; a real exit() would end the next test's loops
    monkeypatch.setattr(app.QCoreApplication, "exit", lambda code=0: exits.append(code))
    app._DamageWatch(controller, check)
    check.error = damage
    check.finished.set()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "Dagbog kan ikke åbne databasen"
    assert "beskadiget" in shown[0][1]
    assert not window.isVisible() and exits == [1]
    assert db.current_path() is None  # the diary is closed, not written
    controller.shutdown()
    assert db_path.read_bytes() == before


def _damage_a_page_the_window_does_not_read(path) -> None:
    """Break the index of the version hashes: the window opens and paints (it never reads that
    index), and only SQLite's quick_check, the start-up health check, finds the damage."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            (page,) = conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'entry_version_hash' LIMIT 1"
            ).fetchone()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size] = 0x42  # not a b-tree page type
    path.write_bytes(bytes(data))


def test_quit_after_start_exits_non_zero_when_the_health_check_finds_damage(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("DAGBOG_MARK_FIRST_PAINT", None)
    diary = tmp_path / "dagbog.db"
    subprocess.run(
        [sys.executable, "-m", "dagbog", "demo", "--db", str(diary)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )

    def start():
        return subprocess.run(
            [sys.executable, "-m", "dagbog", "--db", str(diary), "--quit-after-start"],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    good = start()
    assert good.returncode == 0, good.stderr
    assert "first paint" not in good.stderr  # only when bench/run.py asks for it
    _damage_a_page_the_window_does_not_read(diary)
    before = diary.read_bytes()
    result = start()
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("dagbog:")]
    assert len(lines) == 1 and "beskadiget" in lines[0] and "Filen er ikke ændret" in lines[0]
    assert diary.read_bytes() == before


def test_the_health_check_starts_once_the_window_has_painted(qtbot):
    from PySide6.QtWidgets import QWidget

    class Check:
        started = 0

        def start(self):
            self.started += 1

    window = QWidget()
    qtbot.addWidget(window)
    check = Check()
    app._StartAfterFirstPaint(window, check)
    assert check.started == 0
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: check.started >= 1)


def test_quit_after_start_says_why_a_file_that_cannot_open_was_refused(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    bad = tmp_path / "ikke-en-database.db"
    bad.write_bytes(b"dette er ikke SQLite" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "dagbog", "--db", str(bad), "--quit-after-start"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("dagbog:")]
    assert len(lines) == 1 and "kan ikke åbnes som en Dagbog-database" in lines[0]
