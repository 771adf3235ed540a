"""The case picker of the main window's toolbar and the search dock's case filter: the chosen
case's title, readable at any size.

A plain combo box in a toolbar keeps the width of a fixed number of characters, so at 200 %
text a longer title was cut off mid-word ("Sygedagpenge – Jobcenter Søb"). This one is as wide
as the chosen title, between :data:`CasePicker.MIN_CHARS` and :data:`CasePicker.MAX_CHARS`
characters; a title longer than that is shortened in the middle with "…" (both the kind of
case and the jobcenter stay visible), and the whole title is in the tooltip and in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QWidget

# QStyle and its option and painter load only for a title near or over the box's minimum
# width: PySide6 sets up QStyle's ~550 enum values (~5 ms) the first time Python touches it,
# and at start the window's first paint needed them for this box alone. A shorter title is
# shown whole by the plain combo box, in the same size (see _plain).


class CasePicker(QComboBox):
    """A combo box of case titles that shows the chosen title whole or elided with "…"."""

    MIN_CHARS = 22
    MAX_CHARS = 40

    def __init__(
        self,
        parent: QWidget | None = None,
        min_chars: int | None = None,
        max_chars: int | None = None,
    ) -> None:
        """``min_chars``/``max_chars``: other bounds than the toolbar's (e.g. a filter row)."""
        super().__init__(parent)
        if min_chars is not None:
            self.MIN_CHARS = min_chars
        if max_chars is not None:
            self.MAX_CHARS = max_chars
        self.setMinimumContentsLength(self.MIN_CHARS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._shown_for: str | None = None

    #: Pixels a title stays inside the minimum width for the plain combo box to show it: the
    #: edit field is the box less its frame and arrow, a few pixels off the content width.
    PLAIN_MARGIN = 16

    def _plain(self) -> bool:
        """Whether the title is well inside the width a plain combo box keeps (MIN_CHARS
        "X"): then :meth:`sizeHint` is QComboBox's own, and in a box that wide QComboBox
        draws the title whole, exactly as :meth:`paintEvent` would."""
        metrics = self.fontMetrics()
        room = self.minimumContentsLength() * metrics.horizontalAdvance("X")
        return metrics.horizontalAdvance(self.currentText()) + self.PLAIN_MARGIN <= room

    def _option(self):
        from PySide6.QtWidgets import QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def _field_width(self) -> int:
        from PySide6.QtWidgets import QStyle

        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            self._option(),
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return field.width()

    def displayed_text(self) -> str:
        """The chosen title as drawn: whole if it fits, else shortened in the middle."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, self._field_width()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()  # room for MIN_CHARS
        if self._plain():
            return hint  # the title's width is within it: the size below would be the same
        from PySide6.QtWidgets import QStyle

        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance("x") * self.MAX_CHARS
        text = min(metrics.horizontalAdvance(self.currentText()) + 2, widest)
        wanted = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, self._option(), QSize(text, hint.height()), self
        )
        return QSize(max(hint.width(), wanted.width()), hint.height())

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        """The list as wide as its longest title (up to the screen), not as the box."""
        view = self.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, self.screen().size().width()))
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        text = self.currentText()
        if text != self._shown_for:
            # The window fills and switches the list with its signals blocked: catch up here.
            self._shown_for = text
            self.setToolTip(text)
            self.updateGeometry()
        if self._plain() and self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStylePainter

        painter = QStylePainter(self)
        try:
            option = self._option()
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
            option.currentText = self.displayed_text()
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        finally:
            painter.end()  # not left to Python's collector: a painter must end in paintEvent
