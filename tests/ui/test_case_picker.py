"""The case picker draws a short title with the plain combo box (no QStyle at start), and
that looks and sizes exactly like its own drawing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from dagbog.ui.case_picker import CasePicker


@pytest.mark.parametrize("points", [10, 20])
@pytest.mark.parametrize("title", ["Min sag", "Syntetisk sag 1", "Sygedagpenge"])
def test_a_short_title_is_drawn_and_sized_as_by_its_own_painting(qtbot, title, points):
    picker = CasePicker()
    qtbot.addWidget(picker)
    font = QFont(picker.font())
    font.setPointSize(points)
    picker.setFont(font)
    picker.addItems([title, "En anden sag"])
    assert picker._plain()
    plain_hint = picker.sizeHint()
    picker.resize(plain_hint)
    plain = picker.grab().toImage()
    picker._plain = lambda: False  # its own painting and size, as for a long title
    assert picker.sizeHint() == plain_hint
    assert picker.grab().toImage() == plain
    assert picker.displayed_text() == title


def test_a_long_title_still_gets_its_own_painting(qtbot):
    picker = CasePicker()
    qtbot.addWidget(picker)
    picker.addItem("Sygedagpenge og jobafklaring – Jobcenter Søby Kommune, afdeling nord")
    assert not picker._plain()
    picker.resize(picker.sizeHint())
    assert picker.displayed_text().count("…") == 1
