"""Wires the record's safety features into the main window: an entry's history, backups
("Sikkerhedskopi", "Gendan …") and the portable case file. Kept apart so the main window
only calls :meth:`RecordTools.install`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import backup, case_file, db
from dagbog.core.errors import DagbogError

from . import labels
from .history_dialog import HistoryDialog


class RestoreDialog(QDialog):
    """Pick one of the diary's backups, newest first, with its date and size."""

    def __init__(self, backups: list[backup.BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gendan en sikkerhedskopi"))
        self.resize(520, 360)
        self.backups = backups
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Vælg den sikkerhedskopi, du vil gendanne. Den nuværende dagbog bliver ikke "
                "slettet: den gemmes uændret ved siden af, så intet går tabt."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.model = QStandardItemModel(self)
        for item in backups:
            row = QStandardItem(item.label)
            row.setEditable(False)
            row.setToolTip(str(item.path))
            self.model.appendRow(row)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sikkerhedskopier"))
        self.view.setAccessibleDescription(
            self.tr("Dagbogens sikkerhedskopier med dato og størrelse, nyeste først")
        )
        if backups:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.doubleClicked.connect(self.accept)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gendan"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.Ok)
        restore.setAccessibleName(self.tr("Gendan den valgte sikkerhedskopi"))
        restore.setToolTip(self.tr("Du bliver spurgt, før noget gendannes"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Annuller"))
        cancel.setToolTip(self.tr("Lukker vinduet; intet gendannes"))
        layout.addWidget(buttons)

    def chosen(self) -> backup.BackupInfo | None:
        index = self.view.currentIndex()
        return self.backups[index.row()] if index.isValid() else None

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[backup.BackupInfo]):
        """The backup the user picked, or None."""
        dialog = cls(backups, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecordTools(QObject):
    """Menu actions for history, backups and case files of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.history_action = window._action(
            self.tr("&Historik for valgte kontakt …"), "Ctrl+H", self.show_history
        )
        self.backup_action = window._action(self.tr("&Sikkerhedskopi"), None, self.make_backup)
        self.restore_action = window._action(self.tr("&Gendan …"), None, self.restore_backup)
        self.export_action = window._action(
            self.tr("&Eksportér sag til fil …"), None, self.export_case
        )
        self.import_action = window._action(
            self.tr("&Importér sag fra fil …"), None, self.import_case
        )

    def install(self, case_menu, entry_menu) -> None:
        quit_action = self.window.quit_action
        for action in (
            self.backup_action,
            self.restore_action,
            self.export_action,
            self.import_action,
        ):
            case_menu.insertAction(quit_action, action)
        case_menu.insertSeparator(quit_action)
        entry_menu.addAction(self.history_action)
        read_only = db.is_read_only()
        for action in (self.restore_action, self.import_action):
            action.setEnabled(not read_only)

    def set_case(self, case) -> None:
        self.export_action.setEnabled(case is not None)
        self.history_action.setEnabled(case is not None)

    # --- the dialogs a test replaces -----------------------------------------------------
    def ask_save_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Eksportér sag"),
            suggested,
            self.tr("Dagbog-sagsfil (*.dagbogsag)"),
        )
        return Path(name) if name else None

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Importér sag"), "", self.tr("Dagbog-sagsfil (*.dagbogsag)")
        )
        return Path(name) if name else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str, error: bool = False) -> None:
        """An error is shown in a box; good news in the status bar, without a pop-up."""
        if error:
            QMessageBox.warning(self.window, title, text)
        else:
            self.window.statusBar().showMessage(f"{title}: {text}", 20_000)

    # --- actions -------------------------------------------------------------------------
    @Slot()
    def show_history(self) -> None:
        entry = self.window.selected_entry()
        if entry is None:
            self.window.statusBar().showMessage(self.tr("Vælg først en kontakt i listen."), 5000)
            return
        HistoryDialog.show_for(self.window, entry)

    @Slot()
    def make_backup(self) -> backup.BackupInfo | None:
        path = db.current_path()
        if path is None:
            return None
        try:
            made = backup.make_backup(path)
        except DagbogError as error:
            self.inform(self.tr("Sikkerhedskopi"), labels.error_text(error), error=True)
            return None
        self.window.statusBar().showMessage(
            self.tr("Sikkerhedskopi gemt og kontrolleret: %1").replace("%1", str(made.path)),
            15_000,
        )
        return made

    @Slot()
    def restore_backup(self) -> bool:
        path = db.current_path()
        if path is None:
            return False
        backups = backup.list_backups(path)
        if not backups:
            self.inform(
                self.tr("Gendan"),
                self.tr("Der er ingen sikkerhedskopier endnu. Brug «Sikkerhedskopi» først."),
            )
            return False
        chosen = RestoreDialog.ask(self.window, backups)
        if chosen is None:
            return False
        if not self.confirm(
            self.tr("Gendan"),
            self.tr(
                "Gendan sikkerhedskopien fra %1? Ændringer efter den tid vil ikke ses i dagbogen, "
                "men den nuværende fil gemmes uændret ved siden af."
            ).replace("%1", chosen.label),
        ):
            return False
        try:
            aside = backup.restore(path, chosen.path)
        except DagbogError as error:
            self._reopen(path)
            self.inform(self.tr("Gendan"), labels.error_text(error), error=True)
            return False
        self._reopen(path)
        self.inform(
            self.tr("Gendan"),
            self.tr("Sikkerhedskopien er gendannet. Den tidligere fil er gemt som %1.").replace(
                "%1", str(aside)
            ),
        )
        return True

    def _reopen(self, path: Path) -> None:
        """Open the diary again after a restore and show it from scratch."""
        if db.current_path() is None:
            db.open_database(path, lock=True)
        self.window.case = None
        self.window._reload_cases()
        self.window._open_initial_case()

    @Slot()
    def export_case(self) -> Path | None:
        case = self.window.case
        if case is None:
            return None
        target = self.ask_save_path(f"{case.title}{case_file.SUFFIX}")
        if target is None:
            return None
        if target.suffix != case_file.SUFFIX:
            target = target.with_name(target.name + case_file.SUFFIX)
        try:
            chain = case_file.write_case_file(case, target)
        except (DagbogError, OSError) as error:
            self.inform(self.tr("Eksportér sag"), labels.error_text(error), error=True)
            return None
        self.window.statusBar().showMessage(
            self.tr("Sagen er gemt i %1 (%2 versioner).")
            .replace("%1", str(target))
            .replace("%2", str(chain.versions)),
            15_000,
        )
        return target

    @Slot()
    def import_case(self) -> case_file.ImportResult | None:
        source = self.ask_open_path()
        if source is None:
            return None
        try:
            result = case_file.import_case_file(source)
        except DagbogError as error:
            self.inform(self.tr("Importér sag"), labels.error_text(error), error=True)
            return None
        from dagbog.core import cases

        imported = cases.find_case(result.case_title)
        if imported is not None:
            self.window._reload_cases()
            self.window.set_case(imported)
        self.inform(self.tr("Importér sag"), labels.say(result.phrase))
        return result
