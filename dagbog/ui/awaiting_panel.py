"""The "Afventer svar" panel: open requests, most overdue first, with what to do about them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, requests
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case, Entry

from . import labels, theme
from .awaiting_model import COL_STATUS, COL_SUBJECT, AwaitingTableModel, EntryIdRole


class AwaitingPanel(QWidget):
    """Lists the case's open requests; shows one in the journal, links an answer or closes it."""

    #: The user wants to see this entry (its id) in the journal.
    entry_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        theme.keep_wrapped_height(self.summary)
        self.summary.setAccessibleName(self.tr("Antal henvendelser der afventer svar"))

        self.model = AwaitingTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Henvendelser der afventer svar"))
        self.table.setAccessibleDescription(
            self.tr("Den ældste frist først; status står i tekst, fx over fristen")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        # At least two requests visible, also when the dock shares its area with another.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 2 + header.sizeHint().height() + 4)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.show_button = QPushButton(self.tr("&Vis i journalen"))
        self.answer_button = QPushButton(self.tr("&Besvaret af …"))
        self.answer_button.setToolTip(self.tr("Vælg den kontakt, der var svaret"))
        self.close_button = QPushButton(self.tr("Intet svar &forventet …"))
        self.close_button.setToolTip(
            self.tr("Luk henvendelsen uden svar; grunden gemmes i historikken")
        )
        self.show_button.setAccessibleName(self.tr("Vis den valgte henvendelse i journalen"))
        self.show_button.setToolTip(
            self.tr("Vælger henvendelsen i journalen og viser dens detaljer")
        )
        self.answer_button.setAccessibleName(self.tr("Marker den valgte som besvaret"))
        self.close_button.setAccessibleName(self.tr("Marker den valgte som uden svar forventet"))
        self.show_button.clicked.connect(self._show_selected)
        self.answer_button.clicked.connect(self.answer_selected)
        self.close_button.clicked.connect(self.close_selected)
        # The summary and the buttons share one row, to keep the dock low on small screens.
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.answer_button)
        top.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # --- data ----------------------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        self.case = case
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the open requests (after a change) and keep the selection if possible."""
        selected = self.selected_entry_id()
        self.model.set_case(self.case)
        if selected is not None:
            self.select_entry(selected)
        total = self.model.rowCount()
        overdue = self.model.overdue_count()
        if self.case is None:
            text = ""
        elif total == 0:
            text = self.tr("Ingen henvendelser afventer svar.")
        else:
            text = (
                self.tr("1 henvendelse afventer svar")
                if total == 1
                else self.tr("%1 henvendelser afventer svar").replace("%1", str(total))
            )
            if overdue:
                text += self.tr(", heraf ⚠ %1 over fristen").replace("%1", str(overdue))
            text += self.tr(". Den ældste frist står øverst.")
        self.summary.setText(text)
        self._update_buttons()

    def selected_entry_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(EntryIdRole)

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        return True

    def _selected_request(self) -> Entry | None:
        entry_id = self.selected_entry_id()
        row = self.model.row_of(entry_id) if entry_id is not None else -1
        request = self.model.request_at(row)
        return request.entry if request else None

    def _update_buttons(self, *_args) -> None:
        has = self.selected_entry_id() is not None
        for button in (self.show_button, self.answer_button, self.close_button):
            button.setEnabled(has)

    # --- actions -------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_activated.emit(index.data(EntryIdRole))

    @Slot()
    def _show_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            self.entry_activated.emit(entry_id)

    def ask_answer(self, request: Entry, choices: list[Entry]) -> Entry | None:
        """Let the user pick the answer among ``choices`` (patched in tests)."""
        items = [self._describe(e) for e in choices]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Besvaret af"),
            self.tr("Hvilken kontakt besvarede «%1»?").replace("%1", request.subject or ""),
            items,
            len(items) - 1,
            False,
        )
        return choices[items.index(text)] if ok and text in items else None

    def ask_reason(self, request: Entry) -> str | None:
        """Ask why no reply is expected any more (patched in tests)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Intet svar forventet"),
            self.tr("Hvorfor forventer du ikke længere svar på «%1»?").replace(
                "%1", request.subject or ""
            ),
        )
        return text if ok else None

    def _describe(self, entry: Entry) -> str:
        kind = labels.label(labels.kind_labels(), entry.kind)
        who = f" – {entry.person.name}" if entry.person_id else ""
        subject = f": {entry.subject}" if entry.subject else ""
        return f"{clock.format_local(entry.at)}  {kind}{who}{subject}"

    @Slot()
    def answer_selected(self) -> Entry | None:
        request = self._selected_request()
        if request is None:
            return None
        choices = requests.answer_choices(request)
        if not choices:
            # Nothing is at stake: said in the panel's own line, no pop-up.
            self.summary.setText(
                self.tr(
                    "Der er ingen indgående kontakt efter henvendelsen. Registrér først svaret "
                    "(fx en indgående e-mail), så kan du vælge det her."
                )
            )
            return None
        answer = self.ask_answer(request, choices)
        if answer is None:
            return None
        try:
            return requests.answer_requests(answer, [request])[0]
        except ValidationError as error:
            QMessageBox.warning(
                self, self.tr("Kan ikke markere som besvaret"), labels.error_text(error)
            )
            return None

    @Slot()
    def close_selected(self) -> Entry | None:
        request = self._selected_request()
        if request is None:
            return None
        reason = self.ask_reason(request)
        if reason is None:
            return None
        try:
            return requests.close_request(request, reason)
        except ValidationError as error:
            QMessageBox.warning(
                self, self.tr("Kan ikke lukke henvendelsen"), labels.error_text(error)
            )
            return None
