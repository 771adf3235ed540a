"""The one question asked before typed text would be thrown away: save, discard or go back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = QMessageBox.StandardButton


def ask(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """Save (the default), Discard, or Cancel = keep writing (also Esc)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Gem det, du har skrevet?"),
        text,
        Choice.Save | Choice.Discard | Choice.Cancel,
        parent,
    )
    box.button(Choice.Save).setText(QCoreApplication.translate("Unsaved", "&Gem"))
    box.button(Choice.Discard).setText(QCoreApplication.translate("Unsaved", "&Kassér det skrevne"))
    box.button(Choice.Cancel).setText(
        QCoreApplication.translate("Unsaved", "&Fortsæt med at skrive")
    )
    box.setDefaultButton(Choice.Save)
    box.setEscapeButton(Choice.Cancel)
    return Choice(box.exec())
