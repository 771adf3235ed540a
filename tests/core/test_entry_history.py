"""journal.entry_history: every stored version of an entry, oldest first."""

from __future__ import annotations

from dagbog.core import cases, clock, journal


def test_history_lists_create_edit_delete_in_order(diary):
    case = cases.create_case("Sag")
    entry = journal.log_contact(case, at=clock.now(), kind="call", direction="out", subject="A")
    entry = journal.edit_entry(entry, reason="Stavefejl", subject="B")
    journal.delete_entry(entry, "Dublet")
    history = journal.entry_history(entry)
    assert [(v.seq, v.action, v.reason) for v in history] == [
        (1, "create", ""),
        (2, "edit", "Stavefejl"),
        (3, "delete", "Dublet"),
    ]
