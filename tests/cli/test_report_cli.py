"""dagbog export-pdf: a real PDF on success; exit 2, one Danish line and no file on bad input."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dagbog.__main__ import main


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_export_pdf_writes_the_log(demo_db, tmp_path, capsys):
    out = tmp_path / "pdf" / "log.pdf"
    out.parent.mkdir()
    assert main(["export-pdf", "--db", str(demo_db), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "er gemt i" in printed and str(out) in printed
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    total = len(reader.pages)
    assert total >= 2
    assert f"Side 1 af {total}" in reader.pages[0].extract_text()
    assert [p.name for p in out.parent.iterdir()] == ["log.pdf"]


def test_export_pdf_options(demo_db, tmp_path, capsys):
    out = tmp_path / "kort.pdf"
    code = main(
        [
            "export-pdf", "--db", str(demo_db), "--case", "Sygedagpenge – Jobcenter Søby",
            "--out", str(out), "--from", "2000-01-01", "--to", "2099-12-31",
            "--only-unanswered", "--no-notes",
        ]
    )  # fmt: skip
    assert code == 0
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Kun ubesvarede kontakter" in text and "uden noter" in text
    assert "Noter til kontakterne" not in text
    assert "Talte med" not in text.split("Kontakter i perioden")[1].split("Personer i sagen")[0]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-02-30"], "kan ikke læses"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "bagvendt"),
        (["--case", "Findes ikke"], "findes ikke"),
        (["--case", "  "], "må ikke være tom"),
        (["--kinds", "fax"], "Ukendt kontakttype"),
    ],
)
def test_bad_input_exits_2_and_leaves_no_file(demo_db, tmp_path, capsys, extra, message):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "log.pdf"
    assert main(["export-pdf", "--db", str(demo_db), "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_bad_paths(demo_db, tmp_path, capsys):
    assert main(["export-pdf", "--db", str(demo_db), "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert main(["export-pdf", "--db", str(demo_db), "--out", str(tmp_path / "x.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    missing = tmp_path / "missing.db"
    assert main(["export-pdf", "--db", str(missing), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()
    assert main(["export-pdf", "--db", str(demo_db)]) == 2  # --out is required
    assert "--out" in capsys.readouterr().err


def test_several_cases_need_case(tmp_path, capsys):
    db = str(tmp_path / "many.db")
    assert main(["demo", "--db", db, "--entries", "20"]) == 0
    capsys.readouterr()
    assert main(["export-pdf", "--db", db, "--out", str(tmp_path / "x.pdf")]) == 2
    assert "vælg én med --case" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    out = tmp_path / "sag1.pdf"
    assert main(["export-pdf", "--db", db, "--case", "Syntetisk sag 1", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
