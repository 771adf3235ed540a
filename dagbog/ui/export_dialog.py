"""The "Eksportér PDF" dialog: period, options and file name; the export runs off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dagbog.core import clock, settings
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case
from dagbog.report.pdf_log import ExportOptions

from . import labels, theme
from .calendar_widget import to_date, to_qdate
from .export_worker import PdfExportWorker
from .form_errors import error_label, show_error


def default_pdf_path(case: Case, today: date) -> Path:
    """Documents/Dagbog – <case> – <date>.pdf, with characters unsafe in file names replaced."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    safe = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in case.title).strip() or "sag"
    return Path(folder or Path.home()) / f"Dagbog – {safe} – {today.isoformat()}.pdf"


class ExportDialog(QDialog):
    """Chooses what goes into the PDF log and writes it with a progress bar and Cancel."""

    def __init__(self, parent: QWidget | None, case: Case) -> None:
        super().__init__(parent)
        self.case = case
        self.saved_path: Path | None = None
        self._thread: QThread | None = None
        self._worker: PdfExportWorker | None = None
        self.setWindowTitle(self.tr("Eksportér PDF"))
        today = clock.today()

        period = QGroupBox(self.tr("Periode"))
        period_layout = QHBoxLayout(period)
        self.whole_case_box = QCheckBox(self.tr("&Hele sagen"))
        self.whole_case_box.setChecked(True)
        self.whole_case_box.setAccessibleName(self.tr("Hele sagen"))
        self.whole_case_box.setAccessibleDescription(
            self.tr("Tag alle kontakter med; slå fra for at vælge en periode")
        )
        self.from_edit = QDateEdit(to_qdate(today.replace(month=1, day=1)))
        self.to_edit = QDateEdit(to_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setEnabled(False)
        self.whole_case_box.toggled.connect(self._whole_case_toggled)
        self.from_edit.setAccessibleName(self.tr("Fra dato"))
        self.from_edit.setAccessibleDescription(self.tr("Den første dag, loggen skal vise"))
        self.to_edit.setAccessibleName(self.tr("Til dato"))
        self.to_edit.setAccessibleDescription(self.tr("Den sidste dag, loggen skal vise"))
        from_label = QLabel(self.tr("&Fra:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Til:"))
        to_label.setBuddy(self.to_edit)
        period_layout.addWidget(self.whole_case_box)
        period_layout.addStretch(1)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            period_layout.addWidget(widget)

        kinds = QGroupBox(self.tr("Kontakttyper"))
        kinds_layout = QGridLayout(kinds)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(labels.kind_labels().items()):
            box = QCheckBox(label)
            box.setChecked(True)
            box.setAccessibleName(label)
            box.setAccessibleDescription(self.tr("Tag kontakter af denne type med i loggen"))
            self.kind_boxes[code] = box
            kinds_layout.addWidget(box, index // 4, index % 4)

        options = QGroupBox(self.tr("Indhold"))
        options_layout = QVBoxLayout(options)
        self.only_unanswered_box = QCheckBox(
            self.tr("&Kun ubesvarede opkald og henvendelser, der afventer svar")
        )
        self.notes_box = QCheckBox(self.tr("Med de fulde &noter"))
        self.notes_box.setChecked(True)
        self.private_box = QCheckBox(self.tr("&Udelad kontakter markeret som private"))
        self.private_box.setChecked(True)
        for box, name, description in (
            (
                self.only_unanswered_box,
                self.tr("Kun ubesvarede"),
                self.tr("Loggen viser kun ubesvarede opkald og henvendelser, der afventer svar"),
            ),
            (
                self.notes_box,
                self.tr("Med de fulde noter"),
                self.tr("Hver kontakt vises med hele sin note; ellers kun emnet"),
            ),
            (
                self.private_box,
                self.tr("Udelad private kontakter"),
                self.tr("Kontakter, du har markeret som private, kommer ikke med i loggen"),
            ),
        ):
            box.setAccessibleName(name)
            box.setAccessibleDescription(description)
        for box in (self.only_unanswered_box, self.notes_box, self.private_box):
            options_layout.addWidget(box)

        form = QFormLayout()
        self.prepared_edit = QLineEdit(settings.prepared_by() or case.citizen_name)
        self.prepared_edit.setAccessibleName(self.tr("Udarbejdet af"))
        self.prepared_edit.setAccessibleDescription(
            self.tr("Navnet, der står som udarbejdet af på loggens forside")
        )
        prepared_label = QLabel(self.tr("Udarbejdet &af:"))
        prepared_label.setBuddy(self.prepared_edit)
        form.addRow(prepared_label, self.prepared_edit)
        self.path_edit = QLineEdit(str(default_pdf_path(case, today)))
        self.path_edit.setAccessibleName(self.tr("Filnavn"))
        self.path_edit.setAccessibleDescription(self.tr("Hvor PDF-filen gemmes"))
        self.browse_button = QPushButton(self.tr("&Vælg …"))
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setAccessibleName(self.tr("Vælg filnavn"))
        self.browse_button.setToolTip(self.tr("Vælg mappe og filnavn til PDF-filen"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_label = QLabel(self.tr("&Gem som:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)

        self.error = error_label(self)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Eksportens fremskridt"))
        self.progress_bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Eksportér"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuller"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.export_button.setAccessibleName(self.tr("Eksportér PDF"))
        self.export_button.setToolTip(self.tr("Skriver PDF-loggen med de valgte indstillinger"))
        self.cancel_button.setAccessibleName(self.tr("Annuller"))
        self.cancel_button.setToolTip(
            self.tr("Stopper eksporten, eller lukker vinduet uden at eksportere")
        )

        layout = QVBoxLayout(self)
        for widget in (period, kinds, options):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._inputs = [period, kinds, options, self.prepared_edit, self.path_edit]
        self._inputs.append(self.browse_button)
        # Not setMinimumWidth(620): that kept the layout's own minimum from applying, and at
        # 200 % text «Hele sagen», the dates and the options were cut off.
        theme.fit_dialog(self, 620)

    # --- input ---------------------------------------------------------------------------
    @Slot(bool)
    def _whole_case_toggled(self, whole: bool) -> None:
        self.from_edit.setEnabled(not whole)
        self.to_edit.setEnabled(not whole)

    def set_period(self, start: date | None, end: date | None) -> None:
        """Choose the period (None, None: the whole case)."""
        whole = start is None and end is None
        self.whole_case_box.setChecked(whole)
        if start is not None:
            self.from_edit.setDate(to_qdate(start))
        if end is not None:
            self.to_edit.setDate(to_qdate(end))

    @Slot()
    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem PDF som"), self.path_edit.text(), self.tr("PDF-filer (*.pdf)")
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def options(self) -> ExportOptions:
        """The options as chosen; raises ValidationError with a Danish message."""
        kinds = frozenset(code for code, box in self.kind_boxes.items() if box.isChecked())
        whole = self.whole_case_box.isChecked()
        options = ExportOptions(
            start=None if whole else to_date(self.from_edit.date()),
            end=None if whole else to_date(self.to_edit.date()),
            kinds=None if len(kinds) == len(self.kind_boxes) else kinds,
            only_unanswered=self.only_unanswered_box.isChecked(),
            with_notes=self.notes_box.isChecked(),
            include_private=not self.private_box.isChecked(),
            prepared_by=self.prepared_edit.text(),
        )
        options.validate()
        return options

    def target_path(self) -> Path:
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError(self.tr("Skriv et filnavn til PDF'en."), field="out")
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            raise ValidationError(self.tr("Mappen %s findes ikke.") % path.parent, field="out")
        return path

    # --- running -------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def start_export(self) -> None:
        """Validate the choices and start the export on a worker thread."""
        if self.is_running():
            return
        self.error.hide()
        self.message.hide()
        try:
            options = self.options()
            path = self.target_path()
        except ValidationError as error:
            show_error(self.error, error)
            return
        self.path_edit.setText(str(path))
        self._set_running(True)
        self.progress_bar.setRange(0, 0)  # busy until the first count arrives
        self.progress_bar.show()
        self.adjustSize()

        thread = QThread(self)
        worker = PdfExportWorker(self.case.id, path, options)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    def _set_running(self, running: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not running)
        if not running:
            self._whole_case_toggled(self.whole_case_box.isChecked())
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Afbryd") if running else self.tr("Luk"))
        self.cancel_button.setAccessibleName(
            self.tr("Afbryd eksporten") if running else self.tr("Luk vinduet")
        )

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    @Slot(str, int, int)
    def _finished(self, path: str, pages: int, entries: int) -> None:
        self.saved_path = Path(path)
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.message.setText(
            self.tr(
                "PDF'en er gemt her:\n%1\n\n%2 sider, %3 kontakter. Den åbner nu i din "
                "PDF-læser, hvor du kan udskrive den. Husk hvor filen ligger, hvis du vil sende "
                "den til jobcentret eller din bisidder."
            )
            .replace("%1", path)
            .replace("%2", str(pages))
            .replace("%3", str(entries))
        )
        self.message.show()
        self.adjustSize()
        self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Open the PDF in the system's viewer."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.progress_bar.hide()
        self.error.setText("⚠ " + text)
        self.error.show()

    @Slot()
    def _cancelled(self) -> None:
        self.progress_bar.hide()
        self.message.setText(self.tr("Eksporten blev afbrudt. Der er ikke gemt nogen fil."))
        self.message.show()

    @Slot()
    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_running(False)

    @Slot()
    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Afbryder …"))
            self.message.show()

    @Slot()
    def cancel_or_close(self) -> None:
        if self.is_running():
            self.cancel_export()
        elif self.saved_path is not None:
            self.accept()
        else:
            self.reject()

    def done(self, result: int) -> None:  # Esc or the window's close button
        if self.is_running():
            self.cancel_export()
            return
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case) -> Path | None:
        """Show the dialog; the saved PDF's path, or None if nothing was saved."""
        dialog = cls(parent, case)
        try:
            dialog.exec()
            return dialog.saved_path
        finally:
            dialog.deleteLater()
