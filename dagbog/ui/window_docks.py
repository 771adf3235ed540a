"""The main window's docks, and the parts of the window built just after its first paint.

What the user sees first is built before the window is shown: the bottom docks ("Afventer
svar" with "Aftaler fra møder" as a tab behind it), so the layout does not move afterwards.
:func:`build_rest` adds the rest: the letters and files (``Correspondence``), the advocate's
tools and the follow-up list, the search dock (hidden until Ctrl+F) and the record's tools,
and fills the awaiting list. At start-up it runs from the event loop right after the first
paint (``MainWindow.complete``); a window made elsewhere (tests, a rebuilt window) runs it
at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from .awaiting_panel import AwaitingPanel

if TYPE_CHECKING:
    from .main_window import MainWindow

_DOCK_FEATURES = (
    QDockWidget.DockWidgetFeature.DockWidgetClosable
    | QDockWidget.DockWidgetFeature.DockWidgetMovable
)


def build_bottom_docks(w: MainWindow) -> None:
    """ "Afventer svar" (filled by :func:`build_rest`) and the follow-up tab behind it."""
    w.awaiting_panel = AwaitingPanel()
    w.awaiting_panel.entry_activated.connect(w.show_entry)
    w.awaiting_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Afventer svar"), w)
    w.awaiting_dock.setObjectName("awaiting_dock")
    w.awaiting_dock.setWidget(w.awaiting_panel)
    w.awaiting_dock.setFeatures(_DOCK_FEATURES)
    w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, w.awaiting_dock)
    w.resizeDocks([w.awaiting_dock], [200], Qt.Orientation.Vertical)
    toggle = w.awaiting_dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("MainWindow", "&Afventer svar"))
    toggle.setShortcut(QKeySequence("Ctrl+R"))
    w.view_menu.addAction(toggle)
    # Its list (AdvocateTools' FollowUpPanel) comes with build_rest; the tab is here at once.
    w.follow_up_dock = QDockWidget(
        QCoreApplication.translate("AdvocateTools", "Aftaler fra møder"), w
    )
    w.follow_up_dock.setObjectName("follow_up_dock")
    w.follow_up_dock.setFeatures(_DOCK_FEATURES)
    w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, w.follow_up_dock)
    w.tabifyDockWidget(w.awaiting_dock, w.follow_up_dock)
    # "Afventer svar" stays the tab in front; raising only works once the window is shown.
    QTimer.singleShot(0, w.awaiting_dock.raise_)
    follow_toggle = w.follow_up_dock.toggleViewAction()
    follow_toggle.setText(QCoreApplication.translate("AdvocateTools", "Aftaler fra &møder"))
    w.view_menu.addAction(follow_toggle)
    w.banner.show_requests.connect(w.show_awaiting_panel)
    w.banner.write_letter.connect(lambda kind: w.correspondence.write_letter(kind))
    # The next step mentions whether telefontid is open now: keep it current.
    w.case_info_timer.timeout.connect(lambda: w.banner.refresh(w.case))
    w.awaiting_label = QLabel()
    w.awaiting_label.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Henvendelser der afventer svar")
    )
    w.statusBar().addPermanentWidget(w.awaiting_label)


def build_rest(w: MainWindow) -> None:
    """Letters and files, the advocate's and the record's tools, the search dock."""
    from .advocate_tools import AdvocateTools
    from .correspondence import Correspondence
    from .record_tools import RecordTools
    from .search_panel import install_search_dock

    w.correspondence = Correspondence(w)
    w.advocate = AdvocateTools(w)
    w.advocate.install(w.case_menu, w.entry_menu, w.awaiting_dock, w.follow_up_dock)
    w.search_dock = install_search_dock(w, None, w.find_action)
    w.view_menu.addAction(w.find_action)
    w.record = RecordTools(w)
    w.record.install(w.case_menu, w.entry_menu)
