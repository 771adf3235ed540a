"""The people of a case: who they are, how to reach them, and the caseworker history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, people, telephone_hours
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case, Person
from dagbog.core.vocabulary import Role

from . import labels, unsaved
from .calendar_widget import to_date, to_qdate
from .form_errors import add_field_rows, error_label, show_error, shown_text


class PeopleDialog(QDialog):
    """Lists, adds and edits a case's persons; assigns a new caseworker from a date."""

    def __init__(self, parent: QWidget | None, case: Case) -> None:
        super().__init__(parent)
        self.case = case
        self.person: Person | None = None  # the one in the form; None: a new person
        self.setWindowTitle(self.tr("Personer i sagen %1").replace("%1", case.title))
        self.resize(860, 580)
        self._shown: tuple = ()  # the form as last filled or saved
        self.unsaved_box = None  # the open "save what you typed?"
        self._build()
        self.reload()
        self.start_new()

    # --- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.person_list = QListWidget()
        self.person_list.setAccessibleName(self.tr("Personer"))
        self.person_list.setAccessibleDescription(
            self.tr("Sagens personer; vælg en for at rette den i formularen ved siden af")
        )
        self.person_list.currentItemChanged.connect(self._person_picked)
        self.new_button = QPushButton(self.tr("&Ny person"))
        self.new_button.setAccessibleName(self.tr("Ny person"))
        self.new_button.setToolTip(self.tr("Tømmer formularen, så du kan tilføje en ny person"))
        self.new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("P&ersoner:"))
        list_label.setBuddy(self.person_list)
        left.addWidget(list_label)
        left.addWidget(self.person_list, 1)
        left.addWidget(self.new_button)

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for code, text in labels.role_labels().items():
            self.role_combo.addItem(text, code)
        self.organisation_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("fx Man-Tor 09:00-12:00; Fre 09:00-11:00"))
        rows = [
            ("name", self.tr("N&avn:"), self.name_edit, self.tr("Navn")),
            ("role", self.tr("&Rolle:"), self.role_combo, self.tr("Rolle")),
            (
                "organisation",
                self.tr("&Organisation:"),
                self.organisation_edit,
                self.tr("Organisation"),
            ),
            ("phone", self.tr("&Telefon:"), self.phone_edit, self.tr("Telefon")),
            ("email", self.tr("E-&mail:"), self.email_edit, self.tr("E-mail")),
            (
                "telephone_hours",
                self.tr("Telefon&tid:"),
                self.hours_edit,
                self.tr("Telefontid"),
            ),
        ]
        descriptions = {
            "name": self.tr("Personens fulde navn"),
            "role": self.tr("Fx sagsbehandler, afdelingsleder eller vagttelefon"),
            "organisation": self.tr("Fx jobcentrets afdeling"),
            "phone": self.tr("Telefonnummer, fx 70 12 34 56"),
            "email": self.tr("Personens e-mailadresse"),
            "telephone_hours": self.tr(
                "Hvornår personen tager telefonen; Dagbog minder dig om det, når du ringer"
            ),
        }
        self._errors = add_field_rows(form, self, rows, descriptions)
        self.general_error = error_label(self)
        self.save_button = QPushButton(self.tr("&Gem person"))
        self.save_button.setAccessibleName(self.tr("Gem person"))
        self.save_button.setToolTip(self.tr("Gemmer personen på sagen"))
        self.save_button.clicked.connect(self.save_person)
        self.form_title = QLabel()
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        right = QVBoxLayout()
        right.addWidget(self.form_title)
        right.addLayout(form)
        right.addWidget(self.general_error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        right.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addSpacing(12)
        top.addLayout(right, 1)

        history_box = QGroupBox(self.tr("Sagsbehandlere over tid"))
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Sagsbehandlere over tid"))
        self.history_list.setAccessibleDescription(
            self.tr("Hvem der har været sagsbehandler, og fra hvilken dato")
        )
        self.history_list.setMaximumHeight(110)
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName(self.tr("Ny sagsbehandler"))
        self.assign_combo.setAccessibleDescription(self.tr("Personen, der overtager sagen"))
        self.assign_date = QDateEdit()
        self.assign_date.setCalendarPopup(True)
        self.assign_date.setDisplayFormat(labels.date_format())
        self.assign_date.setDate(to_qdate(clock.today()))
        self.assign_date.setAccessibleName(self.tr("Fra dato"))
        self.assign_date.setAccessibleDescription(
            self.tr("Datoen, den nye sagsbehandler overtager")
        )
        self.assign_button = QPushButton(self.tr("Ny sagsbehandler &fra dato"))
        self.assign_button.setAccessibleName(self.tr("Ny sagsbehandler fra dato"))
        self.assign_button.setToolTip(
            self.tr("Registrerer skiftet; den tidligere sagsbehandler står stadig i historikken")
        )
        self.assign_button.clicked.connect(self.assign_caseworker)
        self.assign_error = error_label(self)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_combo, 1)
        assign_row.addWidget(self.assign_date)
        assign_row.addWidget(self.assign_button)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_list)
        history_layout.addLayout(assign_row)
        history_layout.addWidget(self.assign_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Luk personer")
        )
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Lukker vinduet; det gemte er gemt")
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(history_box)
        layout.addWidget(buttons)

    # --- showing -------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the persons and the caseworker history."""
        roles = labels.role_labels()
        self.person_list.blockSignals(True)
        self.person_list.clear()
        self.assign_combo.clear()
        for person in people.list_people(self.case):
            item = QListWidgetItem(f"{person.name} — {labels.label(roles, person.role)}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.person_list.addItem(item)
            self.assign_combo.addItem(person.name, person.id)
            if person.id == select_id:
                self.person_list.setCurrentItem(item)
        self.person_list.blockSignals(False)
        self.history_list.clear()
        current = people.caseworker_on(self.case)
        for assignment in reversed(people.caseworker_history(self.case)):
            text = (
                self.tr("Fra %1: %2")
                .replace("%1", labels.format_day(assignment.from_date))
                .replace("%2", assignment.person.name)
            )
            if current is not None and assignment.person_id == current.id:
                text += self.tr("  (nuværende)")
            self.history_list.addItem(text)

    def person_names(self) -> list[str]:
        """The names in the list, in order (for tests and screen readers)."""
        return [
            Person.get_by_id(self.person_list.item(row).data(Qt.ItemDataRole.UserRole)).name
            for row in range(self.person_list.count())
        ]

    @Slot()
    def start_new(self) -> None:
        """Empty the form for a new person."""
        self.person = None
        self.person_list.setCurrentRow(-1)
        self.form_title.setText(self.tr("Ny person"))
        for edit in (
            self.name_edit,
            self.organisation_edit,
            self.phone_edit,
            self.email_edit,
            self.hours_edit,
        ):
            edit.clear()
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.CASEWORKER))
        self._clear_errors()
        self._shown = self._form()
        self.name_edit.setFocus()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _person_picked(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        self.show_person(Person.get_by_id(item.data(Qt.ItemDataRole.UserRole)))

    def show_person(self, person: Person) -> None:
        self.person = person
        self.form_title.setText(self.tr("Ret %1").replace("%1", person.name))
        self.name_edit.setText(person.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role))
        self.organisation_edit.setText(person.organisation)
        self.phone_edit.setText(person.phone)
        self.email_edit.setText(person.email)
        self.hours_edit.setText(
            labels.format_hours(telephone_hours.from_json(person.telephone_hours))
        )
        self._clear_errors()
        self._shown = self._form()

    def _form(self) -> tuple:
        edits = (
            self.name_edit,
            self.organisation_edit,
            self.phone_edit,
            self.email_edit,
            self.hours_edit,
        )
        return (self.role_combo.currentData(), *(edit.text().strip() for edit in edits))

    def has_unsaved_text(self) -> bool:
        """True when the person form holds typing that closing would throw away."""
        return self._form() != self._shown

    def reject(self) -> None:
        """Esc or Luk: a person typed in (phone, e-mail, telephone hours) is not lost unasked."""
        if not self.has_unsaved_text():
            super().reject()
            return
        if self.unsaved_box is None:
            self.unsaved_box = unsaved.ask(
                self,
                self.tr("Personen i formularen er ikke gemt. Vil du gemme, før du lukker?"),
                self._unsaved_answered,
            )

    def _unsaved_answered(self, choice) -> None:
        self.unsaved_box = None
        if choice == unsaved.Choice.Save:
            if self.save_person() is None:
                return  # the save failed; its message is shown
        elif choice != unsaved.Choice.Discard:
            return
        QDialog.reject(self)

    def _clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general_error, self.assign_error]:
            label.clear()
            label.hide()

    def error_text(self, field: str) -> str:
        return shown_text(self._errors.get(field))

    def _show_error(self, error: ValidationError, fallback: QLabel) -> None:
        show_error(self._errors.get(error.field or "", fallback), error)

    # --- writing -------------------------------------------------------------------------
    @Slot()
    def save_person(self) -> Person | None:
        """Add the person in the form, or save the changes to the one picked."""
        self._clear_errors()
        values = {
            "role": self.role_combo.currentData(),
            "organisation": self.organisation_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "hours": self.hours_edit.text(),
        }
        try:
            if self.person is None:
                person = people.add_person(self.case, self.name_edit.text(), **values)
            else:
                person = people.update_person(self.person, name=self.name_edit.text(), **values)
        except ValidationError as error:
            self._show_error(error, self.general_error)
            return None
        self.reload(select_id=person.id)
        self.show_person(person)
        return person

    @Slot()
    def assign_caseworker(self) -> None:
        """Make the chosen person the caseworker from the chosen date."""
        self._clear_errors()
        person_id = self.assign_combo.currentData()
        if person_id is None:
            self.assign_error.setText("⚠ " + self.tr("Tilføj først personen ovenfor."))
            self.assign_error.show()
            return
        try:
            people.assign_caseworker(
                self.case, Person.get_by_id(person_id), to_date(self.assign_date.date())
            )
        except ValidationError as error:
            show_error(self.assign_error, error)
            return
        self.reload(select_id=self.person.id if self.person else None)

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case) -> None:
        """Show the dialog until the user closes it."""
        dialog = cls(parent, case)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
