"""A month calendar that marks the days holding contacts, and meetings distinctly."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRect, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextCharFormat,
)
from PySide6.QtWidgets import QCalendarWidget, QWidget

from dagbog.core import journal, meeting_days, requests
from dagbog.core.models import Case
from dagbog.core.vocabulary import Kind

from . import i18n, labels, theme

# At most this many agreed actions are named in a day's tooltip (then "… and N more").
TOOLTIP_ACTIONS = 4


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class CalendarWidget(QCalendarWidget):
    """Days with contacts are bold with a dot under the number; meeting days get a diamond;
    a day an agreed action from a meeting falls due is underlined with a corner (◤).

    The marks never rely on colour alone: weight and shape carry them, and each marked day
    has a tooltip saying what it holds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._marks: dict[date, set[str]] = {}
        # Due dates of open requests: "overdue" (filled triangle) or "due" (outlined).
        self._due: dict[date, str] = {}
        # The open follow-up items from meetings falling due on each day.
        self._follow_ups: dict[date, list[meeting_days.FollowUp]] = {}
        self.setGridVisible(False)
        self.setLocale(i18n.locale())
        self.setMinimumSize(330, 270)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setAccessibleName(self.tr("Kalender"))
        self.setAccessibleDescription(
            self.tr(
                "Dage med kontakter er fede med en prik; dage med møder har en rombe; en "
                "trekant foroven til højre er en svarfrist; dage, hvor en aftale fra et møde "
                "har frist, er understreget med et hjørne foroven til venstre."
            )
        )
        self.currentPageChanged.connect(self._page_changed)
        self.apply_colours()

    def apply_colours(self) -> None:
        """Weekends in a readable red of the light or dark theme (Qt's pure red is not)."""
        weekend = QTextCharFormat()
        weekend.setForeground(QColor(theme.weekend_color()))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    # --- data ----------------------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        self._case = case
        self.refresh_marks()

    def marks(self) -> dict[date, set[str]]:
        """The kinds on each marked day of the shown page (and its overlapping weeks)."""
        return dict(self._marks)

    def is_marked(self, day: date) -> bool:
        return day in self._marks

    def due_marks(self) -> dict[date, str]:
        """Due dates of open requests on the shown page: "overdue" or "due"."""
        return dict(self._due)

    def follow_ups(self) -> dict[date, int]:
        """How many open follow-up items from meetings fall due on the days of the shown page."""
        return {day: len(items) for day, items in self._follow_ups.items()}

    def follow_up_items(self) -> dict[date, list[meeting_days.FollowUp]]:
        """The open follow-up items (promise or own action, who, what) by day due."""
        return {day: list(items) for day, items in self._follow_ups.items()}

    def _visible_range(self) -> tuple[date, date]:
        first = date(self.yearShown(), self.monthShown(), 1)
        # The grid shows up to six weeks, starting in the week before the first.
        start = first - timedelta(days=7)
        return start, start + timedelta(days=7 * 7)

    @Slot()
    def refresh_marks(self) -> None:
        """Re-read which days hold contacts and redraw them."""
        for day in set(self._marks) | set(self._due) | set(self._follow_ups):
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        if self._case is None:
            self._marks = {}
            self._due = {}
            self._follow_ups = {}
        else:
            self._marks = journal.marked_days(self._case, *self._visible_range())
            self._due = requests.due_days(self._case, *self._visible_range())
            self._follow_ups = meeting_days.follow_up_items(self._case, *self._visible_range())
        for day in set(self._marks) | set(self._due):
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            tips = [self._tooltip(self._marks[day])] if day in self._marks else []
            if day in self._due:
                tips.append(
                    self.tr("▲ Svarfrist overskredet")
                    if self._due[day] == "overdue"
                    else self.tr("△ Svarfrist denne dag")
                )
            fmt.setToolTip("\n".join(tips))
            self.setDateTextFormat(to_qdate(day), fmt)
        for day, items in self._follow_ups.items():
            # Underlined with a corner flag on the left: an agreed action falls due.
            fmt = self.dateTextFormat(to_qdate(day))
            fmt.setFontUnderline(True)
            tips = [fmt.toolTip()] if fmt.toolTip() else []
            tips += [self._follow_up_tip(item) for item in items[:TOOLTIP_ACTIONS]]
            if len(items) > TOOLTIP_ACTIONS:
                more = len(items) - TOOLTIP_ACTIONS
                tips.append(self.tr("◤ … og %n aftale(r) mere", "", more))
            fmt.setToolTip("\n".join(tips))
            self.setDateTextFormat(to_qdate(day), fmt)
        self.updateCells()

    def _follow_up_tip(self, item: meeting_days.FollowUp) -> str:
        """One agreed action due that day, saying whose it is: the jobcenter's promise or
        someone's own action (the mark in the cell is the same corner for both)."""
        what = item.what.splitlines()[0].strip() if item.what.strip() else ""
        if len(what) > 60:
            what = what[:59].rstrip() + "…"
        if item.promised:
            return self.tr("◤ Frist for jobcentrets løfte: %1").replace("%1", what)
        if item.who:
            return (
                self.tr("◤ Frist for aftale, %1 gør: %2")
                .replace("%1", labels.shown_who(item.who))
                .replace("%2", what)
            )
        return self.tr("◤ Frist for aftale: %1").replace("%1", what)

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
        # Runs for each of the 42 days at every paint: one date conversion, and a day
        # without marks (most of them) is done after Qt's own drawing.
        day = to_date(qdate)
        if day in self._follow_ups:
            self._draw_follow_up(painter, rect, qdate)
        due = self._due.get(day)
        if due:
            self._draw_due(painter, rect, qdate, due == "overdue")
        kinds = self._marks.get(day)
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

    def _draw_follow_up(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        """A small filled corner on the cell's top left: an agreed action falls due."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = qdate == self.selectedDate()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(role))
        size = max(6.0, min(rect.width(), rect.height()) / 4.0)
        left, top = rect.left() + 2.0, rect.top() + 2.0
        painter.drawPolygon(
            QPolygonF([QPointF(left, top), QPointF(left + size, top), QPointF(left, top + size)])
        )
        painter.restore()

    def _draw_due(self, painter: QPainter, rect: QRect, qdate: QDate, overdue: bool) -> None:
        """A triangle in the cell's top-right corner: filled when overdue, outlined when due."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = qdate == self.selectedDate()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = self.palette().color(role)
        size = max(7.0, min(rect.width(), rect.height()) / 4.0)
        right, top = rect.right() - 2.0, rect.top() + 2.0
        triangle = QPolygonF(
            [
                QPointF(right - size / 2, top),
                QPointF(right, top + size * 0.87),
                QPointF(right - size, top + size * 0.87),
            ]
        )
        pen = QPen(color)
        pen.setWidthF(1.4)
        painter.setPen(pen)
        painter.setBrush(color if overdue else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(triangle)
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
