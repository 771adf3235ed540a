"""A calm banner at the top of the window: how many contacts await a reply, and what to do."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dagbog.core import next_step, requests
from dagbog.core.models import Case

from . import labels, theme


class NextStepBanner(QFrame):
    """Shown on start; the user can close it. Soft blue, an information sign, no alarm red."""

    #: The user wants the "Afventer svar" panel.
    show_requests = Signal()
    #: The user wants to write the letter the next step suggests (a ``core.letters`` kind).
    write_letter = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Overblik og næste skridt"))
        self.sign = QLabel("ℹ")
        self.apply_colours()
        self.sign.setAccessibleName(self.tr("Information"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        theme.keep_wrapped_height(self.text)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Se &listen"))
        self.open_button.setAccessibleName(self.tr("Vis henvendelser der afventer svar"))
        self.open_button.setToolTip(self.tr("Viser listen over henvendelser, der afventer svar"))
        self.open_button.clicked.connect(self.show_requests)
        # Shown when the next step is a written one: opens the letter, already filled in.
        self.letter_button = QPushButton()
        self.letter_button.setAccessibleName(self.tr("Skriv brevet"))
        self.letter_button.setToolTip(
            self.tr("Åbner et udkast skrevet ud fra loggen; du kan rette det, før du sender det")
        )
        self.letter_button.clicked.connect(self._write_letter)
        self.letter_button.hide()
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.setAccessibleName(self.tr("Luk overblikket"))
        self.close_button.setToolTip(
            self.tr("Skjuler overblikket; henvendelserne følges stadig i fanen Afventer svar")
        )
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.sign, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.letter_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismissed = False
        self.step: next_step.NextStep | None = None
        self.counts = (0, 0)
        # Calls to the caseworker without an answer since the last contact with them.
        self.unanswered_calls = 0

    def apply_colours(self) -> None:
        """Soft blue in the light theme, a muted slate blue in the dark one (again on a switch)."""
        background, border, text = (
            ("#2b3a4d", "#4d6685", "#e4e2dd")
            if theme.is_dark()
            else ("#e8eef6", "#9fb1c8", "#1d2a3a")
        )
        self.setStyleSheet(
            f"#next_step_banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QLabel {{ color: {text}; }}"
        )
        sign_size = round(1.8 * self.font().pointSizeF())  # follows the text-size setting
        self.sign.setStyleSheet(f"font-size: {sign_size}pt; color: {theme.accent_color()};")

    def refresh(self, case: Case | None, now: datetime | None = None) -> None:
        """Recount and re-suggest for ``case``; hidden when there is no case or it was closed."""
        if case is None:
            self.step = None
            self.counts = (0, 0)
            self.unanswered_calls = 0
            self.hide()
            return
        today = now.date() if now is not None else None
        self.counts = requests.count_open(case, today)
        self.step, calls = next_step.suggest_with_calls(case, now=now)
        self.unanswered_calls = len(calls)
        self.text.setText(self.message_html())
        theme.fit_wrapped_height(self.text)
        self.open_button.setVisible(self.counts[0] > 0)
        self._update_letter_button()
        # Nothing awaited and nothing to do: no banner, the status bar says it quietly.
        idle = self.counts[0] == 0 and self.step.rung == next_step.NONE
        self.setVisible(not self.dismissed and not idle)

    def calls_text(self) -> str:
        """ "3 opkald uden svar." ("" when there are none)."""
        if not self.unanswered_calls:
            return ""
        return self.tr("%1 opkald uden svar.").replace("%1", str(self.unanswered_calls))

    def headline(self) -> str:
        """How many contacts are unanswered: requests awaiting a reply, or else failed calls."""
        total, overdue = self.counts
        calls = self.calls_text()
        if total == 0:
            return calls or self.tr("Ingen henvendelser afventer svar.")
        text = (
            self.tr("1 henvendelse afventer svar")
            if total == 1
            else self.tr("%1 henvendelser afventer svar").replace("%1", str(total))
        )
        if overdue:
            text += (
                self.tr(", og 1 er over fristen")
                if overdue == 1
                else self.tr(", og %1 er over fristen").replace("%1", str(overdue))
            )
        # With requests awaiting, the next step already speaks of the calls; the status bar
        # counts them too. Without, "no requests await a reply" alone would mislead.
        return text + "."

    def sentence(self) -> str:
        """The suggestion in the chosen language."""
        if self.step is None:
            return ""
        return labels.say(self.step.phrase) if self.step.phrase else self.step.sentence

    def message_html(self) -> str:
        esc = labels.html_escape
        sentence = self.sentence()
        lead = self.tr("Næste skridt:")
        return f"<b>{esc(self.headline())}</b><br>{esc(lead)} {esc(sentence)}"

    def message_text(self) -> str:
        """The banner's words as plain text (for tests and screen readers)."""
        sentence = self.sentence()
        lead = self.tr("Næste skridt:")
        return f"{self.headline()} {lead} {sentence}"

    def letter_button_texts(self) -> dict[str, tuple[str, str]]:
        """Letter kind -> (button text, what it does: the tooltip and accessible description)."""
        return {
            "followup": (
                self.tr("Skriv &e-mailen …"),
                self.tr("Åbner en høflig opfølgende e-mail med dine forsøg på kontakt fra loggen"),
            ),
            "head": (
                self.tr("Skriv til &afdelingslederen …"),
                self.tr("Åbner et brev til afdelingslederen skrevet ud fra loggen"),
            ),
            "new-caseworker": (
                self.tr("Skriv &anmodningen …"),
                self.tr("Åbner en begrundet anmodning om en ny sagsbehandler til jobcentret"),
            ),
        }

    def _update_letter_button(self) -> None:
        kind = self.step.letter_kind if self.step is not None else None
        texts = self.letter_button_texts().get(kind or "")
        self.letter_button.setVisible(texts is not None)
        if texts is not None:
            self.letter_button.setText(texts[0])
            self.letter_button.setAccessibleName(texts[0].replace("&", "").rstrip(" …"))
            self.letter_button.setToolTip(texts[1])

    @Slot()
    def _write_letter(self) -> None:
        kind = self.step.letter_kind if self.step is not None else None
        if kind:
            self.write_letter.emit(kind)

    @Slot()
    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()
