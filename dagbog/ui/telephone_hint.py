"""A gentle note in the entry dialog when a call falls outside the person's telefontid."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dagbog.core import clock, telephone_hours
from dagbog.core.models import Person
from dagbog.core.vocabulary import Kind

from . import labels, theme


class TelephoneHint(QLabel):
    """Hidden unless it is a call to someone whose telephone hours are closed right now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {theme.accent_color()};")
        self.setAccessibleName(self.tr("Telefontid"))
        self.hide()

    def update_for(self, person: Person | None, kind: str, moment: datetime | None = None) -> None:
        moment = moment or clock.now()
        ranges = telephone_hours.from_json(person.telephone_hours) if person else []
        if kind != Kind.CALL or not ranges or telephone_hours.is_open(ranges, moment):
            self.clear()
            self.hide()
            return
        self.setText(
            self.tr("ℹ %1s telefontid er lukket nu; %2. Du kan stadig notere opkaldet.")
            .replace("%1", person.name)
            .replace("%2", labels.say(telephone_hours.describe_phrase(ranges, moment, short=True)))
        )
        self.show()
