"""In the entry dialog: "Is this the answer?" — open requests a new contact may answer."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from dagbog.core import clock, requests
from dagbog.core.models import Case, Entry, Person
from dagbog.core.vocabulary import Direction

from . import labels

#: At most this many candidates are offered (oldest first, the same person's first).
MAX_OFFERED = 8


class AnswerOfferBox(QGroupBox):
    """Check boxes for the open requests an incoming contact (or talked-to call) answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Er det et svar?"), parent)
        self.setAccessibleName(self.tr("Henvendelser som denne kontakt besvarer"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.intro = QLabel(self.tr("Sæt kryds ved det, kontakten er svar på:"))
        self.intro.setWordWrap(True)
        self._layout.addWidget(self.intro)
        self.boxes: list[tuple[QCheckBox, Entry]] = []
        self.hide()

    def update_for(
        self,
        case: Case,
        *,
        kind: str,
        direction: str,
        outcome: str | None,
        person: Person | None,
        at: datetime | None,
    ) -> None:
        """Offer the candidates for a contact like this; keeps ticks on entries still offered."""
        ticked = {entry.id for entry in self.selected()}
        for box, _entry in self.boxes:
            self._layout.removeWidget(box)
            box.hide()  # gone at once, also for screen readers; deleted on the next turn
            box.deleteLater()
        self.boxes = []
        # Nobody named on an incoming contact is the jobcenter itself (a letter from it): it
        # may answer any open request. An outgoing call answers only through the person.
        anonymous = person is None and direction != Direction.IN
        if at is None or anonymous or not requests.can_answer(kind, direction, outcome):
            self.hide()
            return
        candidates = requests.answer_candidates(case, at, person)[:MAX_OFFERED]
        for entry in candidates:
            text = self._describe(entry)
            box = QCheckBox(text)
            box.setAccessibleName(self.tr("Svar på: %1").replace("%1", text))
            box.setAccessibleDescription(
                self.tr("Sæt kryds, hvis kontakten, du registrerer, besvarer denne henvendelse")
            )
            box.setChecked(entry.id in ticked)
            self._layout.addWidget(box)
            self.boxes.append((box, entry))
        self.setVisible(bool(candidates))

    def _describe(self, entry: Entry) -> str:
        kind = labels.label(labels.kind_labels(), entry.kind)
        when = labels.format_day(clock.to_local(entry.at))
        who = f" til {entry.person.name}" if entry.person_id else ""
        subject = f": {entry.subject}" if entry.subject else ""
        due = labels.format_day(entry.reply_due)
        return (
            self.tr("%1 %2%3 (frist %4)%5")
            .replace("%1", kind)
            .replace("%2", when)
            .replace("%3", who)
            .replace("%4", due)
            .replace("%5", subject)
        )

    def candidates(self) -> list[Entry]:
        return [entry for _box, entry in self.boxes]

    def selected(self) -> list[Entry]:
        return [entry for box, entry in self.boxes if box.isChecked()]

    def tick(self, entry_id: int, checked: bool = True) -> None:
        for box, entry in self.boxes:
            if entry.id == entry_id:
                box.setChecked(checked)
