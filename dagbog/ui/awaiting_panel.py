"""The "Afventer svar" panel: open requests, most overdue first, with what to do about them.

Open agreed actions from meetings are listed with them (the jobcenter's promises and the
citizen's or others' own actions), labelled as such, until they are marked done here or in
meeting mode.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, requests
from dagbog.core.errors import DagbogError, ValidationError
from dagbog.core.models import Case, Entry

from . import labels, theme
from .awaiting_model import COL_STATUS, COL_SUBJECT, ActionIdRole, AwaitingTableModel, EntryIdRole


class AwaitingPanel(QWidget):
    """Lists the case's open requests and agreed actions; shows one in the journal, links an
    answer to a request or closes it, marks an agreed action done."""

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
            self.tr(
                "Den ældste frist først; status står i tekst, fx over fristen. Aftaler fra "
                "møder står med, mærket med hvis aftale det er"
            )
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
        self.done_button = QPushButton(self.tr("Markér &udført"))
        self.done_button.setAccessibleName(self.tr("Markér den valgte aftale som udført"))
        self.done_button.setToolTip(
            self.tr("For aftaler fra møder: markér aftalen som udført eller løftet som indfriet")
        )
        self.done_button.clicked.connect(self.mark_selected_done)
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
        top.addWidget(self.done_button)

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
        action = self.selected_action_id()
        self.model.set_case(self.case)
        if action is not None:
            self.select_action(action)
        elif selected is not None:
            self.select_entry(selected)
        total = len(self.model.requests())
        overdue = self.model.overdue_count()
        if self.case is None:
            text = ""
        elif total == 0:
            text = self.tr("Ingen henvendelser afventer svar.")
            text += self._actions_text()
        else:
            text = (
                self.tr("1 henvendelse afventer svar")
                if total == 1
                else self.tr("%1 henvendelser afventer svar").replace("%1", str(total))
            )
            if overdue:
                text += self.tr(", heraf ⚠ %1 over fristen").replace("%1", str(overdue))
            text += self.tr(". Den ældste frist står øverst.")
            text += self._actions_text()
        self.summary.setText(text)
        self._update_buttons()

    def _actions_text(self) -> str:
        """ " 1 løfte fra jobcentret og 2 aftaler fra møder er ikke udført." or ""."""
        actions = self.model.actions()
        promised = sum(1 for a in actions if a.promised)
        others = len(actions) - promised
        parts = []
        if promised:
            parts.append(
                self.tr("1 løfte fra jobcentret")
                if promised == 1
                else self.tr("%1 løfter fra jobcentret").replace("%1", str(promised))
            )
        if others:
            parts.append(
                self.tr("1 aftale fra møder")
                if others == 1
                else self.tr("%1 aftaler fra møder").replace("%1", str(others))
            )
        if not parts:
            return ""
        if len(parts) == 2:
            parts = [self.tr("%1 og %2").replace("%1", parts[0]).replace("%2", parts[1])]
        return " " + self.tr("%1 er ikke udført.").replace("%1", parts[0])

    def _selected_row(self) -> int:
        """The selected row, or -1."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return -1
        return index.row()

    def _select_row(self, row: int) -> bool:
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        return True

    def selected_action_id(self) -> int | None:
        """The agreed action on the selected row (None for a request)."""
        row = self._selected_row()
        return self.model.index(row, COL_STATUS).data(ActionIdRole) if row >= 0 else None

    def select_action(self, action_id: int) -> bool:
        return self._select_row(self.model.row_of_action(action_id))

    def selected_entry_id(self) -> int | None:
        row = self._selected_row()
        return self.model.index(row, COL_STATUS).data(EntryIdRole) if row >= 0 else None

    def select_entry(self, entry_id: int) -> bool:
        return self._select_row(self.model.row_of(entry_id))

    def _selected_request(self) -> Entry | None:
        entry_id = self.selected_entry_id()
        row = self.model.row_of(entry_id) if entry_id is not None else -1
        request = self.model.request_at(row)
        return request.entry if request else None

    def _update_buttons(self, *_args) -> None:
        has = self.selected_entry_id() is not None
        action = self.selected_action_id() is not None
        self.show_button.setEnabled(has)
        for button in (self.answer_button, self.close_button):
            button.setEnabled(has and not action)
        self.done_button.setEnabled(action)
        # Shown only while the list holds agreed actions, so a plain list stays as it was.
        self.done_button.setVisible(bool(self.model.actions()))

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
        # The dialogs load when used: the panel is built before the window's first paint.
        from PySide6.QtWidgets import QInputDialog

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
        from PySide6.QtWidgets import QInputDialog

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
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self, self.tr("Kan ikke markere som besvaret"), labels.error_text(error)
            )
            return None

    @Slot()
    def mark_selected_done(self):
        """Mark the selected agreed action done (it can be opened again in meeting mode)."""
        item = self.model.action_at(self._selected_row())
        if item is None:
            return None
        from dagbog.core import meetings

        try:
            done = meetings.set_action_done(item.action)
        except DagbogError as error:  # a diary opened read-only, say
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self, self.tr("Kan ikke markere som udført"), labels.error_text(error)
            )
            return None
        self.refresh()
        return done

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
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self, self.tr("Kan ikke lukke henvendelsen"), labels.error_text(error)
            )
            return None
