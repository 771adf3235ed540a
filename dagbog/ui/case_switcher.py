"""The quick case switcher (Ctrl+K): type a few letters, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from dagbog.core.models import Case

from . import theme
from .cases_model import COL_TITLE, CaseIdRole, filtered_cases


class CaseSwitcher(QDialog):
    """A filter field over the case titles (and citizens); arrows move, Enter switches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skift sag"))
        self.resize(480, 340)
        self.chosen: Case | None = None
        self.model, self.proxy = filtered_cases(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Skriv en del af sagens eller borgerens navn"))
        self.filter_edit.setAccessibleName(self.tr("Find sag"))
        self.filter_edit.setAccessibleDescription(
            self.tr(
                "Skriv en del af sagens eller borgerens navn; pil op og ned vælger, Enter skifter"
            )
        )
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self.choose)
        self.filter_edit.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setModelColumn(COL_TITLE)
        self.list.setAccessibleName(self.tr("Sager"))
        self.list.setAccessibleDescription(
            self.tr("Sagerne, der passer; Enter skifter til den valgte")
        )
        self.list.activated.connect(self._activated)
        hint = QLabel(self.tr("↑ ↓ vælger, Enter skifter, Esc lukker"))
        hint.setStyleSheet(f"color: {theme.muted_color()};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.model.reload()
        self._filter("")

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, COL_TITLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row()
                row += 1 if key == Qt.Key.Key_Down else -1
                if 0 <= row < self.proxy.rowCount():
                    self.list.setCurrentIndex(self.proxy.index(row, COL_TITLE))
                return True
        return super().eventFilter(watched, event)

    def titles(self) -> list[str]:
        return [self.proxy.index(r, COL_TITLE).data() for r in range(self.proxy.rowCount())]

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.choose()

    @Slot()
    def choose(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        self.chosen = Case.get_or_none(Case.id == index.data(CaseIdRole))
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Case | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.chosen
