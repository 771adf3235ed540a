"""Runs the PDF export on a worker thread, reporting progress and honouring Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from dagbog.core.errors import DagbogError, os_reason_phrase
from dagbog.core.models import Case, database
from dagbog.core.texts import Phrase
from dagbog.report.pdf_log import ExportCancelled, ExportOptions, write_pdf

from . import labels


class PdfExportWorker(QObject):
    """Builds one PDF with ``report.pdf_log.write_pdf``; lives on its own QThread.

    The worker opens its own SQLite connection (peewee keeps one per thread) and closes it when
    done. Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted.
    """

    progress = Signal(int, int)
    finished = Signal(str, int, int)  # path, pages, entries
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, case_id: int, path: Path, options: ExportOptions) -> None:
        super().__init__()
        self.case_id = case_id
        self.path = Path(path)
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at its next page; safe to call from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            database.connect(reuse_if_open=True)
            case = Case.get_by_id(self.case_id)
            result = write_pdf(
                case,
                self.path,
                self.options,
                progress=self.progress.emit,
                cancelled=self._cancel.is_set,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except DagbogError as error:
            self.failed.emit(labels.error_text(error))
        except OSError as error:
            reason = os_reason_phrase(error)
            self.failed.emit(
                QCoreApplication.translate(
                    "PdfExportWorker", "Filen kunne ikke gemmes: %1."
                ).replace("%1", labels.say(reason) if isinstance(reason, Phrase) else reason)
            )
        except Exception as error:  # a bug must not leave the dialog waiting forever
            self.failed.emit(
                QCoreApplication.translate("PdfExportWorker", "Eksporten mislykkedes: %1").replace(
                    "%1", str(error)
                )
            )
        else:
            self.finished.emit(str(self.path), result.pages, result.entries)
        finally:
            if not database.is_closed():
                database.close()
