"""Plain-text helpers for the PDF: Danish dates and line wrapping by font metrics.

User text in the log never goes through Paragraph markup: it is wrapped here into plain lines
and drawn as-is, so ``<b>`` or ``&`` in a subject prints literally and wrapping stays linear.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..core import clock

MONTHS_SHORT = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def short_date(day: date) -> str:
    """23.11.2026 (``clock.short_date``, the one short date of the window, PDF and CLI)."""
    return clock.short_date(day)


def date_time(moment: datetime) -> str:
    """23.11.2026 09:30 in local time (``clock.short_datetime``)."""
    return clock.short_datetime(moment)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


class Wrapper:
    """Greedy word wrapping for one font and size, with widths cached per word."""

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, word: str) -> float:
        cached = self._cache.get(word)
        if cached is None:
            cached = stringWidth(word, self.font, self.size)
            if len(self._cache) < 50_000:
                self._cache[word] = cached
        return cached

    def _break_word(self, word: str, limit: float) -> list[str]:
        """Cut a word longer than the line (a URL, a hash) into pieces that fit."""
        pieces, current = [], ""
        for char in word:
            if current and stringWidth(current + char, self.font, self.size) > limit:
                pieces.append(current)
                current = char
            else:
                current += char
        if current:
            pieces.append(current)
        return pieces

    def wrap(self, text: str, limit: float) -> list[str]:
        """The lines of ``text`` (hard line breaks kept) that fit in ``limit`` points."""
        lines: list[str] = []
        for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            words = raw.replace("\t", "    ").split(" ")
            line, line_width = "", 0.0
            for word in words:
                if not word:
                    continue
                word_width = self.width(word)
                if word_width > limit:
                    if line:
                        lines.append(line)
                    *full, word = self._break_word(word, limit)
                    lines.extend(full)
                    line, line_width = word, self.width(word)
                    continue
                if not line:
                    line, line_width = word, word_width
                elif line_width + self.space + word_width <= limit:
                    line += " " + word
                    line_width += self.space + word_width
                else:
                    lines.append(line)
                    line, line_width = word, word_width
            lines.append(line)
        return lines
