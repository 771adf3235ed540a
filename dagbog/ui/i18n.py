"""Languages: Danish is the source language; English comes from a Qt translation catalogue.

The catalogue source is ``resources/translations/dagbog_en.ts`` (extracted with
pyside6-lupdate by ``resources/translations/update.py``, translated by hand, committed). The
compiled ``.qm`` is not committed: run from the sources, Dagbog compiles the ``.ts`` with
PySide6's own ``lrelease`` into the user's cache folder, named by a hash of the ``.ts`` so an
edited catalogue is compiled again; the installer bundle ships a ``.qm`` that
``build_installer.py`` compiles. Qt's own strings (standard buttons, context menus) come from
Qt's ``qtbase_XX.qm``. Dates and numbers follow ``QLocale`` for the chosen language.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dagbog import resources

from .preferences import LANGUAGE_DANISH, LANGUAGE_ENGLISH, LANGUAGE_SYSTEM

#: The locale used for dates and numbers in each language.
LOCALES = {
    LANGUAGE_DANISH: QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    LANGUAGE_ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = {"language": LANGUAGE_DANISH}


log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources.resources_dir() / "translations"


def source_path(language: str = LANGUAGE_ENGLISH) -> Path:
    """The committed catalogue source (``dagbog_en.ts``)."""
    return translations_dir() / f"dagbog_{language}.ts"


def bundled_path(language: str = LANGUAGE_ENGLISH) -> Path:
    """The compiled catalogue shipped in the installer bundle (``dagbog_en.qm``)."""
    return translations_dir() / f"dagbog_{language}.qm"


def cache_dir() -> Path:
    """Where compiled catalogues are kept when Dagbog runs from its sources."""
    override = os.environ.get("DAGBOG_TRANSLATIONS_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("Dagbog", "Dagbog")) / "translations"


def lrelease_path() -> Path | None:
    """PySide6's own lrelease (found beside the PySide6 package, so no PATH is needed)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    candidate = Path(PySide6.__file__).resolve().parent / name
    return candidate if candidate.exists() else None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm) with lrelease; False if that failed."""
    import subprocess  # only when a catalogue is compiled, not at every start

    tool = lrelease_path()
    if tool is None or not source.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", partial],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or Path(partial).stat().st_size == 0:
            log.warning("lrelease failed for %s: %s", source, done.stderr.decode(errors="replace"))
            return False
        os.replace(partial, target)  # atomic: another Dagbog never sees a half-written file
        return True
    except OSError as error:
        log.warning("lrelease could not run for %s: %s", source, error)
        return False
    finally:
        Path(partial).unlink(missing_ok=True)


def catalogue_path(language: str = LANGUAGE_ENGLISH) -> Path | None:
    """A compiled catalogue for ``language`` that matches its .ts, or None.

    The bundle's own ``.qm`` is used when frozen (or when there is no ``.ts``); otherwise the
    ``.ts`` is compiled into the cache folder once per content (the name holds its hash).
    """
    source = source_path(language)
    bundled = bundled_path(language)
    if getattr(sys, "frozen", False) and bundled.exists():
        return bundled
    if not source.exists():
        return bundled if bundled.exists() else None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"dagbog_{language}-{digest}.qm"
    if cached.exists() or compile_catalogue(source, cached):
        return cached
    return bundled if bundled.exists() else None


def system_locale() -> QLocale:
    return QLocale.system()


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the user's choice, else the system's if English, else Danish."""
    if choice in (LANGUAGE_DANISH, LANGUAGE_ENGLISH):
        return choice
    system = system if system is not None else system_locale()
    if system.language() == QLocale.Language.English:
        return LANGUAGE_ENGLISH
    return LANGUAGE_DANISH


def install(choice: str = LANGUAGE_SYSTEM, app: QCoreApplication | None = None) -> str:
    """Install the translators for ``choice``; returns the language now in use ("da"/"en").

    Widgets built after this call show the new language; the window is rebuilt on a switch.
    """
    app = app or QCoreApplication.instance()
    language = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != LANGUAGE_DANISH:
        own = QTranslator(app)
        path = catalogue_path(language)
        if path is not None and own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            language = LANGUAGE_DANISH  # no catalogue: stay in the source language
    QLocale.setDefault(LOCALES[language])
    _current["language"] = language
    return language


def current_language() -> str:
    return _current["language"]


def locale() -> QLocale:
    return LOCALES[_current["language"]]
