"""The history of one contact: every stored version, when it was saved and what it changed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, history
from dagbog.core.models import AwareDateTimeField, Entry

from . import labels

_TS = AwareDateTimeField()
_MAX_TEXT = 80


class HistoryTableModel(QAbstractTableModel):
    """One row per stored version: version, saved, by whom, action, reason, changes."""

    COL_SEQ, COL_SAVED, COL_AUTHOR, COL_ACTION, COL_REASON, COL_CHANGES = range(6)

    def __init__(self, entry: Entry, parent=None) -> None:
        super().__init__(parent)
        self.rows = history.entry_history_rows(entry)
        self._people = history.person_names(entry)
        self._subjects = history.entry_subjects(entry)
        self._headers = [
            self.tr("Version"),
            self.tr("Gemt"),
            self.tr("Af"),
            self.tr("Handling"),
            self.tr("Begrundelse"),
            self.tr("Hvad blev ændret"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008,N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008,N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == self.COL_SEQ:
            return str(row.seq)
        if column == self.COL_SAVED:
            return labels.format_datetime(clock.to_local(row.recorded_at))
        if column == self.COL_AUTHOR:
            if row.author is None:  # saved before Dagbog stored who saved a version
                return self.tr("(ikke registreret)")
            return row.author or self.tr("(intet navn angivet)")
        if column == self.COL_ACTION:
            return self.action_label(row.action)
        if column == self.COL_REASON:
            return row.reason
        if column == self.COL_CHANGES:
            if row.action == "create":
                return self.tr("Kontakten blev oprettet")
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            return separator.join(self.change_text(c) for c in row.changes) or self.tr(
                "Ingen felter ændret"
            )
        return None

    def action_label(self, action: str) -> str:
        return {
            "create": self.tr("Oprettet"),
            "edit": self.tr("Rettet"),
            "delete": self.tr("Slettet"),
            "restore": self.tr("Gendannet"),
        }.get(action, action)

    def field_label(self, field: str) -> str:
        return {
            "at": self.tr("Tidspunkt"),
            "kind": self.tr("Type"),
            "direction": self.tr("Retning"),
            "person": self.tr("Med hvem"),
            "subject": self.tr("Emne"),
            "note": self.tr("Note"),
            "outcome": self.tr("Udfald"),
            "request_type": self.tr("Anmodning"),
            "reply_status": self.tr("Svarstatus"),
            "reply_due": self.tr("Frist"),
            "answered_by": self.tr("Besvaret af"),
            "answered_at": self.tr("Besvaret"),
            "response_days": self.tr("Svartid (arbejdsdage)"),
            "closed_reason": self.tr("Lukket fordi"),
            "private": self.tr("Privat"),
            "deleted": self.tr("Slettet"),
            "deleted_reason": self.tr("Slettet fordi"),
            "registered_at": self.tr("Registreret"),
        }.get(field, field)

    def value_text(self, field: str, value) -> str:
        if value is None or value == "":
            return self.tr("(tom)")
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nej")
        if field in ("at", "answered_at", "registered_at"):
            moment = _TS.python_value(value)
            return labels.format_datetime(clock.to_local(moment))
        if field == "reply_due":
            return labels.format_day(datetime.fromisoformat(value))
        if field == "kind":
            return labels.label(labels.kind_labels(), value)
        if field == "direction":
            return labels.label(labels.direction_labels(), value)
        if field == "outcome":
            return labels.label(labels.outcome_labels(), value)
        if field == "reply_status":
            return labels.label(labels.reply_status_labels(), value)
        if field == "request_type":
            return labels.label(labels.request_type_labels(), value)
        if field == "person":
            return self._people.get(value, self.tr("(ukendt person)"))
        if field == "answered_by":
            return self._subjects.get(value, self.tr("(ukendt kontakt)")) or self.tr("(intet emne)")
        text = str(value).replace("\n", " ")
        return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"

    def change_text(self, change: history.FieldChange) -> str:
        return (
            f"{self.field_label(change.field)}: {self.value_text(change.field, change.old)} → "
            f"{self.value_text(change.field, change.new)}"
        )


class HistoryDialog(QDialog):
    """Lists the versions of one contact; nothing in it can be changed."""

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik for kontakten"))
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(entry))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.model = HistoryTableModel(entry, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kontaktens versioner"))
        self.table.setAccessibleDescription(
            self.tr(
                "Hver version af kontakten med tidspunkt, handling og begrundelse; kan ikke ændres"
            )
        )
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Tidligere versioner gemmes altid og kan ikke ændres. Hver version indgår i "
                "dagbogens kontrolsum (fingeraftryk)."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk historikken"))
        close.setToolTip(self.tr("Lukker vinduet; intet er ændret"))
        layout.addWidget(buttons)

    def _summary(self, entry: Entry) -> str:
        when = labels.format_datetime(clock.to_local(entry.at), at=True)
        registered = labels.format_datetime(clock.to_local(entry.registered_at), at=True)
        subject = entry.subject or self.tr("(intet emne)")
        late = history.is_registered_late(entry)
        text = (
            self.tr("«%1», %2. Registreret %3 (registreret senere).")
            if late
            else self.tr("«%1», %2. Registreret %3.")
        )
        text = text.replace("%1", subject).replace("%2", when).replace("%3", registered)
        if entry.deleted:
            text += " " + self.tr("Kontakten er slettet: %1.").replace("%1", entry.deleted_reason)
        return text

    @classmethod
    def show_for(cls, parent: QWidget | None, entry: Entry) -> None:
        """Show the history of ``entry`` modally."""
        dialog = cls(entry, parent)
        dialog.exec()
