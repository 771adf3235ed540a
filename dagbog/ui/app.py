"""Starting the window: one function wires the application together."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from dagbog import resources
from dagbog.core import db
from dagbog.core.errors import DatabaseError

FONT_FAMILY = "DejaVu Sans"


def load_fonts(app: QApplication) -> str | None:
    """Register the bundled DejaVu Sans and make it the application font.

    The fonts ship with Dagbog so æøå and symbols render even where no system font exists.
    Returns the family name, or None if the files could not be loaded.
    """
    family = None
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(resources.font_path(bold=bold)))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    return family


def app_icon() -> QIcon:
    """The window and taskbar icon, in all sizes so the platform picks a sharp one."""
    icon = QIcon()
    for path in resources.icon_paths():
        if path.exists():
            icon.addFile(str(path))
    return icon


class _QuitAfterFirstPaint(QObject):
    """Ends the event loop with code 0 once the watched window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def run(db_path: Path, quit_after_start: bool = False) -> int:
    """Open the diary at ``db_path`` and run the window; the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Dagbog")
    app.setApplicationName("Dagbog")
    app.setApplicationDisplayName("Dagbog")
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    load_fonts(app)
    try:
        db.open_database(db_path)
    except DatabaseError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _tr("Dagbog kan ikke åbne databasen"),
            str(error),
            QMessageBox.StandardButton.Ok,
        )
        box.setInformativeText(
            _tr("Intet er ændret. Vælg en anden fil med --db, eller kontakt den, der hjælper dig.")
        )
        if quit_after_start:
            QTimer.singleShot(0, box.accept)
        box.exec()
        return 1

    from .main_window import MainWindow

    window = MainWindow()
    quitter = _QuitAfterFirstPaint(window)
    if quit_after_start:
        window.installEventFilter(quitter)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        db.close_database()
