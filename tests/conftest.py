"""Shared fixtures: every test gets a fresh diary file in a temporary folder."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Dagbog follows the system language when English; tests expect the Danish source texts.
os.environ["LC_ALL"] = "C.UTF-8"
# The holiday cache (core.workdays) goes to a temporary folder, not the user's cache.
os.environ.setdefault("DAGBOG_CACHE_DIR", tempfile.mkdtemp(prefix="dagbog-test-cache-"))

import pytest  # noqa: E402

from dagbog.core import db  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "dagbog.db"


@pytest.fixture
def diary(db_path):
    """An open, migrated, empty diary file; closed after the test."""
    db.open_database(db_path)
    yield db_path
    db.close_database()


@pytest.fixture
def isolated_settings(tmp_path):
    """QSettings that write to an ini file in the test's temporary folder.

    Both ``QSettings("Dagbog", "Dagbog")`` (native format; ini on Linux) and explicit ini
    settings are redirected, so no test reads or changes the user's real settings.
    """
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    settings = QSettings(str(folder / "Dagbog.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()
