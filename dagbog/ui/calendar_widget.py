"""A month calendar that marks the days holding contacts, and meetings distinctly."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, Qt, Slot
from PySide6.QtGui import QFont, QPainter, QPalette, QPolygonF, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from dagbog.core import journal
from dagbog.core.models import Case
from dagbog.core.vocabulary import Kind


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class CalendarWidget(QCalendarWidget):
    """Days with contacts are bold with a dot under the number; meeting days get a diamond.

    The marks never rely on colour alone: weight and shape carry them, and each marked day
    has a tooltip saying what it holds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._marks: dict[date, set[str]] = {}
        self.setGridVisible(False)
        self.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        self.setMinimumSize(330, 270)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setAccessibleName(self.tr("Kalender"))
        self.setAccessibleDescription(
            self.tr("Dage med kontakter er fede med en prik; dage med møder har en rombe.")
        )
        self.currentPageChanged.connect(self._page_changed)

    # --- data ----------------------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        self._case = case
        self.refresh_marks()

    def marks(self) -> dict[date, set[str]]:
        """The kinds on each marked day of the shown page (and its overlapping weeks)."""
        return dict(self._marks)

    def is_marked(self, day: date) -> bool:
        return day in self._marks

    def _visible_range(self) -> tuple[date, date]:
        first = date(self.yearShown(), self.monthShown(), 1)
        # The grid shows up to six weeks, starting in the week before the first.
        start = first - timedelta(days=7)
        return start, start + timedelta(days=7 * 7)

    @Slot()
    def refresh_marks(self) -> None:
        """Re-read which days hold contacts and redraw them."""
        for day in self._marks:
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        if self._case is None:
            self._marks = {}
        else:
            self._marks = journal.marked_days(self._case, *self._visible_range())
        for day, kinds in self._marks.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip(self._tooltip(kinds))
            self.setDateTextFormat(to_qdate(day), fmt)
        self.updateCells()

    def _tooltip(self, kinds: set[str]) -> str:
        if kinds == {Kind.MEETING}:
            return self.tr("Møde denne dag")
        if Kind.MEETING in kinds:
            return self.tr("Kontakter og møde denne dag")
        return self.tr("Kontakter denne dag")

    @Slot(int, int)
    def _page_changed(self, _year: int, _month: int) -> None:
        self.refresh_marks()

    # --- drawing -------------------------------------------------------------------------
    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        kinds = self._marks.get(to_date(qdate))
        if not kinds:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = qdate == self.selectedDate()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = self.palette().color(role)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        size = max(5.0, min(rect.width(), rect.height()) / 6.5)
        y = rect.bottom() - size * 0.75
        has_meeting = Kind.MEETING in kinds
        has_other = bool(kinds - {Kind.MEETING})
        cx = rect.center().x()
        if has_meeting and has_other:
            self._draw_dot(painter, cx - size * 0.9, y, size)
            self._draw_diamond(painter, cx + size * 0.9, y, size * 1.4)
        elif has_meeting:
            self._draw_diamond(painter, cx, y, size * 1.4)
        else:
            self._draw_dot(painter, cx, y, size)
        painter.restore()

    @staticmethod
    def _draw_dot(painter: QPainter, cx: float, cy: float, size: float) -> None:
        painter.drawEllipse(QPointF(cx, cy), size / 2, size / 2)

    @staticmethod
    def _draw_diamond(painter: QPainter, cx: float, cy: float, size: float) -> None:
        half = size / 2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx, cy - half),
                    QPointF(cx + half, cy),
                    QPointF(cx, cy + half),
                    QPointF(cx - half, cy),
                ]
            )
        )
