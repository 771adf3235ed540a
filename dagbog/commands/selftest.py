"""The ``selftest`` verb: proves that this build (source tree or bundle) has every piece it needs.

It runs on a throw-away database in a temporary folder, never on the user's own diary, with Qt's
offscreen platform so it needs no screen. Each check prints one line, ``OK  ...`` or
``FEJL ...``; a check whose piece is missing from this version fails with a clear line instead of
a traceback, and the exit code is 0 only if every check passed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO, StringIO
from pathlib import Path

from ..cli import EXIT_FAILED, EXIT_OK

#: How long the main window may take to paint for the first time.
WINDOW_TIMEOUT_MS = 20_000


class CheckFailed(Exception):
    """A check ran and found a problem; the message is the Danish explanation."""


@dataclass
class Context:
    """What the checks share: the temporary folder and what earlier checks produced."""

    workdir: Path
    db_path: Path
    case_title: str | None = None
    entry_count: int = 0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help="kontrollér at programmet er helt (database, vindue, PDF, skrifttype)",
        description="Kører en række kontroller på en midlertidig database og skriver én linje "
        "pr. kontrol. Din egen dagbog bliver ikke rørt.",
    )
    parser.add_argument(
        "--traceback",
        action="store_true",
        help="vis hele fejlsporet for uventede fejl (til fejlsøgning)",
    )
    parser.set_defaults(func=cmd_selftest)


# --- the checks ---------------------------------------------------------------------------


def check_sqlite_fts5(ctx: Context) -> str:
    connection = sqlite3.connect(":memory:")
    try:
        try:
            connection.execute("CREATE VIRTUAL TABLE selftest_fts USING fts5(body)")
        except sqlite3.OperationalError as error:
            raise CheckFailed(f"SQLite {sqlite3.sqlite_version} har ikke FTS5 ({error})") from error
        connection.execute("INSERT INTO selftest_fts(body) VALUES ('aktindsigt i min sag')")
        hits = connection.execute(
            "SELECT count(*) FROM selftest_fts WHERE selftest_fts MATCH 'aktindsigt'"
        ).fetchone()[0]
    finally:
        connection.close()
    if hits != 1:
        raise CheckFailed("FTS5-søgning fandt ikke den indsatte tekst")
    return f"SQLite {sqlite3.sqlite_version} med fuldtekstsøgning (FTS5)"


def check_database(ctx: Context) -> str:
    from ..core import db, demo, journal

    db.open_database(ctx.db_path)
    try:
        case = demo.create_demo_case()
        ctx.case_title = case.title
        ctx.entry_count = journal.count_entries(case)
    finally:
        db.close_database()
    if ctx.entry_count < 1:
        raise CheckFailed("demo-sagen fik ingen kontakter")
    return f"Database med demo-sagen «{ctx.case_title}» ({ctx.entry_count} kontakter)"


def check_search(ctx: Context) -> str:
    from ..core import cases, db, search

    db.open_database(ctx.db_path, create=False)
    try:
        hits = search.search("fleksjob", case=cases.get_case(ctx.case_title))
    finally:
        db.close_database()
    if not hits:
        raise CheckFailed("søgning efter «fleksjob» fandt intet i demo-sagen")
    return f"Søgning i demo-sagen («fleksjob»: {len(hits)} træf)"


def check_data_location(ctx: Context) -> str:
    from ..core.db import default_database_path

    data_file = default_database_path().resolve()
    if getattr(sys, "frozen", False):
        program_dirs = [Path(sys.executable).resolve().parent, Path(sys._MEIPASS).resolve()]
    else:
        program_dirs = [Path(__file__).resolve().parent.parent]
    for program_dir in program_dirs:
        if data_file.is_relative_to(program_dir):
            raise CheckFailed(f"data ville blive gemt i programmappen ({data_file})")
    return f"Data gemmes uden for programmet: {data_file}"


def _application():
    """The one QApplication, created on Qt's offscreen platform so no screen is needed."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_quiet_offscreen_warnings)
        app = QApplication([sys.argv[0] if sys.argv else "dagbog"])
    return app


def _quiet_offscreen_warnings(mode, context, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's harmless notices."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def check_qt_font(ctx: Context) -> str:
    from PySide6.QtGui import QFontDatabase, QImage

    from .. import resources

    _application()
    families = []
    for bold in (False, True):
        path = resources.font_path(bold=bold)
        if not path.is_file():
            raise CheckFailed(f"skrifttypen mangler: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            raise CheckFailed(f"Qt kan ikke indlæse {path.name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    if "DejaVu Sans" not in families:
        raise CheckFailed(f"uventet skriftfamilie: {', '.join(families) or 'ingen'}")
    icons = [path for path in resources.icon_paths() if not QImage(str(path)).isNull()]
    if not icons:
        raise CheckFailed(f"programikonet mangler i {resources.resources_dir() / 'icons'}")
    return f"Skrifttypen DejaVu Sans og programikonet ({len(icons)} størrelser) indlæses i Qt"


def check_reportlab(ctx: Context) -> str:
    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from .. import resources

    pdfmetrics.registerFont(TTFont("DagbogSelftest", str(resources.font_path())))
    style = getSampleStyleSheet()["Normal"]
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build(
        [
            # Helvetica needs reportlab's own font metrics; the TTF needs the bundled file.
            Paragraph("Standardskrift", style),
            Paragraph('<font name="DagbogSelftest">Æble, ø og å – ✓</font>', style),
        ]
    )
    pdf = buffer.getvalue()
    if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf:
        raise CheckFailed("reportlab lavede ikke en PDF med den indlejrede skrifttype")
    return f"reportlab {reportlab.Version} indlejrer DejaVu Sans i en PDF"


def check_main_window(ctx: Context) -> str:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer

    from ..core import db

    try:
        from ..ui.main_window import MainWindow
    except ModuleNotFoundError as error:
        raise CheckFailed(f"hovedvinduet findes ikke i denne version ({error.name})") from error

    class _PaintWatcher(QObject):
        painted = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, loop.quit)
            return False

    _application()
    db.open_database(ctx.db_path, create=False)
    try:
        # Settings go to the temporary folder so the self-test leaves the user's own untouched.
        settings = QSettings(str(ctx.workdir / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        loop = QEventLoop()
        watcher = _PaintWatcher(window)
        window.installEventFilter(watcher)
        QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
        window.show()
        if not watcher.painted:
            loop.exec()
        title = window.windowTitle()
        closed = window.close()
        window.deleteLater()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    finally:
        db.close_database()
    if not watcher.painted:
        raise CheckFailed(f"hovedvinduet blev ikke tegnet inden for {WINDOW_TIMEOUT_MS // 1000} s")
    if not closed:
        raise CheckFailed("hovedvinduet ville ikke lukke")
    return f"Hovedvinduet åbner og lukker («{title}»)"


def _pdf_structure(pdf: bytes) -> int:
    """Checks header, trailer and xref of a PDF without a PDF library; returns the page count."""
    if not pdf.startswith(b"%PDF-"):
        raise CheckFailed("filen begynder ikke med %PDF-")
    tail = pdf[-1024:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise CheckFailed("filen mangler PDF-afslutningen (startxref/%%EOF)")
    offset = int(tail.rsplit(b"startxref", 1)[1].split()[0])
    if pdf[offset : offset + 4] != b"xref":
        raise CheckFailed("PDF'ens krydsreferencetabel ligger ikke hvor trailer siger")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    if pages < 1:
        raise CheckFailed("PDF'en har ingen sider")
    return pages


def check_pdf_export(ctx: Context) -> str:
    from .. import cli

    parser = cli.build_parser()
    verbs = next(
        (action.choices for action in parser._actions if action.dest == "command"),
        {},
    )
    if "export-pdf" not in verbs:
        raise CheckFailed("PDF-eksporten findes ikke i denne version")
    out = ctx.workdir / "selftest.pdf"
    argv = ["export-pdf", "--db", str(ctx.db_path), "--out", str(out)]
    if ctx.case_title:
        argv += ["--case", ctx.case_title]
    # The verb's own confirmation line would break the one-line-per-check output; its error
    # line, if any, goes into the FEJL line instead.
    said = StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        code = cli.run(argv)
    if code != 0 or not out.is_file():
        message = said.getvalue().strip().splitlines()
        raise CheckFailed(
            f"export-pdf sluttede med kode {code}" + (f": {message[-1]}" if message else "")
        )
    pdf = out.read_bytes()
    pages = _pdf_structure(pdf)
    detail = f"{pages} sider, {len(pdf) // 1024} KB"
    try:
        from pypdf import PdfReader
    except ModuleNotFoundError:
        return f"PDF-eksport ({detail}; teksten ikke læst: pypdf mangler)"
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    if "Anna Jensen" not in text:
        raise CheckFailed("demo-sagens borger «Anna Jensen» står ikke i PDF'en")
    return f"PDF-eksport ({detail}, demo-sagens tekst læst tilbage)"


#: (label used in FEJL lines, check). Order matters: later checks use the database of earlier.
CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("SQLite/FTS5", check_sqlite_fts5),
    ("Database", check_database),
    ("Søgning", check_search),
    ("Dataplacering", check_data_location),
    ("Skrifttype og ikon i Qt", check_qt_font),
    ("reportlab", check_reportlab),
    ("Hovedvindue", check_main_window),
    ("PDF-eksport", check_pdf_export),
]


def run_checks(show_traceback: bool = False, out=None) -> bool:
    """Run every check, print one line each; True if all passed."""
    out = out or sys.stdout
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="dagbog-selftest-", ignore_cleanup_errors=True) as tmp:
        ctx = Context(workdir=Path(tmp), db_path=Path(tmp) / "selftest.db")
        for label, check in CHECKS:
            try:
                line = f"OK   {check(ctx)}"
            except CheckFailed as error:
                line = f"FEJL {label}: {error}"
            except ModuleNotFoundError as error:
                line = f"FEJL {label}: modulet {error.name} mangler"
            except Exception as error:  # any other failure is a failed check, not a crash
                line = f"FEJL {label}: {type(error).__name__}: {error}"
                if show_traceback:
                    traceback.print_exc()
            all_ok = all_ok and line.startswith("OK")
            print(line, file=out, flush=True)
    return all_ok


def cmd_selftest(args) -> int:
    ok = run_checks(show_traceback=args.traceback)
    print("Alle kontroller bestået." if ok else "Mindst én kontrol fejlede.", flush=True)
    return EXIT_OK if ok else EXIT_FAILED
