"""Help in plain Danish: the contact ladder, telefontid, e-mail as proof, a new caseworker,
aktindsigt and the complaint deadline. Each topic ends in a button that does what it describes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class HelpTopic:
    """One help text and the action it leads to (names from ``MainWindow.named_actions``)."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    action: str
    action_label: str
    #: Used when ``action`` is not available in this build (e.g. no letter dialog).
    fallback: str = ""


class HelpDialog(QDialog):
    """Topics on the left, the text on the right, and one button that does the thing."""

    #: The user wants the action named here (``MainWindow.run_named_action``).
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, topic: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hjælp – Dagbog"))
        self.topics = self._topics()
        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(self.tr("Emner i hjælpen"))
        self.topic_list.setAccessibleDescription(self.tr("Vælg et emne for at læse om det"))
        for item in self.topics:
            self.topic_list.addItem(item.title)
        metrics = self.topic_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(t.title) for t in self.topics)
        self.topic_list.setMinimumWidth(widest + 4 * metrics.averageCharWidth())
        self.topic_list.setMaximumWidth(widest + 8 * metrics.averageCharWidth())
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Hjælpetekst"))
        self.text.setAccessibleDescription(
            self.tr("Hjælp til det valgte emne, på almindeligt dansk")
        )
        self.text.setOpenExternalLinks(False)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._run_action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk hjælpen"))
        close.setToolTip(self.tr("Lukker hjælpen (Esc)"))
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.topic_list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        scale = max(1.0, self.font().pointSizeF() / 10.0)
        self.resize(int(820 * min(scale, 1.6)), int(520 * min(scale, 1.5)))

        self.topic_list.currentRowChanged.connect(self._show)
        keys = [t.key for t in self.topics]
        self.topic_list.setCurrentRow(keys.index(topic) if topic in keys else 0)
        self.topic_list.setFocus()

    def _topics(self) -> list[HelpTopic]:
        return [
            HelpTopic(
                "ladder",
                self.tr("Sådan får du fat i jobcentret"),
                (
                    self.tr(
                        "Tag ét trin ad gangen, og skriv hvert forsøg ind i dagbogen – også "
                        "når ingen svarer. Så kan du senere vise, hvad du har gjort."
                    ),
                    self.tr("1. Ring til din sagsbehandler i telefontiden."),
                    self.tr(
                        "2. Skriv en e-mail. Den viser, at du har henvendt dig, og hvad du "
                        "spurgte om."
                    ),
                    self.tr("3. Kan du ikke få fat i sagsbehandleren, så ring til vagttelefonen."),
                    self.tr(
                        "4. Bliver det ved med at gå galt, så skriv til afdelingslederen. "
                        "Det viser også afdelingen, hvor kontakten svigter."
                    ),
                    self.tr(
                        "5. Er samarbejdet gået i stykker, kan du skriftligt bede om en anden "
                        "sagsbehandler (se «Ny sagsbehandler»)."
                    ),
                    self.tr("Skriv kort, høfligt og sagligt. Det virker bedst."),
                ),
                "call",
                self.tr("Notér et opkald nu"),
            ),
            HelpTopic(
                "telefontid",
                self.tr("Telefontid"),
                (
                    self.tr(
                        "Mange sagsbehandlere kan kun træffes i en fast telefontid, fx mandag til "
                        "torsdag kl. 9–12. Uden for den tid tager de sjældent telefonen."
                    ),
                    self.tr(
                        "Skriv telefontiden ind ved din sagsbehandler under «Personer». Så viser "
                        "Dagbog, om der er åbent nu, og hvornår der åbner næste gang."
                    ),
                ),
                "people",
                self.tr("Skriv telefontid ind under Personer"),
            ),
            HelpTopic(
                "email",
                self.tr("Hvorfor en e-mail er et godt bevis"),
                (
                    self.tr(
                        "En telefonsamtale efterlader intet spor hos dig. En e-mail har dato, "
                        "modtager og din præcise tekst, og du har selv en kopi."
                    ),
                    self.tr(
                        "Kommunen har pligt til at notere oplysninger, den får over telefonen "
                        "(notatpligt). Din egen dagbog er dit spejl af det. Efter en vigtig "
                        "samtale kan du sende en kort e-mail: «Som aftalt i telefonen i dag …»."
                    ),
                ),
                "email",
                self.tr("Notér en sendt e-mail"),
            ),
            HelpTopic(
                "new-caseworker",
                self.tr("Ny sagsbehandler"),
                (
                    self.tr(
                        "Efter retssikkerhedsloven § 4 skal du kunne medvirke i din egen sag, og "
                        "kommunen skal tilrettelægge arbejdet, så det er muligt."
                    ),
                    self.tr(
                        "Vejledningen til loven (punkt 56) siger, at kommunen så vidt muligt bør "
                        "imødekomme et begrundet ønske om en anden sagsbehandler. Det er ikke et "
                        "ubetinget krav, og der er ingen fast frist."
                    ),
                    self.tr(
                        "Skriv til jobcentrets hovedmail, ikke kun til sagsbehandleren, og forklar "
                        "kort og sagligt, hvorfor samarbejdet ikke fungerer."
                    ),
                ),
                "letter:new-caseworker",
                self.tr("Skriv anmodning om ny sagsbehandler"),
                fallback="email",
            ),
            HelpTopic(
                "aktindsigt",
                self.tr("Aktindsigt"),
                (
                    self.tr(
                        "Efter forvaltningsloven § 9 har du ret til at se papirerne i din egen "
                        "sag: journalnotater, e-mails og notater fra telefonsamtaler."
                    ),
                    self.tr(
                        "Har du ikke fået svar inden 7 arbejdsdage, skal kommunen fortælle dig "
                        "hvorfor, og hvornår du kan forvente svar (§ 16, stk. 2)."
                    ),
                ),
                "letter:aktindsigt",
                self.tr("Skriv anmodning om aktindsigt"),
                fallback="email",
            ),
            HelpTopic(
                "complaint",
                self.tr("Klagefrist"),
                (
                    self.tr(
                        "Er du uenig i en afgørelse, har du 4 uger til at klage fra den dag, du "
                        "fik den. Fristen slutter på samme ugedag fire uger senere."
                    ),
                    self.tr(
                        "Kommunen ser afgørelsen igennem igen inden for 4 uger. Holder den fast i "
                        "den, sendes klagen videre til Ankestyrelsen."
                    ),
                    self.tr(
                        "Notér afgørelsen som et brev, du har fået, så du kan se datoen og "
                        "fristen senere."
                    ),
                ),
                "received-letter",
                self.tr("Notér et brev jeg har fået"),
            ),
        ]

    @Slot(int)
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.topics):
            return
        topic = self.topics[row]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in topic.paragraphs)
        self.text.setHtml(f"<h2>{html.escape(topic.title)}</h2>{body}")
        self.action_button.setText(topic.action_label)
        self.action_button.setAccessibleName(topic.action_label)
        self.action_button.setAccessibleDescription(
            self.tr("Gør det, teksten beskriver, i hovedvinduet")
        )

    def current_topic(self) -> HelpTopic:
        return self.topics[max(0, self.topic_list.currentRow())]

    def show_topic(self, key: str) -> None:
        for row, topic in enumerate(self.topics):
            if topic.key == key:
                self.topic_list.setCurrentRow(row)

    @Slot()
    def _run_action(self) -> None:
        topic = self.current_topic()
        self.action_requested.emit(topic.action + ("|" + topic.fallback if topic.fallback else ""))
