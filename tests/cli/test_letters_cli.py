"""The letters, e-mail and calendar verbs from the command line."""

from __future__ import annotations

from pathlib import Path

import icalendar

from dagbog.__main__ import main

FIXTURES = Path(__file__).parent.parent / "fixtures"


def make_case(db: str, capsys) -> None:
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()


def demo_title() -> str:
    from dagbog.core.demo import DEMO_TITLE

    return DEMO_TITLE


def test_letter_kinds_print_drafts(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    make_case(db, capsys)
    case = demo_title()
    assert main(["letter", "--db", db, "--case", case, "--kind", "followup", "--mailto"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Til: jonas.berg@soeby.dk\nEmne: Opfølgning på mine henvendelser")
    assert "opkald (intet svar)" in out
    assert "mailto:jonas.berg@soeby.dk?subject=Opf%C3%B8lgning" in out
    for kind in ("new-caseworker", "aktindsigt", "head", "minutes", "fuldmagt"):
        target = tmp_path / f"{kind}.txt"
        assert (
            main(["letter", "--db", db, "--case", case, "--kind", kind, "--out", str(target)]) == 0
        )
        assert "Venlig hilsen" in target.read_text() or "Underskrift" in target.read_text()
    capsys.readouterr()
    assert main(["letter", "--db", db, "--case", case, "--kind", "klage"]) == 2
    assert "Ukendt --kind" in capsys.readouterr().err


def test_import_eml_and_skip_duplicates(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    make_case(db, capsys)
    files = [
        str(FIXTURES / "eml" / n) for n in ("gmail_alternative_qp.eml", "outlook_windows1252.eml")
    ]
    assert main(["import-eml", "--db", db, "--case", demo_title(), *files]) == 0
    out = capsys.readouterr().out
    assert "gmail_alternative_qp.eml: kontakt" in out and "Spørgsmål om arbejdsprøvning" in out
    assert main(["import-eml", "--db", db, "--case", demo_title(), files[0]]) == 0
    assert "findes allerede" in capsys.readouterr().out


def test_broken_eml_leaves_database_byte_identical(tmp_path, capsys):
    db = tmp_path / "d.db"
    make_case(str(db), capsys)
    before = db.read_bytes()
    good = str(FIXTURES / "eml" / "gmail_alternative_qp.eml")
    broken = str(FIXTURES / "eml" / "broken_not_email.eml")
    assert main(["import-eml", "--db", str(db), "--case", demo_title(), good, broken]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dagbog: Filen «broken_not_email.eml» er ikke en e-mail")
    assert err.count("\n") == 1
    assert db.read_bytes() == before
    assert not (tmp_path / "attachments").exists()


def test_ics_export_and_import(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    make_case(db, capsys)
    out = tmp_path / "sag.ics"
    assert main(["export-ics", "--db", db, "--case", demo_title(), "--out", str(out)]) == 0
    assert "begivenheder gemt" in capsys.readouterr().out
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert cal.walk("VEVENT")
    invitation = str(FIXTURES / "ics" / "outlook_invitation.ics")
    assert main(["import-ics", "--db", db, "--case", demo_title(), invitation]) == 0
    assert "møde 08.12.2026 10:00" in capsys.readouterr().out
    assert main(["import-ics", "--db", db, "--case", demo_title(), str(tmp_path / "nej.ics")]) == 2
