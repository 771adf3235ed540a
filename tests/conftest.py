"""Shared fixtures: every test gets a fresh diary file in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
