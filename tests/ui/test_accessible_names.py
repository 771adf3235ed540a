"""Every interactive widget a user can reach has a Danish accessible name.

The walk covers the main window (with its panels and toolbar buttons) and every dialog
the window opens; Qt's own sub-widgets (spin box arrows, calendar navigation, dock title
buttons, whose object names start with ``qt_``) are named by Qt itself and skipped.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dagbog.core import clock, journal
from dagbog.ui.case_dialog import CaseDialog
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.first_run_wizard import FirstRunWizard
from dagbog.ui.help_dialog import HelpDialog
from dagbog.ui.main_window import MainWindow
from dagbog.ui.people_dialog import PeopleDialog
from dagbog.ui.preferences import Preferences
from dagbog.ui.preferences_dialog import PreferencesDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QCalendarWidget,
)

#: Composite Qt widgets that name their own parts.
_COMPOSITE = (QAbstractSpinBox, QComboBox, QCalendarWidget, QAbstractItemView)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        # Scroll bars live in Qt's own "qt_scrollarea_*container" widgets.
        if isinstance(parent, _COMPOSITE) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_interactive(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name ("Type 'text'")."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue
        if _inside_composite(widget):
            continue
        if not widget.accessibleName().strip():
            text = widget.text() if hasattr(widget, "text") else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


@pytest.fixture
def entry(case):
    return journal.log_contact(
        case, at=datetime(2026, 11, 16, 9, 0, tzinfo=clock.LOCAL_TZ), kind="call", direction="out"
    )


def test_the_main_window_names_every_control(qtbot, case, entry, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_awaiting_panel()
    assert unnamed_interactive(window) == []


def test_the_main_window_without_a_case_names_every_control(qtbot, diary, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert unnamed_interactive(window) == []


@pytest.mark.parametrize("make", ["entry", "edit", "letter-in", "people", "case", "new-case"])
def test_dialogs_name_every_control(qtbot, case, entry, make):
    widget = {
        "entry": lambda: EntryDialog(None, case, kind="call"),
        "edit": lambda: EntryDialog(None, case, kind="call", entry=entry),
        "letter-in": lambda: EntryDialog(None, case, kind="letter", direction="in"),
        "people": lambda: PeopleDialog(None, case),
        "case": lambda: CaseDialog(None, case),
        "new-case": lambda: CaseDialog(None),
    }[make]()
    qtbot.addWidget(widget)
    widget.show()
    assert unnamed_interactive(widget) == []


def test_comfort_dialogs_name_every_control(qtbot, diary):
    for widget in (PreferencesDialog(None, Preferences()), HelpDialog(None)):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_interactive(widget) == []


def test_every_page_of_the_guide_names_every_control(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in wizard.pageIds():
        assert unnamed_interactive(wizard) == [], wizard.currentPage().title()
        wizard.next()


def test_help_topics_lead_to_actions(qtbot, window):
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    wanted = []
    dialog.action_requested.connect(wanted.append)
    for key in ("ladder", "telefontid", "email", "new-caseworker", "aktindsigt", "complaint"):
        dialog.show_topic(key)
        assert dialog.current_topic().key == key
        assert dialog.text.toPlainText().strip()
        dialog.action_button.click()
    assert wanted[3].startswith("letter:new-caseworker")
    actions = window.named_actions()
    for name in wanted:
        assert any(alternative in actions for alternative in name.split("|")), name
