"""The main window's actions, tool bar and menus.

Every action with a shortcut the user may press at once is made here, before the window is
first shown (the search, Ctrl+F, builds its panel on demand). The menus get all six titles
at once, so the menu bar does not change after the first paint; the parts of the window
built just after it (``window_docks.build_rest``) add their entries to these menus.

Texts keep the ``MainWindow`` translation context they had as the window's own methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

from dagbog.core.vocabulary import Direction, Kind

if TYPE_CHECKING:
    from .main_window import MainWindow


def make_action(
    window: MainWindow, text: str, shortcut, slot, tip: str = "", fallback: str = ""
) -> QAction:
    """An action of ``window`` with a shortcut: a key string or a ``QKeySequence.StandardKey``.

    A standard key the platform leaves empty (Preferences on Windows) uses ``fallback``.
    """
    action = QAction(text, window)
    sequence = QKeySequence(shortcut) if shortcut else QKeySequence()
    if sequence.isEmpty() and fallback:
        sequence = QKeySequence(fallback)
    if not sequence.isEmpty():
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = tip or text.replace("&", "").replace(" …", "")
    if not sequence.isEmpty():
        tip = f"{tip} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(w: MainWindow) -> None:
    """The quick actions, the case and entry actions, preferences, help and the demo."""
    w.quick_actions = {
        Kind.CALL: make_action(
            w,
            QCoreApplication.translate("MainWindow", "Nyt &opkald"),
            "Ctrl+1",
            lambda: w.new_entry(Kind.CALL),
        ),
        Kind.EMAIL: make_action(
            w,
            QCoreApplication.translate("MainWindow", "Ny &e-mail"),
            "Ctrl+2",
            lambda: w.new_entry(Kind.EMAIL),
        ),
        Kind.MEETING: make_action(
            w,
            QCoreApplication.translate("MainWindow", "Nyt &møde"),
            "Ctrl+3",
            lambda: w.new_entry(Kind.MEETING),
        ),
        Kind.LETTER: make_action(
            w,
            QCoreApplication.translate("MainWindow", "Nyt &brev"),
            "Ctrl+4",
            lambda: w.new_entry(Kind.LETTER),
        ),
    }
    w.other_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Anden kontakt …"),
        "Ctrl+5",
        lambda: w.new_entry(Kind.OTHER),
    )
    # The fast path for the most common incoming contact: a letter has arrived.
    w.received_letter_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Fået et brev"),
        "Ctrl+6",
        lambda: w.new_entry(Kind.LETTER, direction=Direction.IN),
        QCoreApplication.translate("MainWindow", "Jeg har fået et brev"),
    )
    w.quick_actions[Kind.CALL].setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Jeg har ringet (Ctrl+1): tid, sagsbehandler og udgående er udfyldt"
        )
    )
    w.quick_actions[Kind.EMAIL].setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Jeg har sendt en e-mail (Ctrl+2): afventer svar er sat"
        )
    )
    w.undo_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Fortryd sidste gemte kontakt"),
        QKeySequence.StandardKey.Undo,
        w.undo_last_save,
        QCoreApplication.translate(
            "MainWindow", "Fortryd den kontakt du sidst gemte; den gemmes i historikken"
        ),
    )
    w.undo_action.setEnabled(False)
    w.edit_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Ret valgte kontakt …"),
        "Ctrl+E",
        w.edit_selected,
    )
    w.delete_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Slet valgte kontakt …"),
        "Del",
        w.delete_selected,
    )
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.new_case_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Ny sag …"),
        QKeySequence.StandardKey.New,
        w.new_case,
    )
    w.edit_case_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Ret eller omdøb sag …"),
        None,
        w.edit_case,
        QCoreApplication.translate("MainWindow", "Ret sagens navn, kommune, e-mail og svarfrist"),
    )
    w.people_action = make_action(
        w, QCoreApplication.translate("MainWindow", "&Personer …"), "Ctrl+Shift+P", w.show_people
    )
    # The PDF log is what the user prints, so the platform's Print key (Ctrl+P) makes it.
    w.export_pdf_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Eksportér PDF …"),
        QKeySequence.StandardKey.Print,
        w.export_pdf,
        fallback="Ctrl+P",
    )
    w.quit_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Afslut"),
        QKeySequence.StandardKey.Quit,
        w.close,
        fallback="Ctrl+Q",
    )
    w.preferences_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Indstillinger …"),
        QKeySequence.StandardKey.Preferences,
        w.show_preferences,
        QCoreApplication.translate("MainWindow", "Tekststørrelse, farver og sprog"),
        fallback="Ctrl+,",
    )
    w.help_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Hjælp …"),
        QKeySequence.StandardKey.HelpContents,
        w.show_help,
        QCoreApplication.translate("MainWindow", "Hjælp på almindeligt dansk"),
        fallback="F1",
    )
    w.demo_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "Prøv med &eksempeldata"),
        None,
        w.demo_requested.emit,
        QCoreApplication.translate(
            "MainWindow", "Åbn en eksempelsag i en midlertidig fil; din egen dagbog røres ikke"
        ),
    )
    w.demo_close_action = make_action(
        w,
        QCoreApplication.translate("MainWindow", "&Tilbage til min egen dagbog"),
        None,
        w.demo_close_requested.emit,
    )
    w.demo_action.setVisible(not w.demo)
    w.demo_close_action.setVisible(w.demo)
    # Ctrl+F works from the first moment: it builds the search panel if it is not there yet.
    w.find_action = QAction(QCoreApplication.translate("SearchPanel", "&Søg …"), w)
    w.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    w.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    w.find_action.setToolTip(
        QCoreApplication.translate("SearchPanel", "Søg i alle kontakter (Ctrl+F)")
    )
    w.find_action.triggered.connect(w.show_search)
    w.addAction(w.find_action)


def build_toolbar(w: MainWindow) -> None:
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Hurtige handlinger"))
    bar.setObjectName("quick_actions")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    case_label = QLabel(QCoreApplication.translate("MainWindow", "Sa&g:"))
    from .case_picker import CasePicker

    w.case_combo = CasePicker()  # the whole title, or "…" in the middle and a tooltip
    w.case_combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Vælg sag"))
    w.case_combo.setAccessibleDescription(
        QCoreApplication.translate("MainWindow", "Sagen, journalen og kalenderen viser")
    )
    case_label.setBuddy(w.case_combo)
    case_label.setContentsMargins(6, 0, 4, 0)
    w.case_combo.currentIndexChanged.connect(w._case_picked)
    bar.addWidget(case_label)
    bar.addWidget(w.case_combo)
    bar.addAction(w.new_case_action)
    bar.addAction(w.edit_case_action)
    bar.addSeparator()
    for action in w.quick_actions.values():
        bar.addAction(action)
    bar.addAction(w.received_letter_action)
    bar.addSeparator()
    bar.addAction(w.people_action)
    # The buttons by their own type: ``widgetForAction`` returns a plain QWidget, and finding
    # its Python type made PySide6 set up every widget class it has (~10 ms at each start).
    for button in bar.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not button.accessibleName() and action.text():
            button.setAccessibleName(action.text().replace("&", "").replace(" …", ""))
            button.setAccessibleDescription(action.toolTip())
    w.addToolBar(bar)
    w.toolbar = bar


def build_menus(w: MainWindow) -> None:
    """All six menus with the window's own entries; the rest add theirs later."""
    menu_bar = w.menuBar()
    case_menu = w.case_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Sag"))
    case_menu.addAction(w.new_case_action)
    case_menu.addAction(w.edit_case_action)
    case_menu.addAction(w.people_action)
    case_menu.addSeparator()
    case_menu.addAction(w.export_pdf_action)
    case_menu.addSeparator()
    case_menu.addAction(w.quit_action)
    entry_menu = w.entry_menu = menu_bar.addMenu(
        QCoreApplication.translate("MainWindow", "&Kontakt")
    )
    for action in w.quick_actions.values():
        entry_menu.addAction(action)
    entry_menu.addAction(w.received_letter_action)
    entry_menu.addAction(w.other_action)
    entry_menu.addSeparator()
    entry_menu.addAction(w.undo_action)
    entry_menu.addAction(w.edit_action)
    entry_menu.addAction(w.delete_action)
    # Filled by Correspondence (the letter dialogs load with it).
    w.letters_menu = menu_bar.addMenu(QCoreApplication.translate("Correspondence", "&Breve"))
    w.view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Vis"))
    settings_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Indstillinger"))
    settings_menu.addAction(w.preferences_action)
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Hjælp"))
    help_menu.addAction(w.help_action)
    help_menu.addSeparator()
    help_menu.addAction(w.demo_action)
    help_menu.addAction(w.demo_close_action)
