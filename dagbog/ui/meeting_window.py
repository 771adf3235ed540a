"""Meeting mode: a calm, focused window for taking notes and agreements during a meeting.

Every change goes straight to the database through ``core.meetings``. The note being typed is
autosaved as a draft row: :data:`AUTOSAVE_MS` after the last keystroke, at least every
:data:`AUTOSAVE_MAX_WAIT_MS` while typing on, and at once when the window closes or loses
focus. Closing the lid (or a crash) mid-meeting therefore loses at most a second of typing.
Ctrl+Enter stamps the note with the time typing began and starts a new one.
"""

from __future__ import annotations

import html
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, events, journal, meetings, people, settings
from dagbog.core.errors import DagbogError
from dagbog.core.models import Entry, MeetingAction, MeetingNote
from dagbog.core.vocabulary import ROLE_LABELS

from . import labels, theme
from .calendar_widget import to_date, to_qdate
from .change_bridge import ChangeBridge

#: A typed note is written this long after the last keystroke ...
AUTOSAVE_MS = 600
#: ... and never later than this after the first unsaved keystroke, even while typing on.
AUTOSAVE_MAX_WAIT_MS = 1000

COL_WHO, COL_WHAT, COL_DUE, COL_PROMISED, COL_DONE = range(5)


class ActionTableModel(QAbstractTableModel):
    """The meeting's agreed actions; ticking "Udført" marks one done through the core."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = None
        self._rows: list[MeetingAction] = []

    def set_meeting(self, meeting) -> None:
        self._meeting = meeting
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = meetings.actions(self._meeting) if self._meeting is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Hvem"),
            self.tr("Hvad"),
            self.tr("Frist"),
            self.tr("Lovet af jobcentret"),
            self.tr("Udført"),
        ][section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_DONE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = index.column()
        done = not meetings.action_is_open(action)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHO:
                return labels.shown_who(action.who) or "–"
            if column == COL_WHAT:
                return action.what
            if column == COL_DUE:
                if action.due is None:
                    return "–"
                overdue = not done and action.due < clock.today()
                text = labels.format_day(action.due)
                return f"⚠ {text}" if overdue else text
            if column == COL_PROMISED:
                return self.tr("Ja – afventer svar") if action.promised_by_authority else ""
            if column == COL_DONE:
                return self.tr("Udført") if done else self.tr("Åben")
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DUE and action.due and not done and action.due < clock.today():
                return self.tr("Fristen er overskredet")
            if column == COL_WHAT:
                return action.what
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = 0) -> bool:
        if not index.isValid() or index.column() != COL_DONE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        row = index.row()
        self._rows[row] = meetings.set_action_done(self._rows[row], done)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True


class MinutesLetterDialog(QDialog):
    """Shows the minutes letter draft (core.letters) to copy or open in the mail program."""

    def __init__(self, parent: QWidget | None, letter) -> None:
        super().__init__(parent)
        self.letter = letter
        self.setWindowTitle(self.tr("Referat af mødet"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Til: %1").replace("%1", letter.to or "–")))
        self.subject = QLineEdit(letter.subject)
        self.subject.setAccessibleName(self.tr("Emne"))
        self.subject.setAccessibleDescription(self.tr("Referatbrevets emnelinje"))
        layout.addWidget(self.subject)
        self.body = QPlainTextEdit(letter.body)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Brevets tekst"))
        self.body.setAccessibleDescription(
            self.tr("Referatet som brev; ret det til, før du sender det")
        )
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Kopiér tekst"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        copy.setAccessibleName(self.tr("Kopiér referatbrevet"))
        copy.setToolTip(self.tr("Kopierer emne og tekst, så du kan sætte dem ind i fx en webmail"))
        mail = buttons.addButton(
            self.tr("Åbn i &mailprogram"), QDialogButtonBox.ButtonRole.ActionRole
        )
        mail.clicked.connect(self._mail)
        mail.setAccessibleName(self.tr("Åbn referatbrevet i mailprogrammet"))
        mail.setToolTip(self.tr("Åbner en ny e-mail med modtager, emne og tekst udfyldt"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk referatbrevet"))
        close.setToolTip(self.tr("Lukker vinduet; referatet står allerede i mødet i journalen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{self.body.toPlainText()}")

    @Slot()
    def _mail(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from dagbog.core import letters

        QDesktopServices.openUrl(
            QUrl(letters.mailto(self.letter.to, self.subject.text(), self.body.toPlainText()))
        )

    @classmethod
    def ask(cls, parent: QWidget | None, letter) -> None:
        cls(parent, letter).exec()


class MeetingWindow(QWidget):
    """Attendees, agenda, live stamped notes and agreed actions for one meeting entry."""

    finished = Signal(int)  # the meeting entry's id, after "Afslut møde"

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.entry = entry
        self.meeting = meetings.open_meeting(entry)
        self.case = entry.case
        self._draft: MeetingNote | None = None
        self._draft_started = None
        self._dirty_since: float | None = None  # monotonic time of the first unsaved keystroke
        self.autosave_count = 0
        self.setWindowTitle(
            self.tr("Møde: %1 – %2")
            .replace("%1", entry.subject or self.tr("Møde"))
            .replace("%2", self.case.title)
        )
        # 1366×768 at 100 % text; taller with large text, as far as the screen allows.
        theme.resize_for_text(self, 1366, 768, max_width_factor=1.4)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._build()
        # The platform's standard Close key (Ctrl+W / Ctrl+F4); closing saves the typed note.
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_change)
        self._reload_all()
        self._restore_draft()
        self.note_edit.setFocus()

    # --- construction --------------------------------------------------------------------
    def _build(self) -> None:
        when = labels.format_datetime(clock.to_local(self.entry.at), at=True)
        subject = self.entry.subject or self.tr("Møde")
        title = QLabel(
            f"<span style='font-size:{self.font().pointSizeF() * 1.5:.0f}pt;font-weight:600'>"
            f"{html.escape(subject)}</span>"
            f"<br><span style='color:{theme.muted_color()}'>"
            f"{html.escape(self.case.title)} · {when}</span>"
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        self.save_label = QLabel(self.tr("Alt gemmes automatisk"))
        self.save_label.setAccessibleName(self.tr("Gemt"))
        self.save_label.setAccessibleDescription(
            self.tr("Fortæller, om det du har skrevet, er gemt")
        )
        self.save_label.setStyleSheet(f"color: {theme.muted_color()};")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.save_label, 0, Qt.AlignmentFlag.AlignBottom)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_attendees(), 1)
        left_layout.addWidget(self._build_agenda(), 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._build_notes())
        right.addWidget(self._build_actions())
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 960])
        splitter.setChildrenCollapsible(False)

        self.finish_button = QPushButton(self.tr("Afslut &møde"))
        self.finish_button.setAccessibleName(self.tr("Afslut møde"))
        self.finish_button.setToolTip(
            self.tr("Gemmer alt og skriver referatet ind i mødet i journalen")
        )
        self.finish_button.clicked.connect(self.finish)
        self.letter_button = QPushButton(self.tr("Referat som &brev …"))
        self.letter_button.clicked.connect(self.show_minutes_letter)
        self.letter_button.setAccessibleName(self.tr("Referat som brev"))
        self.letter_button.setToolTip(
            self.tr("Viser referatet som et brevudkast, du kan kopiere eller sende som e-mail")
        )
        self.pdf_button = QPushButton(self.tr("Mødereferat som &PDF …"))
        self.pdf_button.clicked.connect(self.save_summary_pdf)
        self.pdf_button.setAccessibleName(self.tr("Mødereferat som PDF"))
        self.pdf_button.setToolTip(self.tr("Gemmer et mødereferat på én side som PDF-fil"))
        self.after_label = QLabel()
        self.after_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.after_label, 1)
        footer.addWidget(self.letter_button)
        footer.addWidget(self.pdf_button)
        self.agreements_button = QPushButton(self.tr("Planer og &aftaler …"))
        self.agreements_button.setToolTip(
            self.tr("Opdatér jobplanen eller en anden aftale; den gamle version gemmes")
        )
        self.agreements_button.clicked.connect(self.show_agreements)
        self.agreements_button.setAccessibleName(self.tr("Planer og aftaler"))
        footer.addWidget(self.agreements_button)
        footer.addWidget(self.finish_button)
        self._show_after(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    def _build_attendees(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deltagere"))
        self.attendee_list = QListWidget()
        self.attendee_list.setAccessibleName(self.tr("Deltagere"))
        self.attendee_list.setAccessibleDescription(self.tr("Dem, der deltager i mødet"))
        self.attendee_name = QComboBox()
        self.attendee_name.setEditable(True)
        self.attendee_name.setAccessibleName(self.tr("Deltagerens navn"))
        self.attendee_name.setAccessibleDescription(
            self.tr("Vælg en person fra sagen, eller skriv et nyt navn")
        )
        self.attendee_name.lineEdit().setPlaceholderText(self.tr("Navn"))
        for person in people.list_people(self.case):
            self.attendee_name.addItem(person.name, person.id)
        self.attendee_name.setCurrentIndex(-1)
        self.attendee_role = QComboBox()
        self.attendee_role.setEditable(True)
        self.attendee_role.setAccessibleName(self.tr("Deltagerens rolle"))
        self.attendee_role.setAccessibleDescription(
            self.tr("Fx borger, bisidder eller sagsbehandler; Enter tilføjer deltageren")
        )
        # Shown in the window's language; stored in Danish, since the role is printed in the
        # minutes letter and the meeting PDF to the jobcentre.
        for shown, stored in (
            (self.tr("Borger"), "Borger"),
            (self.tr("Bisidder"), "Bisidder"),
            (self.tr("Partsrepræsentant"), "Partsrepræsentant"),
            (self.tr("Sagsbehandler"), "Sagsbehandler"),
            (self.tr("Afdelingsleder"), "Afdelingsleder"),
            (self.tr("Andet"), "Andet"),
        ):
            self.attendee_role.addItem(shown, stored)
        self.attendee_role.setCurrentIndex(-1)
        self.attendee_role.lineEdit().setPlaceholderText(self.tr("Rolle"))
        self.attendee_name.activated.connect(self._attendee_picked)
        add = QPushButton(self.tr("Tilføj"))
        add.setAccessibleName(self.tr("Tilføj deltager"))
        add.setToolTip(self.tr("Tilføjer navn og rolle til deltagerne"))
        add.clicked.connect(self.add_attendee)
        self.attendee_role.lineEdit().returnPressed.connect(self.add_attendee)
        remove = QPushButton(self.tr("Fjern"))
        remove.setAccessibleName(self.tr("Fjern valgte deltager"))
        remove.setToolTip(self.tr("Fjerner den valgte deltager fra listen"))
        remove.clicked.connect(self.remove_attendee)
        row = QHBoxLayout()
        row.addWidget(self.attendee_name, 3)
        row.addWidget(self.attendee_role, 2)
        row.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.attendee_list, 1)
        layout.addLayout(row)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_agenda(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dagsorden"))
        self.agenda_list = QListWidget()
        self.agenda_list.setAccessibleName(self.tr("Dagsorden; afkryds behandlede punkter"))
        self.agenda_list.setAccessibleDescription(
            self.tr("Mellemrum afkrydser det valgte punkt som behandlet")
        )
        self.agenda_list.setWordWrap(True)
        self.agenda_list.itemChanged.connect(self._agenda_ticked)
        self.agenda_edit = QLineEdit()
        self.agenda_edit.setPlaceholderText(self.tr("Nyt punkt"))
        self.agenda_edit.setAccessibleName(self.tr("Nyt dagsordenspunkt"))
        self.agenda_edit.setAccessibleDescription(self.tr("Enter tilføjer punktet til dagsordenen"))
        self.agenda_edit.returnPressed.connect(self.add_agenda_item)
        add = QPushButton(self.tr("Tilføj"))
        add.setAccessibleName(self.tr("Tilføj dagsordenspunkt"))
        add.setToolTip(self.tr("Tilføjer det skrevne punkt til dagsordenen"))
        add.clicked.connect(self.add_agenda_item)
        row = QHBoxLayout()
        row.addWidget(self.agenda_edit, 1)
        row.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.agenda_list, 1)
        layout.addLayout(row)
        return box

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Noter"))
        self.notes_view = QTextBrowser()
        self.notes_view.setAccessibleName(self.tr("Noter med tidsstempel"))
        self.notes_view.setAccessibleDescription(
            self.tr("Mødets gemte noter med klokkeslæt, ældste først")
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Ny note"))
        self.note_edit.setAccessibleDescription(
            self.tr("Gemmes løbende; Ctrl+Enter gemmer noten med klokkeslæt og starter en ny")
        )
        self.note_edit.setPlaceholderText(
            self.tr("Skriv en note … Ctrl+Enter gemmer den med klokkeslæt og starter en ny.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self.note_edit.textChanged.connect(self._note_typed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.stamp_note)
        self.stamp_button = QPushButton(self.tr("Gem note (Ctrl+Enter)"))
        self.stamp_button.setAccessibleName(self.tr("Gem note med tidsstempel"))
        self.stamp_button.setToolTip(
            self.tr("Gemmer noten med klokkeslæt og starter en ny (Ctrl+Enter)")
        )
        self.stamp_button.clicked.connect(self.stamp_note)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.stamp_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notes_view, 1)
        layout.addLayout(row)
        return box

    def _build_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aftaler: hvem gør hvad hvornår"))
        self.action_model = ActionTableModel(self)
        self.action_table = QTableView()
        self.action_table.setModel(self.action_model)
        self.action_table.setAccessibleName(self.tr("Aftalte handlinger"))
        self.action_table.setAccessibleDescription(
            self.tr("Hvem gør hvad hvornår; mellemrum i kolonnen Udført markerer en aftale udført")
        )
        self.action_table.verticalHeader().hide()
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setAlternatingRowColors(True)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        metrics = self.action_table.fontMetrics()
        header.resizeSection(COL_WHO, metrics.horizontalAdvance("Jobcentret (Jonas)") + 24)
        header.resizeSection(COL_DUE, metrics.horizontalAdvance("⚠ 00-00-0000") + 20)
        promised, done = self.tr("Lovet af jobcentret"), self.tr("Udført")  # the headers' words
        header.resizeSection(COL_PROMISED, metrics.horizontalAdvance(promised) + 20)
        header.resizeSection(COL_DONE, metrics.horizontalAdvance(done) + 48)

        self.action_who = QComboBox()
        self.action_who.setEditable(True)
        self.action_who.setAccessibleName(self.tr("Hvem"))
        self.action_who.setAccessibleDescription(self.tr("Hvem skal gøre det, der er aftalt"))
        self.action_who.lineEdit().setPlaceholderText(self.tr("Hvem"))
        self.action_what = QLineEdit()
        self.action_what.setAccessibleName(self.tr("Hvad"))
        self.action_what.setAccessibleDescription(
            self.tr("Hvad der er aftalt; Enter tilføjer aftalen")
        )
        self.action_what.setPlaceholderText(self.tr("Hvad er aftalt"))
        self.action_what.returnPressed.connect(self.add_action)
        self.action_due = QDateEdit()
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat(labels.date_format())
        self.action_due.setAccessibleName(self.tr("Frist"))
        self.action_due.setAccessibleDescription(self.tr("Hvornår aftalen skal være udført"))
        self.action_due.setDate(to_qdate(clock.today() + timedelta(days=7)))
        self.action_promised = QCheckBox(self.tr("Lovet af jobcentret"))
        self.action_promised.setAccessibleName(self.tr("Lovet af jobcentret"))
        self.action_promised.setToolTip(
            self.tr("Følges som en henvendelse, der afventer svar, indtil den er udført")
        )
        add = QPushButton(self.tr("Tilføj aftale"))
        add.setAccessibleName(self.tr("Tilføj aftale"))
        add.setToolTip(self.tr("Tilføjer aftalen til listen og til kalenderen"))
        add.clicked.connect(self.add_action)
        row = QHBoxLayout()
        row.addWidget(self.action_who, 2)
        row.addWidget(self.action_what, 5)
        # With large text "who" and "what" get a line of their own, so "what" is never
        # squeezed to a few letters beside the deadline and the buttons.
        second = QHBoxLayout() if theme.text_factor(self) > 1.25 else row
        due_label = QLabel(self.tr("&Frist:"))
        due_label.setBuddy(self.action_due)
        second.addWidget(due_label)
        second.addWidget(self.action_due)
        second.addWidget(self.action_promised)
        if second is not row:
            second.addStretch(1)
        second.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.action_table, 1)
        layout.addLayout(row)
        if second is not row:
            layout.addLayout(second)
        return box

    # --- reading -------------------------------------------------------------------------
    def _reload_all(self) -> None:
        self._reload_attendees()
        self._reload_agenda()
        self._reload_notes()
        self.action_model.set_meeting(self.meeting)

    def _reload_attendees(self) -> None:
        self.attendee_list.clear()
        who = [self.tr("Jobcentret")]
        for attendee in meetings.attendees(self.meeting):
            role = self._shown_role(attendee.role)
            text = f"{attendee.name} — {role}" if role else attendee.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attendee.id)
            self.attendee_list.addItem(item)
            who.append(attendee.name)
        current = self.action_who.currentText()
        self.action_who.clear()
        self.action_who.addItems(who)
        self.action_who.setEditText(current)

    def _reload_agenda(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for number, point in enumerate(meetings.agenda(self.meeting), 1):
            item = QListWidgetItem(f"{number}. {point.text}")
            item.setData(Qt.ItemDataRole.UserRole, point.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if point.done else Qt.CheckState.Unchecked)
            self.agenda_list.addItem(item)
        self.agenda_list.blockSignals(False)

    def _reload_notes(self) -> None:
        taken = meetings.notes(self.meeting)
        if not taken:
            self.notes_view.setHtml(
                f"<p style='color:{theme.muted_color()}'>"
                + html.escape(
                    self.tr(
                        "Ingen noter endnu. Skriv nedenfor; hver note får klokkeslættet for, "
                        "hvornår du begyndte at skrive den."
                    )
                )
                + "</p>"
            )
            return
        rows = "".join(
            f"<tr><td width='52' style='color:{theme.muted_color()};padding:3px 12px 3px 0'>"
            f"{clock.to_local(n.at):%H:%M}</td>"
            f"<td style='padding:3px 0'>{html.escape(n.text).replace(chr(10), '<br>')}</td></tr>"
            for n in taken
        )
        self.notes_view.setHtml(f"<table cellspacing='0' width='100%'>{rows}</table>")
        bar = self.notes_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def note_texts(self) -> list[str]:
        return [n.text for n in meetings.notes(self.meeting)]

    # --- attendees and agenda -----------------------------------------------------------
    @Slot(int)
    def _attendee_picked(self, index: int) -> None:
        person_id = self.attendee_name.itemData(index)
        if person_id is None:
            return
        person = next((p for p in people.list_people(self.case) if p.id == person_id), None)
        if person is not None and not self.attendee_role.currentText():
            self.attendee_role.setEditText(labels.label(labels.role_labels(), person.role))

    def _role_names(self) -> dict[str, str]:
        """Role names as shown in the window → as stored (Danish)."""
        names = {text: ROLE_LABELS[code] for code, text in labels.role_labels().items()}
        for index in range(self.attendee_role.count()):
            names[self.attendee_role.itemText(index)] = self.attendee_role.itemData(index)
        return names

    def _stored_role(self, shown: str) -> str:
        shown = shown.strip()
        return self._role_names().get(shown, shown)

    def _shown_role(self, stored: str) -> str:
        back = {danish: shown for shown, danish in self._role_names().items()}
        return back.get(stored, stored)

    @Slot()
    def add_attendee(self) -> None:
        name = self.attendee_name.currentText().strip()
        index = self.attendee_name.findText(name)
        person_id = self.attendee_name.itemData(index) if index >= 0 else None
        person = next((p for p in people.list_people(self.case) if p.id == person_id), None)
        if self._guard(
            lambda: meetings.add_attendee(
                self.meeting,
                person=person,
                name=name,
                role=self._stored_role(self.attendee_role.currentText()),
            )
        ):
            self.attendee_name.setCurrentIndex(-1)
            self.attendee_name.setEditText("")
            self.attendee_role.setCurrentIndex(-1)
            self.attendee_role.setEditText("")

    @Slot()
    def remove_attendee(self) -> None:
        item = self.attendee_list.currentItem()
        if item is None:
            return
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        for attendee in meetings.attendees(self.meeting):
            if attendee.id == attendee_id:
                self._guard(lambda attendee=attendee: meetings.remove_attendee(attendee))

    @Slot()
    def add_agenda_item(self) -> None:
        if self._guard(lambda: meetings.add_agenda_item(self.meeting, self.agenda_edit.text())):
            self.agenda_edit.clear()

    @Slot(QListWidgetItem)
    def _agenda_ticked(self, item: QListWidgetItem) -> None:
        point_id = item.data(Qt.ItemDataRole.UserRole)
        ticked = item.checkState() == Qt.CheckState.Checked
        for point in meetings.agenda(self.meeting):
            if point.id == point_id and not self._guard(
                lambda point=point: meetings.set_agenda_done(point, ticked)
            ):
                # Not saved: the tick goes back to what is saved.
                self.agenda_list.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
                self.agenda_list.blockSignals(False)

    # --- notes and autosave --------------------------------------------------------------
    @Slot()
    def _note_typed(self) -> None:
        if self._draft is None and self._draft_started is None:
            self._draft_started = clock.now()  # the note's time stamp: when typing began
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if (now - self._dirty_since) * 1000 >= AUTOSAVE_MAX_WAIT_MS:
            self.autosave()  # typing on without a pause: save now, at most once a second
        else:
            self.autosave_timer.start()  # restarts: saves AUTOSAVE_MS after the last keystroke

    @Slot()
    def autosave(self) -> None:
        """Write the note being typed to its draft row (created on the first save)."""
        self.autosave_timer.stop()
        self._dirty_since = None
        text = self.note_edit.toPlainText()
        if self._draft is None and not text.strip():
            return
        try:
            self._draft = meetings.save_draft(self.meeting, text, self._draft, self._draft_started)
        except DagbogError as error:
            # Saved on its own while typing: said beside the note, not in a box at every pause
            # (the text stays in the editor; the last saved draft stays as it was).
            self.save_label.setText(
                self.tr("Noten er ikke gemt: %1").replace("%1", labels.error_text(error))
            )
            return
        self.autosave_count += 1
        self.save_label.setText(
            self.tr("Noten er gemt kl. %1").replace(
                "%1", labels.format_time(clock.now(), seconds=True)
            )
        )

    @Slot()
    def stamp_note(self) -> MeetingNote | None:
        """Ctrl+Enter: make the typed note final with its time stamp; start a new one."""
        self.autosave_timer.stop()
        self._dirty_since = None
        text = self.note_edit.toPlainText()
        if not text.strip():
            return None
        stamped: list[MeetingNote] = []
        if not self._guard(
            lambda: stamped.append(
                meetings.stamp_note(self.meeting, text, self._draft, self._draft_started)
            )
        ):
            return None  # the text stays in the editor
        note = stamped[0]
        self._draft = None
        self._draft_started = None
        self.note_edit.blockSignals(True)
        self.note_edit.clear()
        self.note_edit.blockSignals(False)
        self.save_label.setText(
            self.tr("Note gemt kl. %1").replace("%1", labels.format_time(clock.to_local(note.at)))
        )
        self._reload_notes()
        return note

    def _restore_draft(self) -> None:
        """Bring back a note that was being typed when the app last stopped."""
        draft = meetings.pending_draft(self.meeting)
        if draft is None:
            return
        self._draft = draft
        self._draft_started = draft.at
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(draft.text)
        self.note_edit.blockSignals(False)
        self.save_label.setText(self.tr("Den påbegyndte note er hentet tilbage"))

    # --- actions -------------------------------------------------------------------------
    @Slot()
    def add_action(self) -> MeetingAction | None:
        due: date = to_date(self.action_due.date())
        result: list[MeetingAction] = []
        ok = self._guard(
            lambda: result.append(
                meetings.add_action(
                    self.meeting,
                    self.action_what.text(),
                    who=labels.stored_who(self.action_who.currentText()),
                    due=due,
                    promised_by_authority=self.action_promised.isChecked(),
                )
            )
        )
        if not ok:
            return None
        self.action_what.clear()
        self.action_promised.setChecked(False)
        self.action_what.setFocus()
        return result[0]

    # --- finishing -----------------------------------------------------------------------
    @Slot()
    def finish(self) -> None:
        """ "Afslut møde": save everything in one go and offer the minutes and the PDF."""
        self.autosave_timer.stop()
        self._dirty_since = None
        text = self.note_edit.toPlainText()
        try:
            self.meeting = meetings.finish_meeting(self.meeting, text, self._draft)
        except DagbogError as error:
            QMessageBox.warning(
                self, self.tr("Mødet kunne ikke afsluttes"), labels.error_text(error)
            )
            return
        self._draft = None
        self._draft_started = None
        self.note_edit.blockSignals(True)
        self.note_edit.clear()
        self.note_edit.blockSignals(False)
        self._reload_notes()
        self.entry = journal.get_entry(self.entry.id)
        self.save_label.setText(self.tr("Mødet er afsluttet og gemt"))
        self._show_after(True)
        self.finished.emit(self.entry.id)

    def _show_after(self, finished: bool) -> None:
        self.letter_button.setVisible(finished)
        self.pdf_button.setVisible(finished)
        if finished:
            self.finish_button.setText(self.tr("Afslut &møde igen"))
            self.after_label.setText(
                self.tr(
                    "Referatet er skrevet ind i mødet i journalen. Send det gerne til "
                    "sagsbehandleren, så I er enige om, hvad der blev aftalt."
                )
            )
        else:
            self.after_label.setText(
                self.tr("Noterne gemmes, mens du skriver. Ctrl+Enter gemmer en note.")
            )
            self.after_label.setStyleSheet(f"color: {theme.muted_color()};")

    @Slot()
    def show_agreements(self) -> None:
        from .agreements_dialog import AgreementsDialog

        AgreementsDialog.ask(self, self.case, self.meeting)

    def minutes_letter(self):
        """The minutes letter draft of core.letters, signed with the user's name and role.

        The meeting may still be open: the letter takes its notes so far, the one being typed
        included (saved first, should the autosave not have run yet).
        """
        from dagbog.core import letters

        if self.autosave_timer.isActive():
            self.autosave()
        return letters.minutes(
            journal.get_entry(self.entry.id), prepared_by=settings.prepared_by() or None
        )

    @Slot()
    def show_minutes_letter(self) -> None:
        MinutesLetterDialog.ask(self, self.minutes_letter())

    def ask_pdf_path(self) -> Path | None:
        """Where to save the summary PDF (patched in tests)."""
        day = clock.to_local(self.entry.at).strftime("%Y-%m-%d")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem mødereferat som PDF"),
            str(Path.home() / f"Mødereferat {day}.pdf"),
            self.tr("PDF-filer (*.pdf)"),
        )
        return Path(name) if name else None

    @Slot()
    def save_summary_pdf(self) -> Path | None:
        from dagbog.report.meeting_summary import write_summary

        path = self.ask_pdf_path()
        if path is None:
            return None
        try:
            write_summary(meetings.summary(journal.get_entry(self.entry.id)), path)
        except (OSError, DagbogError) as error:
            QMessageBox.warning(self, self.tr("PDF'en kunne ikke gemmes"), labels.error_text(error))
            return None
        self.save_label.setText(self.tr("Mødereferatet er gemt som %1").replace("%1", path.name))
        return path

    # --- plumbing ------------------------------------------------------------------------
    def _guard(self, write) -> bool:
        try:
            write()
        except DagbogError as error:
            QMessageBox.warning(self, self.tr("Kan ikke gemme"), labels.error_text(error))
            return False
        return True

    @Slot(object)
    def _on_change(self, change: events.Change) -> None:
        if change.case_id != self.case.id:
            return
        if change.what == "meeting":
            self._reload_attendees()
            self._reload_agenda()
            self._reload_notes()
            self.action_model.reload()
        elif change.what == "entry":
            self.action_model.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Losing focus (the lid closing, another window) saves the typed note at once.
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.isActiveWindow()
            and self.autosave_timer.isActive()
        ):
            self.autosave()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autosave_timer.isActive():
            self.autosave()
        self.bridge.stop()
        super().closeEvent(event)
