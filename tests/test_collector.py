"""The garbage collector is off while the window's modules load, and on again after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from dagbog import cli, collector


@pytest.fixture
def collector_on():
    """Start with the collector on and leave it on, with nothing frozen by the test."""
    gc.enable()
    yield
    collector.release()
    gc.unfreeze()
    gc.enable()


def test_hold_switches_it_off_and_release_freezes_and_switches_it_on(collector_on):
    collector.hold()
    assert not gc.isenabled()
    made_during_the_start = object.__new__(type("Kept", (), {}))
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert made_during_the_start is not None


def test_release_without_hold_changes_nothing(collector_on):
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_switched_off_by_someone_else_stays_off(collector_on):
    gc.disable()
    collector.hold()
    collector.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_window_start_switches_the_collector_back_on_even_when_it_fails(
    collector_on, monkeypatch
):
    seen = []

    def fails(db_path: Path, quit_after_start: bool) -> int:
        seen.append(gc.isenabled())
        raise RuntimeError("vinduet kunne ikke starte")

    monkeypatch.setattr("dagbog.ui.app.run", fails)
    assert cli.run(["--db", "x.db", "--quit-after-start"]) == cli.EXIT_FAILED
    assert seen == [False]
    assert gc.isenabled()
