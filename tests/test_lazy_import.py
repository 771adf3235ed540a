"""A module deferred with lazy_import loads on its first use and then behaves as itself."""

from __future__ import annotations

import sys

from dagbog import lazy_import


def test_a_deferred_module_loads_on_first_use(monkeypatch):
    name = "colorsys"  # small, and unused elsewhere in the suite
    monkeypatch.delitem(sys.modules, name, raising=False)
    assert lazy_import.defer(name)
    import colorsys  # noqa: PLC0415 - the import under test

    assert type(sys.modules[name]) is not type(sys)  # the stand-in: nothing loaded yet
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert type(sys.modules[name]) is type(sys)  # the real module from now on
    assert sys.modules[name].hls_to_rgb is colorsys.hls_to_rgb


def test_a_loaded_module_is_left_alone():
    assert not lazy_import.defer("os")
    assert lazy_import.load("os") is sys.modules["os"]
