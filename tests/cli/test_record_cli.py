"""verify, backup, restore, export-case and import-case as a user calls them."""

from __future__ import annotations

import sqlite3

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from dagbog.__main__ import main
from dagbog.core import fingerprint


def _demo(tmp_path, capsys):
    path = tmp_path / "d.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _pdf_with(path, text):
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(40, 800, "Dagbog – log")
    pdf.drawString(40, 40, text)
    pdf.save()
    return path


def test_verify_ok_prints_fingerprint(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    assert main(["verify", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK") and "Fingeraftryk:" in out
    assert fingerprint.parse_fingerprint(out) is not None


def test_verify_names_the_tampered_entry(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE entry SET note = note || '!' WHERE id = 5")
    conn.commit()
    conn.close()
    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Kontakt nr. 5" in out and "note" in out


def test_verify_pdf_fingerprint_is_a_state_of_the_history(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    assert main(["verify", "--db", str(path)]) == 0
    printed = fingerprint.parse_fingerprint(capsys.readouterr().out)
    pdf = _pdf_with(tmp_path / "log.pdf", printed.line)
    assert (
        main(
            [
                "add",
                "--db",
                str(path),
                "--case",
                "Ny",
                "--kind",
                "sms",
                "--direction",
                "in",
                "--at",
                "2026-02-02 10:30",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["verify", "--db", str(path), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "er en tilstand i denne databases historik" in out

    other = _pdf_with(tmp_path / "anden.pdf", fingerprint.Fingerprint("ab" * 32, 3).line)
    assert main(["verify", "--db", str(path), "--pdf", str(other)]) == 1
    assert "IKKE" in capsys.readouterr().out


def test_verify_bad_input(tmp_path, capsys):
    assert main(["verify", "--db", str(tmp_path / "mangler.db")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    path = _demo(tmp_path, capsys)
    blank = _pdf_with(tmp_path / "tom.pdf", "ingenting")
    assert main(["verify", "--db", str(path), "--pdf", str(blank)]) == 2
    assert "intet fingeraftryk" in capsys.readouterr().err


def test_backup_and_restore(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    out = tmp_path / "kopi.db"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert "kontrolleret" in capsys.readouterr().out
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 2  # never overwrite
    assert "findes allerede" in capsys.readouterr().err
    assert main(["backup", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(path), "--list"]) == 0
    assert "Sikkerhedskopier" in capsys.readouterr().out
    assert (
        main(
            [
                "add",
                "--db",
                str(path),
                "--case",
                "Ny",
                "--kind",
                "sms",
                "--direction",
                "in",
                "--at",
                "2026-02-02 10:30",
            ]
        )
        == 0
    )
    capsys.readouterr()
    before = path.read_bytes()
    assert main(["restore", "--db", str(path), "--from", str(out)]) == 0
    text = capsys.readouterr().out
    assert "gemt uændret" in text
    aside = next(tmp_path.glob("d.db.foer-gendannelse-*"))
    assert aside.read_bytes() == before
    assert main(["verify", "--db", str(path)]) == 0
    assert main(["restore", "--db", str(path), "--from", str(tmp_path / "nej.db")]) == 2


def test_export_and_import_case(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    out = tmp_path / "sag.dagbogsag"
    assert main(["list", "--db", str(path), "--json"]) == 0
    title = __import__("json").loads(capsys.readouterr().out)[0]["case"]
    assert main(["export-case", "--db", str(path), "--case", title, "--out", str(out)]) == 0
    assert "versioner" in capsys.readouterr().out
    other = tmp_path / "laptop.db"
    assert main(["import-case", "--db", str(other), "--file", str(out)]) == 0
    assert "er importeret" in capsys.readouterr().out
    assert main(["import-case", "--db", str(other), "--file", str(out)]) == 0
    assert "Intet nyt" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8").replace('"versions": 26', '"versions": 25', 1)
    bad = tmp_path / "ændret.dagbogsag"
    bad.write_text(text.replace("Status", "Statu", 1), encoding="utf-8")
    fresh = tmp_path / "tom.db"
    assert main(["import-case", "--db", str(fresh), "--file", str(bad)]) == 2
    assert "Intet er importeret" in capsys.readouterr().err
    assert not fresh.exists()
    assert (
        main(
            [
                "export-case",
                "--db",
                str(path),
                "--case",
                "Findes ikke",
                "--out",
                str(tmp_path / "x.dagbogsag"),
            ]
        )
        == 2
    )


def test_verify_reads_the_fingerprint_of_a_real_pdf_log(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    pdf = tmp_path / "log.pdf"
    assert main(["export-pdf", "--db", str(path), "--out", str(pdf)]) == 0
    assert (
        main(
            [
                "add",
                "--db",
                str(path),
                "--case",
                "Ny",
                "--kind",
                "sms",
                "--direction",
                "in",
                "--at",
                "2026-02-02 10:30",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["verify", "--db", str(path), "--pdf", str(pdf)]) == 0
    assert "er en tilstand" in capsys.readouterr().out
    other = tmp_path / "anden.db"
    assert main(["demo", "--db", str(other), "--entries", "3"]) == 0
    capsys.readouterr()
    assert main(["verify", "--db", str(other), "--pdf", str(pdf)]) == 1
    assert "IKKE" in capsys.readouterr().out


def test_footer_short_form_is_understood():
    printed = fingerprint.parse_fingerprint("Udskrevet med Dagbog\nKontrolsum f08ad6188c78/26\n")
    assert printed == fingerprint.Fingerprint("f08ad6188c78", 26)


def test_verify_checks_the_attachment_files(tmp_path, capsys):
    import shutil

    from dagbog.core import attachments, db
    from dagbog.core.models import Attachment, Entry

    path = _demo(tmp_path, capsys)
    db.open_database(path)
    try:
        attachment = attachments.add_attachment(
            Entry.get_by_id(3), data=b"scannet brev", name="brev.pdf"
        )
        stored = attachments.path_of(Attachment.get_by_id(attachment.id))
    finally:
        db.close_database()
    assert main(["verify", "--db", str(path)]) == 0
    assert "Bilag: 1 filer findes og har deres kontrolsum." in capsys.readouterr().out

    # A copy elsewhere (a backup) has no attachment folder: said, not failed.
    (tmp_path / "kopi").mkdir()
    shutil.copyfile(path, tmp_path / "kopi" / "d.db")
    assert main(["verify", "--db", str(tmp_path / "kopi" / "d.db")]) == 0
    assert "ikke kontrolleret" in capsys.readouterr().out

    stored.chmod(0o600)
    stored.write_bytes(b"et andet brev")
    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("OK") and "FEJL: Bilaget «brev.pdf» (kontakt nr. 3) er ændret" in out
    stored.unlink()
    assert main(["verify", "--db", str(path)]) == 1
    assert "mangler" in capsys.readouterr().out
