"""The open requests of a case as a table model, most overdue first (from ``core.requests``)."""

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

_Index = QModelIndex | QPersistentModelIndex


class AwaitingTableModel(RowTableModel):
    """One row per open request; reloaded whole (a case has few open requests)."""

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
            self.tr("Til"),
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
        self._rows = requests.open_requests(self._case, self._today) if self._case else []
        self._states = [highlight.code(r.entry, self._today) for r in self._rows]
        self._texts = {}
        self.endResetModel()

    @property
    def today(self) -> date:
        return self._today

    def requests(self) -> list[OpenRequest]:
        return list(self._rows)

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue)

    def request_at(self, row: int) -> OpenRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for row, request in enumerate(self._rows):
            if request.entry.id == entry_id:
                return row
        return -1

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
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBJECT:
            return request.entry.subject or None
        if role == EntryIdRole:
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

    def _text(self, request: OpenRequest, state: str | None, column: int) -> str:
        entry = request.entry
        if column == COL_STATUS:
            if state == highlight.OVERDUE:
                return self.tr("⚠ %1 over fristen").replace(
                    "%1", highlight.days_text(request.days_overdue)
                )
            if state == highlight.DUE_SOON:
                return self.tr("◔ Frist snart")
            return self.tr("◷ Afventer svar")
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
