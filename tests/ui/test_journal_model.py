"""The journal table model: Qt's model contract, order, day filter and lazy pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from dagbog.core import clock, journal
from dagbog.core.models import Entry, database
from dagbog.ui.journal_model import (
    COL_KIND,
    COL_STATUS,
    COL_SUBJECT,
    COL_WHEN,
    COL_WITH,
    JournalTableModel,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=clock.LOCAL_TZ)


def _log(case, at, **extra):
    values = {"kind": "call", "direction": "out", "subject": "Emne"}
    values.update(extra)
    return journal.log_contact(case, at=at, **values)


def test_model_passes_qtmodeltester(qtmodeltester, case):
    for hours in range(5):
        _log(case, T0 + timedelta(hours=hours), subject=f"Opkald {hours}", outcome="no-answer")
    _log(case, T0 - timedelta(days=1), kind="email", awaiting_reply=True)
    model = JournalTableModel(page_size=3)
    model.set_filter(case)
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)


def test_newest_first_with_readable_columns(case):
    old = _log(case, T0, subject="Først", outcome="talked")
    new = _log(case, T0 + timedelta(days=2), kind="email", subject="Sidst", awaiting_reply=True)
    model = JournalTableModel()
    model.set_filter(case)
    assert model.rowCount() == 2
    assert model.entry_at(0).id == new.id and model.entry_at(1).id == old.id
    assert model.index(0, COL_WHEN).data() == "04.03.2026 09:00"
    assert model.index(0, COL_KIND).data() == "E-mail"
    assert model.index(0, COL_SUBJECT).data() == "Sidst"
    assert model.index(0, COL_STATUS).data().startswith("⚠ Overskredet (frist")
    assert model.index(1, COL_STATUS).data() == "Talte med"
    assert model.index(1, COL_WITH).data() == ""


def test_day_filter_shows_only_that_local_day(case):
    _log(case, T0.replace(hour=0, minute=30), subject="Tidlig")
    _log(case, T0.replace(hour=23, minute=30), subject="Sen")
    _log(case, T0 + timedelta(days=1), subject="Næste dag")
    model = JournalTableModel()
    model.set_filter(case, T0.date())
    assert [model.index(r, COL_SUBJECT).data() for r in range(model.rowCount())] == [
        "Sen",
        "Tidlig",
    ]
    assert model.total == 2


def _bulk_entries(case, count):
    """Insert ``count`` entries directly: only for building a large fixture fast."""
    start = T0
    rows = [
        {
            "case": case.id,
            "at": start + timedelta(minutes=i),
            "kind": "call",
            "direction": "out",
            "subject": f"Nr. {i}",
        }
        for i in range(count)
    ]
    with database.atomic():
        for chunk in range(0, count, 200):
            Entry.insert_many(rows[chunk : chunk + 200]).execute()


def test_long_journal_loads_one_page_until_fetch_more(case):
    _bulk_entries(case, 1000)
    model = JournalTableModel(page_size=200)
    model.set_filter(case)
    assert model.total == 1000
    assert model.rowCount() == 200
    assert model.canFetchMore()
    assert model.index(0, COL_SUBJECT).data() == "Nr. 999"
    model.fetchMore()
    assert model.rowCount() == 400
    assert model.index(399, COL_SUBJECT).data() == "Nr. 600"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    assert model.index(999, COL_SUBJECT).data() == "Nr. 0"


def test_edited_row_is_redrawn_in_place(qtbot, case):
    entry = _log(case, T0, subject="Før")
    model = JournalTableModel()
    model.set_filter(case)
    journal.edit_entry(entry, subject="Efter")
    with qtbot.waitSignal(model.dataChanged):
        assert model.refresh_entries((entry.id,))
    assert model.index(0, COL_SUBJECT).data() == "Efter"
