"""The letter PDF holds the text, Danish letters included."""

from __future__ import annotations

import io

from pypdf import PdfReader

from dagbog.report.letter_pdf import build_letter, write_letter


def test_letter_pdf_text(tmp_path):
    body = (
        "Til Jobcentret\n\nJeg anmoder om aktindsigt efter forvaltningslovens § 9."
        "\n\nVenlig hilsen\nÅse Ørsted"
    )
    buffer = io.BytesIO()
    build_letter(buffer, "jobcenter@soeby.dk", "Anmodning om aktindsigt", body)
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Anmodning om aktindsigt" in text
    assert "forvaltningslovens § 9" in text
    assert "Åse Ørsted" in text
    path = write_letter(tmp_path / "brev.pdf", "", "Emne", "Tekst")
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["brev.pdf"]
