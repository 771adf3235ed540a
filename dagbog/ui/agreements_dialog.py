"""Plans and agreements over time: each change is a new version with a note, never overwritten."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import agreements, clock
from dagbog.core.errors import ValidationError
from dagbog.core.models import Agreement, Case, Meeting

from . import labels, theme, unsaved


class AgreementsDialog(QDialog):
    """Lists a case's agreements (jobplan, ...); shows the current text and every version."""

    def __init__(self, parent: QWidget | None, case: Case, meeting: Meeting | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.meeting = meeting
        self.unsaved_box = None  # the open "save what you typed?"
        self.setWindowTitle(self.tr("Planer og aftaler – %1").replace("%1", case.title))
        self.resize(960, 560)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Aftaler"))
        self.list.setAccessibleDescription(
            self.tr("Sagens planer og aftaler; vælg en for at se dens tekst og versioner")
        )
        self.list.currentItemChanged.connect(self._picked)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Aftalens tekst og historik"))
        self.history.setAccessibleDescription(
            self.tr("Den gældende tekst øverst, derefter hver tidligere version med begrundelse")
        )

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Titel, fx «Jobplan»"))
        self.title_edit.setAccessibleName(self.tr("Aftalens titel"))
        self.title_edit.setAccessibleDescription(self.tr("Fx jobplan eller rehabiliteringsplan"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Aftalens tekst"))
        self.text_edit.setAccessibleDescription(
            self.tr("Det, der er aftalt nu; den gamle tekst gemmes som en tidligere version")
        )
        self.text_edit.setPlaceholderText(self.tr("Hvad er aftalt nu"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Hvad er ændret og hvorfor"))
        self.note_edit.setAccessibleDescription(self.tr("Gemmes sammen med den nye version"))
        self.note_edit.setPlaceholderText(
            self.tr("Hvad er ændret, og hvorfor (fx ny lægeerklæring)")
        )
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.error_color()};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(self.tr("&Ny aftale"))
        self.new_button.clicked.connect(self.start_new)
        self.new_button.setAccessibleName(self.tr("Ny aftale"))
        self.new_button.setToolTip(self.tr("Start en ny plan eller aftale i sagen"))
        self.save_button = QPushButton(self.tr("&Gem ny version"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setAccessibleName(self.tr("Gem aftalen"))
        self.save_button.setToolTip(
            self.tr("Gemmer teksten som en ny version; tidligere versioner bevares")
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.history, 3)
        right_layout.addWidget(self.title_edit)
        right_layout.addWidget(self.text_edit, 2)
        right_layout.addWidget(self.note_edit)
        right_layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        right_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk planer og aftaler"))
        close.setToolTip(self.tr("Lukker vinduet; det gemte er gemt"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.start_new()

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for agreement in agreements.list_agreements(self.case):
            item = QListWidgetItem(agreement.title)
            item.setData(Qt.ItemDataRole.UserRole, agreement.id)
            self.list.addItem(item)
            if agreement.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._picked()

    def current(self) -> Agreement | None:
        item = self.list.currentItem()
        return Agreement.get_by_id(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def _picked(self, *_args) -> None:
        agreement = self.current()
        self.error.hide()
        if agreement is None:
            self.history.setHtml("")
            return
        self.title_edit.setText(agreement.title)
        self.title_edit.setReadOnly(True)
        versions = agreements.history(agreement)
        self.text_edit.setPlainText(versions[-1].text if versions else "")
        self.note_edit.clear()
        self.save_button.setText(self.tr("&Gem ny version"))
        self.history.setHtml(self.history_html(versions))

    def history_html(self, versions) -> str:
        esc = html.escape
        parts = []
        for version in reversed(versions):
            when = labels.format_datetime(clock.to_local(version.recorded_at))
            head = self.tr("Version %1 · %2").replace("%1", str(version.seq)).replace("%2", when)
            if version == versions[-1]:
                head += self.tr(" (gældende)")
            note = f"<br><i>{esc(version.note)}</i>" if version.note else ""
            parts.append(
                f"<p><b>{esc(head)}</b>{note}<br>{esc(version.text).replace(chr(10), '<br>')}</p>"
            )
        return "".join(parts)

    @Slot()
    def start_new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.history.setHtml(
            f"<p style='color:{theme.muted_color()}'>"
            + html.escape(self.tr("En ny aftale. Senere ændringer gemmes som nye versioner."))
            + "</p>"
        )
        self.title_edit.setReadOnly(False)
        self.title_edit.clear()
        self.text_edit.clear()
        self.note_edit.clear()
        self.save_button.setText(self.tr("&Gem aftale"))
        self.title_edit.setFocus()

    @Slot()
    def save(self) -> None:
        agreement = self.current()
        try:
            if agreement is None:
                agreement = agreements.create_agreement(
                    self.case,
                    self.title_edit.text(),
                    self.text_edit.toPlainText(),
                    note=self.note_edit.text(),
                    meeting=self.meeting,
                )
            else:
                agreements.update_agreement(
                    agreement,
                    self.text_edit.toPlainText(),
                    self.note_edit.text(),
                    meeting=self.meeting,
                )
        except ValidationError as error:
            self.error.setText(labels.error_text(error))
            self.error.show()
            return
        self.reload(select_id=agreement.id)

    def has_unsaved_text(self) -> bool:
        """True when closing would throw away a typed agreement or a changed text."""
        agreement = self.current()
        if agreement is None:
            return bool(self.title_edit.text().strip() or self.text_edit.toPlainText().strip())
        versions = agreements.history(agreement)
        saved = versions[-1].text if versions else ""
        return self.text_edit.toPlainText() != saved

    def reject(self) -> None:
        """Esc or Luk: a typed plan is not thrown away unasked."""
        if self.has_unsaved_text():
            if self.unsaved_box is None:
                self.unsaved_box = unsaved.ask(
                    self,
                    self.tr("Aftalens tekst er ikke gemt. Vil du gemme den, før du lukker?"),
                    self._unsaved_answered,
                )
            return
        super().reject()

    def _unsaved_answered(self, choice) -> None:
        self.unsaved_box = None
        if choice == unsaved.Choice.Save:
            self.save()
            if self.has_unsaved_text():
                return  # the save failed; its message is shown
        elif choice != unsaved.Choice.Discard:
            return
        QDialog.reject(self)

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case, meeting: Meeting | None = None) -> None:
        cls(parent, case, meeting).exec()
