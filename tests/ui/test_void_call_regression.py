"""Regression: many calls of a Qt method that returns None must not kill the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 aborts the whole process with
``Fatal Python error: none_dealloc`` after about 5,200 calls of any Qt method returning
nothing (a reference-count bug on ``None``). pyproject.toml pins PySide6 below 6.12 on
Python < 3.12 for that reason; this loop fails loudly (the test process dies) if a crashing
combination is ever installed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_twenty_thousand_void_calls_complete(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(20_000):
        label.setText("x")
    assert label.text() == "x"
