"""The main window: case picker, calendar, journal, detail pane and quick actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import cases, clock, events, journal, people, telephone_hours
from dagbog.core.errors import NotFoundError, ValidationError
from dagbog.core.models import Case, Entry, Person
from dagbog.core.vocabulary import Kind, Role

from . import labels, theme, window_docks, window_menus
from .calendar_widget import CalendarWidget, to_date, to_qdate
from .change_bridge import ChangeBridge
from .journal_model import (
    COL_DIRECTION,
    COL_KIND,
    COL_STATUS,
    COL_SUBJECT,
    COL_WHEN,
    COL_WITH,
    EntryIdRole,
    JournalTableModel,
)
from .next_step_banner import NextStepBanner

# The dialogs load when they open; the docks and tools a user does not see at first are
# built right after the first paint (window_docks.build_rest).

LAST_CASE_KEY = "last_case_uuid"

#: The reason stored in the history when the user undoes a save (Ctrl+Z).
UNDO_REASON = "Fortrudt"

#: Links in the detail pane and the help that run an action ("dagbog:call", ...).
ACTION_SCHEME = "dagbog"


def store_if_changed(settings: QSettings, key: str, value) -> None:
    """``settings.setValue`` only when ``value`` differs from what is stored.

    Any setValue makes QSettings rewrite its whole file (with two fsyncs) from the event
    loop: at start, storing the same last case again did that before the first paint, and
    closing with the same window layout did it again at exit.
    """
    if settings.value(key) != value:
        settings.setValue(key, value)


def viewport_of(view: QAbstractItemView) -> QWidget:
    """The view's viewport, found by its name and type.

    ``viewport()`` returns a bare ``QWidget*``; finding the Python type for that makes
    PySide6 set up every widget class it has (~9 ms, once, at start-up).
    """
    found = view.findChild(
        QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if found is not None else view.viewport()


class _LeftColumn(QScrollArea):
    """The calendar column; scrolls up and down instead of holding the window's height.

    Without it the column's minimum height (the calendar, the legend, the case) was the whole
    window's below the banner: at 1366×768 the search dock got room for one and a half hits.
    """

    def __init__(self, column: QWidget) -> None:
        super().__init__()
        self.setWidget(column)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:
        # As wide as the column plus a scroll bar (never sideways scrolling); low enough to
        # leave the height to the journal and the docks.
        column = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(column.width() + bar, min(column.height(), 5 * self.fontMetrics().height()))

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint().expandedTo(self.minimumSizeHint())


class MainWindow(QMainWindow):
    """One case at a time: pick it, see its days and contacts, log new ones with one key."""

    #: The user saved new comfort preferences (a ``preferences.Preferences``).
    preferences_changed = Signal(object)
    #: The user wants to try the demo diary / go back from it to their own.
    demo_requested = Signal()
    demo_close_requested = Signal()
    #: The parts built after the first paint are there (:meth:`complete`).
    rest_built = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        demo: bool = False,
        complete_after_first_paint: bool = False,
    ) -> None:
        """``complete_after_first_paint``: build the docks and tools the user does not see
        at first from the event loop right after the window's first paint (the app's start);
        otherwise they are built here."""
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings("Dagbog", "Dagbog")
        self.demo = demo
        #: Where comfort preferences are read (the app sets its own; the demo has a temp file).
        self.preferences_settings: QSettings | None = None if demo else self.settings
        self.case: Case | None = None
        #: The entry the last save made, for Ctrl+Z (None when there is nothing to undo).
        self.last_saved_id: int | None = None
        self.setWindowTitle(self.tr("Dagbog"))
        # Larger text needs a larger window; a small screen still gets a window that fits.
        scale = max(1.0, self.font().pointSizeF() / theme.BASE_POINT_SIZE)
        self.resize(int(1240 * min(scale, 1.6)), int(780 * min(scale, 1.4)))

        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_change)

        #: True once the parts built after the first paint are there (see :meth:`complete`).
        self.completed = False
        self._completing = False
        window_menus.build_actions(self)
        window_menus.build_toolbar(self)
        window_menus.build_menus(self)
        self._build_central()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antal kontakter"))
        self.statusBar().addPermanentWidget(self.count_label)
        window_docks.build_bottom_docks(self)
        self._build_comfort()

        self._reload_cases()
        self._open_initial_case()
        self._restore_layout()
        self.table.setFocus()
        if complete_after_first_paint:
            _CompleteAfterFirstPaint(self)
        else:
            self.complete()

    # --- the parts built after the first paint --------------------------------------------
    #: Attributes :func:`window_docks.build_rest` makes; asking for one builds them at once.
    DEFERRED = frozenset({"correspondence", "advocate", "record", "search_dock"})

    def complete(self) -> None:
        """Build what the first paint did not need (idempotent; see ``window_docks``)."""
        if self.completed or self._completing:
            return
        self._completing = True
        try:
            window_docks.build_rest(self)
        finally:
            self._completing = False
        self.completed = True
        self.advocate.set_case(self.case)
        self.record.set_case(self.case)
        self.awaiting_panel.set_case(self.case)
        self.rest_built.emit()

    def __getattr__(self, name: str):
        # Only reached when normal lookup fails: a deferred part asked for before it is built.
        if name in MainWindow.DEFERRED and not self.__dict__.get("completed", True):
            self.complete()
            if name in self.__dict__:  # not while the rest is being built
                return self.__dict__[name]
        raise AttributeError(name)

    @Slot()
    def show_search(self) -> None:
        """Ctrl+F: show the search dock (built now if the window is that new) and focus it."""
        self.complete()
        self.search_dock.show_search()

    # --- construction --------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, tip: str = "", fallback: str = "") -> QAction:
        """An action with a shortcut (see :func:`window_menus.make_action`)."""
        return window_menus.make_action(self, text, shortcut, slot, tip, fallback)

    def _build_central(self) -> None:
        self.calendar = CalendarWidget()
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.selectionChanged.connect(self._day_changed)
        # Its rows clip (and the legend overlaps them) below its size hint, e.g. at 200 % text.
        self.calendar.setMinimumSize(
            self.calendar.sizeHint().expandedTo(self.calendar.minimumSize())
        )
        legend_text = self.tr(
            "●  kontakt     ◆  møde     ◤  aftale     △  svarfrist     ▲  overskredet"
        )
        # Keep each sign with its words when the legend wraps (large text, narrow column,
        # "◤ agreed action"): the items are apart by three spaces or more.
        legend_text = "     ".join(
            " ".join(item.split()).replace(" ", "\u00a0")
            for item in legend_text.split("   ")
            if item.strip()
        )
        legend = QLabel(legend_text)
        legend.setWordWrap(True)
        theme.keep_wrapped_height(legend)
        legend.setAccessibleName(self.tr("Forklaring til kalenderen"))
        today_button = QPushButton(self.tr("&I dag"))
        today_button.setAccessibleName(self.tr("Gå til i dag i kalenderen"))
        today_button.setToolTip(self.tr("Viser dagens dato i kalenderen og dagens kontakter"))
        today_button.clicked.connect(self._go_today)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_row = QHBoxLayout()
        left_row.addWidget(legend, 1)
        left_row.addWidget(today_button)
        left_layout.addLayout(left_row)
        self.case_info = QLabel()
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.case_info.setWordWrap(True)
        self.case_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.case_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_info.setAccessibleName(self.tr("Om sagen"))
        self.case_info.setContentsMargins(2, 12, 2, 0)
        # Long names and large text must scroll rather than be cut off.
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        info_scroll.setWidget(self.case_info)
        info_scroll.setAccessibleName(self.tr("Om sagen"))
        info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left_layout.addWidget(info_scroll, 1)
        # "Open now" goes stale as the clock moves on; a calm once-a-minute refresh is enough.
        self.case_info_timer = QTimer(self)
        self.case_info_timer.setInterval(60_000)
        self.case_info_timer.timeout.connect(self._show_case_info)
        self.case_info_timer.start()

        self.show_all_button = QRadioButton(self.tr("&Vis alle"))
        self.show_day_button = QRadioButton(self.tr("Kun valgt &dag"))
        self.show_awaiting_button = QRadioButton(self.tr("Afventer s&var"))
        self.filter_group = QButtonGroup(self)
        for button, name, description in (
            (
                self.show_all_button,
                self.tr("Vis alle kontakter"),
                self.tr("Journalen viser alle sagens kontakter"),
            ),
            (
                self.show_day_button,
                self.tr("Vis kun kontakter på den valgte dag"),
                self.tr("Journalen viser kun kontakterne på dagen, der er valgt i kalenderen"),
            ),
            (
                self.show_awaiting_button,
                self.tr("Vis kun kontakter der afventer svar"),
                self.tr("Journalen viser kun henvendelser, jobcentret ikke har svaret på"),
            ),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            self.filter_group.addButton(button)
        self.show_all_button.setChecked(True)
        self.filter_group.buttonToggled.connect(self._filter_toggled)
        self.filter_label = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.show_all_button)
        filter_row.addWidget(self.show_day_button)
        filter_row.addWidget(self.show_awaiting_button)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.filter_label, 1)

        self.model = JournalTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journal"))
        self.table.setAccessibleDescription(
            self.tr(
                "Sagens kontakter, nyeste først, med status i tekst; "
                "Enter retter den valgte, Delete sletter den med en begrundelse"
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        # Delete works where it is meant: on the journal, not while typing elsewhere.
        self.table.addAction(self.delete_action)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        widths = {
            COL_WHEN: metrics.horizontalAdvance("00.00.0000 00:00") + 20,
            COL_KIND: metrics.horizontalAdvance("Digital post") + 16,
            COL_DIRECTION: metrics.horizontalAdvance("Indgående") + 16,
            COL_WITH: metrics.horizontalAdvance("Mette S. Hansen") + 16,
            # Overdue status is bold (see highlight.py): measure it in bold, in the language
            # shown (the English texts are longer).
            COL_STATUS: max(
                self._bold_metrics().horizontalAdvance(
                    labels.status_label(code, date(2026, 12, 31), None)
                )
                for code in ("overdue", "awaiting")
            )
            + metrics.horizontalAdvance("◷ ")
            + 18,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self._journal_widths = widths
        # With large text in a narrow window the subject would shrink to a letter or two:
        # then other columns give way (the detail pane still says what they said).
        self._journal_viewport = viewport_of(self.table)
        self._journal_viewport.installEventFilter(self)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        # "activated" covers a double-click and Enter on a row alike.
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._show_detail)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Den valgte kontakt"))
        self.detail.setAccessibleDescription(
            self.tr("Alle oplysninger om kontakten, der er valgt i journalen")
        )
        self.detail.setOpenLinks(False)

        journal_box = QWidget()
        journal_layout = QVBoxLayout(journal_box)
        journal_layout.setContentsMargins(0, 0, 0, 0)
        journal_layout.addLayout(filter_row)
        journal_layout.addWidget(self.table)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(journal_box)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)

        self.right_splitter = right
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter = splitter
        splitter.addWidget(_LeftColumn(left))
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([max(340, self.calendar.minimumWidth() + 8), 900])
        splitter.setChildrenCollapsible(False)
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(8, 8, 8, 4)
        self.banner = NextStepBanner()
        outer.addWidget(self.banner)
        outer.addWidget(splitter, 1)  # spare height goes to the journal, not the banner
        self.setCentralWidget(container)

        QWidget.setTabOrder(self.case_combo, self.calendar)
        QWidget.setTabOrder(self.calendar, today_button)
        QWidget.setTabOrder(today_button, self.show_all_button)
        QWidget.setTabOrder(self.show_all_button, self.show_day_button)
        QWidget.setTabOrder(self.show_day_button, self.show_awaiting_button)
        QWidget.setTabOrder(self.show_awaiting_button, self.table)
        QWidget.setTabOrder(self.table, self.detail)

    # --- cases ---------------------------------------------------------------------------
    def _reload_cases(self) -> None:
        """Fill the case picker, keeping the current case selected."""
        current = self.case.id if self.case else None
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in cases.list_cases():
            self.case_combo.addItem(case.title, case.id)
        index = self.case_combo.findData(current) if current is not None else -1
        self.case_combo.setCurrentIndex(index)
        self.case_combo.blockSignals(False)

    def _open_initial_case(self) -> None:
        remembered = self.settings.value(LAST_CASE_KEY, "")
        case = cases.case_by_uuid(str(remembered)) if remembered else None
        if case is None or case.archived:
            listed = cases.list_cases()
            case = listed[0] if listed else None
        self.set_case(case)

    def set_case(self, case: Case | None) -> None:
        """Show ``case`` everywhere and remember it for the next start."""
        self.case = case
        index = self.case_combo.findData(case.id) if case else -1
        if self.case_combo.currentIndex() != index:
            self.case_combo.blockSignals(True)
            self.case_combo.setCurrentIndex(index)
            self.case_combo.blockSignals(False)
        if case is not None:
            store_if_changed(self.settings, LAST_CASE_KEY, case.uuid)
            self.setWindowTitle(self.tr("%1 – Dagbog").replace("%1", case.title))
        else:
            self.setWindowTitle(self.tr("Dagbog"))
        for action in [
            *self.quick_actions.values(),
            self.received_letter_action,
            self.other_action,
            self.edit_action,
            self.delete_action,
            self.edit_case_action,
            self.people_action,
            self.export_pdf_action,
        ]:
            action.setEnabled(case is not None)
        self.calendar.set_case(case)
        if self.completed:  # otherwise complete() catches up
            self.advocate.set_case(case)
            self.record.set_case(case)
        self._apply_filter()
        self._show_case_info()
        self._refresh_awaiting()

    @Slot(int)
    def _case_picked(self, index: int) -> None:
        case_id = self.case_combo.itemData(index)
        self.set_case(Case.get_or_none(Case.id == case_id) if case_id is not None else None)

    @Slot()
    def new_case(self) -> None:
        from .case_dialog import CaseDialog

        case = CaseDialog.ask(self)
        if case is not None:
            self._reload_cases()
            self.set_case(case)

    @Slot()
    def edit_case(self) -> None:
        from .case_dialog import CaseDialog

        if self.case is not None and CaseDialog.ask(self, self.case) is not None:
            self.case = Case.get_by_id(self.case.id)
            self._reload_cases()
            self.set_case(self.case)

    @Slot()
    def show_people(self) -> None:
        if self.case is not None:
            from .people_dialog import PeopleDialog

            PeopleDialog.ask(self, self.case)

    @Slot()
    def export_pdf(self) -> None:
        if self.case is None:
            return
        from .export_dialog import ExportDialog  # reportlab loads on first export, not at start

        path = ExportDialog.ask(self, self.case)
        if path is not None:
            self.statusBar().showMessage(self.tr("PDF'en er gemt i %s") % path, 15_000)

    # --- journal -------------------------------------------------------------------------
    def selected_day(self) -> date:
        return to_date(self.calendar.selectedDate())

    def day_filter(self) -> date | None:
        return self.selected_day() if self.show_day_button.isChecked() else None

    def _apply_filter(self) -> None:
        selected = self.selected_entry_id()
        self.model.set_filter(
            self.case, self.day_filter(), awaiting=self.show_awaiting_button.isChecked()
        )
        if selected is not None:
            self.select_entry(selected)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.total
        day = self.model.day
        if self.case is None:
            self.count_label.setText(self.tr("Ingen sag valgt"))
            self.filter_label.setText("")
            return
        count = (
            self.tr("1 kontakt")
            if total == 1
            else self.tr("%1 kontakter").replace("%1", labels.format_number(total))
        )
        if self.model.awaiting:
            text = self.tr("%1 afventer svar").replace("%1", count)
            self.filter_label.setText(self.tr("Kontakter der afventer svar, nyeste først"))
        elif day is None:
            text = self.tr("%1 i sagen").replace("%1", count)
            self.filter_label.setText(self.tr("Alle kontakter, nyeste først"))
        else:
            shown = labels.format_day(day)
            text = self.tr("%1 den %2").replace("%1", count).replace("%2", shown)
            self.filter_label.setText(self.tr("Kontakter den %1").replace("%1", shown))
        self.count_label.setText(text)

    @Slot()
    def _filter_toggled(self) -> None:
        self._apply_filter()

    @Slot()
    def _day_clicked(self) -> None:
        if not self.show_day_button.isChecked():
            self.show_day_button.setChecked(True)  # toggles the filter

    @Slot()
    def _day_changed(self) -> None:
        if self.show_day_button.isChecked():
            self._apply_filter()

    @Slot()
    def _go_today(self) -> None:
        self.calendar.setSelectedDate(to_qdate(clock.today()))

    def selected_entry_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(EntryIdRole)

    def selected_entry(self) -> Entry | None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return None
        try:
            return journal.get_entry(entry_id)
        except NotFoundError:
            return None

    def select_entry(self, entry_id: int) -> bool:
        """Select a loaded entry's row; False if it is not in the list as filtered."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    # --- quick actions -------------------------------------------------------------------
    def new_entry(self, kind: str, direction: str | None = None) -> Entry | None:
        """Open the entry dialog for a new contact of ``kind`` and show the result.

        The form comes filled in (now, the current caseworker, outgoing unless ``direction``
        says otherwise), so a call is: shortcut, one click on the outcome, Enter.
        """
        if self.case is None:
            self.statusBar().showMessage(self.tr("Opret først en sag (Sag → Ny sag)."), 10_000)
            return None
        if kind == Kind.CALL:
            self._warn_outside_telephone_hours()
        from .entry_dialog import EntryDialog

        if direction is None:
            entry = EntryDialog.ask(self, self.case, kind=kind)
        else:
            entry = EntryDialog.ask(self, self.case, kind=kind, direction=direction)
        if entry is not None:
            self._reveal(entry)
            self._remember_save(entry)
        return entry

    def _remember_save(self, entry: Entry) -> None:
        self.last_saved_id = entry.id
        self.undo_action.setEnabled(True)
        kind = labels.label(labels.kind_labels(), entry.kind)
        self.statusBar().showMessage(
            self.tr("%1 gemt. Ctrl+Z fortryder.").replace("%1", kind), 15_000
        )

    @Slot()
    def undo_last_save(self) -> Entry | None:
        """Undo the last new contact: it is deleted with the reason "Fortrudt", kept in history."""
        if self.last_saved_id is None:
            return None
        try:
            entry = journal.get_entry(self.last_saved_id)
        except NotFoundError:
            entry = None
        self.last_saved_id = None
        self.undo_action.setEnabled(False)
        if entry is None or entry.deleted:
            return None
        try:
            deleted = journal.delete_entry(entry, UNDO_REASON)
        except ValidationError as error:
            self.statusBar().showMessage(labels.error_text(error), 15_000)
            return None
        kind = labels.label(labels.kind_labels(), entry.kind)
        self.statusBar().showMessage(
            self.tr("Fortrudt: %1 er fjernet fra journalen og gemt i historikken.").replace(
                "%1", kind
            ),
            15_000,
        )
        return deleted

    @Slot()
    def edit_selected(self) -> Entry | None:
        """Edit the selected contact; the earlier version stays in its history."""
        entry = self.selected_entry()
        if entry is None or self.case is None:
            return None
        from .entry_dialog import EntryDialog

        saved = EntryDialog.ask(self, self.case, kind=entry.kind, entry=entry)
        if saved is not None:
            self._reveal(saved)
            # Ctrl+Z undoes the last *new* contact; after an edit there is nothing to undo.
            self.last_saved_id = None
            self.undo_action.setEnabled(False)
        return saved

    @Slot()
    def delete_selected(self) -> bool:
        """Hide the selected contact with a reason; it and its history are kept."""
        entry = self.selected_entry()
        if entry is None:
            return False
        reason = self.ask_delete_reason(entry)
        if reason is None:
            return False
        try:
            journal.delete_entry(entry, reason)
        except ValidationError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self, self.tr("Kontakten er ikke slettet"), labels.error_text(error)
            )
            return False
        return True

    def ask_delete_reason(self, entry: Entry) -> str | None:
        """Ask why the contact is deleted; None if the user cancelled."""
        subject = entry.subject or self.tr("(intet emne)")
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(
            self,
            self.tr("Slet kontakt"),
            self.tr(
                "Kontakten «%1» skjules i journalen, men gemmes med sin historik.\n"
                "Skriv hvorfor den slettes:"
            ).replace("%1", subject),
        )
        return reason if ok else None

    def _reveal(self, entry: Entry) -> None:
        """Bring a saved entry into view: its day in the calendar, its row selected."""
        day = clock.to_local(entry.at).date()
        self.calendar.setSelectedDate(to_qdate(day))
        self.select_entry(entry.id)

    # --- comfort: preferences, help, demo diary -----------------------------------------
    def _build_comfort(self) -> None:
        # One word, so it fits beside the counts at 200 % text in both languages; the whole
        # sentence is the tip and what a screen reader says.
        self.demo_label = QLabel(self.tr("Eksempeldata"))
        self.demo_label.setAccessibleName(self.tr("Eksempeldata"))
        self.demo_label.setAccessibleDescription(
            self.tr("Eksempeldata i en midlertidig fil – din egen dagbog er ikke ændret")
        )
        self.demo_label.setToolTip(
            self.tr("Eksempeldata i en midlertidig fil – din egen dagbog er ikke ændret")
        )
        self.demo_label.setVisible(self.demo)
        self.statusBar().addWidget(self.demo_label)
        if self.demo:
            self.banner.dismissed = False
        self.detail.anchorClicked.connect(self._link_clicked)

    @Slot()
    def show_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        prefs = PreferencesDialog.ask(self, self.preferences_settings)
        if prefs is not None:
            self.preferences_changed.emit(prefs)

    @Slot()
    def show_help(self, topic: str = "") -> None:
        from .help_dialog import HelpDialog

        dialog = HelpDialog(self, topic=topic or "")
        dialog.action_requested.connect(self.run_named_action)
        dialog.show()
        self.help_dialog = dialog

    def named_actions(self) -> dict[str, QAction]:
        """Actions a help text or a link may start, by name ("call", "email", ...)."""
        actions = {
            "call": self.quick_actions[Kind.CALL],
            "email": self.quick_actions[Kind.EMAIL],
            "meeting": self.quick_actions[Kind.MEETING],
            "letter": self.quick_actions[Kind.LETTER],
            "received-letter": self.received_letter_action,
            "people": self.people_action,
            "new-case": self.new_case_action,
            "edit-case": self.edit_case_action,
            "awaiting": self.awaiting_dock.toggleViewAction(),
            "preferences": self.preferences_action,
            "demo": self.demo_action,
        }
        # Actions other parts of the window add later (letters, export) register by name.
        actions.update(getattr(self, "extra_named_actions", {}))
        return actions

    @Slot(str)
    def run_named_action(self, name: str) -> bool:
        """Trigger the action called ``name``; False if there is none or it is disabled now.

        ``name`` may list alternatives, "letter:new-caseworker|email": the first one this
        window has is used (the letter dialog, where it exists, else the e-mail form).
        """
        actions = self.named_actions()
        names = name.split("|")
        name = next((n for n in names if n in actions), names[0])
        action = actions.get(name)
        if action is None or not action.isEnabled():
            self.statusBar().showMessage(
                self.tr("Det kan ikke gøres lige nu. Vælg eller opret først en sag."), 10_000
            )
            return False
        if name == "awaiting":
            self.show_awaiting_panel()
            return True
        action.trigger()
        return True

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            self.run_named_action(url.path())

    def start_with(self, case: Case) -> None:
        """Show the case the first-run guide made, with one suggestion of what to do first."""
        self._reload_cases()
        self.set_case(case)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._journal_viewport:
            self._fit_journal_columns()
        return super().eventFilter(watched, event)

    def _fit_journal_columns(self) -> None:
        """Give way when the subject would get under ~24 characters: first the direction
        column, then "with whom" (the detail pane below says both)."""
        room = self._journal_viewport.width()
        needed = sum(self._journal_widths.values())
        needed += 24 * self.table.fontMetrics().averageCharWidth()
        for column in (COL_DIRECTION, COL_WITH):
            hide = needed > room
            self.table.setColumnHidden(column, hide)
            if hide:
                needed -= self._journal_widths[column]

    def refresh_colours(self) -> None:
        """Redraw what paints its own colours after a light/dark switch."""
        self.banner.apply_colours()
        self.calendar.apply_colours()
        self._show_case_info()
        self._show_detail()
        self.model.layoutChanged.emit()

    # --- awaiting replies: panel, banner, status bar (see core/requests, core/next_step) ---
    def _bold_metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def _refresh_awaiting(self) -> None:
        """Redraw the panel, the banner and the status-bar count from the database."""
        if self.completed:  # its list is filled right after the first paint
            self.awaiting_panel.set_case(self.case)
        self.banner.refresh(self.case)
        total, overdue = self.banner.counts
        calls = self.banner.unanswered_calls
        if self.case is None or total == 0:
            text = self.tr("Ingen afventer svar")
        else:
            text = self.tr("◷ %1 afventer svar").replace("%1", str(total))
            if overdue:
                text += self.tr(" · ⚠ %1 over fristen").replace("%1", str(overdue))
        if self.case is not None and calls:
            text += self.tr(" · ✗ %1 opkald uden svar").replace("%1", str(calls))
        self.awaiting_label.setText(text)

    @Slot()
    def show_awaiting_panel(self) -> None:
        self.awaiting_dock.show()
        self.awaiting_dock.raise_()
        self.awaiting_panel.table.setFocus()

    @Slot(int)
    def show_entry(self, entry_id: int) -> None:
        """Select an entry in the journal, switching to "Vis alle" if the filter hides it."""
        if self.select_entry(entry_id):
            return
        self.show_all_button.setChecked(True)
        while not self.select_entry(entry_id) and self.model.canFetchMore():
            self.model.fetchMore()

    def _warn_outside_telephone_hours(self) -> None:
        """A gentle note in the status bar when the caseworker's telefontid is closed."""
        caseworker = people.caseworker_on(self.case) if self.case else None
        if caseworker is None:
            return
        ranges = telephone_hours.from_json(caseworker.telephone_hours)
        if not ranges or telephone_hours.is_open(ranges):
            return
        hint = labels.say(telephone_hours.describe_phrase(ranges, short=True))
        self.statusBar().showMessage(
            self.tr("Bemærk: %1s telefontid er lukket nu; %2.")
            .replace("%1", caseworker.name)
            .replace("%2", hint),
            20_000,
        )

    # --- change notifications ------------------------------------------------------------
    @Slot(object)
    def _on_change(self, change: events.Change) -> None:
        """Redraw only the parts a committed write touched."""
        if self.completed:
            self.advocate.on_change(change)
        if change.what == "case":
            self._reload_cases()
            if self.case is not None and change.case_id == self.case.id:
                self.case = Case.get_or_none(Case.id == self.case.id)
                if self.case is None or self.case_combo.findData(self.case.id) < 0:
                    # Archived (or gone): show the first case still in the picker.
                    first = self.case_combo.itemData(0) if self.case_combo.count() else None
                    self.set_case(Case.get_or_none(Case.id == first) if first else None)
                    return
                self.setWindowTitle(self.tr("%1 – Dagbog").replace("%1", self.case.title))
                self._show_case_info()
            return
        if self.case is None or change.case_id != self.case.id:
            return
        if change.what == "entry":
            if not self.model.refresh_entries(change.ids):
                self._apply_filter()
            self.calendar.refresh_marks()
            self._update_counts()
            self._show_detail()
            self._refresh_awaiting()
        elif change.what == "person":
            self._apply_filter()  # names in "Med hvem" may have changed
            self._show_case_info()
            self._refresh_awaiting()
        elif change.what == "meeting" and self.completed:
            self.awaiting_panel.refresh()  # agreed actions are listed there too

    # --- case summary --------------------------------------------------------------------
    @Slot()
    def _show_case_info(self) -> None:
        """Who to contact now: the caseworker and duty phone with their telephone hours."""
        if self.case is None:
            self.case_info.setText("")
            return
        esc = labels.html_escape
        case = self.case
        lines = []
        who = ", ".join(part for part in (case.citizen_name, case.municipality) if part)
        if who:
            lines.append(f"<b>{esc(who)}</b>")
        caseworker = people.caseworker_on(case)
        if caseworker is not None:
            lines.append(self._person_html(self.tr("Sagsbehandler"), caseworker))
        history = people.caseworker_history(case)
        if len(history) > 1:
            changes = [
                self.tr("%1 fra %2")
                .replace("%1", a.person.name)
                .replace("%2", labels.format_day(a.from_date))
                for a in reversed(history[-3:])
            ]
            lines.append(esc(self.tr("Sagsbehandlerskift: %1").replace("%1", " · ".join(changes))))
        for person in people.people_with_role(case, Role.DUTY_PHONE)[:1]:
            lines.append(self._person_html(self.tr("Vagttelefon"), person))
        lines.append(esc(self.tr("Svarfrist: %1 arbejdsdage").replace("%1", str(case.reply_days))))
        self.case_info.setText("<br><br>".join(lines))

    def _person_html(self, role: str, person: Person) -> str:
        esc = labels.html_escape
        parts = [f"{esc(role)}: <b>{esc(person.name)}</b>"]
        contact = " · ".join(p for p in (person.phone, person.email) if p)
        if contact:
            parts.append(esc(contact))
        ranges = telephone_hours.from_json(person.telephone_hours)
        if ranges:
            hours = self.tr("Telefontid: %1").replace("%1", labels.format_hours(ranges))
            parts.append(esc(hours))
            parts.append(esc(self._opening_text(ranges)))
        return "<br>".join(parts)

    def _opening_text(self, ranges) -> str:
        now = clock.now()
        if telephone_hours.is_open(ranges, now):
            return self.tr("Åben nu")
        opening = telephone_hours.next_opening(ranges, now)
        if opening is None:
            return ""
        if opening.date() == now.date():
            day = self.tr("i dag")
        elif (opening.date() - now.date()).days == 1:
            day = self.tr("i morgen")
        else:
            # A full weekday and date ("mandag 30. nov."), like the next-step sentence.
            day = labels.sentence_day(opening.date(), weekday=True, year=opening.year != now.year)
        return (
            self.tr("Lukket nu; åbner %1 kl. %2")
            .replace("%1", day)
            .replace("%2", labels.format_time(opening))
        )

    # --- detail pane ---------------------------------------------------------------------
    @Slot()
    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            muted = theme.muted_color()
            if self.case is None:
                self.detail.setHtml(self._first_step_html(new_case=True))
                return
            if self.model.total == 0 and self.model.day is None and not self.model.awaiting:
                self.detail.setHtml(self._first_step_html(new_case=False))
                return
            if self.model.total == 0:
                text = self.tr(
                    "Ingen kontakter her endnu. Brug «Nyt opkald» (Ctrl+1), "
                    "«Ny e-mail» (Ctrl+2), «Nyt møde» (Ctrl+3) eller «Nyt brev» (Ctrl+4)."
                )
            else:
                text = self.tr("Vælg en kontakt i listen for at se den her.")
            self.detail.setHtml(f"<p style='color:{muted}'>{labels.html_escape(text)}</p>")
            return
        self.detail.setHtml(self.entry_html(entry))

    def _caseworker_rows(self, entry: Entry) -> list[tuple[str, str]]:
        """Who was the caseworker when the contact happened (the history keeps every change)."""
        day = clock.to_local(entry.at).date()
        then = people.caseworker_on(entry.case, day)
        if then is None:
            return []
        rows = [(self.tr("Sagsbehandler dengang"), then.name)]
        now = people.caseworker_on(entry.case)
        if now is not None and now.id != then.id:
            rows.append((self.tr("Sagsbehandler nu"), now.name))
        return rows

    def _first_step_html(self, new_case: bool) -> str:
        """One clear suggestion of what to do first, with a link that does it."""
        esc = labels.html_escape
        if new_case:
            heading = self.tr("Første skridt: opret din sag")
            text = self.tr(
                "En sag samler dine kontakter med jobcentret. Den skal kun have en titel; "
                "resten kan du udfylde senere."
            )
            links = [("new-case", self.tr("Opret en sag med «Ny sag» (Ctrl+N)"))]
            if not self.demo:
                links.append(("demo", self.tr("eller prøv med eksempeldata")))
        else:
            heading = self.tr("Første skridt: skriv din seneste kontakt ind")
            text = self.tr(
                "Tænk på den seneste gang du ringede, skrev eller fik et brev fra jobcentret. "
                "Tidspunkt og sagsbehandler er udfyldt på forhånd; ret dem hvis det var før."
            )
            links = [
                ("call", self.tr("Jeg har ringet (Ctrl+1)")),
                ("email", self.tr("Jeg har sendt en e-mail (Ctrl+2)")),
                ("received-letter", self.tr("Jeg har fået et brev (Ctrl+6)")),
            ]
        items = "".join(
            f"<li><a href='{ACTION_SCHEME}:{name}'>{esc(label)}</a></li>" for name, label in links
        )
        return f"<h3>{esc(heading)}</h3><p>{esc(text)}</p><ul>{items}</ul>"

    def first_step_text(self) -> str:
        """The suggestion in the detail pane as plain text (tests, screen readers)."""
        return self.detail.toPlainText()

    def entry_html(self, entry: Entry) -> str:
        """The whole entry as HTML; every piece of user text is escaped."""
        esc = labels.html_escape
        muted = theme.muted_color()
        kind = labels.label(labels.kind_labels(), entry.kind)
        direction = labels.label(labels.direction_labels(), entry.direction)
        when = labels.format_datetime(clock.to_local(entry.at), at=True)
        rows: list[tuple[str, str]] = []
        if entry.person_id:
            person = entry.person
            role = labels.label(labels.role_labels(), person.role)
            rows.append((self.tr("Med hvem"), f"{person.name} ({role})"))
            contact = " · ".join(p for p in (person.phone, person.email) if p)
            if contact:
                rows.append((self.tr("Kontakt"), contact))
        rows += self._caseworker_rows(entry)
        if entry.outcome:
            rows.append((self.tr("Udfald"), labels.label(labels.outcome_labels(), entry.outcome)))
        status = labels.status_label(journal.status_code(entry), entry.reply_due, entry.outcome)
        if status:
            rows.append((self.tr("Status"), status))
        if entry.private:
            rows.append((self.tr("Privat"), self.tr("Ja, kun til mig selv")))
        registered = labels.format_datetime(clock.to_local(entry.registered_at))
        if journal.is_registered_late(entry):
            registered += " " + self.tr("(registreret senere)")
        rows.append((self.tr("Registreret"), registered))
        if entry.answered_by_id:
            answer = entry.answered_by
            answered = labels.format_day(clock.to_local(answer.at))
            rows.append((self.tr("Besvaret af"), f"{answer.subject} ({answered})"))
        table = "".join(
            f"<tr><td style='padding-right:12px;color:{muted}'>{esc(k)}</td><td>{esc(v)}</td></tr>"
            for k, v in rows
        )
        history = ""
        if entry.version > 1:
            actions = {
                "create": self.tr("Oprettet"),
                "edit": self.tr("Rettet"),
                "delete": self.tr("Slettet"),
                "restore": self.tr("Gendannet"),
            }
            items = []
            for version in journal.entry_history(entry):
                when_saved = labels.format_datetime(clock.to_local(version.recorded_at))
                text = f"{actions.get(version.action, version.action)} {when_saved}"
                if version.reason:
                    text += f": {version.reason}"
                items.append(f"<li>{esc(text)}</li>")
            heading = self.tr("Historik")
            history = (
                f"<p style='margin-top:10px;color:{muted}'>{esc(heading)}</p>"
                f"<ul style='margin-top:0'>{''.join(items)}</ul>"
            )
        subject = esc(entry.subject) if entry.subject else esc(self.tr("(intet emne)"))
        note = esc(entry.note).replace("\n", "<br>") if entry.note else ""
        return (
            f"<h3 style='margin-bottom:2px'>{subject}</h3>"
            f"<p style='margin-top:0;color:{muted}'>{esc(kind)} · {esc(direction)} · "
            f"{esc(when)}</p>"
            f"<table cellspacing='0'>{table}</table>"
            + (f"<p style='margin-top:10px'>{note}</p>" if note else "")
            + self.correspondence.attachments_html(entry)
            + history
        )

    # --- layout memory and closing --------------------------------------------------------
    def fit_to_screen(self) -> None:
        """Shrink to the screen's free area (a 1366x768 laptop must see the status bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(
            min(self.width(), room.width() - max(frame.width(), 16)),
            min(self.height(), room.height() - max(frame.height(), 40)),
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/main_splitter", self.main_splitter),
            ("window/right_splitter", self.right_splitter),
        ):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def _save_layout(self) -> None:
        store_if_changed(self.settings, "window/geometry", self.saveGeometry())
        store_if_changed(self.settings, "window/main_splitter", self.main_splitter.saveState())
        store_if_changed(self.settings, "window/right_splitter", self.right_splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        self.bridge.stop()
        super().closeEvent(event)


class _CompleteAfterFirstPaint(QObject):
    """Runs ``window.complete()`` from the event loop once the window has first painted.

    What a user sees first is on the screen without waiting for the rest; the rest is built
    before the loop handles anything the user does next (a shortcut pressed as the window
    appears still finds its action: Ctrl+F builds the search at once).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.window, self.window.complete)
        return False
