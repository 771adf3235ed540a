"""The cases overview: every case with its figures; open, archive or restore one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import cases
from dagbog.core.models import Case

from . import theme
from .cases_model import COL_TITLE, ArchivedRole, CaseIdRole, filtered_cases


class CasesOverview(QDialog):
    """A table of the user's cases; Enter opens the selected one."""

    def __init__(self, parent: QWidget | None = None, current: Case | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Oversigt over sager"))
        self.resize(1040, 460)
        self.chosen: Case | None = None
        self.model, self.proxy = filtered_cases(self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Søg på sag, borger eller sagsbehandler"))
        self.filter_edit.setAccessibleName(self.tr("Filtrér sager"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Viser kun sager, hvor sagen, borgeren eller sagsbehandleren passer på teksten")
        )
        self.filter_edit.setClearButtonEnabled(True)
        for button in self.filter_edit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Ryd feltet"))
            button.setAccessibleDescription(self.tr("Sletter filterteksten, så alle sager vises"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.archived_check = QCheckBox(self.tr("Vis &arkiverede"))
        self.archived_check.toggled.connect(self._archived_toggled)
        self.archived_check.setAccessibleName(self.tr("Vis arkiverede sager"))
        self.archived_check.setAccessibleDescription(
            self.tr("Tag de arkiverede sager med i tabellen, så de kan gendannes")
        )
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.archived_check)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Sager"))
        self.table.setAccessibleDescription(
            self.tr(
                "Hver sag med borger, sagsbehandler, åbne og overskredne henvendelser; "
                "Enter åbner den valgte"
            )
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self._activated)

        hint = QLabel(
            self.tr(
                "Tallene er de samme som i statistikken: åbne og overskredne henvendelser, "
                "der afventer svar."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.muted_color()};")

        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Å&bn sag"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.archive_button = QPushButton(self.tr("A&rkivér"))
        self.archive_button.setToolTip(
            self.tr("Skjul en afsluttet sag; alt i den gemmes og kan gendannes")
        )
        buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk oversigten"))
        close.setToolTip(self.tr("Lukker oversigten uden at skifte sag"))
        self.open_button.setAccessibleName(self.tr("Åbn sag"))
        self.open_button.setToolTip(self.tr("Viser den valgte sag i hovedvinduet"))
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        if current is not None:
            self.select_case(current.id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self.filter_edit.setFocus()

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            if self.proxy.rowCount() != 1:
                return None
            index = self.proxy.index(0, 0)
        return index.data(CaseIdRole)

    @Slot()
    def _update_buttons(self, *_args) -> None:
        index = self.table.currentIndex()
        has = index.isValid()
        archived = bool(index.data(ArchivedRole)) if has else False
        self.open_button.setEnabled(has and not archived)
        self.archive_button.setEnabled(has)
        self.archive_button.setText(self.tr("&Gendan") if archived else self.tr("A&rkivér"))
        self.archive_button.setAccessibleName(
            self.tr("Gendan sagen") if archived else self.tr("Arkivér sagen")
        )

    @Slot(bool)
    def _archived_toggled(self, checked: bool) -> None:
        selected = self.selected_case_id()
        self.model.reload(include_archived=checked)
        if selected is not None:
            self.select_case(selected)
        self._update_buttons()

    @Slot()
    def toggle_archived(self) -> None:
        """Archive the selected case, or restore it if it is archived."""
        case_id = self.selected_case_id()
        if case_id is None:
            return
        case = Case.get_by_id(case_id)
        if case.archived:
            cases.restore_case(case)
        else:
            cases.archive_case(case)
        self.model.reload()
        self.select_case(case_id) or (self.proxy.rowCount() and self.table.selectRow(0))
        self._update_buttons()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        case = Case.get_by_id(case_id)
        if case.archived:
            return
        self.chosen = case
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, current: Case | None = None) -> Case | None:
        dialog = cls(parent, current)
        dialog.exec()
        return dialog.chosen
