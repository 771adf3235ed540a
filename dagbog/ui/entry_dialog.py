"""The dialog that logs a new contact or edits one, with Danish messages next to each field."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, journal, people, requests
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case, Entry, Person
from dagbog.core.vocabulary import Direction, Kind, ReplyStatus

from . import labels, theme, unsaved
from .answer_offer import AnswerOfferBox
from .form_errors import error_label, show_error, shown_text, with_error
from .telephone_hint import TelephoneHint

#: Kinds for which a new outgoing contact is expected to get an answer.
_WRITTEN = frozenset({Kind.EMAIL, Kind.LETTER, Kind.DIGITAL})

#: Service error fields that are shown under another field's widget.
_FIELD_ALIASES = {
    "reply_days": "reply_due",
    "reply_status": "reply_due",
    "request_type": "reply_due",
}


class EntryDialog(QDialog):
    """Logs a contact (``journal.log_contact``) or edits one (``journal.edit_entry``)."""

    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        kind: str = Kind.CALL,
        entry: Entry | None = None,
        direction: str = Direction.OUT,
    ) -> None:
        super().__init__(parent)
        self._direction = direction
        self.case = case
        self.entry = entry
        self.saved_entry: Entry | None = None
        self.unsaved_box: QMessageBox | None = None  # the open "save what you typed?"
        self._awaiting_touched = entry is not None
        self._person_touched = entry is not None  # the user chose someone: keep it
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._fill(kind)
        self._kind_changed()
        self.awaiting_check.clicked.connect(self._awaiting_clicked)
        self.direction_combo.currentIndexChanged.connect(self._kind_changed)
        self._update_answer_offer()
        theme.fit_dialog(self, 640)

    # --- construction --------------------------------------------------------------------
    def _error(self, field: str) -> QLabel:
        label = error_label(self)
        self._errors[field] = label
        return label

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form

        self.at_edit = QLineEdit()
        self.at_edit.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ TT:MM"))
        self.at_edit.setAccessibleName(self.tr("Tidspunkt"))
        self.now_button = QPushButton(self.tr("&Nu"))
        self.now_button.setAccessibleName(self.tr("Sæt tidspunktet til nu"))
        self.now_button.setToolTip(self.tr("Sætter tidspunktet til lige nu"))
        self.now_button.clicked.connect(self._set_now)
        self.now_button.setAutoDefault(False)
        at_row = QWidget()
        at_layout = QHBoxLayout(at_row)
        at_layout.setContentsMargins(0, 0, 0, 0)
        at_layout.addWidget(self.at_edit, 1)
        at_layout.addWidget(self.now_button)
        form.addRow(
            self._buddy(self.tr("&Hvornår:"), self.at_edit), with_error(at_row, self._error("at"))
        )

        self.kind_combo = QComboBox()
        for code, text in labels.kind_labels().items():
            self.kind_combo.addItem(text, code)
        self.kind_combo.setAccessibleName(self.tr("Type"))
        self.kind_combo.setAccessibleDescription(
            self.tr("Hvordan kontakten foregik: opkald, e-mail, møde, brev og så videre")
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.currentIndexChanged.connect(self._update_answer_offer)
        form.addRow(
            self._buddy(self.tr("&Type:"), self.kind_combo),
            with_error(self.kind_combo, self._error("kind")),
        )

        self.direction_combo = QComboBox()
        for code, text in labels.direction_labels().items():
            self.direction_combo.addItem(text, code)
        self.direction_combo.setAccessibleName(self.tr("Retning"))
        self.direction_combo.setAccessibleDescription(
            self.tr("Udgående: du tog kontakt. Indgående: jobcentret tog kontakt")
        )
        form.addRow(
            self._buddy(self.tr("&Retning:"), self.direction_combo),
            with_error(self.direction_combo, self._error("direction")),
        )

        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Med hvem"))
        self.person_combo.setAccessibleDescription(
            self.tr(
                "Personen på sagen, kontakten var med; sagsbehandleren er valgt på forhånd, "
                "undtagen ved et brev fra jobcentret"
            )
        )
        self.person_combo.addItem(self.tr("(ingen)"), None)
        self.person_combo.activated.connect(self._person_chosen)
        roles = labels.role_labels()
        for person in people.list_people(self.case):
            text = f"{person.name} ({labels.label(roles, person.role)})"
            self.person_combo.addItem(text, person.id)
        form.addRow(
            self._buddy(self.tr("&Med hvem:"), self.person_combo),
            with_error(self.person_combo, self._error("person")),
        )

        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Emne"))
        self.subject_edit.setPlaceholderText(self.tr("Kort om hvad det drejede sig om"))
        form.addRow(
            self._buddy(self.tr("&Emne:"), self.subject_edit),
            with_error(self.subject_edit, self._error("subject")),
        )

        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(False)
        self.outcome_row = QWidget()
        outcome_layout = QHBoxLayout(self.outcome_row)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        outcome_layout.setSpacing(4)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for code, text in labels.outcome_labels().items():
            button = QPushButton(text)
            button.setCheckable(True)
            # Enter after clicking an outcome saves the form instead of un-clicking it.
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Udfald: %1").replace("%1", text))
            button.setAccessibleDescription(
                self.tr("Ét klik vælger udfaldet; Enter gemmer derefter kontakten")
            )
            button.setProperty("code", code)
            self.outcome_group.addButton(button)
            self.outcome_buttons[code] = button
            outcome_layout.addWidget(button)
        outcome_layout.addStretch(1)
        self.outcome_group.buttonToggled.connect(self._outcome_toggled)
        self.outcome_label = QLabel(self.tr("Udfald:"))
        self.outcome_box = with_error(self.outcome_row, self._error("outcome"))
        form.addRow(self.outcome_label, self.outcome_box)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setAccessibleDescription(
            self.tr("Valgfri. Hvad blev sagt, aftalt eller spurgt om; Tab går videre")
        )
        self.note_edit.setPlaceholderText(self.tr("Hvad blev sagt, aftalt eller spurgt om"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(120)
        form.addRow(
            self._buddy(self.tr("N&ote:"), self.note_edit),
            with_error(self.note_edit, self._error("note")),
        )

        self.awaiting_check = QCheckBox(self.tr("&Afventer svar"))
        self.awaiting_check.setAccessibleName(self.tr("Afventer svar"))
        self.awaiting_check.setAccessibleDescription(
            self.tr("Følg henvendelsen, til jobcentret svarer; den vises under Afventer svar")
        )
        self.due_edit = QLineEdit()
        self.due_edit.setPlaceholderText(self.tr("Frist DD.MM.ÅÅÅÅ (tom: beregnes)"))
        self.due_edit.setAccessibleName(self.tr("Svarfrist"))
        self.due_edit.setToolTip(
            self.tr("Tom: fristen beregnes ud fra sagens svarfrist i arbejdsdage.")
        )
        self.awaiting_check.toggled.connect(self.due_edit.setEnabled)
        reply_row = QWidget()
        reply_layout = QHBoxLayout(reply_row)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.awaiting_check)
        reply_layout.addWidget(self.due_edit, 1)
        form.addRow(self.tr("Svar:"), with_error(reply_row, self._error("reply_due")))

        self.private_check = QCheckBox(self.tr("&Privat (kun til mig selv)"))
        self.private_check.setAccessibleName(self.tr("Privat"))
        self.private_check.setAccessibleDescription(
            self.tr("Kontakten kan udelades, når du eksporterer PDF-loggen")
        )
        form.addRow("", with_error(self.private_check, self._error("private")))

        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Grund til ændringen"))
        self.reason_edit.setPlaceholderText(self.tr("Valgfri; gemmes i historikken"))
        if self.entry is not None:
            form.addRow(self._buddy(self.tr("Gr&und:"), self.reason_edit), self.reason_edit)

        self.general_error = self._error("")

        # Awaiting replies: a note outside telefontid, and which open requests this answers.
        self.telephone_hint = TelephoneHint(self)
        self.answer_offer = AnswerOfferBox(self)
        for signal in (
            self.direction_combo.currentIndexChanged,
            self.person_combo.currentIndexChanged,
            self.outcome_group.buttonToggled,
            self.at_edit.editingFinished,
        ):
            signal.connect(self._update_answer_offer)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("&Gem"))
        save_button.setDefault(True)  # Enter saves from any field but the note
        save_button.setAccessibleName(self.tr("Gem kontakten"))
        save_button.setToolTip(self.tr("Gemmer kontakten i journalen (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Annuller og luk uden at gemme")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Lukker formularen uden at gemme (Esc)")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.telephone_hint)
        layout.addWidget(self.answer_offer)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        order = [
            self.at_edit,
            self.now_button,
            self.kind_combo,
            self.direction_combo,
            self.person_combo,
            self.subject_edit,
            *self.outcome_buttons.values(),
            self.note_edit,
            self.awaiting_check,
            self.due_edit,
            self.private_check,
        ]
        if self.entry is not None:
            order.append(self.reason_edit)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _fill(self, kind: str) -> None:
        entry = self.entry
        if entry is None:
            self.at_edit.setText(clock.format_local(clock.now()))
            self._select(self.kind_combo, kind)
            self._select(self.direction_combo, self._direction)
            self._select(self.person_combo, self._default_person_id())
            self.due_edit.setEnabled(False)
        else:
            self.at_edit.setText(clock.format_local(entry.at))
            self._select(self.kind_combo, entry.kind)
            self._select(self.direction_combo, entry.direction)
            self._select(self.person_combo, entry.person_id)
            self.subject_edit.setText(entry.subject)
            self.note_edit.setPlainText(entry.note)
            if entry.outcome in self.outcome_buttons:
                self.outcome_buttons[entry.outcome].setChecked(True)
            awaiting = entry.reply_status == ReplyStatus.AWAITING
            self.awaiting_check.setChecked(awaiting)
            self.due_edit.setEnabled(awaiting)
            self.due_edit.setText(clock.short_date(entry.reply_due) if entry.reply_due else "")
            self.private_check.setChecked(bool(entry.private))
        self._initial_at_text = self.at_edit.text()
        self._initial_due_text = self.due_edit.text()
        self._initial_written = self._written()
        self.at_edit.setFocus()

    def _written(self) -> tuple[str, str]:
        return self.subject_edit.text(), self.note_edit.toPlainText()

    def has_unsaved_text(self) -> bool:
        """True when the subject or note holds typing that closing would throw away."""
        return self._written() != self._initial_written

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _letter_received(self) -> bool:
        return (
            self.kind_combo.currentData() == Kind.LETTER
            and self.direction_combo.currentData() == Direction.IN
        )

    def _default_person_id(self) -> int | None:
        """The caseworker, but nobody for a letter received: it comes from the jobcenter.

        Letters are mostly sent by the jobcenter as an organisation (a system, a unit, a
        signature that is not the caseworker's); naming the caseworker as sender would put a
        claim in the diary that the user never made. The user picks a person if one signed.
        """
        if self._letter_received():
            return None
        caseworker = people.caseworker_on(self.case)
        return caseworker.id if caseworker else None

    # --- reactions -----------------------------------------------------------------------
    @Slot(int)
    def _person_chosen(self, _index: int) -> None:
        self._person_touched = True

    @Slot()
    def _set_now(self) -> None:
        self.at_edit.setText(clock.format_local(clock.now()))

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.form.setRowVisible(self.outcome_box, kind == Kind.CALL)
        kind_text = self.kind_combo.currentText()
        if self.entry is None:
            self.setWindowTitle(self.tr("Ny kontakt: %1").replace("%1", kind_text))
        else:
            self.setWindowTitle(self.tr("Ret kontakt: %1").replace("%1", kind_text))
        # "Nobody" on an incoming letter means the jobcenter itself sent it.
        self.person_combo.setItemText(
            0,
            self.tr("Jobcentret (ingen bestemt person)")
            if self._letter_received()
            else self.tr("(ingen)"),
        )
        if not self._person_touched and self.entry is None:
            self._select(self.person_combo, self._default_person_id())
        if not self._awaiting_touched:
            # A written request one sends usually wants an answer; the user can untick it.
            self.awaiting_check.setChecked(
                kind in _WRITTEN and self.direction_combo.currentData() == Direction.OUT
            )

    @Slot()
    def _awaiting_clicked(self) -> None:
        self._awaiting_touched = True

    @Slot(QAbstractButton, bool)
    def _outcome_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for other in self.outcome_buttons.values():
            if other is not button and other.isChecked():
                other.setChecked(False)

    @Slot()
    def _update_answer_offer(self, *_args) -> None:
        """Refresh the telefontid note and the offer of open requests this contact answers."""
        kind = self.kind_combo.currentData()
        person = self._person()
        self.telephone_hint.update_for(person, kind)
        if self.entry is not None:
            return  # answers are linked when a contact is logged (or from the panel)
        try:
            at = self._at()
        except ValidationError:
            at = None
        self.answer_offer.update_for(
            self.case,
            kind=kind,
            direction=self.direction_combo.currentData(),
            outcome=self.outcome(),
            person=person,
            at=at,
        )

    # --- reading the form ----------------------------------------------------------------
    def outcome(self) -> str | None:
        if self.kind_combo.currentData() != Kind.CALL:
            return None
        for code, button in self.outcome_buttons.items():
            if button.isChecked():
                return code
        return None

    def _person(self) -> Person | None:
        person_id = self.person_combo.currentData()
        return Person.get_by_id(person_id) if person_id else None

    def _at(self) -> datetime:
        return clock.parse_local_datetime(self.at_edit.text())

    def _due(self) -> date | None:
        text = self.due_edit.text().strip()
        if not self.awaiting_check.isChecked() or not text:
            return None
        return clock.parse_date(text, field="reply_due")

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_error(self, error: ValidationError) -> None:
        """Show the message under the field it is about (or at the bottom)."""
        field = _FIELD_ALIASES.get(error.field or "", error.field or "")
        show_error(self._errors.get(field, self.general_error), error)

    def error_text(self, field: str) -> str:
        """The message shown for ``field`` ("" if none); for tests and accessibility."""
        return shown_text(self._errors.get(field))

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Annuller or the window's close button: typed text is not thrown away unasked.

        A long note typed on a tired day was lost to one stray Esc; now the user chooses
        between saving it, discarding it and going back to the form.
        """
        if self.saved_entry is None and self.has_unsaved_text():
            if self.unsaved_box is None:
                self.unsaved_box = unsaved.ask(
                    self,
                    self.tr("Du har skrevet noget, der ikke er gemt. Vil du gemme kontakten?"),
                    self._unsaved_answered,
                )
            return
        super().reject()

    def _unsaved_answered(self, choice: QMessageBox.StandardButton) -> None:
        self.unsaved_box = None
        if choice == QMessageBox.StandardButton.Save:
            self.save()
        elif choice == QMessageBox.StandardButton.Discard:
            QDialog.reject(self)

    # --- saving --------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Validate and write; on a ValidationError show it and keep the dialog open."""
        self.clear_errors()
        try:
            self.saved_entry = self._write()
        except ValidationError as error:
            self.show_error(error)
            return
        self.accept()

    def _write(self) -> Entry:
        if self.entry is None:
            values = {
                "at": self._at(),
                "kind": self.kind_combo.currentData(),
                "direction": self.direction_combo.currentData(),
                "person": self._person(),
                "subject": self.subject_edit.text(),
                "note": self.note_edit.toPlainText(),
                "outcome": self.outcome(),
                "awaiting_reply": self.awaiting_check.isChecked(),
                "reply_due": self._due(),
                "private": self.private_check.isChecked(),
            }
            answers = self.answer_offer.selected()
            if answers:
                return requests.log_contact_answering(self.case, answers, **values)
            return journal.log_contact(self.case, **values)
        changes = self._changes()
        if not changes:
            return self.entry
        return journal.edit_entry(self.entry, reason=self.reason_edit.text().strip(), **changes)

    def _changes(self) -> dict:
        """The fields that differ from the entry being edited."""
        entry = self.entry
        assert entry is not None
        wanted: dict = {
            "kind": self.kind_combo.currentData(),
            "direction": self.direction_combo.currentData(),
            "person": self._person(),
            "subject": self.subject_edit.text().strip(),
            "note": self.note_edit.toPlainText(),
            "outcome": self.outcome(),
            "private": self.private_check.isChecked(),
        }
        if self.at_edit.text().strip() != self._initial_at_text:
            wanted["at"] = self._at()
        was_awaiting = entry.reply_status == ReplyStatus.AWAITING
        awaiting = self.awaiting_check.isChecked()
        if awaiting != was_awaiting:
            wanted["reply_status"] = ReplyStatus.AWAITING if awaiting else ReplyStatus.NOT_EXPECTED
            wanted["reply_due"] = self._due()
        elif awaiting and self.due_edit.text().strip() != self._initial_due_text:
            wanted["reply_due"] = self._due()
        current = {
            "kind": entry.kind,
            "direction": entry.direction,
            "person": entry.person_id,
            "subject": entry.subject,
            "note": entry.note,
            "outcome": entry.outcome,
            "private": bool(entry.private),
        }
        changes = {}
        for name, value in wanted.items():
            compare = value.id if isinstance(value, Person) else value
            if name in current and current[name] == compare:
                continue
            changes[name] = value
        return changes

    # --- the one call the window makes ---------------------------------------------------
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        case: Case,
        kind: str = Kind.CALL,
        entry: Entry | None = None,
        direction: str = Direction.OUT,
    ) -> Entry | None:
        """Show the dialog; the saved entry, or None if the user cancelled."""
        dialog = cls(parent, case, kind=kind, entry=entry, direction=direction)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_entry
            return None
        finally:
            dialog.deleteLater()
