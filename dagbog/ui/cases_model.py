"""The cases overview as an item model: one row of figures per case (core.overview)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from dagbog.core import overview
from dagbog.core.overview import CaseOverview

from . import labels

COL_TITLE, COL_CITIZEN, COL_CASEWORKER, COL_OPEN, COL_OVERDUE, COL_MEETING, COL_ANSWER = range(7)
CaseIdRole = Qt.ItemDataRole.UserRole + 1
ArchivedRole = Qt.ItemDataRole.UserRole + 2


class CasesTableModel(QAbstractTableModel):
    """Citizen, caseworker, open and overdue requests, next meeting, days since an answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseOverview] = []
        self.include_archived = False

    def reload(self, include_archived: bool | None = None) -> None:
        if include_archived is not None:
            self.include_archived = include_archived
        self.beginResetModel()
        self._rows = overview.overview(include_archived=self.include_archived)
        self.endResetModel()

    def row_of(self, case_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.case.id == case_id:
                return row
        return -1

    def overview_at(self, row: int) -> CaseOverview:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Sag"),
            self.tr("Borger"),
            self.tr("Sagsbehandler"),
            self.tr("Åbne henv."),
            self.tr("Overskredne"),
            self.tr("Næste møde"),
            self.tr("Dage siden svar"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == CaseIdRole:
            return row.case.id
        if role == ArchivedRole:
            return bool(row.case.archived)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_OPEN,
            COL_OVERDUE,
            COL_ANSWER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ANSWER and row.last_answer:
            return self.tr("Sidste svar fra jobcentret: %1").replace(
                "%1", labels.format_day(row.last_answer)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_TITLE:
            return row.title + (self.tr(" (arkiveret)") if row.case.archived else "")
        if column == COL_CITIZEN:
            return row.citizen
        if column == COL_CASEWORKER:
            return row.caseworker or "–"
        if column == COL_OPEN:
            return str(row.open_requests)
        if column == COL_OVERDUE:
            return f"⚠ {row.overdue_requests}" if row.overdue_requests else "0"
        if column == COL_MEETING:
            return labels.format_datetime(row.next_meeting) if row.next_meeting else "–"
        if column == COL_ANSWER:
            return "–" if row.days_since_answer is None else str(row.days_since_answer)
        return None


def filtered_cases(parent: QObject) -> tuple[CasesTableModel, QSortFilterProxyModel]:
    """The cases model and a proxy that keeps the rows where any column holds the typed text."""
    model = CasesTableModel(parent)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return model, proxy
