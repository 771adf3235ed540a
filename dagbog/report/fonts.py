"""The embedded fonts of every PDF: DejaVu Sans (regular and bold) from ``resources/fonts``.

reportlab subsets and embeds a registered TrueType font, so æøå, Greek, Cyrillic and the
symbols the report uses render in any PDF viewer and extract back as text.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process (safe to call again)."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(resources.font_path(bold=False))))
    if BOLD not in registered:
        pdfmetrics.registerFont(TTFont(BOLD, str(resources.font_path(bold=True))))
    # <b> in Paragraph markup maps to the bold face; italics fall back to the upright faces.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
