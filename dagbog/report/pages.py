"""Page numbers for the PDFs: "Side X af Y" is known only once all pages are laid out.

The canvas keeps each finished page's state instead of writing it; when the document is saved
it knows the total and draws every page's header and footer before writing the page
(reportlab's two-pass idiom). The PDF log and the meeting summary each say what to draw.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas


class NumberedCanvas(Canvas):
    """Holds the finished pages and calls :meth:`draw_furniture` on each when saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_furniture(number, total)
            Canvas.showPage(self)
        self._pages = []
        Canvas.save(self)

    def draw_furniture(self, number: int, total: int) -> None:
        """Draw page ``number`` of ``total``'s header and footer (its "Side X af Y")."""
        raise NotImplementedError
