"""Every interactive widget a user can reach has a Danish accessible name and description.

The walk covers the main window (with its panels and toolbar buttons) and every dialog and
window it opens; Qt's own sub-widgets (spin box arrows, calendar navigation, tab scroll
arrows, dock title buttons, whose object names start with ``qt_``) are named by Qt itself
and skipped. The description is what a screen reader reads after the name: the widget's
accessible description, or else its tooltip (Qt falls back to it), and it must say more
than the name.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from dagbog.core import backup, clock, db, journal, letters, people
from dagbog.ui.agreements_dialog import AgreementsDialog
from dagbog.ui.case_dialog import CaseDialog
from dagbog.ui.case_switcher import CaseSwitcher
from dagbog.ui.cases_overview import CasesOverview
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.export_dialog import ExportDialog
from dagbog.ui.first_run_wizard import FirstRunWizard
from dagbog.ui.help_dialog import HelpDialog
from dagbog.ui.history_dialog import HistoryDialog
from dagbog.ui.letter_dialog import LetterDialog
from dagbog.ui.main_window import MainWindow
from dagbog.ui.meeting_window import MeetingWindow, MinutesLetterDialog
from dagbog.ui.people_dialog import PeopleDialog
from dagbog.ui.preferences import Preferences
from dagbog.ui.preferences_dialog import PreferencesDialog
from dagbog.ui.record_tools import RestoreDialog
from dagbog.ui.search_panel import SearchPanel
from dagbog.ui.settings_dialog import SettingsDialog

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
_COMPOSITE = (QAbstractSpinBox, QComboBox, QCalendarWidget, QAbstractItemView, QTabBar)


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


def _reachable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if isinstance(widget, INTERACTIVE)
        and not widget.objectName().startswith("qt_")
        and not _inside_composite(widget)
    ]


def undescribed_interactive(root: QWidget) -> list[str]:
    """Interactive widgets whose screen-reader description is empty or only repeats the name."""
    missing = []
    for widget in _reachable(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        description = interface.text(QAccessible.Text.Description).strip()
        if not description or description == widget.accessibleName().strip():
            text = widget.text() if hasattr(widget, "text") else ""
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r} {text!r}")
    return missing


def unnamed_or_undescribed(root: QWidget) -> list[str]:
    return unnamed_interactive(root) + undescribed_interactive(root)


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
    assert unnamed_or_undescribed(window) == []


def test_the_main_window_without_a_case_names_every_control(qtbot, diary, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert unnamed_or_undescribed(window) == []


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
    assert unnamed_or_undescribed(widget) == []


def test_comfort_dialogs_name_every_control(qtbot, diary):
    for widget in (PreferencesDialog(None, Preferences()), HelpDialog(None)):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_or_undescribed(widget) == []


def test_every_page_of_the_guide_names_every_control(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.user_name_edit.setText("Anna Jensen")
    titles = []
    for _ in wizard.pageIds():
        titles.append(wizard.currentPage().title())
        assert unnamed_or_undescribed(wizard) == [], titles[-1]
        wizard.next()
    assert len(set(titles)) == len(wizard.pageIds())  # every page was walked


@pytest.fixture
def meeting(case):
    return journal.log_contact(
        case,
        at=datetime(2026, 11, 16, 10, 0, tzinfo=clock.LOCAL_TZ),
        kind="meeting",
        direction="in",
        person=people.caseworker_on(case),
        subject="Opfølgningsmøde",
    )


@pytest.mark.parametrize("kind", letters.KINDS)
def test_every_letter_dialog_names_and_describes_every_control(qtbot, case, meeting, kind):
    dialog = LetterDialog(None, case, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_or_undescribed(dialog) == []


@pytest.mark.parametrize(
    "make",
    [
        "meeting",
        "minutes-letter",
        "export",
        "history",
        "search",
        "cases-overview",
        "case-switcher",
        "agreements",
        "settings",
        "restore",
    ],
)
def test_the_other_windows_name_and_describe_every_control(qtbot, case, entry, meeting, make):
    backup.make_backup(db.current_path())
    widget = {
        "meeting": lambda: MeetingWindow(meeting),
        "minutes-letter": lambda: MinutesLetterDialog(None, letters.minutes(meeting)),
        "export": lambda: ExportDialog(None, case),
        "history": lambda: HistoryDialog(entry),
        "search": lambda: SearchPanel(),
        "cases-overview": lambda: CasesOverview(None, case),
        "case-switcher": lambda: CaseSwitcher(None),
        "agreements": lambda: AgreementsDialog(None, case),
        "settings": lambda: SettingsDialog(None),
        "restore": lambda: RestoreDialog(backup.list_backups(db.current_path())),
    }[make]()
    qtbot.addWidget(widget)
    widget.show()
    assert _reachable(widget), "nothing was walked"
    assert unnamed_or_undescribed(widget) == []


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


def test_the_offered_answers_are_named_and_described(qtbot, case):
    """An incoming letter offers the open requests it may answer, as named check boxes."""
    journal.log_contact(
        case,
        at=datetime(2026, 11, 16, 9, 0, tzinfo=clock.LOCAL_TZ),
        kind="email",
        direction="out",
        person=people.caseworker_on(case),
        subject="Status på sagen",
        awaiting_reply=True,
    )
    dialog = EntryDialog(None, case, kind="letter", direction="in")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.answer_offer.boxes, "no answer was offered"
    assert unnamed_or_undescribed(dialog) == []
    box, _entry = dialog.answer_offer.boxes[0]
    assert box.accessibleName().startswith("Svar på: ")
