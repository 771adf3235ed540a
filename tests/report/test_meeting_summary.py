"""The meeting summary PDF with long notes: split across pages, every word kept, in order."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from dagbog.core import cases, clock, journal, meetings, people
from dagbog.report.meeting_summary import build_summary


def test_a_long_note_splits_across_pages_instead_of_failing(diary):
    """A 50 KB note (the limit is 100 KB) made reportlab stop with a LayoutError: a table
    cell cannot split between pages (found in the review)."""
    case = cases.create_case("Sag")
    worker = people.add_person(case, "Mette Holm", role="caseworker")
    entry = journal.log_contact(
        case,
        at=clock.parse_local_datetime("2026-11-20 10:00"),
        kind="meeting",
        direction="in",
        person=worker,
    )
    meeting = meetings.open_meeting(entry)
    meetings.stamp_note(meeting, "Kort note med <b>markup</b> & co")
    meetings.stamp_note(meeting, " ".join(f"ord{n:05d}" for n in range(5000)))
    buffer = io.BytesIO()
    build_summary(meetings.summary(entry), buffer)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    assert len(pages) > 2
    text = " ".join(page.extract_text() for page in pages)
    assert re.findall(r"ord\d{5}", text) == [f"ord{n:05d}" for n in range(5000)]
    assert "<b>markup</b> & co" in text
