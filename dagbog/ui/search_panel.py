"""The search panel (Ctrl+F): results as you type, matched words marked, filters.

Typing searches after a short pause, on a worker thread: on a 100,000-entry diary a broad
query (every entry matches "s") takes 40-55 ms and more on a busy machine, which must not
hold up the next key press. Only the newest search's answer is shown. Enter searches at
once on the UI thread (:meth:`SearchPanel.run_search`). The panel lives in a dock of the main
window; :func:`install_search_dock` wires it.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeySequence,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import cases, clock, events, search
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case

from . import labels
from .case_picker import CasePicker
from .change_bridge import ChangeBridge
from .search_model import (
    COL_CASE,
    COL_KIND,
    COL_TEXT,
    COL_WHEN,
    COL_WITH,
    CaseIdRole,
    EntryIdRole,
    HighlightRole,
    SearchResultsModel,
)

DEBOUNCE_MS = 200
RESULT_LIMIT = 200


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's HighlightRole HTML (one line, marked words) instead of its plain text."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HighlightRole)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        document = self._document(markup, opt)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left() + 2, top)
        context.clip = QRectF(0, 0, rect.width() - 2, rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        hint = super().sizeHint(option, index)
        markup = index.data(HighlightRole)
        if markup:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            hint.setWidth(int(self._document(markup, opt).idealWidth()) + 8)
        return hint

    @staticmethod
    def _document(markup: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(text_option)
        document.setHtml(markup)
        return document


class _SearchAnswers(QObject):
    """Carries a worker thread's answer to the window's thread, for every panel.

    A worker must not emit on its panel: the panel may be closed and deleted while its
    search still runs (a test ending, the window closing), and emitting on a QObject that
    the window's thread is deleting at that moment can crash the interpreter. This one
    object is never deleted (the module and each worker hold it); a panel that is gone has
    simply been disconnected by Qt, and its late answer goes nowhere.
    """

    #: (the panel's key, its search generation, the hits or the ValidationError raised)
    answered = Signal(object, int, object)


_answers: _SearchAnswers | None = None


def _search_answers() -> _SearchAnswers:
    """The program's one answer carrier, made on first use on the window's thread."""
    global _answers
    if _answers is None:
        _answers = _SearchAnswers()
    return _answers


class SearchPanel(QWidget):
    """A search field, filters and the hits; activating a hit asks to show it."""

    #: The user wants to see this entry (entry id, case id) in the journal.
    entry_activated = Signal(int, int)
    #: A search ran and produced this many hits.
    searched = Signal(int)
    #: A worker thread's answer reached this panel: (generation, hits or the ValidationError).
    _answered = Signal(int, object)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Søg i emner, noter og personer …"))
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Ryd feltet"))
            button.setAccessibleDescription(self.tr("Sletter søgeteksten"))
        self.field.setAccessibleName(self.tr("Søgetekst"))
        self.field.setToolTip(
            self.tr(
                "Skriv begyndelsen af ord; alle ord skal findes. "
                'Sæt "anførselstegn" om ord, der skal stå lige efter hinanden.'
            )
        )

        # A long case title widens the box only so far (then the filters wrap into two rows)
        # and is shortened in the middle, whole in the tooltip and the list: a plain combo box
        # of 18 characters cut «Ledighedsydelse og fleksjob – Jobcenter …» to its start.
        self.case_combo = CasePicker(min_chars=18, max_chars=32)
        self.case_combo.setAccessibleName(self.tr("Søg i sag"))
        self.case_combo.setAccessibleDescription(self.tr("Søg i alle sager eller kun i én"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kontakttype"))
        self.kind_combo.setAccessibleDescription(self.tr("Vis kun træf af denne kontakttype"))
        self.kind_combo.addItem(self.tr("Alle typer"), "")
        for code, text in labels.kind_labels().items():
            self.kind_combo.addItem(text, code)
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Periode"))
        self.period_combo.setAccessibleDescription(self.tr("Vis kun træf fra denne periode"))
        for text, code in (
            (self.tr("Hele perioden"), ""),
            (self.tr("Seneste 30 dage"), "30d"),
            (self.tr("Seneste 3 måneder"), "3m"),
            (self.tr("Seneste 12 måneder"), "12m"),
            (self.tr("I år"), "year"),
            (self.tr("Sidste år"), "last-year"),
        ):
            self.period_combo.addItem(text, code)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setAccessibleDescription(
            self.tr("Vis kun træf med denne status, fx afventer svar eller over fristen")
        )
        for text, code in (
            (self.tr("Alle statusser"), ""),
            (self.tr("Afventer svar"), "open"),
            (self.tr("Over fristen"), "overdue"),
            (self.tr("Besvaret"), "answered"),
            (self.tr("Ubesvarede opkald"), "unanswered"),
        ):
            self.status_combo.addItem(text, code)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Antal træf"))
        self.model = SearchResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Søgeresultater"))
        self.table.setAccessibleDescription(
            self.tr("Træffene, nyeste først; Enter viser den valgte kontakt i journalen")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.delegate = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_TEXT, self.delegate)
        self.table.setItemDelegateForColumn(COL_WITH, self.delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (COL_WHEN, "00.00.0000 00:00"),
            (COL_CASE, "Sygedagpenge – Job"),
            (COL_KIND, "Digital post"),
            (COL_WITH, "Mette S. Hansen"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        # The count sits beside the field and the filters share one row when they fit (two
        # rows of two when the dock is narrow or the text large), so the hits keep the height:
        # at 1366×768 the three rows of controls left room for one and a half hits.
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.field, 3)
        top.addWidget(self.summary, 2)
        self.filter_pairs: list[tuple[QLabel, QComboBox]] = []
        for label_text, combo in (
            (self.tr("&Sag:"), self.case_combo),
            (self.tr("&Type:"), self.kind_combo),
            (self.tr("Peri&ode:"), self.period_combo),
            (self.tr("S&tatus:"), self.status_combo),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            self.filter_pairs.append((label, combo))
        self.filters = QGridLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        self._filter_columns = 0
        self._arrange_filters(len(self.filter_pairs))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The minimum is minimumSizeHint's (two filters to a row), not the one-row layout's.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_in_background)
        self._generation = 0
        self._key = object()  # tells this panel's answers from other panels' on the carrier
        _search_answers().answered.connect(self._on_carried_answer)
        self._answered.connect(self._on_answer)
        self.field.textChanged.connect(self.timer.start)
        self.field.returnPressed.connect(self._search_now_and_focus_results)
        for combo in (self.case_combo, self.kind_combo, self.period_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.timer.start)
        self.case_combo.currentIndexChanged.connect(self._update_case_column)
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_change)
        self.reload_cases()
        self._available = search.available()
        if not self._available:
            self.field.setEnabled(False)
            self.summary.setText(search.unavailable_reason())
        else:
            self.summary.setText(self.tr("Skriv for at søge."))

    # --- layout --------------------------------------------------------------------------
    def _arrange_filters(self, per_row: int) -> None:
        """Lay the label/combo pairs out ``per_row`` to a row (4: one row, 2: two rows)."""
        if per_row == self._filter_columns:
            return
        self._filter_columns = per_row
        for label, combo in self.filter_pairs:
            self.filters.removeWidget(label)
            self.filters.removeWidget(combo)
        for column in range(self.filters.columnCount()):
            self.filters.setColumnStretch(column, 0)
        for index, (label, combo) in enumerate(self.filter_pairs):
            row, place = divmod(index, per_row)
            self.filters.addWidget(label, row, 2 * place)
            self.filters.addWidget(combo, row, 2 * place + 1)
        self.filters.setColumnStretch(2 * per_row, 1)  # spare width goes to the right

    def _filters_width(self, per_row: int) -> int:
        """The width the filters need ``per_row`` to a row."""
        spacing = max(0, self.filters.horizontalSpacing())
        columns = [0] * (2 * per_row)  # a grid: each column as wide as its widest cell
        for index, pair in enumerate(self.filter_pairs):
            for offset, widget in enumerate(pair):
                width = max(widget.sizeHint().width(), widget.minimumSizeHint().width())
                column = 2 * (index % per_row) + offset
                columns[column] = max(columns[column], width)
        margins = self.layout().contentsMargins() if self.layout() else None
        sides = margins.left() + margins.right() if margins else 0
        return sum(columns) + spacing * (len(columns) - 1) + sides

    def _one_row_width(self) -> int:
        return self._filters_width(len(self.filter_pairs))

    def minimumSizeHint(self) -> QSize:
        # As narrow as two filters to a row: the dock can be made narrower, the filters wrap.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._filters_width(2)), hint.height())

    def resizeEvent(self, event) -> None:
        self._arrange_filters(
            len(self.filter_pairs) if event.size().width() >= self._one_row_width() else 2
        )
        super().resizeEvent(event)

    def _update_case_column(self) -> None:
        """The case column only when hits can come from more than one case."""
        single = self.case_combo.count() <= 2 or self.case_combo.currentData() is not None
        self.table.setColumnHidden(COL_CASE, single)

    def wanted_height(self) -> int:
        """Height for the controls and about eight hits (the dock asks for it when shown)."""
        rows = 8
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        controls = self.layout().sizeHint().height() - self.table.sizeHint().height()
        return controls + header + rows * row + 2 * self.table.frameWidth() + 4

    # --- filters -------------------------------------------------------------------------
    def reload_cases(self) -> None:
        current = self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("Alle sager"), None)
        for case in cases.list_cases():
            self.case_combo.addItem(case.title, case.id)
        index = self.case_combo.findData(current) if current is not None else 0
        self.case_combo.setCurrentIndex(max(0, index))
        self.case_combo.blockSignals(False)
        self._update_case_column()

    def set_case_filter(self, case: Case | None) -> None:
        index = self.case_combo.findData(case.id) if case is not None else 0
        self.case_combo.setCurrentIndex(max(0, index))

    def period(self) -> tuple[date | None, date | None]:
        """The (start, end) days of the chosen period, both included."""
        today = self._today or clock.today()
        code = self.period_combo.currentData()
        if code == "30d":
            return today - timedelta(days=30), None
        if code == "3m":
            return today - timedelta(days=91), None
        if code == "12m":
            return today - timedelta(days=365), None
        if code == "year":
            return date(today.year, 1, 1), None
        if code == "last-year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return None, None

    # --- searching -----------------------------------------------------------------------
    def _request(self) -> dict | None:
        """The search to run for the field and the filters; None when there is nothing to find."""
        text = self.field.text()
        if not search.parse_query(text):
            return None
        start, end = self.period()
        return {
            "query": text,
            "case": self.case_combo.currentData(),
            "kind": self.kind_combo.currentData() or None,
            "start": start,
            "end": end,
            "status": self.status_combo.currentData() or None,
            "limit": RESULT_LIMIT,
            "today": self._today,
        }

    @Slot()
    def run_search(self) -> None:
        """Search now, on this thread, with the field's text and the filters; show the hits."""
        self.timer.stop()
        self._generation += 1  # an answer still coming from a worker is out of date
        if not self._available:
            return
        request = self._request()
        if request is None:
            self._show(None)
            return
        try:
            answer = search.search(**request)
        except ValidationError as error:
            answer = error
        self._show(answer)

    @Slot()
    def search_in_background(self) -> None:
        """Search on a worker thread (after a pause in typing); the newest answer is shown."""
        self.timer.stop()
        self._generation += 1
        if not self._available:
            return
        request = self._request()
        if request is None:
            self._show(None)
            return
        generation, key, carrier = self._generation, self._key, _search_answers()

        def work() -> None:  # touches no widget: the panel may be gone when it ends
            try:
                answer = search.search_detached(**request)
            except ValidationError as error:
                answer = error
            carrier.answered.emit(key, generation, answer)

        threading.Thread(target=work, name="dagbog-search", daemon=True).start()

    @Slot(object, int, object)
    def _on_carried_answer(self, key: object, generation: int, answer) -> None:
        if key is self._key:
            self._answered.emit(generation, answer)

    @Slot(int, object)
    def _on_answer(self, generation: int, answer) -> None:
        if generation == self._generation:
            self._show(answer)

    def _show(self, answer) -> None:
        """Show hits, a ValidationError's message, or (None) the empty field's hint."""
        if answer is None:
            self.model.set_hits([])
            self.summary.setText(self.tr("Skriv for at søge."))
            self.searched.emit(0)
            return
        if isinstance(answer, ValidationError):
            hits = []
            self.summary.setText(labels.error_text(answer))
        else:
            hits = answer
            if not hits:
                self.summary.setText(self.tr("Ingen kontakter matcher søgningen."))
            elif len(hits) >= RESULT_LIMIT:
                self.summary.setText(
                    self.tr("De nyeste %1 træf. Skriv flere ord for at se færre.").replace(
                        "%1", str(len(hits))
                    )
                )
            elif len(hits) == 1:
                self.summary.setText(self.tr("1 træf."))
            else:
                self.summary.setText(self.tr("%1 træf.").replace("%1", str(len(hits))))
        self.model.set_hits(hits)
        self.searched.emit(len(hits))

    @Slot()
    def _search_now_and_focus_results(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()
            self.field.setFocus()
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_activated.emit(index.data(EntryIdRole), index.data(CaseIdRole))

    @Slot(object)
    def _on_change(self, change: events.Change) -> None:
        if change.what == "case":
            self.reload_cases()
        if self.field.text().strip():
            self.timer.start()


def install_search_dock(
    window: QMainWindow, menu: QMenu | None = None, action: QAction | None = None
) -> QDockWidget:
    """Add the search panel to ``window`` as a dock, with Ctrl+F to show it and focus it.

    Activating a hit shows its case and selects the entry in the journal (the window's
    ``set_case`` and ``show_entry``). ``action``: the window's own Ctrl+F action, when it
    has one already (it is then not triggered here; the window shows the dock itself).
    """
    panel = SearchPanel()
    dock = QDockWidget(QCoreApplication.translate("SearchPanel", "Søg"), window)
    dock.setObjectName("search_dock")
    dock.setWidget(panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    neighbour = getattr(window, "awaiting_dock", None)
    if neighbour is not None:
        window.tabifyDockWidget(neighbour, dock)  # the hits get the full width
    dock.hide()

    def show_search() -> None:
        dock.show()
        dock.raise_()
        # Room for the hits: about eight rows, but never more than half the window.
        wanted = min(panel.wanted_height(), window.height() // 2)
        if not dock.isFloating() and dock.height() < wanted:
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
        panel.focus_field()

    def open_hit(entry_id: int, case_id: int) -> None:
        current = getattr(window, "case", None)
        if current is None or current.id != case_id:
            window.set_case(Case.get_or_none(Case.id == case_id))
        window.show_entry(entry_id)

    if action is None:
        action = QAction(QCoreApplication.translate("SearchPanel", "&Søg …"), window)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(
            QCoreApplication.translate("SearchPanel", "Søg i alle kontakter (Ctrl+F)")
        )
        action.triggered.connect(show_search)
        window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    panel.entry_activated.connect(open_hit)
    dock.search_panel = panel
    dock.search_action = action
    dock.show_search = show_search
    return dock
