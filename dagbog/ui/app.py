"""Starting the window: one function wires the application together."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from dagbog import resources
from dagbog.core import backup, db
from dagbog.core.errors import DagbogError, DamagedDatabaseError, DatabaseError, LockedDatabaseError

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


def _check_quietly(path: Path) -> None:
    """Warm db.check_file's result; open_database reports any problem itself."""
    with contextlib.suppress(Exception):
        db.check_file(path)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def _box(icon, title: str, text: str, info: str, quit_after_start: bool, buttons=None):
    box = QMessageBox(icon, title, text, buttons or QMessageBox.StandardButton.Ok)
    if info:
        box.setInformativeText(info)
    if quit_after_start:
        QTimer.singleShot(0, box.reject)
    return box


def open_diary(db_path: Path, quit_after_start: bool = False) -> bool:
    """Open the diary for the window, explaining a locked or damaged file in plain Danish.

    A damaged file is never written to: the newest good backup is offered, and restoring it
    keeps the damaged file and its -wal/-shm aside. Returns False when the window cannot open.
    """
    try:
        db.open_database(db_path, lock=True)
        return True
    except LockedDatabaseError as error:
        box = _box(
            QMessageBox.Icon.Warning,
            _tr("Dagbog er allerede åben"),
            str(error),
            _tr("Skift til det vindue, der allerede viser dagbogen."),
            quit_after_start,
        )
        box.exec()
        return False
    except DamagedDatabaseError as error:
        good = backup.newest_good_backup(db_path)
        if good is None:
            _box(
                QMessageBox.Icon.Critical,
                _tr("Dagbog kan ikke åbne databasen"),
                str(error),
                _tr(
                    "Der findes ingen sikkerhedskopi at gendanne. Filen er ikke ændret; "
                    "gem den, og kontakt den, der hjælper dig."
                ),
                quit_after_start,
            ).exec()
            return False
        box = _box(
            QMessageBox.Icon.Critical,
            _tr("Dagbog kan ikke åbne databasen"),
            str(error),
            _tr(
                "Vil du gendanne den nyeste gode sikkerhedskopi fra %1? Den beskadigede fil "
                "gemmes uændret ved siden af."
            ).replace("%1", good.label),
            quit_after_start,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            aside = backup.restore(db_path, good.path)
            db.open_database(db_path, lock=True)
        except DagbogError as failure:
            _box(
                QMessageBox.Icon.Critical,
                _tr("Dagbog kan ikke åbne databasen"),
                str(failure),
                "",
                quit_after_start,
            ).exec()
            return False
        _box(
            QMessageBox.Icon.Information,
            _tr("Sikkerhedskopien er gendannet"),
            _tr("Dagbogen er gendannet fra %1. Den beskadigede fil er gemt som %2.")
            .replace("%1", good.label)
            .replace("%2", str(aside)),
            "",
            quit_after_start,
        ).exec()
        return True
    except DatabaseError as error:
        _box(
            QMessageBox.Icon.Critical,
            _tr("Dagbog kan ikke åbne databasen"),
            str(error),
            _tr("Intet er ændret. Vælg en anden fil med --db, eller kontakt den, der hjælper dig."),
            quit_after_start,
        ).exec()
        return False


def _notice_read_only(window, db_path: Path, quit_after_start: bool) -> None:
    text = _tr(
        "Dagbogen %1 er skrivebeskyttet og er åbnet, så du kun kan læse den. "
        "Ændringer kan ikke gemmes."
    ).replace("%1", str(db_path))
    label = QLabel(_tr("Skrivebeskyttet"))
    label.setToolTip(text)
    window.statusBar().addPermanentWidget(label)
    window.statusBar().showMessage(text)
    if not quit_after_start:
        QMessageBox.information(window, _tr("Skrivebeskyttet dagbog"), text)


def run(db_path: Path, quit_after_start: bool = False) -> int:
    """Open the diary at ``db_path`` and run the window; the process exit code."""
    # SQLite's quick_check of a big diary takes a while; it runs (without the GIL) while Qt
    # and the window's modules load, and open_database then finds the file already checked.
    check = threading.Thread(target=_check_quietly, args=(db_path,), daemon=True)
    check.start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Dagbog")
    app.setApplicationName("Dagbog")
    app.setApplicationDisplayName("Dagbog")
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    load_fonts(app)
    check.join()
    if not open_diary(db_path, quit_after_start):
        return 1
    from .main_window import MainWindow

    window = MainWindow()
    quitter = _QuitAfterFirstPaint(window)
    if quit_after_start:
        window.installEventFilter(quitter)
    window.show()
    if db.is_read_only():
        _notice_read_only(window, db_path, quit_after_start)
    elif not quit_after_start:
        # A checked copy when anything changed since the last one, off the start-up path.
        backup.start_backup_if_changed(db_path)
    try:
        return app.exec()
    finally:
        window.close()
        db.close_database()
