"""The user's own name and role, used as "udarbejdet af" in letters and PDFs."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import settings
from dagbog.core.errors import ValidationError
from dagbog.core.settings import UserRole

from . import labels, theme


class SettingsDialog(QDialog):
    """Name and role (borger, bisidder, partsrepræsentant), stored in the diary file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dig selv"))
        self.saved = False
        profile = settings.user_profile()
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setAccessibleName(self.tr("Dit navn"))
        self.name_edit.setAccessibleDescription(
            self.tr("Står som udarbejdet af i breve og PDF-udskrifter")
        )
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Din rolle"))
        self.role_combo.setAccessibleDescription(
            self.tr("Borger, bisidder eller partsrepræsentant; breve skrives ud fra rollen")
        )
        for code, label in (
            (UserRole.CITIZEN, self.tr("Borger (det er min egen sag)")),
            (UserRole.COMPANION, self.tr("Bisidder")),
            (UserRole.REPRESENTATIVE, self.tr("Partsrepræsentant")),
        ):
            self.role_combo.addItem(label, str(code))
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(profile.role)))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.error_color()};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name_edit)
        form.addRow(self.tr("&Rolle:"), self.role_combo)
        hint = QLabel(self.tr("Navn og rolle står som «udarbejdet af» i breve og PDF-udskrifter."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Gem navn og rolle"))
        save.setToolTip(self.tr("Gemmer navn og rolle i dagbogen"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Annuller"))
        cancel.setToolTip(self.tr("Lukker vinduet uden at gemme"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def save(self) -> None:
        try:
            settings.set_user_profile(self.name_edit.text(), self.role_combo.currentData())
        except ValidationError as error:
            self.error.setText(labels.error_text(error))
            self.error.show()
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        dialog = cls(parent)
        dialog.exec()
        return dialog.saved
