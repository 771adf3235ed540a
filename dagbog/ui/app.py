"""Starting the window: one function wires the application together.

:class:`DagbogApp` owns what outlives a window: the open diary, the comfort preferences
(text size, theme, language) and the demo diary. A language or text-size change rebuilds the
main window, so every widget is made again in the new language and size.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel

from dagbog import collector, resources
from dagbog.core import cases, db
from dagbog.core.errors import DagbogError, DamagedDatabaseError, DatabaseError, LockedDatabaseError

from . import i18n, preferences, theme

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
    for size in resources.ICON_SIZES:
        path = resources.icon_path(size)
        if path.exists():
            # With its size given, Qt reads a file only when that size is drawn (without,
            # it decodes all six at start).
            icon.addFile(str(path), QSize(size, size))
    return icon


class _QuitAfterFirstPaint(QObject):
    """Ends the event loop with code 0 once the watched window has painted.

    The loop ends when this paint is through, before the parts of the window built after
    the first paint (``MainWindow.complete``): what is timed is the start to first paint.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QCoreApplication.exit(0)
        return False


class _StartAfterFirstPaint(QObject):
    """Starts the file's health check (``db.PendingCheck``) once the window has painted
    (or after a second, should the window not paint: a minimised start).

    From the event loop right after the first paint's event, not inside it: the thread's
    start and its reading of the file on the other core slowed the rest of that paint.
    """

    def __init__(self, window, check: db.PendingCheck) -> None:
        super().__init__(window)
        self.check = check
        window.installEventFilter(self)
        QTimer.singleShot(1000, self, check.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.check.start)
        return False


def _error_text(error: Exception) -> str:
    """A core error's message in the window's language (``labels`` loads on first use)."""
    from .labels import error_text

    return error_text(error)


def _box(icon, title: str, text: str, info: str, quit_after_start: bool, buttons=None):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, buttons or QMessageBox.StandardButton.Ok)
    if info:
        box.setInformativeText(info)
    if quit_after_start:
        # No one to read the box (smoke tests, installers): the reason goes to stderr too.
        if icon != QMessageBox.Icon.Information:
            _to_stderr(text)
        QTimer.singleShot(0, box.reject)
    return box


def _to_stderr(text: str) -> None:
    """One line "dagbog: …" on stderr (which may be closed: then nothing)."""
    with contextlib.suppress(Exception):
        print(f"dagbog: {' '.join(str(text).split())}", file=sys.stderr, flush=True)


def open_diary(
    db_path: Path, quit_after_start: bool = False, check: db.PendingCheck | None = None
) -> bool:
    """Open the diary for the window, explaining a locked or damaged file in plain Danish.

    A damaged file is never written to: the newest good backup is offered, and restoring it
    keeps the damaged file and its -wal/-shm aside. Returns False when the window cannot open.
    ``check``: the file's health check already running (writes wait for it).
    """
    try:
        db.open_database(db_path, lock=True, check=check)
        return True
    except DatabaseError as error:
        return _explain_failed_open(error, db_path, quit_after_start)


def _explain_failed_open(error: DatabaseError, db_path: Path, quit_after_start: bool) -> bool:
    """:func:`open_diary`'s messages; True when a restored backup opened instead.

    QMessageBox loads here, with the first message: its type and enums cost ~0.7 ms at
    every start otherwise.
    """
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, LockedDatabaseError):
        box = _box(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Dagbog er allerede åben"),
            _error_text(error),
            QCoreApplication.translate("App", "Skift til det vindue, der allerede viser dagbogen."),
            quit_after_start,
        )
        box.exec()
        return False
    if isinstance(error, DamagedDatabaseError):
        from dagbog.core import backup

        good = backup.newest_good_backup(db_path)
        if good is None:
            _box(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("App", "Dagbog kan ikke åbne databasen"),
                _error_text(error),
                QCoreApplication.translate(
                    "App",
                    "Der findes ingen sikkerhedskopi at gendanne. Filen er ikke ændret; "
                    "gem den, og kontakt den, der hjælper dig.",
                ),
                quit_after_start,
            ).exec()
            return False
        box = _box(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Dagbog kan ikke åbne databasen"),
            _error_text(error),
            QCoreApplication.translate(
                "App",
                "Vil du gendanne den nyeste gode sikkerhedskopi fra %1? Den beskadigede fil "
                "gemmes uændret ved siden af.",
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
                QCoreApplication.translate("App", "Dagbog kan ikke åbne databasen"),
                _error_text(failure),
                "",
                quit_after_start,
            ).exec()
            return False
        _box(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("App", "Sikkerhedskopien er gendannet"),
            QCoreApplication.translate(
                "App", "Dagbogen er gendannet fra %1. Den beskadigede fil er gemt som %2."
            )
            .replace("%1", good.label)
            .replace("%2", str(aside)),
            "",
            quit_after_start,
        ).exec()
        return True
    _box(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Dagbog kan ikke åbne databasen"),
        _error_text(error),
        QCoreApplication.translate(
            "App",
            "Intet er ændret. Vælg en anden fil med --db, eller kontakt den, der hjælper dig.",
        ),
        quit_after_start,
    ).exec()
    return False


def _notice_read_only(window, db_path: Path, quit_after_start: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "App",
        "Dagbogen %1 er skrivebeskyttet og er åbnet, så du kun kan læse den. "
        "Ændringer kan ikke gemmes.",
    ).replace("%1", str(db_path))
    label = QLabel(QCoreApplication.translate("App", "Skrivebeskyttet"))
    label.setToolTip(text)
    window.statusBar().addPermanentWidget(label)
    window.statusBar().showMessage(text)
    if not quit_after_start:
        QMessageBox.information(
            window, QCoreApplication.translate("App", "Skrivebeskyttet dagbog"), text
        )


def apply_preferences(app: QApplication, prefs: preferences.Preferences) -> str:
    """Language, style, palette and text size; returns the language in use."""
    language = i18n.install(prefs.language, app)
    theme.apply(app, prefs)
    return language


class DagbogApp(QObject):
    """The running application: one diary (or the demo diary) and one main window."""

    def __init__(
        self,
        app: QApplication,
        db_path: Path,
        settings: QSettings | None = None,
        quit_after_start: bool = False,
    ) -> None:
        super().__init__()
        self.app = app
        self.db_path = Path(db_path)
        self.settings = settings if settings is not None else QSettings("Dagbog", "Dagbog")
        self.quit_after_start = quit_after_start
        self.window = None
        self.demo_dir: Path | None = None
        self.prefs = preferences.load(self.settings)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)

    @property
    def in_demo(self) -> bool:
        return self.demo_dir is not None

    # --- windows -------------------------------------------------------------------------
    def build_window(self, complete_after_first_paint: bool = False):
        """Make (or remake) the main window for the open diary.

        ``complete_after_first_paint``: at start-up the docks and tools not seen at first are
        built right after the window has painted (``MainWindow.complete``).
        """
        from .main_window import MainWindow

        old = self.window
        geometry = old.saveGeometry() if old is not None else None
        if old is not None:
            old.close()
            old.deleteLater()
        settings = self.settings
        if self.in_demo:
            settings = QSettings(str(self.demo_dir / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            settings=settings,
            demo=self.in_demo,
            complete_after_first_paint=complete_after_first_paint,
        )
        window.preferences_settings = self.settings
        window.preferences_changed.connect(self.set_preferences)
        window.demo_requested.connect(self.open_demo)
        window.demo_close_requested.connect(self.close_demo)
        if geometry is not None:
            window.restoreGeometry(geometry)
        self.window = window
        window.fit_to_screen()
        window.show()
        return window

    @Slot(object)
    def set_preferences(self, prefs: preferences.Preferences) -> None:
        """Store, apply and rebuild the window so every widget takes the new size/language."""
        preferences.save(prefs, self.settings)
        self.prefs = prefs
        apply_preferences(self.app, prefs)
        if self.window is not None:
            self.build_window()

    @Slot()
    def _system_scheme_changed(self) -> None:
        if self.prefs.theme == preferences.THEME_SYSTEM:
            theme.apply(self.app, self.prefs)
            if self.window is not None:
                self.window.refresh_colours()

    # --- first run and the demo diary ---------------------------------------------------
    def maybe_first_run(self) -> None:
        """An empty diary gets the short guide; skipping it leaves an empty diary."""
        if self.in_demo or cases.list_cases():
            return
        from .first_run_wizard import FirstRunWizard

        result = FirstRunWizard.ask(self.window)
        if result.demo:
            self.open_demo()
        elif result.case is not None:
            self.window.start_with(result.case)

    @Slot()
    def open_demo(self) -> None:
        """Open the demo case in a temporary file; the user's diary is closed, not changed."""
        from dagbog.core import demo

        if self.in_demo:
            return
        db.close_database()
        self.demo_dir = Path(tempfile.mkdtemp(prefix="dagbog-eksempel-"))
        db.open_database(self.demo_dir / "eksempel.db")
        demo.create_demo_case()
        self.build_window()

    @Slot()
    def close_demo(self) -> None:
        """Back to the user's own diary; the temporary demo file is removed."""
        if not self.in_demo:
            return
        db.close_database()
        shutil.rmtree(self.demo_dir, ignore_errors=True)
        self.demo_dir = None
        db.open_database(self.db_path, lock=True)
        self.build_window()

    def reopen_damaged(self) -> None:
        """The open diary turned out damaged: close the window, explain, offer a backup."""
        if self.window is not None:
            self.window.hide()
        db.close_database()
        if open_diary(self.db_path, self.quit_after_start):
            self.build_window()
        else:
            if self.window is not None:
                self.window.close()
            QCoreApplication.exit(1)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close()
        db.close_database()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None


class _DamageWatch(QObject):
    """After the window shows: if the start-up health check finds the file damaged, close
    the window and go through the same plain-Danish damaged-file path as at start."""

    def __init__(self, controller: DagbogApp, check: db.PendingCheck) -> None:
        super().__init__(controller)
        self.controller = controller
        self.check = check
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    @Slot()
    def _poll(self) -> None:
        if not self.check.done():
            return
        self.timer.stop()
        if self.check.error is not None:
            self.controller.reopen_damaged()


ERROR_LOG_NAME = "fejl.log"
_reporting = {"busy": False}


def error_log_path() -> Path:
    """Where the details of unexpected errors are appended (the user's log folder)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("Dagbog", appauthor=False)) / ERROR_LOG_NAME


def _write_error_log(exc_type, error, tb) -> Path | None:
    import traceback
    from datetime import datetime

    from dagbog.core.private_files import open_private_append

    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_private_append(path) as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(exc_type, error, tb)))
    except OSError:
        return None
    return path


def report_unexpected_error(exc_type, error, tb) -> None:
    """``sys.excepthook`` while the window runs: no traceback reaches the user.

    An error a slot did not handle would otherwise go to stderr (which a windowed build does
    not have) and the click would silently do nothing. The user gets a Danish message; the
    traceback goes to :func:`error_log_path` for whoever helps them. Writes happen in one
    transaction, so what was saved before is untouched.
    """
    from PySide6.QtWidgets import QMessageBox

    if issubclass(exc_type, KeyboardInterrupt) or _reporting["busy"]:
        sys.__excepthook__(exc_type, error, tb)
        return
    _reporting["busy"] = True
    try:
        if isinstance(error, DagbogError):
            text = _error_text(error)  # a sentence for the user, in the chosen language
        else:
            log = _write_error_log(exc_type, error, tb)
            print(f"dagbog: uventet fejl ({exc_type.__name__}: {error})", file=sys.stderr)
            text = QCoreApplication.translate(
                "App",
                "Der skete en uventet fejl, så det, du lige gjorde, er måske ikke gemt. "
                "Alt, hvad du har gemt før, er uændret.",
            )
            if log is not None:
                text += "\n\n" + QCoreApplication.translate(
                    "App", "Detaljer til den, der hjælper dig, står i %1."
                ).replace("%1", str(log))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("App", "Uventet fejl"),
                text,
            )
    finally:
        _reporting["busy"] = False


def no_screen_reason() -> str | None:
    """A Danish sentence when the window cannot be shown here (Linux without a display).

    Without this, Qt aborts the process with a five-line English message about plugins.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Vinduet kan ikke vises, fordi der ikke er nogen skærm (hverken DISPLAY eller "
        "WAYLAND_DISPLAY er sat). Start Dagbog fra skrivebordet, eller brug kommandoerne: "
        "dagbog --help."
    )


def run(db_path: Path, quit_after_start: bool = False) -> int:
    """Open the diary at ``db_path`` and run the window; the process exit code."""
    if QApplication.instance() is None and (reason := no_screen_reason()):
        print(f"dagbog: {reason}", file=sys.stderr)
        return 2
    # SQLite's quick_check of a big diary takes a while (0.4 s for 100,000 entries). It runs
    # on a worker thread (without the GIL), started once the window has painted: reading the
    # whole file beside the start slowed the first paint by ~20 ms on two cores. The window
    # opens the file for reading meanwhile; any write waits for the check (and starts it if
    # it has not started), see db.PendingCheck.
    check = db.PendingCheck(db_path, start=False)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] + theme.STYLE_ARGUMENTS)
        theme.started_in_fusion()
    app.setOrganizationName("Dagbog")
    app.setApplicationName("Dagbog")
    app.setApplicationDisplayName("Dagbog")
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    load_fonts(app)
    sys.excepthook = report_unexpected_error
    controller = DagbogApp(app, db_path, quit_after_start=quit_after_start)
    apply_preferences(app, controller.prefs)
    if not open_diary(db_path, quit_after_start, check):
        return 1
    # The modules of the first paint are in: they live as long as the program (collector).
    from . import main_window  # noqa: F401

    collector.release()

    try:
        window = controller.build_window(complete_after_first_paint=True)
    except Exception:
        if check.wait() is None:
            raise
        # The check found the damage the window tripped over: explain it, offer a backup.
        db.close_database()
        if not open_diary(db_path, quit_after_start):
            return 1
        window = controller.build_window()
    _DamageWatch(controller, check)
    _StartAfterFirstPaint(window, check)
    quitter = _QuitAfterFirstPaint(window)
    if quit_after_start:
        window.installEventFilter(quitter)
    if db.is_read_only():
        _notice_read_only(window, db_path, quit_after_start)
    elif not quit_after_start:
        from dagbog.core import backup

        # A checked copy when anything changed since the last one, off the start-up path:
        # it reads the whole file, so it starts once the window is complete.
        window.rest_built.connect(
            lambda: backup.start_backup_if_changed(db_path), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(0, controller.maybe_first_run)
    try:
        code = app.exec()
        if quit_after_start and code == 0:
            code = _after_quick_start(check)
        return code
    finally:
        controller.shutdown()
        sys.excepthook = sys.__excepthook__


#: Set by bench/run.py: "--quit-after-start" then says on stderr when the window has painted,
#: so the start is timed to the first paint and not to the end of the health check.
FIRST_PAINT_MARKER_ENV = "DAGBOG_MARK_FIRST_PAINT"
FIRST_PAINT_MARKER = "dagbog: first paint"


def _after_quick_start(check: db.PendingCheck) -> int:
    """``--quit-after-start`` (smoke tests, installers): the window has painted; the exit code
    also says whether the file's health check, which starts after the first paint, found it
    damaged: then the Danish message goes to stderr and the code is 1."""
    if os.environ.get(FIRST_PAINT_MARKER_ENV):
        with contextlib.suppress(Exception):
            print(FIRST_PAINT_MARKER, file=sys.stderr, flush=True)
    error = check.wait()
    if error is None:
        return 0
    _to_stderr(str(error))
    return 1
