"""A planned (future) meeting is not a contact yet: statistics, PDF cover, CLI and overview.

The review found a meeting booked for next week counted as a contact the citizen had taken
the initiative to, on the PDF's cover and in ``dagbog stats``.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime, time

from dagbog.__main__ import main
from dagbog.core import cases, clock, db, journal, overview, stats
from dagbog.report.pdf_log import ExportOptions, build_pdf

TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=clock.LOCAL_TZ)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), clock.LOCAL_TZ)


def _case_with_a_planned_meeting():
    case = cases.create_case("Sag", citizen_name="Anna")
    journal.log_contact(case, at=at(date(2026, 3, 2)), kind="call", direction="out",
                        outcome="no-answer")  # fmt: skip
    journal.log_contact(case, at=at(date(2026, 3, 10)), kind="email", direction="in")
    journal.log_contact(case, at=at(date(2026, 3, 20), 9), kind="call", direction="out")
    # Booked today for next week, and one later today: neither has happened at noon.
    journal.log_contact(case, at=at(date(2026, 3, 27)), kind="meeting", direction="out")
    journal.log_contact(case, at=at(date(2026, 3, 20), 15), kind="meeting", direction="in")
    return case


def test_statistics_leave_planned_contacts_out(diary):
    case = _case_with_a_planned_meeting()
    figures = stats.case_statistics(case, today=TODAY, now=NOW)
    assert figures.total == 3
    assert (figures.initiated_by_citizen, figures.initiated_by_authority) == (2, 1)
    assert figures.unanswered_attempts == 1
    assert figures.planned == 2
    (march,) = stats.monthly_counts(case, today=TODAY, now=NOW)
    assert (march.outgoing, march.incoming) == (2, 1)

    # A week later both meetings have happened and count like any contact.
    later = stats.case_statistics(case, today=date(2026, 3, 30))
    assert (later.total, later.planned, later.initiated_by_citizen) == (5, 0, 3)
    # The overview's figures are the same statistics, at its own moment.
    assert overview.case_overview(case, TODAY, NOW).open_requests == figures.open_requests


def test_the_pdf_cover_counts_only_what_has_happened(diary, tmp_path):
    case = _case_with_a_planned_meeting()
    buffer = io.BytesIO()
    build_pdf(case, buffer, ExportOptions(today=TODAY, generated_at=NOW))
    path = tmp_path / "log.pdf"
    path.write_bytes(buffer.getvalue())
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    cover = " ".join(text[: text.index("Kontakter i perioden")].split())
    assert "Kontakter i alt 3" in cover
    assert "Udskrevet 20.03.2026 kl. 12:00" in cover  # the one short date, as in the footer
    assert "Borgeren tog initiativet (udgående) 2" in cover
    assert "Jobcentret tog initiativet (indgående) 1" in cover
    assert "Planlagte møder og kontakter (ikke talt med) 2" in cover
    assert "tælles ikke med som kontakter" in cover
    # The log still lists them, marked as planned.
    assert text.count("Planlagt") >= 3  # two log rows + the cover's explanation


def test_cli_stats_counts_planned_apart(tmp_path, capsys):
    path = tmp_path / "d.db"
    db.open_database(path)
    try:
        _case_with_a_planned_meeting()
    finally:
        db.close_database()
    argv = ["stats", "--db", str(path), "--case", "Sag", "--today", "2026-03-20"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    # With --today (not the real day) the whole of that day counts as past: the meeting at
    # 15:00 has happened, next week's has not.
    assert "Kontakter i alt:               4" in out
    assert "Planlagt, ikke talt med:       1" in out
