"""The letter dialog: a draft filled from the log, edited, then copied, mailed or saved as PDF.

Sending (opening the draft in the mail program, or "Log som sendt") offers to log the letter
at once as an outgoing e-mail awaiting a reply, with the right deadline (aktindsigt: 7 working
days, otherwise the case's reply days).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
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

from dagbog.core import clock, deadlines, letters, settings
from dagbog.core.errors import DagbogError, os_reason
from dagbog.core.models import Case, Entry
from dagbog.core.settings import UserRole

from . import labels, theme


def _title(kind: str) -> str:
    titles = {
        "followup": QCoreApplication.translate(
            "LetterDialog", "Opfølgning på ubesvarede henvendelser"
        ),
        "new-caseworker": QCoreApplication.translate(
            "LetterDialog", "Anmodning om ny sagsbehandler"
        ),
        "aktindsigt": QCoreApplication.translate("LetterDialog", "Anmodning om aktindsigt"),
        "head": QCoreApplication.translate("LetterDialog", "Henvendelse til afdelingslederen"),
        "minutes": QCoreApplication.translate("LetterDialog", "Referat af møde"),
        "fuldmagt": QCoreApplication.translate("LetterDialog", "Fuldmagt til partsrepræsentant"),
    }
    return titles.get(kind, kind)


def letter_titles() -> dict[str, str]:
    """Letter kind -> translated menu title, in menu order."""
    return {kind: _title(kind) for kind in letters.KINDS}


class LetterDialog(QDialog):
    """Shows one letter draft for editing, with copy, mail, PDF and log actions."""

    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        kind: str,
        entry: Entry | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.kind = kind
        self.logged_entry: Entry | None = None
        self.handed_on = False  # copied, opened in the mail program or saved as PDF
        self.unsaved_box: QMessageBox | None = None  # the open "close without the letter?"
        self.setWindowTitle(_title(kind))
        theme.resize_for_text(self, 720, 640)
        self._reasons = ""
        profile = settings.user_profile()
        # Letters speak in the citizen's voice: sign with the user's name only if it is theirs.
        self.prepared_by = profile.name if profile.role == UserRole.CITIZEN else None

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Udkastet er skrevet ud fra din log. Læs det igennem og ret det til, "
                "før du sender det."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.meeting_combo: QComboBox | None = None
        if kind == "minutes":
            self.meeting_combo = QComboBox()
            self.meeting_combo.setAccessibleName(self.tr("Mødet"))
            self.meeting_combo.setAccessibleDescription(
                self.tr("Vælg det møde, referatet handler om; udkastet skrives om")
            )
            default = entry if entry is not None else letters.latest_meeting(case)
            for meeting in letters.meetings_of(case):
                when = labels.format_datetime(clock.to_local(meeting.at))
                self.meeting_combo.addItem(f"{when}  {meeting.subject}", meeting.id)
            if default is not None:
                self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(default.id)))
            self.meeting_combo.currentIndexChanged.connect(self._refill)
            form.addRow(self._buddy(self.tr("&Møde:"), self.meeting_combo), self.meeting_combo)
        self.to_edit = QLineEdit()
        self.to_edit.setAccessibleName(self.tr("Modtager"))
        self.to_edit.setAccessibleDescription(self.tr("E-mailadressen brevet sendes til"))
        form.addRow(self._buddy(self.tr("&Til:"), self.to_edit), self.to_edit)
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Emne"))
        self.subject_edit.setAccessibleDescription(self.tr("Brevets emnelinje"))
        form.addRow(self._buddy(self.tr("&Emne:"), self.subject_edit), self.subject_edit)
        self.reasons_edit: QPlainTextEdit | None = None
        if kind == "new-caseworker":
            self.reasons_edit = QPlainTextEdit()
            self.reasons_edit.setTabChangesFocus(True)
            self.reasons_edit.setAccessibleName(self.tr("Begrundelse"))
            self.reasons_edit.setAccessibleDescription(
                self.tr("Hvorfor du beder om en ny sagsbehandler; teksten sættes ind i brevet")
            )
            self.reasons_edit.setPlaceholderText(
                self.tr("Hvorfor fungerer samarbejdet ikke? Skriv kort, sagligt og høfligt.")
            )
            self.reasons_edit.setFixedHeight(round(80 * theme.text_factor(self)))
            self.reasons_edit.textChanged.connect(self._reasons_changed)
            form.addRow(self._buddy(self.tr("&Begrundelse:"), self.reasons_edit), self.reasons_edit)
        layout.addLayout(form)

        self.body_edit = QPlainTextEdit()
        # Tab moves on to the buttons (a letter needs no tab characters): no keyboard trap.
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(self.tr("Brevets tekst"))
        self.body_edit.setAccessibleDescription(
            self.tr("Udkastet skrevet ud fra din log; ret det til, før du sender det")
        )
        layout.addWidget(self.body_edit, 1)

        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setStyleSheet(f"color: {theme.muted_color()};")
        layout.addWidget(self.deadline_label)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Kopiér"))
        self.copy_button.setToolTip(self.tr("Kopiér emne og tekst, fx til en webmail"))
        self.mail_button = QPushButton(self.tr("&Åbn i mailprogram"))
        self.mail_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Gem som &PDF …"))
        self.log_button = QPushButton(self.tr("&Log som sendt"))
        self.log_button.setToolTip(
            self.tr("Registrér brevet som en udgående e-mail, der afventer svar")
        )
        self.close_button = QPushButton(self.tr("Luk"))
        for button, name, description in (
            (
                self.copy_button,
                self.tr("Kopiér brevet"),
                self.tr("Kopierer emne og tekst, så du kan sætte dem ind i fx en webmail"),
            ),
            (
                self.mail_button,
                self.tr("Åbn brevet i mailprogrammet"),
                self.tr("Åbner en ny e-mail med modtager, emne og tekst udfyldt"),
            ),
            (
                self.pdf_button,
                self.tr("Gem brevet som PDF"),
                self.tr("Gemmer brevet som en PDF-fil, du vælger placeringen af"),
            ),
            (
                self.log_button,
                self.tr("Log brevet som sendt"),
                self.tr("Registrerer brevet som en udgående e-mail, der afventer svar"),
            ),
            (
                self.close_button,
                self.tr("Luk brevet"),
                self.tr("Lukker vinduet; brevet gemmes ikke"),
            ),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        for button in (self.copy_button, self.mail_button, self.pdf_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.mail_button.clicked.connect(self.open_in_mail_program)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.log_button.clicked.connect(self.offer_to_log)
        self.close_button.clicked.connect(self.reject)

        self.letter: letters.Letter | None = None
        self._refill()
        if self.reasons_edit is not None:
            self.reasons_edit.setFocus()  # the one thing only the user can write

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- the draft -----------------------------------------------------------------------
    def _selected_meeting(self) -> Entry | None:
        if self.meeting_combo is None or self.meeting_combo.currentData() is None:
            return None
        return Entry.get_or_none(Entry.id == self.meeting_combo.currentData())

    @Slot()
    def _refill(self) -> None:
        """Fill recipient, subject and body from the log."""
        try:
            self.letter = letters.build(
                self.kind,
                self.case,
                entry=self._selected_meeting(),
                reasons=self._reasons,
                prepared_by=self.prepared_by,
            )
        except DagbogError as error:
            self.letter = None
            self.body_edit.setPlainText(labels.error_text(error))
            for button in (self.copy_button, self.mail_button, self.pdf_button, self.log_button):
                button.setEnabled(False)
            return
        self.to_edit.setText(self.letter.to)
        self.subject_edit.setText(self.letter.subject)
        self.body_edit.setPlainText(self.letter.body)
        if self.letter.expects_reply:
            due = self.due_date()
            self.deadline_label.setText(
                self.tr(
                    "Når du har sendt brevet, kan det logges som afventer svar med frist %1."
                ).replace("%1", labels.format_day(due))
            )
        else:
            self.deadline_label.setText(
                self.tr("Fuldmagten skal underskrives. Gem den som PDF og send den til jobcentret.")
            )

    @Slot()
    def _reasons_changed(self) -> None:
        """Put the new reasons where the old ones (or the placeholder) stood in the body."""
        new = self.reasons_edit.toPlainText().strip()
        old = self._reasons or letters.REASONS_PLACEHOLDER
        body = self.body_edit.toPlainText()
        replacement = new or letters.REASONS_PLACEHOLDER
        if old in body:
            self.body_edit.setPlainText(body.replace(old, replacement, 1))
        self._reasons = new

    def due_date(self, sent: date | None = None) -> date:
        request_type = self.letter.request_type if self.letter else ""
        return deadlines.due_date(sent or clock.today(), request_type, self.case.reply_days)

    # --- actions -------------------------------------------------------------------------
    def mailto_url(self) -> str:
        return letters.mailto(
            self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText()
        )

    @Slot()
    def copy_to_clipboard(self) -> None:
        text = f"{self.subject_edit.text()}\n\n{self.body_edit.toPlainText()}"
        QGuiApplication.clipboard().setText(text)
        self.handed_on = True
        self.deadline_label.setText(self.tr("Emne og tekst er kopieret."))

    def open_url(self, url: QUrl) -> bool:
        """Hand a URL to the desktop (a test replaces this)."""
        return QDesktopServices.openUrl(url)

    @Slot()
    def open_in_mail_program(self) -> None:
        if not self.open_url(QUrl(self.mailto_url(), QUrl.ParsingMode.StrictMode)):
            # Nothing is lost: said in the dialog itself, no pop-up.
            self.deadline_label.setText(
                self.tr(
                    "Mailprogrammet kunne ikke åbnes: der er ikke sat et mailprogram op på "
                    "computeren. Brug «Kopiér» og sæt teksten ind i din webmail i stedet."
                )
            )
            return
        self.handed_on = True
        self.offer_to_log()

    def ask_to_log(self, due: date | None) -> bool:
        """Ask whether to log the sent letter now (a test replaces this)."""
        if due is not None:
            text = self.tr(
                "Har du sendt brevet? Så log det nu som en udgående e-mail, der afventer svar "
                "senest %1."
            ).replace("%1", labels.format_day(due))
        else:
            text = self.tr("Har du sendt brevet? Så log det nu som en udgående e-mail.")
        answer = QMessageBox.question(
            self,
            self.tr("Log brevet"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def offer_to_log(self) -> Entry | None:
        if self.letter is None:
            return None
        due = self.due_date() if self.letter.expects_reply else None
        if not self.ask_to_log(due):
            return None
        try:
            self.logged_entry = letters.log_sent(
                self.case,
                self.letter,
                subject=self.subject_edit.text(),
                body=self.body_edit.toPlainText(),
            )
        except DagbogError as error:
            QMessageBox.warning(self, self.tr("Brevet er ikke logget"), labels.error_text(error))
            return None
        self.accept()
        return self.logged_entry

    def ask_pdf_path(self) -> str:
        """Ask where to save the PDF (a test replaces this)."""
        name = self.subject_edit.text().strip() or self.tr("Brev")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem brevet som PDF"), f"{name}.pdf", self.tr("PDF-filer (*.pdf)")
        )
        return path

    @Slot()
    def save_pdf(self) -> str | None:
        from dagbog.report.letter_pdf import write_letter

        path = self.ask_pdf_path()
        if not path:
            return None
        try:
            write_letter(
                path, self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText()
            )
        except OSError as error:
            QMessageBox.warning(self, self.tr("PDF'en er ikke gemt"), os_reason(error))
            return None
        self.deadline_label.setText(self.tr("Brevet er gemt som %1.").replace("%1", path))
        self.handed_on = True
        return path

    # --- closing -------------------------------------------------------------------------
    def has_unsent_writing(self) -> bool:
        """True when the user wrote in the draft and it went nowhere (not copied, mailed,
        saved or logged): closing would lose it."""
        if self.letter is None or self.handed_on or self.logged_entry is not None:
            return False
        reasons = self.reasons_edit.toPlainText().strip() if self.reasons_edit else ""
        return bool(
            reasons
            or self.body_edit.toPlainText() != self.letter.body
            or self.subject_edit.text() != self.letter.subject
        )

    def reject(self) -> None:
        """Esc or Luk: the reasons written for a new caseworker were lost to one Esc."""
        if not self.has_unsent_writing():
            super().reject()
            return
        if self.unsaved_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Luk brevet?"),
            self.tr(
                "Du har skrevet i brevet, og det er hverken sendt, kopieret eller gemt. "
                "Lukker du nu, går det, du har skrevet, tabt."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Luk og kassér brevet"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Fortsæt med brevet"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._unsent_answered)
        self.unsaved_box = box
        box.open()

    @Slot()
    def _unsent_answered(self) -> None:
        box, self.unsaved_box = self.unsaved_box, None
        clicked = box.clickedButton() if box is not None else None
        if clicked is not None and box.standardButton(clicked) == box.StandardButton.Discard:
            QDialog.reject(self)

    @classmethod
    def ask(
        cls, parent: QWidget | None, case: Case, kind: str, entry: Entry | None = None
    ) -> Entry | None:
        """Show the dialog; the logged entry if the letter was sent and logged, else None."""
        dialog = cls(parent, case, kind, entry)
        try:
            dialog.exec()
            return dialog.logged_entry
        finally:
            dialog.deleteLater()
