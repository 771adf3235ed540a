"""Keyboard and screen-reader access: every input has a name, Tab follows the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from dagbog.core import journal
from dagbog.ui.case_dialog import CaseDialog
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.main_window import MainWindow
from dagbog.ui.people_dialog import PeopleDialog

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QListWidget, QTableView)


def _unnamed_inputs(widget) -> list[str]:
    missing = []
    children = [c for c in widget.findChildren(QWidget) if isinstance(c, INPUTS)]
    for child in children:
        if isinstance(child.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit; the spin box carries the name
        if isinstance(child.parent(), QComboBox) or child.objectName().startswith("qt_"):
            continue
        if not child.accessibleName():
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


@pytest.mark.parametrize("make", ["main", "entry", "edit", "people", "case"])
def test_every_input_has_an_accessible_name(qtbot, case, isolated_settings, make):
    from datetime import datetime

    from dagbog.core import clock

    entry = journal.log_contact(
        case, at=datetime(2026, 11, 16, 9, 0, tzinfo=clock.LOCAL_TZ), kind="call", direction="out"
    )
    widget = {
        "main": lambda: MainWindow(settings=isolated_settings),
        "entry": lambda: EntryDialog(None, case, kind="call"),
        "edit": lambda: EntryDialog(None, case, kind="call", entry=entry),
        "people": lambda: PeopleDialog(None, case),
        "case": lambda: CaseDialog(None, case),
    }[make]()
    qtbot.addWidget(widget)
    assert _unnamed_inputs(widget) == []


def test_tab_walks_the_entry_dialog_in_reading_order(qtbot, case):
    dialog = EntryDialog(None, case, kind="call")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.at_edit.setFocus()
    seen = []
    for _ in range(7):
        seen.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        dialog.at_edit,
        dialog.now_button,
        dialog.kind_combo,
        dialog.direction_combo,
        dialog.person_combo,
        dialog.subject_edit,
        dialog.outcome_buttons["talked"],
    ]


def test_tab_walks_the_letter_dialog_in_reading_order_without_a_trap(qtbot, case):
    from dagbog.ui.letter_dialog import LetterDialog

    dialog = LetterDialog(None, case, "new-caseworker")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.to_edit.setFocus()
    seen = []
    for _ in range(9):
        seen.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    # Tab leaves the text fields instead of typing a tab character into the letter.
    assert seen == [
        dialog.to_edit,
        dialog.subject_edit,
        dialog.reasons_edit,
        dialog.body_edit,
        dialog.copy_button,
        dialog.mail_button,
        dialog.pdf_button,
        dialog.log_button,
        dialog.close_button,
    ]
    assert "\t" not in dialog.body_edit.toPlainText()
