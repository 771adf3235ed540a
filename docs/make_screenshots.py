"""Make the README's screenshots: run ``python docs/make_screenshots.py`` from the project root.

Runs offscreen and never touches your own diary or settings: the demo case is built in a
temporary file, the clock is fixed (Monday 23 November 2026, 10:30, inside the caseworker's
telefontid) and the window is 1366×768 (1920×1080 at 200 % text). Each screenshot is one set
of comfort preferences (text size, light or dark, language), applied exactly as the app
applies them, so the English shots appear by themselves once the English catalogue exists.
Writes PNGs to ``docs/screenshots/``; the PDF page is rendered with ``pdftoppm``
(poppler-utils).

Regenerate the screenshots whenever the UI changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dagbog.core import clock  # noqa: E402
from dagbog.ui.preferences import (  # noqa: E402
    LANGUAGE_DANISH,
    LANGUAGE_ENGLISH,
    THEME_DARK,
    THEME_LIGHT,
    Preferences,
)

OUT = ROOT / "docs" / "screenshots"
#: The moment every screenshot shows: a Monday morning in the demo caseworker's telefontid.
FIXED_NOW = datetime(2026, 11, 23, 10, 30, tzinfo=clock.LOCAL_TZ)
#: A laptop screen at 100 % text; at 200 % the full-HD screen someone with large text maximizes
#: the window on (the window is never smaller than its own minimum size).
WINDOW_SIZE = (1366, 768)
CACHE_ENV = "DAGBOG_TRANSLATIONS_CACHE"
LARGE_TEXT_WINDOW_SIZE = (1920, 1080)


@dataclass(frozen=True)
class Shot:
    """One screenshot: its file name, what it shows and the comfort preferences."""

    name: str
    what: str  # "main", "awaiting" or "pdf"
    preferences: Preferences = Preferences(theme=THEME_LIGHT, language=LANGUAGE_DANISH)


def shots(languages: tuple[str, ...] = (LANGUAGE_DANISH,)) -> list[Shot]:
    """The README's screenshots, plus the comfort matrix for every language asked for."""
    result = [
        Shot("main-window.png", "main"),
        Shot("awaiting-panel.png", "awaiting"),
        Shot("pdf-log-page.png", "pdf"),
    ]
    for language in languages:
        for scale in (100, 200):
            for theme in (THEME_LIGHT, THEME_DARK):
                prefs = Preferences(text_scale=scale, theme=theme, language=language)
                result.append(Shot(f"main-{language}-{scale}-{theme}.png", "main", prefs))
    return result


def fix_clock(moment: datetime = FIXED_NOW) -> None:
    """Every "now" in Dagbog comes from ``clock.now``; fix it so the pictures do not drift."""
    clock.now = lambda: moment


class Studio:
    """A QApplication with the bundled font and a demo diary in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtCore import QLocale, QSettings
        from PySide6.QtGui import QFont, QPalette
        from PySide6.QtWidgets import QApplication

        from dagbog.core import db, demo
        from dagbog.ui import app as app_module
        from dagbog.ui import i18n

        self.folder = folder
        # The English catalogue is compiled into the temporary folder, not the user's cache.
        self._cache_env = os.environ.get(CACHE_ENV)
        os.environ[CACHE_ENV] = str(folder / "translations")
        # Keep the real user's settings out of it (QSettings("Dagbog", "Dagbog") included).
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder / "settings"))
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / "settings"))
        self.app = QApplication.instance() or QApplication(["dagbog"])
        # What apply() changes, given back in close(): a test runs this inside its own process.
        self._restore = (
            QFont(self.app.font()),
            QPalette(self.app.palette()),
            self.app.style().name(),
            QLocale(),
            i18n.current_language(),
        )
        app_module.load_fonts(self.app)
        self.base_font = self.app.font()
        db.open_database(folder / "eksempel.db")
        self.case = demo.create_demo_case(FIXED_NOW.date())
        self.window = None

    def apply(self, prefs: Preferences) -> str:
        """Apply the preferences the way the running app does; the language now in use."""
        from dagbog.ui import app as app_module

        self.app.setFont(self.base_font)
        return app_module.apply_preferences(self.app, prefs)

    def main_window(self):
        """A fresh main window on the demo case, the newest overdue request selected."""
        from PySide6.QtCore import QSettings

        from dagbog.core import requests
        from dagbog.ui.main_window import MainWindow

        self.close_window()
        settings = QSettings(str(self.folder / "window.ini"), QSettings.Format.IniFormat)
        settings.clear()
        window = MainWindow(settings=settings, demo=True)
        window.set_case(self.case)
        wanted = LARGE_TEXT_WINDOW_SIZE if self.app.font().pointSizeF() > 15 else WINDOW_SIZE
        width = max(wanted[0], window.minimumSizeHint().width())
        height = max(wanted[1], window.minimumSizeHint().height())
        window.resize(width, height)
        window.show()
        overdue = requests.overdue_requests(self.case, FIXED_NOW.date())
        if overdue:
            window.select_entry(overdue[0].entry.id)
        self.window = window
        self.settle()
        return window

    def settle(self) -> None:
        """Let layouts, deferred deletes and timers of zero length run."""
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            self.app.processEvents()

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.settle()

    def close(self) -> None:
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QStyleFactory

        from dagbog.core import db
        from dagbog.ui import i18n, theme

        self.close_window()
        db.close_database()
        font, palette, style, locale, language = self._restore
        for translator in i18n._installed:
            self.app.removeTranslator(translator)
        i18n._installed.clear()
        i18n._current["language"] = language
        QLocale.setDefault(locale)
        self.app.setStyle(QStyleFactory.create(style))
        self.app.setPalette(palette)
        self.app.setFont(font)
        theme._state["dark"] = False
        if self._cache_env is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = self._cache_env


def shoot_main(studio: Studio, path: Path) -> Path:
    window = studio.main_window()
    window.grab().save(str(path))
    return path


def shoot_awaiting(studio: Studio, path: Path) -> Path:
    """The 'Afventer svar' panel, the oldest deadline first, as the user sees it docked."""
    window = studio.main_window()
    window.show_awaiting_panel()
    studio.settle()
    window.awaiting_dock.grab().save(str(path))
    return path


def shoot_pdf(studio: Studio, path: Path, page: int = 1, dpi: int = 80) -> Path:
    """The first page of the PDF log of the demo case, rendered by pdftoppm."""
    from dagbog.report import pdf_log

    pdf = studio.folder / "log.pdf"
    pdf_log.write_pdf(studio.case, pdf)
    prefix = studio.folder / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
        + [str(pdf), str(prefix)],
        check=True,
    )
    shutil.move(str(prefix.with_suffix(".png")), path)
    return path


SHOOTERS = {"main": shoot_main, "awaiting": shoot_awaiting, "pdf": shoot_pdf}


def make(out: Path, wanted: list[Shot], folder: Path) -> list[tuple[Shot, Path | None]]:
    """Make the wanted screenshots in ``out``; a shot in a missing language gives None."""
    out.mkdir(parents=True, exist_ok=True)
    real_now = clock.now
    fix_clock()
    studio = Studio(folder)
    made = []
    try:
        for shot in wanted:
            language = studio.apply(shot.preferences)
            if language != shot.preferences.language:
                made.append((shot, None))  # e.g. no English catalogue yet
                continue
            made.append((shot, SHOOTERS[shot.what](studio, out / shot.name)))
    finally:
        studio.close()
        clock.now = real_now
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="mappe til PNG-filerne")
    parser.add_argument("--only", action="append", default=[], help="kun denne fil (kan gentages)")
    args = parser.parse_args(argv)
    wanted = [s for s in shots((LANGUAGE_DANISH, LANGUAGE_ENGLISH)) if s.name in args.only]
    if not args.only:
        wanted = shots((LANGUAGE_DANISH, LANGUAGE_ENGLISH))
    with tempfile.TemporaryDirectory(prefix="dagbog-screenshots-") as folder:
        made = make(args.out, wanted, Path(folder))
    for shot, path in made:
        if path is None:
            print(f"sprunget over: {shot.name} (sproget {shot.preferences.language} findes ikke)")
        else:
            print(f"skrevet: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
