"""Languages: Danish is the source language; English comes from a Qt translation catalogue.

The catalogue source is ``resources/translations/dagbog_en.ts`` (made with pyside6-lupdate,
translated by hand); the compiled ``dagbog_en.qm`` next to it is committed, built with
pyside6-lrelease by ``resources/translations/update.py`` (a test checks it is current).
Qt's own strings (standard buttons, context menus) come from Qt's ``qtbase_XX.qm``.
Dates and numbers follow ``QLocale`` for the chosen language.
"""

from __future__ import annotations

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


def catalogue_path(language: str = LANGUAGE_ENGLISH):
    return resources.resources_dir() / "translations" / f"dagbog_{language}.qm"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the user's choice, else the system's if English, else Danish."""
    if choice in (LANGUAGE_DANISH, LANGUAGE_ENGLISH):
        return choice
    system = system if system is not None else QLocale.system()
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
        if own.load(str(catalogue_path(language))):
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
