"""Search hits as a table model: plain text for display, HTML with marked words for painting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dagbog.core import clock
from dagbog.core.search import SearchHit, marked

from . import labels
from .row_model import RowTableModel

COL_WHEN = 0
COL_CASE = 1
COL_KIND = 2
COL_WITH = 3
COL_TEXT = 4
COLUMN_COUNT = 5

EntryIdRole = Qt.ItemDataRole.UserRole + 1
CaseIdRole = Qt.ItemDataRole.UserRole + 2
#: Rich text (HTML) of a cell with the matched words marked; None for plain cells.
HighlightRole = Qt.ItemDataRole.UserRole + 3

MARK_OPEN = '<span style="background-color:#ffe17a; color:#000000;">'
MARK_CLOSE = "</span>"

_Index = QModelIndex | QPersistentModelIndex


def marked_html(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` escaped for HTML with its matched spans marked."""
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(labels.html_escape(text[position:start]))
        pieces.append(MARK_OPEN + labels.html_escape(text[start:end]) + MARK_CLOSE)
        position = end
    pieces.append(labels.html_escape(text[position:]))
    return "".join(pieces)


class SearchResultsModel(RowTableModel):
    """The hits of one search, in the order the search service returned them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit] = []
        self._kinds = labels.kind_labels()
        self._headers = [
            self.tr("Tidspunkt"),
            self.tr("Sag"),
            self.tr("Type"),
            self.tr("Med"),
            self.tr("Emne og uddrag"),
        ]

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._rows)

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return "\n".join(filter(None, [hit.subject, hit.snippet]))
        if role == HighlightRole:
            return self._html(hit, column)
        if role == EntryIdRole:
            return hit.entry_id
        if role == CaseIdRole:
            return hit.case_id
        return None

    def _text(self, hit: SearchHit, column: int) -> str:
        if column == COL_WHEN:
            return labels.format_datetime(clock.to_local(hit.at))
        if column == COL_CASE:
            return hit.case_title
        if column == COL_KIND:
            return labels.label(self._kinds, hit.kind)
        if column == COL_WITH:
            return hit.person
        if hit.subject and hit.snippet:
            return f"{hit.subject} — {hit.snippet}"
        return hit.subject or hit.snippet

    def _html(self, hit: SearchHit, column: int) -> str | None:
        if column == COL_WITH:
            return marked_html(hit.person, hit.highlights.get("person", ()))
        if column != COL_TEXT:
            return None
        subject = marked_html(hit.subject, hit.highlights.get("subject", ()))
        excerpt = marked_html(hit.snippet, hit.highlights.get("snippet", ()))
        if subject and excerpt:
            return f"<b>{subject}</b> — {excerpt}"
        return f"<b>{subject}</b>" if subject else excerpt


__all__ = ["SearchResultsModel", "marked", "marked_html"]
