"""The dialog that creates a case or changes its title and details."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import cases
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case

from . import theme
from .form_errors import add_field_rows, error_label, show_error, shown_text


class CaseDialog(QDialog):
    """Creates a case (``cases.create_case``) or edits one (``cases.update_case``)."""

    def __init__(self, parent: QWidget | None, case: Case | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.saved_case: Case | None = None
        self.setWindowTitle(self.tr("Ret sag") if case else self.tr("Ny sag"))

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.citizen_edit = QLineEdit()
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setPlaceholderText(self.tr("fx Jobcenter Aarhus"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("jobcenterets hovedpostkasse"))
        self.reply_days_spin = QSpinBox()
        self.reply_days_spin.setRange(1, 90)
        self.reply_days_spin.setValue(10)
        self.reply_days_spin.setSuffix(self.tr(" arbejdsdage"))
        rows = [
            ("title", self.tr("&Titel:"), self.title_edit, self.tr("Sagens titel")),
            ("citizen_name", self.tr("&Borger:"), self.citizen_edit, self.tr("Borgerens navn")),
            (
                "municipality",
                self.tr("&Kommune:"),
                self.municipality_edit,
                self.tr("Kommune eller jobcenter"),
            ),
            ("main_email", self.tr("&E-mail:"), self.email_edit, self.tr("Jobcenterets e-mail")),
            (
                "reply_days",
                self.tr("&Svarfrist:"),
                self.reply_days_spin,
                self.tr("Svarfrist i arbejdsdage"),
            ),
        ]
        descriptions = {
            "title": self.tr("Et kort navn på sagen, fx sygedagpenge 2026"),
            "citizen_name": self.tr("Navnet på den borger, sagen handler om"),
            "municipality": self.tr("Kommunen eller jobcentret, der har sagen"),
            "main_email": self.tr("Jobcentrets hovedpostkasse; breve sendes hertil"),
            "reply_days": self.tr(
                "Kommunens svarfrist i arbejdsdage; frister for henvendelser regnes herfra"
            ),
        }
        self._errors = add_field_rows(form, self, rows, descriptions)
        self.general_error = error_label(self)

        if case is not None:
            self.title_edit.setText(case.title)
            self.citizen_edit.setText(case.citizen_name)
            self.municipality_edit.setText(case.municipality)
            self.email_edit.setText(case.main_email)
            self.reply_days_spin.setValue(case.reply_days)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Gem sagen")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Annuller og luk uden at gemme")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Gemmer sagens oplysninger")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Lukker vinduet uden at gemme (Esc)")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        theme.fit_dialog(self, 440)
        self.title_edit.setFocus()

    def error_text(self, field: str) -> str:
        return shown_text(self._errors.get(field))

    @Slot()
    def save(self) -> None:
        for label in [*self._errors.values(), self.general_error]:
            label.hide()
        values = {
            "title": self.title_edit.text(),
            "citizen_name": self.citizen_edit.text(),
            "municipality": self.municipality_edit.text(),
            "main_email": self.email_edit.text(),
            "reply_days": self.reply_days_spin.value(),
        }
        try:
            if self.case is None:
                self.saved_case = cases.create_case(values.pop("title"), **values)
            else:
                self.saved_case = cases.update_case(self.case, **values)
        except ValidationError as error:
            show_error(self._errors.get(error.field or "", self.general_error), error)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case | None = None) -> Case | None:
        """Show the dialog; the created or changed case, or None if cancelled."""
        dialog = cls(parent, case)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_case
            return None
        finally:
            dialog.deleteLater()
