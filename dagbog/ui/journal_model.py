"""The journal as a lazy table model: newest first, one page of entries at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dagbog.core import clock, journal
from dagbog.core.models import Case, Entry

from . import highlight, labels

COL_WHEN = 0
COL_KIND = 1
COL_DIRECTION = 2
COL_WITH = 3
COL_SUBJECT = 4
COL_STATUS = 5
COLUMN_COUNT = 6

PAGE_SIZE = 200

#: The entry's database id, for any column.
EntryIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class JournalTableModel(QAbstractTableModel):
    """Entries of one case (optionally one day), fetched in pages as the view scrolls."""

    def __init__(self, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._case: Case | None = None
        self._day: date | None = None
        self._awaiting = False
        self._rows: list[Entry] = []
        self._total = 0
        self._today = clock.today()
        self._headers = [
            self.tr("Hvornår"),
            self.tr("Type"),
            self.tr("Retning"),
            self.tr("Med hvem"),
            self.tr("Emne"),
            self.tr("Status"),
        ]

    # --- what is shown -------------------------------------------------------------------
    @property
    def case(self) -> Case | None:
        return self._case

    @property
    def day(self) -> date | None:
        return self._day

    @property
    def awaiting(self) -> bool:
        """Whether only entries awaiting a reply are shown."""
        return self._awaiting

    @property
    def total(self) -> int:
        """How many entries match, loaded or not."""
        return self._total

    def set_filter(
        self, case: Case | None, day: date | None = None, awaiting: bool = False
    ) -> None:
        """Show ``case``'s entries on ``day`` (None: all days), optionally only those awaiting
        a reply; loads the first page."""
        self._case = case
        self._day = day
        self._awaiting = awaiting
        self.reload()

    def reload(self) -> None:
        """Read the journal again from the first page (after a change or a new filter)."""
        self.beginResetModel()
        self._today = clock.today()
        self._rows = []
        if self._case is None:
            self._total = 0
        else:
            self._total = journal.count_entries(self._case, self._day, awaiting=self._awaiting)
            self._rows = journal.entries_page(
                self._case, self._day, 0, self._page_size, awaiting=self._awaiting
            )
        self.endResetModel()

    def refresh_entries(self, ids: tuple[int, ...]) -> bool:
        """Redraw loaded rows of changed entries in place; False if a reload is needed."""
        positions = {entry.id: row for row, entry in enumerate(self._rows)}
        if not ids or any(entry_id not in positions for entry_id in ids):
            return False
        fresh = {}
        for entry_id in ids:
            entry = journal.get_entry(entry_id)
            old = self._rows[positions[entry_id]]
            if entry.deleted or entry.at != old.at:
                return False  # it moves or leaves the list
            fresh[entry_id] = entry
        for entry_id, entry in fresh.items():
            row = positions[entry_id]
            self._rows[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def entry_at(self, row: int) -> Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        """The row of a loaded entry, or -1."""
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return -1

    # --- lazy fetching -------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._case is None:
            return
        page = journal.entries_page(
            self._case, self._day, len(self._rows), self._page_size, awaiting=self._awaiting
        )
        page = page[: max(0, self._total - len(self._rows))]
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUBJECT, COL_WITH):
            return self._text(entry, column) or None
        if role == EntryIdRole:
            return entry.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return highlight.background(highlight.code(entry, self._today))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return highlight.foreground(highlight.code(entry, self._today))
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            return highlight.font(highlight.code(entry, self._today))
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == COL_WHEN:
            return clock.to_local(entry.at).strftime("%d-%m-%Y %H:%M")
        if column == COL_KIND:
            return labels.label(labels.kind_labels(), entry.kind)
        if column == COL_DIRECTION:
            return labels.label(labels.direction_labels(), entry.direction)
        if column == COL_WITH:
            return entry.person.name if entry.person_id else ""
        if column == COL_SUBJECT:
            return entry.subject.splitlines()[0] if entry.subject else ""
        if column == COL_STATUS:
            return highlight.status_text(entry, self._today)
        return ""
