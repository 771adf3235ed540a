"""Issue 3 "done when": on the demo case the window says, without any click, how many contacts
are unanswered and what to do next; the CLI's overdue list agrees with the panel; the case
summary tells whether the caseworker's telefontid is open now or when it opens."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from dagbog.__main__ import main
from dagbog.core import clock, demo, next_step, requests
from dagbog.ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, diary, isolated_settings):
    case = demo.create_demo_case()
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, case
    window.close()


def test_demo_case_shows_count_and_next_step_without_a_click(demo_window):
    window, case = demo_window
    assert window.case.id == case.id
    total, overdue = requests.count_open(case)
    assert total >= 2 and overdue >= 1  # the demo is built to have both
    # The banner is visible at once, with the count and the suggested next step.
    assert window.banner.isVisible()
    text = window.banner.message_text()
    calls = len(next_step.unanswered_calls(case))
    assert calls >= 2  # the calls to Jonas Berg since he last answered
    assert text.startswith(f"{total} henvendelser afventer svar, og {overdue} er over fristen.")
    step = next_step.suggest(case)
    assert step.rung != next_step.NONE and f"Næste skridt: {step.sentence}" in text
    # The status bar repeats the count in words and signs (readable without colour).
    assert window.awaiting_label.text() == (
        f"◷ {total} afventer svar · ⚠ {overdue} over fristen · ✗ {calls} opkald uden svar"
    )


def test_overdue_json_agrees_with_the_panel_on_the_demo_case(demo_window, db_path, capsys):
    window, case = demo_window
    assert main(["overdue", "--db", str(db_path), "--json"]) == 0
    cli = [
        (row["id"], row["days_overdue"], row["due"])
        for row in json.loads(capsys.readouterr().out)
        if row["type"] == "request"
    ]
    panel = [
        (r.entry.id, r.days_overdue, r.due.isoformat())
        for r in window.awaiting_panel.model.requests()
        if r.overdue
    ]
    assert cli == panel and cli


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # The current caseworker in the demo, Jonas Berg: Mon-Thu 9-12, Fri 9-11 (core/demo.py).
        (datetime(2026, 11, 23, 10, 0), "Åben nu"),
        (datetime(2026, 11, 23, 13, 0), "Lukket nu; åbner i morgen kl. 09:00"),
        (datetime(2026, 11, 24, 7, 30), "Lukket nu; åbner i dag kl. 09:00"),
        (datetime(2026, 11, 27, 11, 30), "Lukket nu; åbner mandag 30. nov. kl. 09:00"),
    ],
)
def test_case_summary_says_whether_telefontid_is_open(demo_window, monkeypatch, moment, expected):
    window, case = demo_window
    monkeypatch.setattr(clock, "now", lambda: moment.replace(tzinfo=clock.LOCAL_TZ))
    window._show_case_info()
    caseworker_block = window.case_info.text().split("<br><br>")[1]
    assert caseworker_block.startswith("Sagsbehandler: <b>")
    assert caseworker_block.endswith(expected)


def test_overdue_row_is_clear_in_a_grayscale_screenshot(demo_window, qtbot):
    """Rendered, then converted to grayscale: the overdue row stands apart from plain rows and
    from the selection, its text keeps strong contrast, and its status says so in words."""
    from PySide6.QtGui import QImage, qGray

    from dagbog.ui.journal_model import COL_STATUS, COL_SUBJECT

    window, case = demo_window
    window.resize(1366, 768)
    model, view = window.model, window.table
    statuses = [model.index(r, COL_STATUS).data() or "" for r in range(model.rowCount())]
    overdue = next(r for r, text in enumerate(statuses) if text.startswith("⚠ Overskredet"))
    plain = min(
        (r for r, text in enumerate(statuses) if not text and r != overdue - 1),
        key=lambda r: abs(r - overdue),
    )
    view.selectRow(overdue - 1)
    view.scrollTo(model.index(overdue, COL_SUBJECT), view.ScrollHint.PositionAtCenter)
    for row in (plain, overdue, overdue - 1):
        assert view.viewport().rect().contains(view.visualRect(model.index(row, COL_SUBJECT)))
    shot = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)

    def background(row: int) -> int:
        rect = view.visualRect(model.index(row, COL_SUBJECT))
        return qGray(shot.pixel(rect.right() - 3, rect.center().y()))

    def darkest(row: int) -> int:
        rect = view.visualRect(model.index(row, COL_STATUS))
        return min(
            qGray(shot.pixel(x, rect.center().y())) for x in range(rect.left(), rect.right())
        )

    selected = view.selectionModel().selectedRows()[0].row()
    assert background(plain) - background(overdue) >= 30  # tinted, visibly
    assert abs(background(selected) - background(overdue)) >= 30  # not mistaken for selection
    assert background(overdue) - darkest(overdue) >= 120  # the words stay readable
