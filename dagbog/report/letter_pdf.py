"""A letter draft as a simple one- or two-page PDF (to print, sign or send as Digital Post).

Qt-free, reportlab platypus with the bundled DejaVu fonts; user text is escaped before it goes
into Paragraph markup. Written through a temporary file and a rename.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ..core import clock
from .flowables import paragraph
from .meeting_summary import FONT, FONT_BOLD, INK, MUTED, register_fonts
from .output import replacing


def _paragraphs(text: str, style: ParagraphStyle) -> list:
    flow = []
    for block in (text or "").replace("\r\n", "\n").split("\n\n"):
        flow.append(paragraph(block, style))
    return flow


def build_letter(out: BinaryIO, to: str, subject: str, body: str) -> None:
    """Write the letter as PDF into a binary file-like object."""
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=11, leading=15.5, textColor=INK, spaceAfter=8
    )
    meta = ParagraphStyle("meta", base, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=2)
    title = ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=14, leading=18)
    story = [
        Paragraph(escape(clock.danish_long_date(clock.today())), meta),
    ]
    if to:
        story.append(Paragraph(escape(f"Til: {to}"), meta))
    story += [Spacer(1, 8 * mm), Paragraph(escape(subject or ""), title), Spacer(1, 3 * mm)]
    story += _paragraphs(body, base)
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=subject or "Brev",
        author="Dagbog",
    )
    doc.build(story)


def write_letter(path: Path | str, to: str, subject: str, body: str) -> Path:
    """Save the letter as a PDF file (atomically)."""
    path = Path(path)
    with replacing(path) as handle:
        build_letter(handle, to, subject, body)
    return path
