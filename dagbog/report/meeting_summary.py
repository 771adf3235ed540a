"""A one-page meeting summary PDF: who was there, the agenda, the notes and what was agreed.

Qt-free: built from :func:`dagbog.core.meetings.summary` with reportlab platypus and the
bundled DejaVu fonts (æøå and symbols render everywhere). All user text is escaped before it
goes into Paragraph markup. :func:`write_summary` writes through a temporary file and a rename,
so a half-written PDF never replaces a good one.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core import clock
from ..core.meetings import MeetingSummary
from .flowables import markup, paragraph
from .fonts import BOLD, REGULAR, register_fonts
from .output import replacing
from .pages import NumberedCanvas

FONT = REGULAR
FONT_BOLD = BOLD
MARGIN = 18 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=17, leading=21),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10.5, leading=14, textColor=MUTED),
        "h": ParagraphStyle(
            "h", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=9, spaceAfter=3
        ),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
    }


def _table(rows: list[list], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _story(summary: MeetingSummary, width: float) -> list:
    s = _styles()
    when = clock.short_datetime(summary.at, at=True)
    story: list = [
        paragraph("Mødereferat", s["title"]),
        paragraph(f"{summary.subject or 'Møde'} · {when}", s["subtitle"]),
        Spacer(1, 5 * mm),
    ]
    facts = [
        ("Sag", summary.case_title),
        ("Borger", summary.citizen_name),
        ("Sagsbehandler", summary.caseworker),
        ("Mødt med", summary.counterpart),
        ("Udarbejdet af", summary.prepared_by),
    ]
    rows = [[paragraph(k, s["head"]), paragraph(v, s["cell"])] for k, v in facts if v]
    if rows:
        story.append(_table(rows, [32 * mm, width - 32 * mm], header=False))

    if summary.note:
        story.append(paragraph("Notat", s["h"]))
        story.append(paragraph(summary.note, s["base"]))

    if summary.attendees:
        story.append(paragraph("Deltagere", s["h"]))
        text = "; ".join(f"{name} ({role})" if role else name for name, role in summary.attendees)
        story.append(paragraph(text, s["base"]))

    if summary.agenda:
        story.append(paragraph("Dagsorden", s["h"]))
        rows = [
            [
                paragraph(f"{i}.", s["cell"]),
                paragraph(text, s["cell"]),
                paragraph("✓ behandlet" if done else "", s["small"]),
            ]
            for i, (text, done) in enumerate(summary.agenda, 1)
        ]
        story.append(_table(rows, [8 * mm, width - 34 * mm, 26 * mm], header=False))

    story.append(paragraph("Noter", s["h"]))
    if summary.notes:
        # One paragraph per note, the time hanging in the margin: a paragraph splits between
        # pages, a table cell does not (a long note made reportlab give up with LayoutError).
        note_style = ParagraphStyle(
            "note", s["cell"], leftIndent=14 * mm, firstLineIndent=-14 * mm, spaceAfter=3
        )
        for at, text in summary.notes:
            body = markup(text)
            story.append(Paragraph(f"<b>{at:%H:%M}</b>&nbsp;&nbsp;&nbsp;{body}", note_style))
    else:
        story.append(paragraph("Ingen noter.", s["small"]))

    story.append(paragraph("Aftaler", s["h"]))
    if summary.actions:
        rows = [[paragraph(h, s["head"]) for h in ("Hvem", "Hvad", "Frist", "Status")]]
        for action in summary.actions:
            what = action["what"] + (
                " (lovet af jobcentret)" if action["promised_by_authority"] else ""
            )
            due = clock.short_date(action["due"]) if action["due"] else "–"
            rows.append(
                [
                    paragraph(action["who"] or "–", s["cell"]),
                    paragraph(what, s["cell"]),
                    paragraph(due, s["cell"]),
                    paragraph("Udført" if action["done"] else "Åben", s["cell"]),
                ]
            )
        story.append(
            KeepTogether(_table(rows, [34 * mm, width - 34 * mm - 44 * mm, 22 * mm, 22 * mm]))
        )
    else:
        story.append(paragraph("Ingen aftaler registreret.", s["small"]))
    return story


class _NumberedCanvas(NumberedCanvas):
    """Draws the footer with "Side X af Y" once the number of pages is known."""

    printed_at = ""

    def draw_furniture(self, number: int, total: int) -> None:
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, 10 * mm, f"Dagbog · mødereferat · udskrevet {self.printed_at}")
        self.drawRightString(A4[0] - MARGIN, 10 * mm, f"Side {number} af {total}")


def build_summary(summary: MeetingSummary, out: BinaryIO, printed: datetime | None = None) -> None:
    """Write the summary PDF to a writable binary object."""
    register_fonts()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Mødereferat {clock.short_date(summary.at.date())}",
        author=summary.prepared_by or "Dagbog",
        subject=summary.case_title,
    )
    printed_at = clock.short_datetime(printed or clock.now())
    canvas_class = type("_Canvas", (_NumberedCanvas,), {"printed_at": printed_at})
    doc.build(_story(summary, doc.width), canvasmaker=canvas_class)


def write_summary(summary: MeetingSummary, path: Path | str) -> Path:
    """Build the PDF in memory and put it at ``path`` through a temporary file and a rename."""
    path = Path(path)
    buffer = io.BytesIO()
    build_summary(summary, buffer)
    with replacing(path) as handle:
        handle.write(buffer.getvalue())
    return path
