"""`dagbog selftest`: one line per check, exit 0 only when every check passes."""

from __future__ import annotations

import os
import subprocess
import sys
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from dagbog.commands import selftest

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_from_source_runs_every_check():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "dagbog", "selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    checks = lines[:-1]
    assert len(checks) == len(selftest.CHECKS), result.stdout
    assert all(line.startswith(("OK   ", "FEJL ")) for line in checks), result.stdout
    # Every piece (window, PDF export, search) is on main: every check must pass.
    assert all(line.startswith("OK") for line in checks), result.stdout + result.stderr
    assert result.returncode == 0
    assert lines[-1] == "Alle kontroller bestået."


def test_a_failing_or_missing_piece_gives_a_fejl_line(monkeypatch):
    def broken(ctx):
        raise selftest.CheckFailed("noget gik galt")

    def missing(ctx):
        import dagbog.not_landed_yet  # noqa: F401

    def fine(ctx):
        return "i orden"

    monkeypatch.setattr(
        selftest,
        "CHECKS",
        [("Første", fine), ("Anden", broken), ("Tredje", missing), ("Fjerde", fine)],
    )
    out = StringIO()
    assert selftest.run_checks(out=out) is False
    assert out.getvalue().splitlines() == [
        "OK   i orden",
        "FEJL Anden: noget gik galt",
        "FEJL Tredje: modulet dagbog.not_landed_yet mangler",
        "OK   i orden",
    ]


def test_the_selftest_verb_exits_1_on_a_failure(monkeypatch, capsys):
    from dagbog import cli

    def broken(ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(selftest, "CHECKS", [("Eneste", broken)])
    assert cli.run(["selftest"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "FEJL Eneste: RuntimeError: boom",
        "Mindst én kontrol fejlede.",
    ]


def _pdf(pages: int) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in range(pages):
        pdf.drawString(72, 72, f"Side {number + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_structure_counts_pages():
    assert selftest._pdf_structure(_pdf(3)) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: pdf[: len(pdf) // 2],  # cut off: no trailer
        lambda pdf: b"GIF89a" + pdf[6:],  # wrong header
        lambda pdf: pdf.replace(b"startxref\n", b"startxref\n1"),  # xref offset wrong
    ],
)
def test_pdf_structure_rejects_a_damaged_file(damage):
    with pytest.raises(selftest.CheckFailed):
        selftest._pdf_structure(damage(_pdf(1)))
