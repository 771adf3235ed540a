"""Open follow-up items from meetings: agreed actions with due dates, until marked done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import meetings
from dagbog.core.models import Case, MeetingAction

from . import labels, theme


class FollowUpPanel(QWidget):
    """Lists a case's open agreed actions, earliest due first; overdue ones say so in text."""

    meeting_requested = Signal(int)  # the meeting entry's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Åbne aftaler fra møder"))
        self.list.setAccessibleDescription(
            self.tr("Aftaler fra møder, der ikke er udført endnu, med hvem og frist")
        )
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("Ingen åbne aftaler."))
        self.empty.setStyleSheet(f"color: {theme.muted_color()};")
        self.done_button = QPushButton(self.tr("Markér &udført"))
        self.done_button.setAccessibleName(self.tr("Markér valgte aftale som udført"))
        self.done_button.setToolTip(self.tr("Markerer den valgte aftale som udført; den gemmes"))
        self.done_button.clicked.connect(self.mark_selected_done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.refresh()

    def set_case(self, case: Case | None) -> None:
        self.case = case
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.list.clear()
        items = meetings.open_actions(self.case) if self.case is not None else []
        for follow_up in items:
            action = follow_up.action
            due = labels.format_day(follow_up.due) if follow_up.due else self.tr("ingen frist")
            if follow_up.overdue:
                due = self.tr("⚠ overskredet %1").replace("%1", due)
            who = f"{labels.shown_who(action.who)}: " if action.who else ""
            promised = self.tr(" (lovet af jobcentret)") if action.promised_by_authority else ""
            item = QListWidgetItem(f"{due} · {who}{action.what}{promised}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, follow_up.meeting_entry.id)
            self.list.addItem(item)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        self.done_button.setVisible(bool(items))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    @Slot()
    def mark_selected_done(self) -> None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        if item is None:
            return
        action = MeetingAction.get_by_id(item.data(Qt.ItemDataRole.UserRole))
        meetings.set_action_done(action)
        self.refresh()

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        self.meeting_requested.emit(item.data(Qt.ItemDataRole.UserRole + 1))
