"""The one question asked before typed text would be thrown away: save, discard or go back.

The question is window-modal and does not block (``open``, not ``exec``): the dialog stays
open until the answer comes, and a program closing the dialog (a test's teardown) never
waits for an answer nobody gives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = QMessageBox.StandardButton


def ask(parent: QWidget, text: str, answered: Callable[[Choice], None]) -> QMessageBox:
    """Save (the default), Discard, or Cancel = keep writing (also Esc); ``answered`` gets
    the choice once the question has closed. Returns the open question box."""
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
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        answered(box.standardButton(clicked) if clicked is not None else Choice.Cancel)

    box.finished.connect(finished)
    box.open()
    return box
