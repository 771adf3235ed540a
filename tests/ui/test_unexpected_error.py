"""An error no slot handled: a Danish message for the user, the traceback in a log file."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from dagbog.core.errors import ReadOnlyDatabaseError
from dagbog.ui import app


def _raise(error):
    try:
        raise error
    except Exception:
        return sys.exc_info()


def test_unexpected_error_shows_danish_message_and_logs_details(
    qtbot, tmp_path, monkeypatch, capsys
):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(app, "error_log_path", lambda: tmp_path / "log" / "fejl.log")
    app.report_unexpected_error(*_raise(RuntimeError("noget gik galt")))
    [(title, text)] = shown
    assert title == "Uventet fejl"
    assert "måske ikke gemt" in text and "Alt, hvad du har gemt før, er uændret" in text
    assert str(tmp_path / "log" / "fejl.log") in text
    assert "Traceback" not in text
    log = (tmp_path / "log" / "fejl.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: noget gik galt" in log
    assert "Traceback" not in capsys.readouterr().err


def test_a_dagbog_error_is_shown_as_its_own_sentence(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app, "error_log_path", lambda: tmp_path / "fejl.log")
    app.report_unexpected_error(*_raise(ReadOnlyDatabaseError("Dagbogen er skrivebeskyttet.")))
    assert shown == ["Dagbogen er skrivebeskyttet."]
    assert not (tmp_path / "fejl.log").exists()


def test_an_unwritable_log_still_gives_the_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(app, "error_log_path", lambda: blocker / "fejl.log")
    app.report_unexpected_error(*_raise(ValueError("x")))
    assert len(shown) == 1 and "Detaljer" not in shown[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is a Linux matter")
def test_no_screen_is_one_danish_line_not_a_qt_abort(tmp_path):
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "dagbog", "--db", str(tmp_path / "d.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert (
        result.stderr.startswith("dagbog: Vinduet kan ikke vises")
        and result.stderr.count("\n") == 1
    )
    assert not (tmp_path / "d.db").exists()
