"""How awaiting, due-soon, overdue and unanswered contacts look: sign, words and colour.

Never colour alone: every state has its own sign and its own words, and the tints differ in
lightness as well as hue, so a grayscale screenshot (or a reader who sees no red) still tells
overdue (darkest tint, bold) from due soon (lighter) from merely awaiting (no tint).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from dagbog.core import requests
from dagbog.core.models import Entry

from . import labels, theme

OVERDUE = "overdue"
DUE_SOON = "due-soon"
AWAITING = "awaiting"
UNANSWERED = "unanswered"

#: Row tints: overdue is clearly darker than due-soon in grayscale (luma ~0.80 vs ~0.94).
_BACKGROUNDS = {OVERDUE: "#f0b9ab", DUE_SOON: "#fdf0c4"}
_FOREGROUNDS = {OVERDUE: "#7a1200", DUE_SOON: "#5c4300", UNANSWERED: "#5a2a00"}
#: The dark theme's tints: dark rows under light text; overdue is again the strongest tint.
_DARK_BACKGROUNDS = {OVERDUE: "#6e2b22", DUE_SOON: "#45401f"}
_DARK_FOREGROUNDS = {OVERDUE: "#ffc4b8", DUE_SOON: "#f3dc94", UNANSWERED: "#f2b98a"}


def code(entry: Entry, today: date | None = None) -> str | None:
    """overdue, due-soon, awaiting, unanswered or None (see ``requests.highlight``)."""
    return requests.highlight(entry, today)


def status_text(entry: Entry, today: date | None = None) -> str:
    """The status column's text: a sign and words (falls back to ``labels.status_label``)."""
    state = code(entry, today)
    due = labels.format_day(entry.reply_due)
    if state == OVERDUE:
        return QCoreApplication.translate("Highlight", "⚠ Overskredet (frist %1)").replace(
            "%1", due
        )
    if state == DUE_SOON:
        return QCoreApplication.translate("Highlight", "◔ Frist snart (frist %1)").replace(
            "%1", due
        )
    if state == AWAITING:
        return QCoreApplication.translate("Highlight", "◷ Afventer svar (frist %1)").replace(
            "%1", due
        )
    if state == UNANSWERED:
        return "✗ " + labels.label(labels.outcome_labels(), entry.outcome)
    from dagbog.core import journal

    return labels.status_label(journal.status_code(entry, today), entry.reply_due, entry.outcome)


def background(state: str | None) -> QColor | None:
    colours = _DARK_BACKGROUNDS if theme.is_dark() else _BACKGROUNDS
    return QColor(colours[state]) if state in colours else None


def foreground(state: str | None) -> QColor | None:
    colours = _DARK_FOREGROUNDS if theme.is_dark() else _FOREGROUNDS
    return QColor(colours[state]) if state in colours else None


def font(state: str | None, base: QFont | None = None) -> QFont | None:
    """Bold for overdue, so it also stands out by weight."""
    if state != OVERDUE:
        return None
    bold = QFont(base) if base is not None else QFont()
    bold.setBold(True)
    return bold


def days_text(days: int) -> str:
    return (
        QCoreApplication.translate("Highlight", "1 arbejdsdag")
        if days == 1
        else QCoreApplication.translate("Highlight", "%1 arbejdsdage").replace("%1", str(days))
    )
