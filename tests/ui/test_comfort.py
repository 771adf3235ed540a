"""Comfort: 200 % text clips nothing, the dark palette keeps every text readable, the system's
light/dark choice is followed.

"Clipped" is measured, not looked at: a label, button, combo box or line edit smaller than its
minimum size hint, a word-wrapped label lower than its height for its width, or two widgets of
one layout drawn on top of each other (what happens when a layout gets less than it needs).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QWidget,
)

from dagbog.core import demo, journal, requests
from dagbog.ui import i18n, theme
from dagbog.ui.app import load_fonts
from dagbog.ui.entry_dialog import EntryDialog
from dagbog.ui.letter_dialog import LetterDialog
from dagbog.ui.main_window import MainWindow
from dagbog.ui.meeting_window import MeetingWindow
from dagbog.ui.preferences import (
    LANGUAGE_DANISH,
    LANGUAGE_ENGLISH,
    THEME_DARK,
    THEME_LIGHT,
    THEME_SYSTEM,
    Preferences,
)
from dagbog.ui.search_model import COL_CASE, COL_TEXT
from dagbog.ui.search_panel import SearchPanel

SIZED = (QLabel, QAbstractButton, QComboBox, QLineEdit, QCalendarWidget)


@pytest.fixture
def comfort(qapp, monkeypatch, tmp_path_factory):
    """Apply comfort preferences to the application; the defaults come back afterwards.

    The bundled DejaVu Sans is loaded as in the app: the measurements depend on the font.
    """
    font, palette, style = QFont_copy(qapp), QPalette(qapp.palette()), qapp.style().name()
    load_fonts(qapp)
    bundled = QFont_copy(qapp)

    monkeypatch.setenv("DAGBOG_TRANSLATIONS_CACHE", str(tmp_path_factory.getbasetemp() / "qm"))

    def apply(prefs: Preferences) -> None:
        qapp.setFont(bundled)
        theme.apply(qapp, prefs)
        if prefs.language == LANGUAGE_ENGLISH:
            assert i18n.install(LANGUAGE_ENGLISH, qapp) == LANGUAGE_ENGLISH

    yield apply
    if i18n.current_language() != LANGUAGE_DANISH:
        i18n.install(LANGUAGE_DANISH, qapp)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    qapp.setFont(font)
    theme._state["dark"] = False


def QFont_copy(app):  # noqa: N802 - reads like the constructor it wraps
    from PySide6.QtGui import QFont

    return QFont(app.font())


@pytest.fixture
def demo_case(diary):
    return demo.create_demo_case()


def _settle(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    for _ in range(3):  # boxes added after showing are laid out on the next turns
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        # Scrolled content may be larger than what shows; that is scrolling, not clipping.
        if isinstance(parent, (QScrollArea, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _combo_text_cut(combo: QComboBox) -> str:
    """Empty when the combo box shows its current text whole, or elides it itself ("…") with
    the whole text in its tooltip; else what is cut. Its minimum size fits 22 characters
    or so, which let a longer case title be cut off at 200 % ("…Jobcenter Søb")."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    shown = combo.displayed_text() if hasattr(combo, "displayed_text") else text
    metrics = combo.fontMetrics()
    fits = metrics.horizontalAdvance(shown) <= field.width()
    if fits and (shown == text or ("…" in shown and text in combo.toolTip())):
        return ""
    name = combo.accessibleName() or text[:40]
    return f"QComboBox {name!r} shows {shown!r} in {field.width()} px"


def clipped(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` that is smaller than it needs to be."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if _in_scroll_area(widget, root):
            continue
        size = widget.size()
        parent = widget.parentWidget()
        if isinstance(widget, SIZED) and not parent.rect().contains(widget.geometry()):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()[:40]
            found.append(
                f"{type(widget).__name__} {name!r} reaches outside {type(parent).__name__}"
            )
        if isinstance(widget, SIZED):
            hint = widget.minimumSizeHint()
            height = hint.height()
            if isinstance(widget, QLabel) and widget.wordWrap():
                height = max(height, widget.heightForWidth(size.width()))
            if size.width() < hint.width() or size.height() < height:
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()[:40]
                found.append(
                    f"{type(widget).__name__} {name!r} is {size.width()}×{size.height()}, "
                    f"needs {hint.width()}×{height}"
                )
        if isinstance(widget, QComboBox) and (cut := _combo_text_cut(widget)):
            found.append(cut)
        layout = widget.layout()
        if layout is None or isinstance(widget, QScrollArea):
            continue
        children = [
            child
            for child in widget.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisibleTo(root)
            and not child.isWindow()
            and not child.objectName().startswith("qt_")
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(
                        f"{type(first).__name__} {first.accessibleName()!r} overlaps "
                        f"{type(second).__name__} {second.accessibleName()!r}"
                    )
    return found


def _main_window(qtbot, isolated_settings, case) -> MainWindow:
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.set_case(case)
    overdue = requests.overdue_requests(case)
    if overdue:
        window.select_entry(overdue[0].entry.id)
    return window


@pytest.mark.parametrize("language", [LANGUAGE_DANISH, LANGUAGE_ENGLISH])
@pytest.mark.parametrize("size", ["minimum", "1366x768", "1920x1080"])
def test_200_percent_text_clips_nothing_in_the_main_window(
    qtbot, comfort, demo_case, isolated_settings, size, language
):
    comfort(Preferences(text_scale=200, theme=THEME_LIGHT, language=language))
    window = MainWindow(settings=isolated_settings, demo=True)  # the demo note shows too
    qtbot.addWidget(window)
    window.set_case(demo_case)
    _settle(qtbot, window)
    window.show_awaiting_panel()
    wanted = {"minimum": QSize(0, 0), "1366x768": QSize(1366, 768), "1920x1080": QSize(1920, 1080)}
    window.resize(wanted[size].expandedTo(window.minimumSizeHint()))
    _settle(qtbot, window)  # a label that wraps anew raises the minimum on the next turn
    assert window.font().pointSizeF() == pytest.approx(2 * theme.BASE_POINT_SIZE)
    assert clipped(window) == []


@pytest.mark.parametrize(
    "make", ["call", "letter-in", "new-caseworker", "minutes", "meeting", "export", "export-en"]
)
def test_200_percent_text_clips_nothing_in_the_dialogs(qtbot, comfort, demo_case, make):
    """The export dialog was cut off at 200 % text (found in the review)."""
    from dagbog.ui.export_dialog import ExportDialog

    language = LANGUAGE_ENGLISH if make.endswith("-en") else LANGUAGE_DANISH
    comfort(Preferences(text_scale=200, theme=THEME_LIGHT, language=language))
    meeting = next(e for e in journal.all_entries(demo_case) if e.kind == "meeting")
    widget = {
        "call": lambda: EntryDialog(None, demo_case, kind="call"),
        "letter-in": lambda: EntryDialog(None, demo_case, kind="letter", direction="in"),
        "new-caseworker": lambda: LetterDialog(None, demo_case, "new-caseworker"),
        "minutes": lambda: LetterDialog(None, demo_case, "minutes"),
        "meeting": lambda: MeetingWindow(meeting),
        "export": lambda: ExportDialog(None, demo_case),
        "export-en": lambda: ExportDialog(None, demo_case),
    }[make]()
    qtbot.addWidget(widget)
    _settle(qtbot, widget)
    assert widget.width() >= widget.minimumSizeHint().width()
    assert clipped(widget) == []


@pytest.mark.parametrize("language", [LANGUAGE_DANISH, LANGUAGE_ENGLISH])
def test_200_percent_text_clips_nothing_in_the_first_run_guide(qtbot, comfort, diary, language):
    """«Reply deadline:» wrapped into two lines cut off at top and bottom (found in the
    review): every page of the guide is checked."""
    from dagbog.ui.first_run_wizard import FirstRunWizard

    comfort(Preferences(text_scale=200, theme=THEME_LIGHT, language=language))
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    _settle(qtbot, wizard)
    for _page in range(3):
        page = wizard.currentPage()
        _settle(qtbot, wizard)
        assert clipped(page) == [], wizard.currentId()
        for label in page.findChildren(QLabel):
            if label.buddy() is not None:  # a field's label: on one line, whole
                # A wrapping label in a form row is painted wrapped one pixel short of its
                # text and cut off (the row does not grow), which no size hint shows.
                assert not label.wordWrap(), label.text()
                text = label.text().replace("&", "")
                needed = label.fontMetrics().horizontalAdvance(text)
                assert label.width() >= needed, (text, label.width(), needed)
        wizard.next()


# --- dark and light ----------------------------------------------------------------------
_COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio (1–21); 4.5 is enough for body text."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _text_colours(html: str) -> list[QColor]:
    # "background-color" is a background, not a text colour.
    html = re.sub(r"background-color:\s*#[0-9a-fA-F]{6}", "", html)
    return [QColor(value) for value in _COLOUR.findall(html)]


@pytest.mark.parametrize("scheme", [THEME_DARK, THEME_LIGHT])
def test_every_text_colour_in_the_html_panes_is_readable(
    qtbot, comfort, demo_case, isolated_settings, scheme
):
    comfort(Preferences(theme=scheme))
    assert theme.is_dark() == (scheme == THEME_DARK)
    window = _main_window(qtbot, isolated_settings, demo_case)
    _settle(qtbot, window)
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    background = palette.color(QPalette.ColorRole.Window)
    meeting = next(e for e in journal.all_entries(demo_case) if e.kind == "meeting")
    meeting_window = MeetingWindow(meeting)
    qtbot.addWidget(meeting_window)
    panes = {
        "detail": (window.detail.toHtml(), base),
        "case info": (window.case_info.text(), background),
        "meeting notes": (meeting_window.notes_view.toHtml(), base),
    }
    unreadable = []
    for name, (html, behind) in panes.items():
        colours = _text_colours(html)
        assert colours or name == "case info", f"no text colour found in {name}"
        for colour in colours:
            if contrast(colour, behind) < 4.5:
                unreadable.append(f"{name}: {colour.name()} on {behind.name()}")
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        weekend = window.calendar.weekdayTextFormat(day).foreground().color()
        if contrast(weekend, base) < 4.5:
            unreadable.append(f"calendar weekend: {weekend.name()} on {base.name()}")
    # Plain text takes the palette's own colours.
    for role, behind in (
        (QPalette.ColorRole.Text, base),
        (QPalette.ColorRole.WindowText, background),
    ):
        assert contrast(palette.color(role), behind) >= 7
    assert unreadable == []


def test_the_window_follows_the_systems_colour_scheme(
    qtbot, comfort, demo_case, isolated_settings, monkeypatch
):
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    comfort(Preferences(theme=THEME_SYSTEM))
    assert theme.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    window = _main_window(qtbot, isolated_settings, demo_case)
    dark_detail = window.detail.toHtml()
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    comfort(Preferences(theme=THEME_SYSTEM))
    window.refresh_colours()  # what the app does on QStyleHints.colorSchemeChanged
    assert not theme.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert window.detail.toHtml() != dark_detail
    assert theme.muted_color() in window.detail.toHtml()


# --- no pop-ups where nothing is at stake ------------------------------------------------
@pytest.fixture
def no_popups(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected pop-up: {args[1:3]}")

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


def test_hints_are_said_in_the_window_not_in_pop_ups(qtbot, case, isolated_settings, no_popups):
    from datetime import datetime

    from dagbog.core import clock

    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    # An e-mail awaiting a reply with nothing after it that could be the answer.
    journal.log_contact(
        case,
        at=datetime(2026, 11, 16, 9, 0, tzinfo=clock.LOCAL_TZ),
        kind="email",
        direction="out",
        awaiting_reply=True,
    )
    window.set_case(case)
    window.awaiting_panel.table.selectRow(0)
    assert window.awaiting_panel.answer_selected() is None
    assert "Registrér først svaret" in window.awaiting_panel.summary.text()
    # Attaching with no contact chosen, and a letter without a case: the status bar says so.
    window.table.clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, -1))
    assert window.correspondence.attach_dialog() == []
    assert "Vælg først den kontakt" in window.statusBar().currentMessage()
    window.set_case(None)
    assert window.correspondence.write_letter("followup") is None
    assert "Opret først en sag" in window.statusBar().currentMessage()


def test_a_missing_mail_program_is_said_in_the_letter_dialog(qtbot, case, no_popups):
    dialog = LetterDialog(None, case, "aktindsigt")
    qtbot.addWidget(dialog)
    dialog.open_url = lambda url: False
    dialog.open_in_mail_program()
    assert "Mailprogrammet kunne ikke åbnes" in dialog.deadline_label.text()


@pytest.mark.parametrize(
    ("scale", "size", "hidden"),
    [(100, QSize(1366, 768), set()), (200, QSize(1920, 1080), {"direction", "with"})],
)
def test_the_journal_keeps_the_subject_readable(
    qtbot, comfort, demo_case, isolated_settings, scale, size, hidden
):
    from dagbog.ui.journal_model import COL_DIRECTION, COL_STATUS, COL_SUBJECT, COL_WITH

    comfort(Preferences(text_scale=scale, theme=THEME_LIGHT))
    window = _main_window(qtbot, isolated_settings, demo_case)
    _settle(qtbot, window)
    window.resize(size.expandedTo(window.minimumSizeHint()))
    _settle(qtbot, window)
    table = window.table
    names = {COL_DIRECTION: "direction", COL_WITH: "with"}
    assert {names[c] for c in names if table.isColumnHidden(c)} == hidden
    assert table.columnWidth(COL_SUBJECT) >= 20 * table.fontMetrics().averageCharWidth()
    # The status stays in view: no sideways scrolling needed to see it.
    right = table.columnViewportPosition(COL_STATUS) + table.columnWidth(COL_STATUS)
    assert right <= table.viewport().width()


def test_the_app_follows_a_system_switch_while_running(
    qtbot, comfort, demo_case, diary, isolated_settings, monkeypatch
):
    from dagbog.ui.app import DagbogApp

    comfort(Preferences(theme=THEME_LIGHT))  # keeps the look restorable afterwards
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    app = DagbogApp(QApplication.instance(), diary, settings=isolated_settings)
    assert app.prefs.theme == THEME_SYSTEM
    window = app.build_window()
    qtbot.addWidget(window)
    window.set_case(demo_case)
    assert window.select_entry(journal.all_entries(demo_case)[0].id)
    light_muted = theme.muted_color()
    assert light_muted in window.detail.toHtml()
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    app._system_scheme_changed()  # connected to QStyleHints.colorSchemeChanged
    assert theme.is_dark()
    assert app.window is window  # recoloured in place: an open meeting is not closed
    assert theme.muted_color() != light_muted
    assert theme.muted_color() in window.detail.toHtml()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80


# --- the search dock at 1366×768: the review found room for one and a half hits, because
# the calendar column held the window's height -----------------------------------------


def _visible_rows(table) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize(("scale", "rows"), [(100, 7), (200, 3)])
def test_the_search_dock_has_room_at_1366x768(
    qtbot, comfort, demo_case, isolated_settings, scale, rows
):
    comfort(Preferences(text_scale=scale, theme=THEME_LIGHT))
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.set_case(demo_case)
    _settle(qtbot, window)
    window.resize(QSize(1366, 768).expandedTo(window.minimumSizeHint()))
    _settle(qtbot, window)
    assert window.height() == 768  # also at 200 %: the calendar column scrolls instead

    window.show_search()
    panel = window.search_dock.search_panel
    panel.field.setText("s")
    panel.run_search()
    _settle(qtbot, window)
    assert panel.model.rowCount() > 10
    assert _visible_rows(panel.table) >= rows
    # The count sits beside the field, the filters share one row, no control is cut off.
    assert panel.summary.geometry().top() < panel.field.geometry().bottom()
    tops = {combo.geometry().top() for _label, combo in panel.filter_pairs}
    assert len(tops) == 1
    # (The field's clear button is sized by QLineEdit itself, from its icon.)
    assert [c for c in clipped(window.search_dock) if "Ryd feltet" not in c] == []
    # One case only: no case column; the text column keeps a readable width.
    assert panel.table.isColumnHidden(COL_CASE)
    text_width = panel.table.columnWidth(COL_TEXT)
    assert text_width >= 40 * panel.table.fontMetrics().averageCharWidth()

    # A long case title chosen in the dock: shortened in the middle, whole in the tooltip
    # (the plain combo box of 18 characters showed «Ledighedsydelse og fleksjob» and no more).
    from dagbog.core import cases

    long_title = "Ledighedsydelse og fleksjob – Jobcenter Nordre Frederiksberg Øst, afdeling 3"
    other = cases.create_case(long_title)
    if panel.case_combo.findData(other.id) < 0:  # normally the change announcement fills it
        panel.reload_cases()
    panel.set_case_filter(other)
    _settle(qtbot, window)
    assert [c for c in clipped(window.search_dock) if "Ryd feltet" not in c] == []
    shown = panel.case_combo.displayed_text()
    assert "…" in shown and shown.startswith("Ledighed") and shown.endswith("afdeling 3")
    assert panel.case_combo.toolTip() == long_title


def test_narrow_the_search_filters_wrap_into_two_rows(qtbot, comfort, demo_case):
    comfort(Preferences(text_scale=200, theme=THEME_LIGHT))
    panel = SearchPanel()
    qtbot.addWidget(panel)
    narrow = panel.minimumSizeHint().width()
    assert narrow < panel._one_row_width()
    panel.resize(narrow, 400)
    _settle(qtbot, panel)
    tops = [combo.geometry().top() for _label, combo in panel.filter_pairs]
    assert tops[0] == tops[1] < tops[2] == tops[3]
    assert [c for c in clipped(panel) if "Ryd feltet" not in c] == []
    panel.resize(1900, 400)
    _settle(qtbot, panel)
    assert len({combo.geometry().top() for _label, combo in panel.filter_pairs}) == 1


@pytest.mark.parametrize("language", [LANGUAGE_DANISH, LANGUAGE_ENGLISH])
def test_200_percent_case_picker_shows_the_title_whole_or_elided_with_tooltip(
    qtbot, comfort, demo_case, isolated_settings, language
):
    """The toolbar's case picker cut «Sygedagpenge – Jobcenter Søby» to «…Jobcenter Søb»."""
    from dagbog.core import cases

    comfort(Preferences(text_scale=200, theme=THEME_LIGHT, language=language))
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.set_case(demo_case)
    window.resize(QSize(1366, 768).expandedTo(window.minimumSizeHint()))
    _settle(qtbot, window)
    picker = window.case_combo
    assert picker.displayed_text() == demo_case.title  # whole
    assert _combo_text_cut(picker) == ""
    long_title = "Ledighedsydelse og fleksjob – Jobcenter Nordre Frederiksberg Øst, afdeling 3"
    other = cases.create_case(long_title)
    if picker.findData(other.id) < 0:  # normally the change announcement fills it
        window._reload_cases()
    window.set_case(other)
    _settle(qtbot, window)
    shown = picker.displayed_text()
    assert "…" in shown and shown.startswith("Ledighed") and shown.endswith("afdeling 3")
    assert picker.toolTip() == long_title
    assert clipped(window.toolbar) == []
