"""Start-up: the window shows what is seen first and builds the rest right after its first
paint; shortcuts work from the first moment; PySide6 loads without its source scan."""

from __future__ import annotations

import linecache
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleFactory

from dagbog import cli
from dagbog.core import clock, journal
from dagbog.core.vocabulary import Direction, Kind
from dagbog.ui import preferences, pyside_boot, theme
from dagbog.ui.main_window import MainWindow


@pytest.fixture
def waiting(case):
    """One e-mail awaiting a reply, so the awaiting list has a row to show."""
    return journal.log_contact(
        case,
        at=clock.now() - timedelta(days=1),
        kind=Kind.EMAIL,
        direction=Direction.OUT,
        subject="Hvornår kommer svaret?",
        awaiting_reply=True,
    )


@pytest.fixture
def late_window(qtbot, case, isolated_settings):
    """A window made the way the application starts it."""
    win = MainWindow(settings=isolated_settings, complete_after_first_paint=True)
    qtbot.addWidget(win)
    yield win
    win.close()


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.text(): [a.text() for a in action.menu().actions()]
        for action in window.menuBar().actions()
    }


def test_the_rest_is_built_by_the_event_loop_after_the_first_paint(qtbot, late_window, waiting):
    window = late_window
    assert not window.completed
    assert "search_dock" not in window.__dict__
    # What is seen first is there before the window is shown.
    assert window.model.total == 1
    assert window.case_info.text()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Sag",
        "&Kontakt",
        "&Breve",
        "&Vis",
        "&Indstillinger",
        "&Hjælp",
    ]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.completed)
    assert not window.search_dock.isVisible()
    assert window.awaiting_panel.model.rowCount() == 1
    assert window.follow_up_dock.widget() is window.advocate.follow_ups
    menus = _menu_texts(window)
    assert len(menus["&Breve"]) >= 5
    assert "S&kift sag …" in menus["&Sag"]
    assert "&Historik for valgte kontakt …" in menus["&Kontakt"]
    assert menus["&Vis"] == ["&Afventer svar", "Aftaler fra &møder", "&Søg …"]


def test_the_late_window_ends_up_like_one_built_at_once(qtbot, late_window, isolated_settings):
    late_window.show()
    qtbot.waitUntil(lambda: late_window.completed)
    at_once = MainWindow(settings=isolated_settings)
    qtbot.addWidget(at_once)
    assert at_once.completed
    assert _menu_texts(late_window) == _menu_texts(at_once)
    shortcuts = sorted((a.text(), a.shortcut().toString()) for a in at_once.actions())
    assert sorted((a.text(), a.shortcut().toString()) for a in late_window.actions()) == shortcuts
    at_once.close()


def test_ctrl_f_works_before_the_rest_is_built(qtbot, late_window):
    window = late_window
    window.show()  # no events processed yet: the rest is not built
    assert not window.completed
    window.find_action.trigger()
    assert window.completed
    assert window.search_dock.isVisible()


def test_ctrl_f_key_as_soon_as_the_window_is_shown(qtbot, late_window):
    window = late_window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()
    qtbot.waitUntil(lambda: window.search_dock.search_panel.field.hasFocus())


def test_a_part_asked_for_early_is_built_on_demand(late_window, waiting):
    window = late_window
    assert not window.completed
    assert window.advocate is not None  # builds the rest now
    assert window.completed
    assert window.awaiting_panel.model.rowCount() == 1
    with pytest.raises(AttributeError):
        window.no_such_part  # noqa: B018 - other missing names still raise


def test_a_change_before_the_rest_is_built_reaches_it_afterwards(qtbot, late_window, case):
    window = late_window
    journal.log_contact(
        case,
        at=clock.now(),
        kind=Kind.EMAIL,
        direction=Direction.OUT,
        subject="Sendt før resten var bygget",
        awaiting_reply=True,
    )
    qtbot.waitUntil(lambda: window.model.total == 1)
    window.complete()
    assert window.awaiting_panel.model.rowCount() == 1


# --- the command line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "db", "quit_after_start"),
    [
        ([], None, False),
        (["--db", "dagbog.db"], Path("dagbog.db"), False),
        (["--db=min fil.db", "--quit-after-start"], Path("min fil.db"), True),
        (["--quit-after-start", "--db", "a.db"], Path("a.db"), True),
    ],
)
def test_the_window_arguments_are_read_without_the_verbs(argv, db, quit_after_start):
    args = cli.window_arguments(argv)
    assert args is not None
    assert (args.command, args.gui_db, args.quit_after_start) == (None, db, quit_after_start)
    parsed = cli.build_parser().parse_args(argv)
    assert (parsed.command, parsed.gui_db, parsed.quit_after_start) == (
        None,
        db,
        quit_after_start,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--db", "x.db"],
        ["--db"],
        ["--db", "--quit-after-start"],
        ["--help"],
        ["--version"],
        ["--quit"],
        ["--db", "a.db", "search", "x"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert cli.window_arguments(argv) is None


# --- PySide6 without its source scan --------------------------------------------------------


def test_pyside_knows_the_answers_of_its_source_scan_beforehand():
    assert pyside_boot.load()
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert table["dagbog.ui.case_switcher"] == 0  # uses PySide6
    assert table["dagbog.core.journal"] == -1
    assert table["textwrap"] == -1
    assert table["html.entities"] == -1


def test_a_module_imported_after_pyside_is_not_read_into_linecache():
    name = "colorsys"
    sys.modules.pop(name, None)
    linecache.clearcache()
    __import__(name)
    assert not any(path.endswith(f"{name}.py") for path in linecache.cache)


# --- the style ------------------------------------------------------------------------------


def test_plain_fusion_at_normal_text_size_and_scaled_when_larger(qapp):
    try:
        qapp.setStyle(QStyleFactory.create("Windows"))
        theme.apply(qapp, preferences.Preferences(text_scale=100))
        assert qapp.style().name().lower() == "fusion"
        assert not isinstance(qapp.style(), theme.ScaledStyle)
        theme.apply(qapp, preferences.Preferences(text_scale=150))
        assert isinstance(qapp.style(), theme.ScaledStyle)
        theme.apply(qapp, preferences.Preferences(text_scale=100))
        assert qapp.style().factor == 1.0
    finally:
        theme.apply(qapp, preferences.Preferences())


def test_an_application_started_in_fusion_is_not_asked_for_its_style(qapp, monkeypatch):
    monkeypatch.setitem(theme._state, "plain_fusion", False)
    theme.started_in_fusion()
    asked = []
    monkeypatch.setattr(type(qapp), "style", lambda self: asked.append(1) or None)
    try:
        theme.apply(qapp, preferences.Preferences(text_scale=100))
        assert asked == []
    finally:
        monkeypatch.undo()
        theme.apply(qapp, preferences.Preferences())
    theme.apply(qapp, preferences.Preferences(text_scale=150))
    assert isinstance(qapp.style(), theme.ScaledStyle)
    assert not theme._state["plain_fusion"]
    theme.apply(qapp, preferences.Preferences())


def test_the_window_modules_leave_what_the_first_paint_does_not_need():
    """Kept off the way to the first paint: the meeting module and the entry history (the
    calendar and the detail pane need one function of each), and the message box type."""
    import subprocess

    code = (
        "import sys, dagbog.core.db, dagbog.ui.app, dagbog.ui.main_window\n"
        "import PySide6.QtWidgets as widgets\n"
        "print(sorted(n for n in ('dagbog.core.meetings', 'dagbog.core.history') "
        "if n in sys.modules), 'QMessageBox' in widgets.__dict__)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[0] == "[] False"
