"""Wires the advocate and meeting features into the main window: the cases overview, the
quick case switcher (Ctrl+K), meeting mode (Ctrl+M), the user's name and role, and the
follow-up panel. Kept apart so the main window only calls :meth:`AdvocateTools.install`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QMessageBox

from dagbog.core import clock, events, journal
from dagbog.core.models import Case, Entry
from dagbog.core.vocabulary import Direction, Kind

from .follow_up_panel import FollowUpPanel

if TYPE_CHECKING:
    from .meeting_window import MeetingWindow

# The dialogs and the meeting window are imported where they open, not at start-up
# (with the case overview's statistics they cost ~0.1 s to load).


class AdvocateTools(QObject):
    """Menu actions, the follow-up panel and the open meeting windows of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.meeting_windows: dict[int, MeetingWindow] = {}
        self.overview_action = window._action(
            self.tr("&Oversigt over sager …"), "Ctrl+Shift+O", self.show_overview
        )
        self.switch_action = window._action(self.tr("S&kift sag …"), "Ctrl+K", self.switch_case)
        self.settings_action = window._action(
            self.tr("&Dit navn og din rolle …"), None, self.edit_settings
        )
        self.meeting_action = window._action(
            self.tr("&Mødetilstand …"), "Ctrl+M", self.open_meeting_mode
        )
        self.agreements_action = window._action(
            self.tr("&Planer og aftaler …"), None, self.show_agreements
        )
        self.follow_ups = FollowUpPanel()
        self.follow_ups.meeting_requested.connect(self.open_meeting_for)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Closing the main window closes open meetings first, so their typed notes are saved.
        if watched is self.window and event.type() == QEvent.Type.Close:
            for meeting_window in list(self.meeting_windows.values()):
                meeting_window.close()
        return False

    def install(
        self,
        case_menu,
        entry_menu,
        awaiting_dock: QDockWidget,
        follow_up_dock: QDockWidget | None = None,
    ) -> None:
        """Add the menu entries and the follow-up panel as a tab beside "Afventer svar".

        ``follow_up_dock``: the tab the window made already (with its entry in "Vis"); the
        panel goes into it.
        """
        first = case_menu.actions()[0] if case_menu.actions() else None
        case_menu.insertAction(first, self.switch_action)
        case_menu.insertAction(first, self.overview_action)
        case_menu.insertSeparator(first)
        people_action = self.window.people_action
        index = case_menu.actions().index(people_action)
        after = case_menu.actions()[index + 1] if index + 1 < len(case_menu.actions()) else None
        case_menu.insertAction(after, self.agreements_action)
        quit_action = self.window.quit_action
        case_menu.insertAction(quit_action, self.settings_action)
        case_menu.insertSeparator(quit_action)
        entry_menu.addSeparator()
        entry_menu.addAction(self.meeting_action)
        window = self.window
        if follow_up_dock is not None:
            self.follow_up_dock = follow_up_dock
            follow_up_dock.setWidget(self.follow_ups)
            return
        self.follow_up_dock = QDockWidget(self.tr("Aftaler fra møder"), window)
        self.follow_up_dock.setObjectName("follow_up_dock")
        self.follow_up_dock.setWidget(self.follow_ups)
        self.follow_up_dock.setFeatures(awaiting_dock.features())
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.follow_up_dock)
        window.tabifyDockWidget(awaiting_dock, self.follow_up_dock)
        # "Afventer svar" stays the tab in front; raising only works once the window is shown.
        QTimer.singleShot(0, awaiting_dock.raise_)
        toggle = self.follow_up_dock.toggleViewAction()
        toggle.setText(self.tr("Aftaler fra &møder"))
        view_menu = next(
            (a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Vis"),
            None,
        )
        if view_menu is not None:
            view_menu.addAction(toggle)

    def set_case(self, case: Case | None) -> None:
        self.follow_ups.set_case(case)
        self.meeting_action.setEnabled(case is not None)
        self.agreements_action.setEnabled(case is not None)

    def on_change(self, change: events.Change) -> None:
        case = self.window.case
        if change.what in ("meeting", "entry") and case is not None and change.case_id == case.id:
            self.follow_ups.refresh()
            if change.what == "meeting":
                self.window.calendar.refresh_marks()

    # --- slots ---------------------------------------------------------------------------
    @Slot()
    def show_overview(self) -> Case | None:
        from .cases_overview import CasesOverview

        case = CasesOverview.ask(self.window, self.window.case)
        self._switch_to(case)
        return case

    @Slot()
    def switch_case(self) -> Case | None:
        from .case_switcher import CaseSwitcher

        case = CaseSwitcher.ask(self.window)
        self._switch_to(case)
        return case

    def _switch_to(self, case: Case | None) -> None:
        self.window._reload_cases()
        if case is not None:
            self.window.set_case(case)

    @Slot()
    def show_agreements(self) -> None:
        if self.window.case is not None:
            from .agreements_dialog import AgreementsDialog

            AgreementsDialog.ask(self.window, self.window.case)

    @Slot()
    def edit_settings(self) -> bool:
        from .settings_dialog import SettingsDialog

        return SettingsDialog.ask(self.window)

    @Slot()
    def open_meeting_mode(self) -> MeetingWindow | None:
        """Meeting mode for the selected meeting, or a new meeting starting now."""
        window = self.window
        if window.case is None:
            return None
        entry = window.selected_entry()
        if entry is None or entry.kind != Kind.MEETING:
            answer = QMessageBox.question(
                window,
                self.tr("Mødetilstand"),
                self.tr(
                    "Vælg et møde i journalen for at åbne det i mødetilstand.\n\n"
                    "Vil du i stedet starte et nyt møde nu?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            entry = self.start_meeting_now(window.case)
        return self.open_meeting_for(entry.id)

    def start_meeting_now(self, case: Case) -> Entry:
        from dagbog.core import people

        return journal.log_contact(
            case,
            at=clock.now(),
            kind=Kind.MEETING,
            direction=Direction.IN,
            person=people.caseworker_on(case),
            subject=self.tr("Møde"),
        )

    @Slot(int)
    def open_meeting_for(self, entry_id: int) -> MeetingWindow:
        existing = self.meeting_windows.get(entry_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from .meeting_window import MeetingWindow

        meeting_window = MeetingWindow(journal.get_entry(entry_id), self.window)
        meeting_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meeting_windows[entry_id] = meeting_window
        meeting_window.destroyed.connect(lambda *_: self.meeting_windows.pop(entry_id, None))
        meeting_window.show()
        return meeting_window
