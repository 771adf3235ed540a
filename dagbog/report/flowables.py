"""Flowables that keep the PDF build linear in the number of entries.

A platypus ``Table`` re-measures its rows whenever it is split, so one table of thousands of
rows costs more than linear time. :class:`LogTable` measures every row once, keeps cumulative
heights, and splits at a page boundary with a binary search; each page repeats the header row.
:class:`TextBlock` does the same for long plain text (notes): wrapped once, split by lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import getAscent
from reportlab.platypus import Flowable, Paragraph

from .text import Wrapper

MAX_CELL_LINES = 30
PAD_X = 3.0
PAD_Y = 2.5


def markup(text: str | None) -> str:
    """User text as Paragraph markup: ``<``, ``&`` and ``>`` escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def paragraph(text: str | None, style) -> Paragraph:
    """A Paragraph of user or mixed text, shown exactly as typed."""
    return Paragraph(markup(text), style)


@dataclass
class LogTableData:
    """The measured rows of the chronological log, shared by all its page pieces."""

    titles: Sequence[str]
    widths: Sequence[float]
    font: str
    bold_font: str
    size: float
    leading: float
    cells: list[list[list[str]]] = field(default_factory=list)
    shaded: list[bool] = field(default_factory=list)
    strong: list[bool] = field(default_factory=list)
    tops: list[float] = field(default_factory=lambda: [0.0])
    on_page: Callable[[int], None] | None = None

    def __post_init__(self) -> None:
        self._wrappers = [Wrapper(self.font, self.size) for _ in self.widths]
        self._bold_wrapper = Wrapper(self.bold_font, self.size)
        self.header = [
            self._bold_wrapper.wrap(title, width - 2 * PAD_X)
            for title, width in zip(self.titles, self.widths, strict=True)
        ]
        self.header_height = self._height(max(len(lines) for lines in self.header))

    def _height(self, line_count: int) -> float:
        return line_count * self.leading + 2 * PAD_Y

    def add(self, values: Sequence[str], shaded: bool = False, strong: bool = False) -> None:
        """Measure and append one row (``strong``: the last column in bold)."""
        row = []
        last = len(values) - 1
        for index, (value, width) in enumerate(zip(values, self.widths, strict=True)):
            wrapper = self._bold_wrapper if strong and index == last else self._wrappers[index]
            lines = wrapper.wrap(value, width - 2 * PAD_X) if value else []
            if len(lines) > MAX_CELL_LINES:
                lines = lines[: MAX_CELL_LINES - 1] + ["…"]
            row.append(lines)
        self.cells.append(row)
        self.shaded.append(shaded)
        self.strong.append(strong)
        self.tops.append(self.tops[-1] + self._height(max(1, *(len(c) for c in row))))

    def __len__(self) -> int:
        return len(self.cells)


class LogTable(Flowable):
    """Rows ``start``..``end`` of a :class:`LogTableData`, with the header row on top."""

    def __init__(self, data: LogTableData, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.data = data
        self.start = start
        self.end = len(data) if end is None else end
        self.width = sum(data.widths)

    def _rows_height(self, start: int, end: int) -> float:
        return self.data.tops[end] - self.data.tops[start]

    def wrap(self, avail_width, avail_height):
        self.height = self.data.header_height + self._rows_height(self.start, self.end)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        data = self.data
        room = avail_height - data.header_height
        limit = data.tops[self.start] + room
        cut = bisect_right(data.tops, limit, lo=self.start, hi=self.end + 1) - 1
        if cut <= self.start:
            return []
        if cut >= self.end:
            return [self]
        return [LogTable(data, self.start, cut), LogTable(data, cut, self.end)]

    def draw(self):
        data = self.data
        canvas = self.canv
        width = self.width
        top = self.height
        xs = [0.0]
        for column_width in data.widths:
            xs.append(xs[-1] + column_width)
        ascent = getAscent(data.font, data.size)
        first_baseline = PAD_Y + ascent

        # Backgrounds and rules first, then all text in one text object.
        canvas.saveState()
        canvas.setFillGray(0.85)
        canvas.rect(0, top - data.header_height, width, data.header_height, stroke=0, fill=1)
        y = top - data.header_height
        canvas.setFillGray(0.9)
        for index in range(self.start, self.end):
            height = data.tops[index + 1] - data.tops[index]
            if data.shaded[index]:
                canvas.rect(0, y - height, width, height, stroke=0, fill=1)
            y -= height
        canvas.setStrokeGray(0.55)
        canvas.setLineWidth(0.4)
        y = top - data.header_height
        path = canvas.beginPath()
        for index in range(self.start, self.end):
            y -= data.tops[index + 1] - data.tops[index]
            path.moveTo(0, y)
            path.lineTo(width, y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeGray(0)
        canvas.setLineWidth(0.8)
        canvas.line(0, top, width, top)
        canvas.line(0, top - data.header_height, width, top - data.header_height)
        canvas.restoreState()

        text = canvas.beginText()
        text.setFillGray(0)
        text.setFont(data.bold_font, data.size, data.leading)
        for column, lines in enumerate(data.header):
            for n, line in enumerate(lines):
                text.setTextOrigin(xs[column] + PAD_X, top - first_baseline - n * data.leading)
                text.textOut(line)
        y = top - data.header_height
        regular = True
        text.setFont(data.font, data.size, data.leading)
        last = len(data.widths) - 1
        for index in range(self.start, self.end):
            row = data.cells[index]
            strong = data.strong[index]
            for column, lines in enumerate(row):
                want_regular = not (strong and column == last)
                if want_regular != regular:
                    text.setFont(data.font if want_regular else data.bold_font, data.size)
                    regular = want_regular
                x = xs[column] + PAD_X
                for n, line in enumerate(lines):
                    text.setTextOrigin(x, y - first_baseline - n * data.leading)
                    text.textOut(line)
            y -= data.tops[index + 1] - data.tops[index]
        canvas.drawText(text)
        if data.on_page is not None:
            data.on_page(self.end)


class TextBlock(Flowable):
    """Plain text (no markup) wrapped to the frame and split between pages by whole lines.

    ``parts`` are (wrapper, text) pairs drawn one after the other, e.g. a bold heading and a
    note. A split never leaves the first part alone at a page bottom, nor one line by itself.
    """

    def __init__(
        self,
        parts: Sequence[tuple[Wrapper, str]],
        leading: float,
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        on_draw: Callable[[], None] | None = None,
        _lines: list[tuple[Wrapper, str]] | None = None,
        _keep: int = 2,
    ) -> None:
        super().__init__()
        self.parts = parts
        self.leading = leading
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.on_draw = on_draw
        self._lines = _lines
        self._keep = _keep
        self._wrapped_for: float | None = None

    def _ensure_lines(self, avail_width: float) -> list[tuple[Wrapper, str]]:
        if self._wrapped_for is None and self._lines is not None:
            return self._lines  # a piece of a split block keeps its lines
        if self._wrapped_for != avail_width:
            lines: list[tuple[Wrapper, str]] = []
            for index, (wrapper, text) in enumerate(self.parts):
                wrapped = [(wrapper, line) for line in wrapper.wrap(text, avail_width)]
                lines.extend(wrapped)
                if index == 0:
                    self._keep = len(wrapped) + 2
            self._lines = lines
            self._wrapped_for = avail_width
        return self._lines

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = len(self._ensure_lines(avail_width)) * self.leading
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        lines = self._ensure_lines(avail_width)
        fits = int((avail_height + 0.001) // self.leading)
        if fits >= len(lines):
            return [self]
        if len(lines) - fits < 2:  # no single line alone at the top of the next page
            fits = len(lines) - 2
        if fits < min(self._keep, len(lines)) or fits < 2:
            return []
        head = TextBlock(
            self.parts,
            self.leading,
            space_before=self.spaceBefore,
            on_draw=self.on_draw,
            _lines=lines[:fits],
        )
        tail = TextBlock(self.parts, self.leading, space_after=self.spaceAfter, _lines=lines[fits:])
        return [head, tail]

    def draw(self):
        canvas = self.canv
        text = canvas.beginText()
        current = None
        y = self.height
        for wrapper, line in self._lines or ():
            if wrapper is not current:
                text.setFont(wrapper.font, wrapper.size, self.leading)
                current = wrapper
                ascent = getAscent(wrapper.font, wrapper.size)
                offset = ascent + (self.leading - wrapper.size) / 2
            text.setTextOrigin(0, y - offset)
            text.textOut(line)
            y -= self.leading
        canvas.drawText(text)
        if self.on_draw is not None:
            self.on_draw()
