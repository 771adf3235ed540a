"""UI test fixtures: isolated settings, a fresh diary and helpers to build a main window."""

from __future__ import annotations

import pytest

from dagbog.core import cases, people


@pytest.fixture(autouse=True)
def _isolate_settings(isolated_settings):
    """Every UI test gets its own settings file."""
    return isolated_settings


@pytest.fixture
def case(diary):
    """A case with a caseworker and a duty phone."""
    created = cases.create_case("Min sag", citizen_name="Anna Jensen", reply_days=10)
    people.add_person(created, "Mette Hansen", role="caseworker", hours="Man-Tor 09:00-12:00")
    people.add_person(created, "Vagttelefonen", role="duty-phone")
    return created


@pytest.fixture
def window(qtbot, case, isolated_settings):
    from dagbog.ui.main_window import MainWindow

    win = MainWindow(settings=isolated_settings)
    qtbot.addWidget(win)
    yield win
    win.close()
