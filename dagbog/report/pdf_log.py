"""The PDF log of one case: cover and summary, open requests, the chronological log, notes, people.

Everything here is Qt-free and can write to any binary file object (tests build into
``BytesIO``); :func:`write_pdf` writes a file atomically (temporary file, then rename).

Speed: rows are fetched as light named tuples in one query, measured once, and laid out by
:class:`~dagbog.report.flowables.LogTable`, so the build grows linearly with the number of
entries. "Side X af Y" comes from a canvas that holds the finished pages and numbers them when
the document is saved, so the story is laid out only once.

All user text is either drawn as plain text (the log, the notes) or escaped before it enters
Paragraph markup, so ``<b>Svar & klage</b>`` prints literally.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from peewee import JOIN
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..core import (
    clock,
    deadlines,
    journal,
    meetings,
    people,
    requests,
    settings,
    stats,
    telephone_hours,
)
from ..core.attachments import format_size
from ..core.errors import DagbogError, ValidationError, os_reason_phrase
from ..core.models import Attachment, Case, Entry, Person
from ..core.texts import QT_TRANSLATE_NOOP, phrase
from ..core.vocabulary import (
    DIRECTION_LABELS,
    KIND_LABELS,
    ROLE_LABELS,
    UNANSWERED_OUTCOMES,
    Direction,
    Kind,
    ReplyStatus,
)
from .chart import month_chart
from .flowables import LogTable, LogTableData, TextBlock, paragraph
from .fonts import BOLD, REGULAR, register_fonts
from .output import replacing
from .pages import NumberedCanvas
from .text import Wrapper, date_time, plural, short_date

TITLE = "Log over kontakt med jobcentret"
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN_X

#: The log's columns: title and width in points (they add up to the frame width).
LOG_COLUMNS = (
    ("Nr.", 9 * mm),
    ("Dato og tid", 27 * mm),
    ("Type", 19 * mm),
    ("Retning", 17 * mm),
    ("Med hvem", 29 * mm),
    ("Emne", 41 * mm),
    ("Udfald / status", FRAME_WIDTH - 142 * mm),
)
#: The attachments list: the file's name and checksum share one wide column.
ATTACHMENT_COLUMNS = (
    ("Nr.", 9 * mm),
    ("Kontakt", 27 * mm),
    ("Fil og SHA-256-kontrolsum", FRAME_WIDTH - 54 * mm),
    ("Størrelse", 18 * mm),
)
#: Secondary text: a dark gray (the whole PDF is gray only, so it prints the same in black and
#: white; note that reportlab reads a short "#333" as 0x000333, a dark blue).
INK_SOFT = colors.Color(0.2, 0.2, 0.2)
#: An entry written down more than this long after it happened is marked "registreret senere".
LATE_REGISTRATION = timedelta(days=1)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportCancelled(DagbogError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Eksporten blev afbrudt. Der er ikke gemt nogen fil.")


@dataclass(frozen=True)
class ExportOptions:
    """What goes into the PDF. Dates are local calendar days, both included."""

    start: date | None = None
    end: date | None = None
    kinds: frozenset[str] | None = None  # None: every kind
    only_unanswered: bool = False
    with_notes: bool = True
    include_private: bool = False
    prepared_by: str = ""  # default: the case's citizen
    today: date | None = None  # the day deadlines are judged on (default: today)
    generated_at: datetime | None = None  # default: now

    def validate(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Perioden er bagvendt: fra {start} til {end}. Byt om på datoerne."
                    ),
                    start=short_date(self.start),
                    end=short_date(self.end),
                ),
                field="start",
            )
        if self.kinds is not None:
            unknown = set(self.kinds) - set(Kind)
            if unknown:
                raise ValidationError(
                    phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "Ukendt kontakttype: {kinds}."),
                        kinds=", ".join(sorted(unknown)),
                    ),
                    field="kinds",
                )
            if not self.kinds:
                raise ValidationError(
                    phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "Vælg mindst én kontakttype."),
                    ),
                    field="kinds",
                )


@dataclass(frozen=True)
class ExportResult:
    pages: int
    entries: int
    notes: int


@dataclass
class _Context:
    case: Case
    options: ExportOptions
    today: date
    generated_at: datetime
    period_text: str
    fingerprint: object | None
    progress: Progress | None
    cancelled: CancelCheck | None
    attachments: dict = field(default_factory=dict)
    total_steps: int = 0
    done_steps: int = 0
    pages: int = 0

    def step(self, done: int) -> None:
        self.done_steps = done
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(done, self.total_steps), self.total_steps)


# -- data ---------------------------------------------------------------------------------


def _unanswered_condition():
    """Unanswered attempts (outgoing calls without answer) and requests still awaiting a reply."""
    return (
        (Entry.kind == Kind.CALL)
        & (Entry.direction == Direction.OUT)
        & Entry.outcome.in_(sorted(UNANSWERED_OUTCOMES))
    ) | (Entry.reply_status == ReplyStatus.AWAITING)


def _period_filter(query, options: ExportOptions):
    if options.start is not None:
        query = query.where(Entry.at >= clock.day_bounds_utc(options.start)[0])
    if options.end is not None:
        query = query.where(Entry.at < clock.day_bounds_utc(options.end)[1])
    return query


def log_rows(case: Case, options: ExportOptions) -> list:
    """The entries of the export, oldest first, as light named tuples (one query)."""
    fields = [
        Entry.id,
        Entry.at,
        Entry.kind,
        Entry.direction,
        Person.name.alias("person_name"),
        Entry.subject,
        Entry.outcome,
        Entry.request_type,
        Entry.reply_status,
        Entry.reply_due,
        Entry.response_days,
        Entry.closed_reason,
        Entry.private,
        Entry.registered_at,
    ]
    if options.with_notes:
        fields.append(Entry.note)
    query = (
        Entry.select(*fields)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where((Entry.case == case) & (Entry.deleted == False))
    )
    query = _period_filter(query, options)
    if options.kinds is not None:
        query = query.where(Entry.kind.in_(sorted(options.kinds)))
    if options.only_unanswered:
        query = query.where(_unanswered_condition())
    if not options.include_private:
        query = query.where(Entry.private == False)
    return list(query.order_by(Entry.at, Entry.id).namedtuples())


def attachments_by_entry(rows: list) -> dict[int, list]:
    """The attachments of the exported entries, oldest first, keyed by entry id (one query)."""
    wanted = {row.id for row in rows}
    if not wanted:
        return {}
    case_id = Entry.select(Entry.case).where(Entry.id == next(iter(wanted))).scalar()
    found: dict[int, list] = {}
    query = (
        Attachment.select(
            Attachment.entry, Attachment.original_name, Attachment.size, Attachment.sha256
        )
        .join(Entry, on=(Attachment.entry == Entry.id))
        .where(Entry.case == case_id)
        .order_by(Attachment.added_at, Attachment.id)
        .namedtuples()
    )
    for attachment in query:
        if attachment.entry in wanted:
            found.setdefault(attachment.entry, []).append(attachment)
    return found


def _private_in_period(case: Case, options: ExportOptions) -> int:
    query = Entry.select().where(
        (Entry.case == case) & (Entry.deleted == False) & (Entry.private == True)
    )
    return _period_filter(query, options).count()


def _entry_span(case: Case) -> tuple[date, date] | None:
    from peewee import fn

    first, last = (
        Entry.select(fn.MIN(Entry.at), fn.MAX(Entry.at))
        .where((Entry.case == case) & (Entry.deleted == False))
        .scalar(as_tuple=True)
    )
    if first is None:
        return None

    def local_day(value) -> date:
        moment = value if isinstance(value, datetime) else Entry.at.python_value(value)
        return clock.to_local(moment).date()

    return local_day(first), local_day(last)


def period_text(case: Case, options: ExportOptions) -> str:
    if options.start and options.end:
        return f"{short_date(options.start)} – {short_date(options.end)}"
    if options.start:
        return f"fra {short_date(options.start)}"
    if options.end:
        return f"til og med {short_date(options.end)}"
    span = _entry_span(case)
    if span is None:
        return "hele sagen"
    return f"hele sagen ({short_date(span[0])} – {short_date(span[1])})"


def _status(row, today: date, now: datetime | None = None) -> tuple[str, bool]:
    """The status cell text and whether the row is an unanswered/overdue one."""
    code = journal.status_code(row, today)
    parts = []
    if now is not None and row.at > now:
        parts.append("Planlagt")
    text = journal.status_text(row, today)
    if code in ("overdue", "awaiting"):
        label = "Overskredet" if code == "overdue" else "Afventer svar"
        text = f"{label}, frist {short_date(row.reply_due)}"
    elif code == "answered" and row.response_days is not None:
        text = f"Besvaret efter {plural(row.response_days, 'arbejdsdag', 'arbejdsdage')}"
    if text:
        parts.append(text)
    if row.reply_status == ReplyStatus.NOT_EXPECTED and row.closed_reason:
        parts.append(f"Lukket uden svar: {row.closed_reason}")
    if row.private:
        parts.append("Privat")
    if row.registered_at - row.at > LATE_REGISTRATION:
        parts.append(f"Registreret senere ({short_date(clock.to_local(row.registered_at))})")
    return "\n".join(parts), code in ("unanswered", "overdue")


#: Short Danish names of request types for the narrow kind column (the stored codes are
#: not for print: «new-caseworker» stood in the Danish log).
REQUEST_SHORT = {
    deadlines.AKTINDSIGT: "aktindsigt",
    deadlines.KLAGE: "klage",
    deadlines.NEW_CASEWORKER: "ny sagsbeh.",
}


def _kind_text(row) -> str:
    label = KIND_LABELS.get(row.kind, row.kind)
    if row.request_type:
        label += f"\n({REQUEST_SHORT.get(row.request_type, row.request_type)})"
    return label


# -- page furniture -----------------------------------------------------------------------


def _canvas_maker(context: _Context):
    footer_left = f"Udskrevet {date_time(context.generated_at)} med Dagbog"
    footer_mid = f"Kontrolsum {context.fingerprint.short}" if context.fingerprint else ""
    header_left = f"{TITLE} · {context.case.title}"
    header_right = f"Periode: {context.period_text}"

    class LogCanvas(NumberedCanvas):
        """Writes the header, the footer and "Side X af Y" on each page."""

        def draw_furniture(self, number: int, total: int) -> None:
            context.pages = total
            width, height = A4
            self.saveState()
            self.setFillGray(0.25)
            self.setFont(REGULAR, 7.5)
            top = height - 12 * mm
            self.drawString(MARGIN_X, top, _clip(header_left, REGULAR, 7.5, FRAME_WIDTH * 0.62))
            self.drawRightString(width - MARGIN_X, top, header_right)
            self.setStrokeGray(0.5)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
            bottom = 10 * mm
            self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
            self.drawString(MARGIN_X, bottom, footer_left)
            if footer_mid:
                self.drawCentredString(width / 2 + 12 * mm, bottom, footer_mid)
            self.setFillGray(0)
            self.setFont(BOLD, 8)
            self.drawRightString(width - MARGIN_X, bottom, f"Side {number} af {total}")
            self.restoreState()

    return LogCanvas


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# -- styles -------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=INK_SOFT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=20, leading=25, spaceAfter=4
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=17, spaceAfter=10, textColor=INK_SOFT
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
    }


_GRID = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.55, 0.55, 0.55)),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]


def _table(rows: list[list], widths: list[float], header: bool = True, extra=()) -> Table:
    style = list(_GRID)
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
    style += list(extra)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _table_data(columns, on_page: Callable[[int], None] | None = None) -> LogTableData:
    """An empty long table in the log's small type, one (title, width) per column."""
    return LogTableData(
        titles=[title for title, _ in columns],
        widths=[width for _, width in columns],
        font=REGULAR,
        bold_font=BOLD,
        size=7.5,
        leading=9.2,
        on_page=on_page,
    )


# -- sections -----------------------------------------------------------------------------


def _filters_text(options: ExportOptions, private_left_out: int) -> str:
    parts = []
    if options.kinds is not None:
        parts.append("kun " + ", ".join(KIND_LABELS[k].lower() for k in Kind if k in options.kinds))
    if options.only_unanswered:
        parts.append("kun ubesvarede kontakter og henvendelser, der afventer svar")
    if not options.with_notes:
        parts.append("uden noter")
    if not options.include_private and private_left_out:
        parts.append(f"{plural(private_left_out, 'privat kontakt', 'private kontakter')} udeladt")
    return "; ".join(parts).capitalize() if parts else "Alle kontakter i perioden"


def _cover(context: _Context, styles, rows: list, private_left_out: int) -> list:
    case = context.case
    options = context.options
    printed = context.generated_at
    prepared_by = (
        options.prepared_by.strip() or settings.prepared_by() or case.citizen_name or "borgeren"
    )
    story = [
        Paragraph(TITLE, styles["title"]),
        paragraph(case.title, styles["subtitle"]),
    ]
    meta = [
        ("Borger", case.citizen_name or "–"),
        ("Kommune / jobcenter", case.municipality or "–"),
        ("Jobcentrets hovedpostkasse", case.main_email or "–"),
        ("Periode", context.period_text),
        ("Udvalg", _filters_text(options, private_left_out)),
        ("Udskrevet", clock.short_datetime(printed, at=True)),
        ("Udarbejdet af", f"{prepared_by}, ført i Dagbog {__version__}"),
    ]
    story.append(
        _table(
            [[paragraph(k, styles["cell_bold"]), paragraph(v, styles["cell"])] for k, v in meta],
            [48 * mm, FRAME_WIDTH - 48 * mm],
            header=False,
            extra=[("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)],
        )
    )

    # Only what has happened counts: a planned meeting is listed, not counted as a contact.
    # "Now" is the print time, unless the report is assessed on another day (``today``).
    now = printed if clock.to_local(printed).date() == context.today else None
    figures = stats.case_statistics(case, options.start, options.end, today=context.today, now=now)
    story.append(Paragraph("Overblik", styles["h1"]))

    def days(value) -> str:
        if value is None:
            return "–"
        if isinstance(value, float) and not value.is_integer():
            return f"{value:.1f}".replace(".", ",") + " arbejdsdage"
        return plural(int(value), "arbejdsdag", "arbejdsdage")

    figure_rows = [
        ("Kontakter i alt", str(figures.total)),
        *(
            [("Planlagte møder og kontakter (ikke talt med)", str(figures.planned))]
            if figures.planned
            else []
        ),
        ("Borgeren tog initiativet (udgående)", str(figures.initiated_by_citizen)),
        ("Jobcentret tog initiativet (indgående)", str(figures.initiated_by_authority)),
        ("Ubesvarede opkaldsforsøg", str(figures.unanswered_attempts)),
        ("Henvendelser der afventer svar", str(figures.open_requests)),
        ("Heraf med overskredet svarfrist", str(figures.overdue_requests)),
        ("Svartid, median", days(figures.median_response_days)),
        ("Svartid, længste", days(figures.longest_response_days)),
    ]
    shaded = [
        ("BACKGROUND", (0, i), (-1, i), colors.Color(0.9, 0.9, 0.9))
        for i, (label, value) in enumerate(figure_rows)
        if label in ("Ubesvarede opkaldsforsøg", "Heraf med overskredet svarfrist") and value != "0"
    ]
    story.append(
        _table(
            [
                [paragraph(k, styles["cell"]), paragraph(v, styles["cell_bold"])]
                for k, v in figure_rows
            ],
            [95 * mm, 45 * mm],
            header=False,
            extra=[("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), *shaded],
        )
    )
    explain = (
        "Udgående kontakter er dem, borgeren selv tog initiativ til. Et ubesvaret opkaldsforsøg "
        "er et udgående opkald, der endte med intet svar, optaget eller lagt besked. Svartider og "
        "frister regnes i arbejdsdage (mandag–fredag, uden helligdage), vurderet pr. "
        f"{short_date(context.today)}."
    )
    if figures.planned:
        explain += (
            " Planlagte møder og kontakter, der ligger efter udskriften, tælles ikke med som "
            "kontakter eller initiativ, før de har fundet sted; de står i loggen som «Planlagt»."
        )
    if private_left_out and not options.include_private:
        explain += (
            f" Tallene omfatter alle kontakter i perioden, også "
            f"{plural(private_left_out, 'privat kontakt', 'private kontakter')}, som ikke er "
            "vist i loggen."
        )
    if options.kinds is not None or options.only_unanswered:
        # "Kun opkald" with "Kontakter i alt 24" above a log of 10 read as a contradiction.
        explain += (
            " Overblikket og grafen omfatter alle kontakter i perioden, ikke kun udvalget; "
            "loggen nedenfor viser udvalget."
        )
    story.append(Spacer(1, 3))
    story.append(Paragraph(escape(explain), styles["small"]))

    months = stats.monthly_counts(case, options.start, options.end, today=context.today, now=now)
    if months and figures.total:
        story.append(
            KeepTogether(
                [
                    Paragraph("Kontakter pr. måned", styles["h2"]),
                    month_chart(months, FRAME_WIDTH, 62 * mm),
                ]
            )
        )
    if context.fingerprint is not None:
        story.append(Spacer(1, 6))
        story.append(
            Paragraph(
                "Kontrolsum for hele dagbogen ved udskriften: "
                f"<font name='{BOLD}'>{escape(context.fingerprint.head)}</font> "
                f"({plural(context.fingerprint.versions, 'registrering', 'registreringer')}). "
                "Den dækker alle sager i dagbogen og hver version af hver kontakt. Enhver senere "
                "rettelse eller sletning giver en ny kontrolsum, så man kan se, om dagbogen er "
                "ændret siden denne udskrift; <i>dagbog verify --pdf</i> kontrollerer det.",
                styles["small"],
            )
        )
    return story


def _open_promises(context: _Context, styles) -> list:
    """The jobcenter's promises from meetings that are not marked done: listed with the open
    requests, but they are agreed actions, not contacts (they never count as one)."""
    options = context.options
    items = []
    for item in meetings.open_actions(context.case, context.today, promised=True):
        held = item.held
        if options.start and held < options.start or options.end and held > options.end:
            continue
        if item.meeting_entry.private and not options.include_private:
            continue
        items.append(item)
    if not items:
        return []
    items.sort(key=lambda i: (-i.days_overdue, i.due or date.max, i.meeting_entry.at))
    story: list = [
        Spacer(1, 6),
        Paragraph("Løfter fra møder, der ikke er indfriet", styles["h2"]),
        Paragraph(
            "Aftaler, som jobcentret har lovet på et møde. De følges som henvendelser, men er "
            "ikke kontakter og tæller ikke med i tallene ovenfor.",
            styles["small"],
        ),
    ]
    for item in items:
        if item.due is None:
            when = "Ingen frist."
        elif item.overdue:
            late = plural(item.days_overdue, "arbejdsdag", "arbejdsdage")
            late = f"<font name='{BOLD}'>overskredet med {late}</font>"
            when = f"Frist {short_date(item.due)}: {late}."
        else:
            when = f"Frist {short_date(item.due)}."
        story.append(
            Paragraph(
                f"{escape(item.promise_text)}. {when}",
                styles["body"],
            )
        )
    return story


def _open_requests(context: _Context, styles) -> list:
    story = _open_request_table(context, styles)
    return story + _open_promises(context, styles)


def _open_request_table(context: _Context, styles) -> list:
    options = context.options
    story = [CondPageBreak(60 * mm), Paragraph("Henvendelser der afventer svar", styles["h1"])]
    items = []
    for item in requests.open_requests(context.case, context.today):
        sent = item.sent
        if options.start and sent < options.start or options.end and sent > options.end:
            continue
        if item.entry.private and not options.include_private:
            continue
        items.append(item)
    items.sort(key=lambda i: (-i.days_overdue, -i.days_waited, i.entry.at))
    if options.start or options.end:
        # Without this a period before the open requests read "no request awaits a reply".
        period = period_text(context.case, options)
        story.append(
            Paragraph(
                escape(
                    f"Kun henvendelser sendt i perioden {period}; "
                    f"status pr. {short_date(context.today)}."
                ),
                styles["small"],
            )
        )
        if not items:
            story.append(
                Paragraph("Ingen henvendelser sendt i perioden afventer svar.", styles["body"])
            )
            return story
    if not items:
        story.append(Paragraph("Ingen henvendelser afventer svar.", styles["body"]))
        return story
    header = ["Sendt", "Til", "Emne", "Frist", "Ventet", "Status"]
    rows: list[list] = [[paragraph(h, styles["cell_bold"]) for h in header]]
    extra = []
    for index, item in enumerate(items, start=1):
        entry = item.entry
        who = entry.person.name if entry.person_id else "–"
        kind = KIND_LABELS.get(entry.kind, entry.kind).lower()
        if item.overdue:
            status = f"Overskredet med {plural(item.days_overdue, 'arbejdsdag', 'arbejdsdage')}"
            extra.append(("BACKGROUND", (0, index), (-1, index), colors.Color(0.9, 0.9, 0.9)))
        else:
            status = "Afventer svar"
        rows.append(
            [
                paragraph(f"{date_time(entry.at)}\n{kind}", styles["cell"]),
                paragraph(who, styles["cell"]),
                paragraph(entry.subject or "–", styles["cell"]),
                paragraph(short_date(item.due) if item.due else "–", styles["cell"]),
                paragraph(plural(item.days_waited, "arbejdsdag", "arbejdsdage"), styles["cell"]),
                paragraph(status, styles["cell_bold" if item.overdue else "cell"]),
            ]
        )
    story.append(
        _table(
            rows,
            [30 * mm, 27 * mm, 43 * mm, 20.5 * mm, 21.5 * mm, FRAME_WIDTH - 142 * mm],
            extra=extra,
        )
    )
    return story


def _log(context: _Context, styles, rows: list) -> list:
    story: list = []
    if rows:
        story.append(CondPageBreak(90 * mm))
    story.append(Paragraph("Kontakter i perioden", styles["h1"]))
    if not rows:
        story.append(Paragraph("Ingen kontakter i perioden.", styles["body"]))
        return story
    story.append(
        Paragraph(
            f"{plural(len(rows), 'kontakt', 'kontakter')}, ældste først. Grå baggrund og fed "
            "status: ubesvaret opkaldsforsøg eller overskredet svarfrist.",
            styles["small"],
        )
    )
    story.append(Spacer(1, 4))
    data = _table_data(LOG_COLUMNS, on_page=context.step)
    today = context.today
    direction = DIRECTION_LABELS
    attached = context.attachments
    for number, row in enumerate(rows, start=1):
        status, marked = _status(row, today, context.generated_at)
        files = attached.get(row.id)
        if files:
            status = "\n".join(
                x for x in (status, plural(len(files), "bilag", "bilag") + ", se listen") if x
            )
        data.add(
            (
                str(number),
                date_time(row.at),
                _kind_text(row),
                direction.get(row.direction, row.direction),
                row.person_name or "–",
                row.subject or "–",
                status,
            ),
            shaded=marked,
            strong=marked,
        )
    story.append(LogTable(data))
    return story


def _notes(context: _Context, styles, rows: list) -> list:
    with_notes = [(n, row) for n, row in enumerate(rows, start=1) if (row.note or "").strip()]
    if not with_notes:
        return []
    story: list = [
        CondPageBreak(40 * mm),
        Paragraph("Noter til kontakterne", styles["h1"]),
        Paragraph("Borgerens egne noter, med samme numre som i loggen ovenfor.", styles["small"]),
        Spacer(1, 4),
    ]
    heading = Wrapper(BOLD, 8.5)
    body = Wrapper(REGULAR, 8.5)
    base = len(rows)

    for index, (number, row) in enumerate(with_notes, start=1):
        who = f" · {row.person_name}" if row.person_name else ""
        kind = KIND_LABELS.get(row.kind, row.kind)
        direction = DIRECTION_LABELS.get(row.direction, row.direction).lower()
        title = f"Nr. {number} · {date_time(row.at)} · {kind}, {direction}{who}"
        if row.subject:
            title += f" · {row.subject}"
        story.append(
            TextBlock(
                [(heading, title), (body, row.note.strip())],
                leading=11,
                space_before=5,
                on_draw=(lambda done=base + index: context.step(done)),
            )
        )
    return story


def _attachments(context: _Context, styles, rows: list) -> list:
    """Every file attached to an exported entry, with its size and SHA-256 checksum."""
    attached = context.attachments
    if not attached:
        return []
    total = sum(len(files) for files in attached.values())
    story: list = [
        CondPageBreak(40 * mm),
        Paragraph("Bilag", styles["h1"]),
        Paragraph(
            f"{plural(total, 'vedhæftet fil', 'vedhæftede filer')}, med samme numre som i loggen. "
            "Dagbog gemmer hver fil uændret under dens SHA-256-kontrolsum; en kopi af filen med "
            "samme kontrolsum er den samme fil, byte for byte.",
            styles["small"],
        ),
        Spacer(1, 4),
    ]
    data = _table_data(ATTACHMENT_COLUMNS)
    for number, row in enumerate(rows, start=1):
        for attachment in attached.get(row.id, ()):
            data.add(
                (
                    str(number),
                    date_time(row.at),
                    f"{attachment.original_name}\nSHA-256 {attachment.sha256}",
                    format_size(attachment.size),
                )
            )
    story.append(LogTable(data))
    return story


def _people(context: _Context, styles) -> list:
    case = context.case
    story: list = [CondPageBreak(50 * mm), Paragraph("Personer i sagen", styles["h1"])]
    everyone = people.list_people(case)
    if not everyone:
        story.append(Paragraph("Der er ikke registreret personer i sagen.", styles["body"]))
    else:
        rows: list[list] = [
            [paragraph(h, styles["cell_bold"]) for h in ("Navn", "Rolle", "Kontakt", "Telefontid")]
        ]
        for person in everyone:
            contact = "\n".join(x for x in (person.organisation, person.phone, person.email) if x)
            hours = telephone_hours.format_ranges(telephone_hours.from_json(person.telephone_hours))
            rows.append(
                [
                    paragraph(person.name, styles["cell"]),
                    paragraph(ROLE_LABELS.get(person.role, person.role), styles["cell"]),
                    paragraph(contact or "–", styles["cell"]),
                    paragraph(hours or "–", styles["cell"]),
                ]
            )
        story.append(_table(rows, [40 * mm, 30 * mm, 62 * mm, FRAME_WIDTH - 132 * mm]))

    # Of several assignments made for the same day, the last one is the one in effect (the
    # others were same-day corrections); listing them would give periods ending before they begin.
    history = list({a.from_date: a for a in people.caseworker_history(case)}.values())
    story.append(Paragraph("Sagsbehandlere over tid", styles["h2"]))
    if not history:
        story.append(Paragraph("Der er ikke registreret nogen sagsbehandler.", styles["body"]))
        return story
    rows = [[paragraph(h, styles["cell_bold"]) for h in ("Fra", "Til", "Sagsbehandler")]]
    for index, assignment in enumerate(history):
        following = history[index + 1].from_date if index + 1 < len(history) else None
        until = short_date(following - timedelta(days=1)) if following else "nu"
        rows.append(
            [
                paragraph(short_date(assignment.from_date), styles["cell"]),
                paragraph(until, styles["cell"]),
                paragraph(assignment.person.name, styles["cell"]),
            ]
        )
    story.append(_table(rows, [30 * mm, 30 * mm, FRAME_WIDTH - 60 * mm]))
    first = history[0]
    earlier = people.first_contact_before(
        case, first.person, first.from_date, include_private=context.options.include_private
    )
    if earlier is not None:
        story.append(
            Paragraph(
                escape(
                    f"«Fra» er den dag, {first.person.name} blev skrevet ind som sagsbehandler "
                    f"i Dagbog. Loggen har kontakter med {first.person.name} fra "
                    f"{short_date(earlier)}."
                ),
                styles["small"],
            )
        )
    return story


# -- building -----------------------------------------------------------------------------


def _fingerprint():
    try:
        from ..core.fingerprint import current_fingerprint
    except ImportError:  # pragma: no cover - older cores
        return None
    return current_fingerprint()


def build_pdf(
    case: Case,
    output: BinaryIO | str | os.PathLike,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the PDF log of ``case`` to ``output`` (a binary file object or a path).

    ``progress(done, total)`` is called as the log and notes are laid out; ``cancelled()`` is
    polled as often and, when it returns true, the build stops with :class:`ExportCancelled`.
    """
    options = options or ExportOptions()
    options.validate()
    register_fonts()
    generated_at = clock.to_local(options.generated_at or clock.now())
    context = _Context(
        case=case,
        options=options,
        today=options.today or clock.today(),
        generated_at=generated_at,
        period_text=period_text(case, options),
        fingerprint=_fingerprint(),
        progress=progress,
        cancelled=cancelled,
    )
    context.step(0)
    rows = log_rows(case, options)
    context.attachments = attachments_by_entry(rows)
    notes = sum(1 for row in rows if options.with_notes and (row.note or "").strip())
    context.total_steps = len(rows) + notes + 1
    context.step(0)
    private_left_out = 0 if options.include_private else _private_in_period(case, options)
    styles = _styles()

    story = _cover(context, styles, rows, private_left_out)
    story += _open_requests(context, styles)
    story += _log(context, styles, rows)
    if options.with_notes:
        story += _notes(context, styles, rows)
    story += _attachments(context, styles, rows)
    story += _people(context, styles)

    doc = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{TITLE} – {case.title}",
        author=options.prepared_by.strip()
        or settings.prepared_by()
        or case.citizen_name
        or "Dagbog",
        subject=f"Kontakt med jobcentret, periode: {context.period_text}",
        creator=f"Dagbog {__version__}",
        keywords=["Dagbog", "jobcenter", "kontaktlog"],
        lang="da-DK",
        invariant=False,
    )
    doc.build(story, canvasmaker=_canvas_maker(context))
    context.step(context.total_steps)
    return ExportResult(pages=context.pages, entries=len(rows), notes=notes)


def write_pdf(
    case: Case,
    path: str | os.PathLike,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Build the PDF into a temporary file next to ``path`` and rename it into place.

    On any error (or cancellation) the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Mappen {folder} findes ikke."),
                folder=folder,
            ),
            field="out",
        )
    if target.is_dir():
        raise ValidationError(
            phrase(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "{path} er en mappe. Angiv et filnavn, fx log.pdf."),
                path=target,
            ),
            field="out",
        )
    with contextlib.ExitStack() as stack:
        try:  # only creating the temporary file: the build's own errors pass as they are
            stream = stack.enter_context(replacing(target))
        except OSError as error:
            raise ValidationError(
                phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "Kan ikke skrive i mappen {folder}: {reason}."),
                    folder=folder,
                    reason=os_reason_phrase(error),
                ),
                field="out",
            ) from error
        return build_pdf(case, stream, options, progress=progress, cancelled=cancelled)


def parse_kinds(values: Iterable[str]) -> frozenset[str]:
    """Kind codes from the command line ("call,email" or repeated), validated."""
    kinds = frozenset(v.strip() for value in values for v in value.split(",") if v.strip())
    ExportOptions(kinds=kinds).validate()
    return kinds
