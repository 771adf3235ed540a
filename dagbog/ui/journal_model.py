"""The journal as a lazy table model: newest first, one page of entries at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dagbog.core import clock, journal, people
from dagbog.core.models import Case, Entry

from . import highlight, labels
from .row_model import RowTableModel

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


class JournalTableModel(RowTableModel):
    """Entries of one case (optionally one day), fetched in pages as the view scrolls."""

    def __init__(self, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._case: Case | None = None
        self._day: date | None = None
        self._awaiting = False
        self._rows: list[Entry] = []
        #: Highlight state by entry id, worked out once per row (data() runs per cell).
        self._states: dict[int, str | None] = {}
        #: Caseworker changes of the case: (from date, new name, previous name), oldest first.
        self._changes: list[tuple[date, str, str]] = []
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
        self._states = {}
        self._changes = self._caseworker_changes()
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
            self._states.pop(entry_id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def _caseworker_changes(self) -> list[tuple[date, str, str]]:
        if self._case is None:
            return []
        history = people.caseworker_history(self._case)
        return [
            (new.from_date, new.person.name, old.person.name)
            for old, new in zip(history, history[1:], strict=False)
            if new.person_id != old.person_id
        ]

    def caseworker_change_at(self, row: int) -> tuple[date, str, str] | None:
        """The caseworker change that took effect just before this row's entry, if any.

        The journal runs newest first, so that is the oldest loaded entry on or after the
        change date whose next (older) row lies before it.
        """
        if not self._changes or not 0 <= row < len(self._rows):
            return None
        day = clock.to_local(self._rows[row].at).date()
        older = self._rows[row + 1] if row + 1 < len(self._rows) else None
        if older is None and len(self._rows) < self._total:
            return None  # the older neighbour is not loaded yet
        older_day = clock.to_local(older.at).date() if older is not None else None
        for change in reversed(self._changes):
            if day >= change[0] and (older_day is None or older_day < change[0]):
                return change
        return None

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if column == COL_WITH and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            change = self.caseworker_change_at(index.row())
            if change is not None:
                return self._with_change(entry, change, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUBJECT, COL_WITH):
            return self._text(entry, column) or None
        if role == EntryIdRole:
            return entry.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return highlight.background(self._state(entry))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return highlight.foreground(self._state(entry))
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            return highlight.font(self._state(entry))
        return None

    def _state(self, entry: Entry) -> str | None:
        try:
            return self._states[entry.id]
        except KeyError:
            state = self._states[entry.id] = highlight.code(entry, self._today)
            return state

    def _with_change(self, entry: Entry, change: tuple[date, str, str], role: int) -> str:
        """ "Med hvem" on the first entry after a caseworker change: a sign and the change."""
        since, new, old = change
        text = (
            self.tr("Ny sagsbehandler fra %1: %2 (før: %3)")
            .replace("%1", labels.format_day(since))
            .replace("%2", new)
            .replace("%3", old)
        )
        name = self._text(entry, COL_WITH)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⇄ {name}" if name else f"⇄ {new}"
        return f"{name} – {text}" if name else text

    def _text(self, entry: Entry, column: int) -> str:
        if column == COL_WHEN:
            return labels.format_datetime(clock.to_local(entry.at))
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
