"""The open requests of a case as a table model, most overdue first (from ``core.requests``).

With them, the open agreed actions from meetings (``core.meetings.open_actions``): the
jobcenter's promises and everyone else's actions, until marked done. Their rows say whose
action it is ("Lovet af jobcentret", "Aftale (Anna Jensen)"); they are no requests awaiting a
reply, so the request counts and the answer/close buttons leave them out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dagbog.core import clock, requests
from dagbog.core.models import Case
from dagbog.core.requests import OpenRequest

from . import highlight, labels
from .row_model import RowTableModel

COL_STATUS = 0
COL_SENT = 1
COL_WITH = 2
COL_SUBJECT = 3
COL_DUE = 4
COL_WAITED = 5
COLUMN_COUNT = 6

EntryIdRole = Qt.ItemDataRole.UserRole + 1
#: The agreed action's id on an action row (None on a request row).
ActionIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _sort_key(item) -> tuple:
    """Earliest due date first (none last), then the oldest: as ``requests.open_requests``."""
    if isinstance(item, OpenRequest):
        return (item.due is None, item.due or date.max, item.sent)
    return (item.due is None, item.due or date.max, item.held)


class AwaitingTableModel(RowTableModel):
    """One row per open request or open agreed action; reloaded whole (a case has few)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._rows: list[OpenRequest] = []
        #: Each row's highlight state, worked out once per reload (data() runs per cell).
        self._states: list[str | None] = []
        #: Cell texts by (row, column): a resize-to-contents header asks for each many times.
        self._texts: dict[tuple[int, int], str] = {}
        self._today = clock.today()
        self._headers = [
            self.tr("Status"),
            self.tr("Sendt"),
            self.tr("Hvem"),
            self.tr("Emne"),
            self.tr("Frist"),
            self.tr("Ventet"),
        ]

    def set_case(self, case: Case | None, today: date | None = None) -> None:
        self._case = case
        self.reload(today)

    def reload(self, today: date | None = None) -> None:
        self.beginResetModel()
        self._today = today or clock.today()
        rows: list = requests.open_requests(self._case, self._today) if self._case else []
        if self._case is not None:
            from dagbog.core import meetings  # not needed for the first paint

            actions = meetings.open_actions(self._case, self._today)
            if actions:
                rows = sorted([*rows, *actions], key=_sort_key)  # stable: requests keep order
        self._rows = rows
        self._states = [self._state(r) for r in self._rows]
        self._texts = {}
        self.endResetModel()

    @property
    def today(self) -> date:
        return self._today

    def _state(self, item) -> str | None:
        if isinstance(item, OpenRequest):
            return highlight.code(item.entry, self._today)
        return requests.deadline_state(item.due, self._today)

    def requests(self) -> list[OpenRequest]:
        """The open requests (without the agreed actions)."""
        return [r for r in self._rows if isinstance(r, OpenRequest)]

    def actions(self) -> list:
        """The open agreed actions (``meetings.FollowUp``), in the order shown."""
        return [r for r in self._rows if not isinstance(r, OpenRequest)]

    def overdue_count(self) -> int:
        """Overdue requests (agreed actions are counted apart)."""
        return sum(1 for r in self._rows if isinstance(r, OpenRequest) and r.overdue)

    def request_at(self, row: int) -> OpenRequest | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, OpenRequest) else None

    def action_at(self, row: int):
        """The open agreed action (``meetings.FollowUp``) on ``row``, or None."""
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return None if item is None or isinstance(item, OpenRequest) else item

    def row_of(self, entry_id: int) -> int:
        for row, request in enumerate(self._rows):
            if isinstance(request, OpenRequest) and request.entry.id == entry_id:
                return row
        return -1

    def row_of_action(self, action_id: int) -> int:
        for row, item in enumerate(self._rows):
            if not isinstance(item, OpenRequest) and item.action.id == action_id:
                return row
        return -1

    def row_texts(self) -> list[str]:
        """Each row's cells joined with " | " (what a screen reader reads, row by row)."""
        return [
            " | ".join(self.index(row, column).data() or "" for column in range(COLUMN_COUNT))
            for row in range(self.rowCount())
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        request = self._rows[index.row()]
        column = index.column()
        state = self._states[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(request, state, column)
            return text
        if not isinstance(request, OpenRequest):
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBJECT:
                return self._action_tooltip(request)
            if role == EntryIdRole:
                return request.meeting_entry.id
            if role == ActionIdRole:
                return request.action.id
        elif role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBJECT:
            return request.entry.subject or None
        elif role == EntryIdRole:
            return request.entry.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return highlight.background(state)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return highlight.foreground(state)
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            return highlight.font(state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_WAITED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _action_tooltip(self, item) -> str:
        held = labels.format_day(item.held)
        if item.promised:
            return (
                self.tr("Jobcentret lovede på mødet %1: %2")
                .replace("%1", held)
                .replace("%2", item.action.what)
            )
        return self.tr("Aftalt på mødet %1. Markér den udført, når den er gjort.").replace(
            "%1", held
        )

    def _due_status(self, state: str | None, days_overdue: int) -> str:
        """The status of a request or an action past or near its due date ("" otherwise)."""
        if state == highlight.OVERDUE:
            return self.tr("⚠ %1 over fristen").replace("%1", highlight.days_text(days_overdue))
        if state == highlight.DUE_SOON:
            return self.tr("◔ Frist snart")
        return ""

    def _action_text(self, item, state: str | None, column: int) -> str:
        action = item.action
        if column == COL_STATUS:
            due_text = self._due_status(state, item.days_overdue)
            if due_text:
                return due_text
            if item.promised:
                return self.tr("◷ Lovet, ikke indfriet")
            return self.tr("☐ Ikke udført")
        if column == COL_SENT:
            return self.tr("Møde %1").replace("%1", labels.format_day(item.held))
        if column == COL_WITH:
            return labels.shown_who(action.who) if action.who else ""
        if column == COL_SUBJECT:
            what = action.what.splitlines()[0] if action.what else ""
            if item.promised:
                return self.tr("Lovet af jobcentret: %1").replace("%1", what)
            if action.who:
                return (
                    self.tr("Aftale, %1 gør: %2")
                    .replace("%1", labels.shown_who(action.who))
                    .replace("%2", what)
                )
            return self.tr("Aftale: %1").replace("%1", what)
        if column == COL_DUE:
            return labels.format_day(item.due) if item.due else self.tr("ingen frist")
        if column == COL_WAITED:
            return highlight.days_text(item.days_waited)
        return ""

    def _text(self, request, state: str | None, column: int) -> str:
        if not isinstance(request, OpenRequest):
            return self._action_text(request, state, column)
        entry = request.entry
        if column == COL_STATUS:
            return self._due_status(state, request.days_overdue) or self.tr("◷ Afventer svar")
        if column == COL_SENT:
            return labels.format_day(clock.to_local(entry.at))
        if column == COL_WITH:
            return entry.person.name if entry.person_id else ""
        if column == COL_SUBJECT:
            kind = labels.label(labels.kind_labels(), entry.kind)
            subject = entry.subject.splitlines()[0] if entry.subject else ""
            return f"{kind}: {subject}" if subject else kind
        if column == COL_DUE:
            return labels.format_day(request.due)
        if column == COL_WAITED:
            return highlight.days_text(request.days_waited)
        return ""
