"""Letters, e-mail import, calendar files and attachments, wired into the main window.

Kept out of ``main_window.py`` so the window stays small: :class:`Correspondence` adds the
"Breve" menu, the import/export actions to the "Sag" menu, "Vedhæft fil …" to the "Kontakt"
menu, accepts dropped files on the window (``.eml``/``.ics`` are imported, anything else is
attached to the selected contact), and renders an entry's
attachments (links that open the stored file with the system viewer) for the detail pane.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from dagbog.core import attachments, clock
from dagbog.core.errors import DagbogError
from dagbog.core.models import Entry

from . import labels, theme
from .letter_dialog import LetterDialog, letter_titles

ATTACHMENT_SCHEME = "dagbog-bilag"
IMPORT_SUFFIXES = (".eml", ".ics")


class Correspondence(QObject):
    """The window's letters and files: menus, drops and the attachment list."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.letter_actions: dict[str, QAction] = {}
        self._build_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.detail.anchorClicked.connect(self._anchor_clicked)

    # --- menus ---------------------------------------------------------------------------
    def _menu_holding(self, action: QAction) -> QMenu | None:
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and action in menu.actions():
                return menu
        return None

    def _build_actions(self) -> None:
        w = self.window
        self.import_eml_action = QAction(self.tr("Importér &e-mail …"), w)
        self.import_eml_action.triggered.connect(self.import_emails_dialog)
        self.import_ics_action = QAction(self.tr("Importér &mødeindkaldelse (.ics) …"), w)
        self.import_ics_action.triggered.connect(self.import_ics_dialog)
        self.export_ics_action = QAction(self.tr("Gem møder og &frister som kalender …"), w)
        self.export_ics_action.triggered.connect(self.export_ics_dialog)
        self.attach_action = QAction(self.tr("&Vedhæft fil …"), w)
        self.attach_action.triggered.connect(self.attach_dialog)

        case_menu = self._menu_holding(w.quit_action)
        if case_menu is not None:
            before = w.quit_action
            for action in (self.import_eml_action, self.import_ics_action, self.export_ics_action):
                case_menu.insertAction(before, action)
            case_menu.insertSeparator(before)
        entry_menu = self._menu_holding(w.edit_action)
        if entry_menu is not None:
            entry_menu.addAction(self.attach_action)

        # The window may have put the menu's title in its place already (window_menus).
        existing = getattr(w, "letters_menu", None)
        self.letters_menu = existing if existing is not None else QMenu(self.tr("&Breve"), w)
        for kind, title in letter_titles().items():
            action = QAction(title + " …", w)
            action.triggered.connect(lambda _checked=False, k=kind: self.write_letter(k))
            self.letters_menu.addAction(action)
            self.letter_actions[kind] = action
        if existing is None:
            w.menuBar().addMenu(self.letters_menu)

    # --- letters -------------------------------------------------------------------------
    def _need_case(self) -> bool:
        if self.window.case is None:
            # Nothing is at stake: a calm line in the status bar, no pop-up.
            self.window.statusBar().showMessage(
                self.tr("Opret først en sag (Sag → Ny sag)."), 10_000
            )
            return False
        return True

    def write_letter(self, kind: str) -> Entry | None:
        """Open the letter dialog for ``kind``; reveal the logged e-mail if it was sent."""
        if not self._need_case():
            return None
        selected = self.window.selected_entry()
        meeting = selected if selected is not None and selected.kind == "meeting" else None
        entry = LetterDialog.ask(self.window, self.window.case, kind, meeting)
        if entry is not None:
            self.window._reveal(entry)
        return entry

    # --- importing -----------------------------------------------------------------------
    def report(self, title: str, lines: list[str], problem: bool = False) -> None:
        """Tell the user how an import went (a test replaces this).

        A problem is shown in a box; a good import in the status bar, without a pop-up.
        """
        if problem:
            QMessageBox.warning(self.window, title, "\n".join(lines))
        else:
            self.window.statusBar().showMessage(f"{title}: {' '.join(lines)}", 20_000)

    def import_files(self, paths: list[Path]) -> list[Entry]:
        """Import .eml and .ics files into the current case; returns the new entries."""
        if not self._need_case():
            return []
        # Loaded on first import, not at start-up (icalendar and email cost ~0.1 s to load).
        from dagbog.core import calendar_files, email_import

        case = self.window.case
        new: list[Entry] = []
        lines: list[str] = []
        problem = False
        for path in paths:
            try:
                if path.suffix.lower() == ".ics":
                    result = calendar_files.import_ics(case, path)
                else:
                    result = email_import.import_file(case, path)
            except DagbogError as error:
                problem = True
                lines.append(labels.error_text(error))
                continue
            entry = result.entry
            when = labels.format_datetime(clock.to_local(entry.at))
            if result.skipped:
                lines.append(
                    self.tr("%1: findes allerede (%2), sprunget over.")
                    .replace("%1", path.name)
                    .replace("%2", when)
                )
                continue
            new.append(entry)
            if result.moved_from is not None:
                old = clock.short_datetime(result.moved_from)
                lines.append(
                    self.tr("%1: mødet «%2» er flyttet fra %3 til %4.")
                    .replace("%1", path.name)
                    .replace("%2", entry.subject)
                    .replace("%3", old)
                    .replace("%4", when)
                )
                continue
            text = self.tr("%1: importeret (%2) «%3».").replace("%1", path.name)
            lines.append(text.replace("%2", when).replace("%3", entry.subject))
            if result.date_guessed:
                lines.append(self.tr("  Mailen havde ingen dato; filens tidspunkt er brugt."))
            if result.created_person is not None:
                lines.append(
                    self.tr(
                        "  Ny person i sagen: %1 (giv personen en rolle under Personer)."
                    ).replace("%1", result.created_person.name)
                )
        if new:
            self.window._reveal(new[-1])
        self.report(self.tr("Import"), lines, problem)
        return new

    def ask_open_paths(self, title: str, file_filter: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self.window, title, "", file_filter)
        return paths

    @Slot()
    def import_emails_dialog(self) -> None:
        paths = self.ask_open_paths(
            self.tr("Importér e-mail"), self.tr("Gemte e-mails (*.eml);;Alle filer (*)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    @Slot()
    def import_ics_dialog(self) -> None:
        paths = self.ask_open_paths(
            self.tr("Importér mødeindkaldelse"), self.tr("Kalenderfiler (*.ics);;Alle filer (*)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    @Slot()
    def export_ics_dialog(self) -> None:
        if not self._need_case():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Gem møder og frister som kalender"),
            "dagbog.ics",
            self.tr("Kalenderfiler (*.ics)"),
        )
        if not path:
            return
        from dagbog.core import calendar_files

        try:
            calendar_files.export_ics(self.window.case, path)
        except DagbogError as error:
            self.report(
                self.tr("Kalenderen er ikke gemt"), [labels.error_text(error)], problem=True
            )

    # --- drag and drop -------------------------------------------------------------------
    @staticmethod
    def _dropped_files(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if self._dropped_files(event):
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop:
                paths = self._dropped_files(event)
                if paths:
                    event.acceptProposedAction()
                    self.drop_files(paths)
                    return True
        return super().eventFilter(watched, event)

    def drop_files(self, paths: list[Path]) -> None:
        """A drop: e-mails (.eml) and invitations (.ics) are imported as new contacts; any
        other file is attached to the contact selected in the journal."""
        imports = [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES]
        others = [p for p in paths if p.suffix.lower() not in IMPORT_SUFFIXES]
        selected = self.window.selected_entry()  # before an import selects the new contact
        if imports:
            self.import_files(imports)
        if others:
            self.attach_dropped(others, selected)

    def attach_dropped(self, paths: list[Path], entry: Entry | None) -> list:
        """Attach dropped files to ``entry`` (the selected contact), and say so."""
        if entry is None:
            self.report(
                self.tr("Ingen kontakt valgt"),
                [
                    self.tr(
                        "Vælg først den kontakt i journalen, filerne hører til, og træk dem "
                        "så ind igen. E-mails (.eml) og mødeindkaldelser (.ics) kan trækkes "
                        "ind uden at vælge."
                    )
                ],
                problem=True,
            )
            return []
        added = self.attach_files(entry, paths)
        if added:
            when = clock.short_datetime(entry.at)
            names = ", ".join(f"«{att.original_name}»" for att in added)
            self.window.statusBar().showMessage(
                self.tr("Vedhæftet %1 til kontakten %2 «%3».")
                .replace("%1", names)
                .replace("%2", when)
                .replace("%3", entry.subject),
                10_000,
            )
        return added

    # --- attachments ---------------------------------------------------------------------
    @Slot()
    def attach_dialog(self) -> list:
        entry = self.window.selected_entry()
        if entry is None:
            self.window.statusBar().showMessage(
                self.tr("Vælg først den kontakt, filen skal vedhæftes."), 10_000
            )
            return []
        paths = self.ask_open_paths(self.tr("Vedhæft fil"), self.tr("Alle filer (*)"))
        return self.attach_files(entry, [Path(p) for p in paths])

    def attach_files(self, entry: Entry, paths: list[Path]) -> list:
        added = []
        for path in paths:
            try:
                added.append(attachments.add_attachment(entry, path))
            except DagbogError as error:
                self.report(
                    self.tr("Filen er ikke vedhæftet"), [labels.error_text(error)], problem=True
                )
        return added

    def attachments_html(self, entry: Entry) -> str:
        """The entry's attachments as an HTML list for the detail pane ("" if none)."""
        items = attachments.attachments_of(entry)
        if not items:
            return ""
        esc = html.escape
        muted = theme.muted_color()
        rows = []
        for att in items:
            size = attachments.format_size(att.size)
            rows.append(
                f"<li><a href='{ATTACHMENT_SCHEME}:{att.id}'>{esc(att.original_name)}</a> "
                f"<span style='color:{muted}'>({esc(size)}, SHA-256 {esc(att.sha256[:16])}…)</span>"
                "</li>"
            )
        heading = self.tr("Bilag")
        return (
            f"<p style='margin-top:10px;color:{muted}'>{esc(heading)}</p>"
            f"<ul style='margin-top:0'>{''.join(rows)}</ul>"
        )

    def open_url(self, url: QUrl) -> bool:
        """Hand a URL to the desktop (a test replaces this)."""
        return QDesktopServices.openUrl(url)

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != ATTACHMENT_SCHEME:
            return
        try:
            att = attachments.get_attachment(int(url.path()))
        except (ValueError, DagbogError):
            return
        if not attachments.verify(att):
            self.report(
                self.tr("Bilaget er ændret eller mangler"),
                [
                    self.tr("Filen %1 findes ikke længere eller har en anden kontrolsum.").replace(
                        "%1", str(attachments.path_of(att))
                    )
                ],
                problem=True,
            )
            return
        try:
            copy = attachments.viewable_copy(att)
        except DagbogError as error:
            self.report(self.tr("Bilaget kan ikke åbnes"), [labels.error_text(error)], problem=True)
            return
        self.open_url(QUrl.fromLocalFile(str(copy)))
