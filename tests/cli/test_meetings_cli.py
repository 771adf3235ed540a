"""The verbs ``cases`` and ``meeting-summary`` as a user calls them."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader

from dagbog.__main__ import main
from dagbog.core import db, journal, meetings, overview


def _demo(tmp_path, capsys) -> str:
    path = str(tmp_path / "d.db")
    assert main(["demo", "--db", path]) == 0
    capsys.readouterr()
    return path


def test_cases_json_equals_the_overview(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    assert main(["cases", "--db", path, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    db.open_database(path)
    try:
        expected = [r.as_json() for r in overview.overview()]
    finally:
        db.close_database()
    assert rows == expected and rows[0]["open_requests"] >= 1
    assert main(["cases", "--db", path]) == 0
    text = capsys.readouterr().out
    assert "Sagsbehandler" in text and rows[0]["caseworker"] in text


def test_cases_refuses_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["cases", "--db", str(missing)]) == 2
    assert "findes ikke" in capsys.readouterr().err and not missing.exists()


def test_meeting_summary_pdf(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    db.open_database(path)
    try:
        entry = next(e for e in journal.all_entries() if e.kind == "meeting")
        meeting = meetings.open_meeting(entry)
        meetings.add_attendee(meeting, name="Lise Holm", role="Bisidder")
        meetings.stamp_note(meeting, "Jobplanen ændres til 6 timer — æøå ✓")
        meetings.add_action(meeting, "Sende ny jobplan", who="Jonas", due=date(2026, 12, 1))
        entry_id = entry.id
    finally:
        db.close_database()
    out = tmp_path / "referat.pdf"
    assert main(["meeting-summary", "--db", path, "--entry", str(entry_id), "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Mødereferat", "Lise Holm", "6 timer — æøå", "Sende ny jobplan", "01.12.2026"):
        assert expected in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_meeting_summary_bad_input(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    out = tmp_path / "x.pdf"
    assert main(["meeting-summary", "--db", path, "--entry", "99999", "--out", str(out)]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert main(["meeting-summary", "--db", path, "--entry", "1", "--out", str(tmp_path)]) == 2
    assert "mappe" in capsys.readouterr().err
    db.open_database(path)
    try:
        call = next(e for e in journal.all_entries() if e.kind == "call")
        call_id = call.id
    finally:
        db.close_database()
    assert main(["meeting-summary", "--db", path, "--entry", str(call_id), "--out", str(out)]) == 2
    assert "ikke et møde" in capsys.readouterr().err and not out.exists()


def test_cases_shows_whole_titles_and_the_archived_mark(tmp_path, capsys):
    """«Sygedagpenge – Jobcenter Søb» was cut silently, and a long title hid «(arkiveret)»
    (found in the review): the title is what --case takes."""
    from dagbog.core import cases

    path = _demo(tmp_path, capsys)
    db.open_database(path)
    try:
        long = cases.create_case("Peter Holm – fleksjob og ressourceforløb – Aarhus " * 2)
        cases.archive_case(long)
    finally:
        db.close_database()
    assert main(["cases", "--db", path, "--archived"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("Sygedagpenge – Jobcenter Søby ") for line in lines)
    archived = next(line for line in lines if line.startswith("Peter Holm"))
    assert "… (arkiveret)" in archived
