"""The start-up baseline: a bare PySide6 window with a calendar and an empty table.

Exits 0 once the window has painted, like ``dagbog --db PATH --quit-after-start``, so
``bench/run.py`` times both the same way from outside: with ``DAGBOG_MARK_FIRST_PAINT`` set,
both write the same line on stderr when their first paint is through (Dagbog then goes on
to wait for its file's health check), and the start is timed to that line.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow, QSplitter, QTableView


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1240, 780)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QCalendarWidget())
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    splitter.addWidget(table)
    window.setCentralWidget(splitter)
    quitter = _QuitAfterFirstPaint(window)
    window.installEventFilter(quitter)
    window.show()
    code = app.exec()
    if os.environ.get("DAGBOG_MARK_FIRST_PAINT"):
        print("dagbog: first paint", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
