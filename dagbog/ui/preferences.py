"""The user's comfort settings on this computer: text size, theme and language.

They belong to the person at the screen, not to a diary file, so they live in QSettings;
the user's name and role stay in the diary (``core/settings.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

TEXT_SCALE_KEY = "comfort/text_scale"
THEME_KEY = "comfort/theme"
LANGUAGE_KEY = "comfort/language"

MIN_SCALE = 100
MAX_SCALE = 200

THEME_SYSTEM = "system"
THEME_LIGHT = "light"
THEME_DARK = "dark"
THEMES = (THEME_SYSTEM, THEME_LIGHT, THEME_DARK)

LANGUAGE_SYSTEM = "system"
LANGUAGE_DANISH = "da"
LANGUAGE_ENGLISH = "en"
LANGUAGES = (LANGUAGE_SYSTEM, LANGUAGE_DANISH, LANGUAGE_ENGLISH)


@dataclass(frozen=True)
class Preferences:
    """Text size in percent (100–200), theme and language codes."""

    text_scale: int = MIN_SCALE
    theme: str = THEME_SYSTEM
    language: str = LANGUAGE_SYSTEM

    @property
    def factor(self) -> float:
        return self.text_scale / 100.0


def clamp_scale(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return MIN_SCALE
    return max(MIN_SCALE, min(MAX_SCALE, number))


def load(settings: QSettings | None = None) -> Preferences:
    """The stored preferences; unknown or damaged values fall back to the defaults."""
    settings = settings if settings is not None else QSettings("Dagbog", "Dagbog")
    theme = str(settings.value(THEME_KEY, THEME_SYSTEM))
    language = str(settings.value(LANGUAGE_KEY, LANGUAGE_SYSTEM))
    return Preferences(
        text_scale=clamp_scale(settings.value(TEXT_SCALE_KEY, MIN_SCALE)),
        theme=theme if theme in THEMES else THEME_SYSTEM,
        language=language if language in LANGUAGES else LANGUAGE_SYSTEM,
    )


def save(preferences: Preferences, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings("Dagbog", "Dagbog")
    settings.setValue(TEXT_SCALE_KEY, clamp_scale(preferences.text_scale))
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.sync()
