"""How long the UI thread is busy for what a user does on a big diary (target: ~100 ms).

``python bench/ui_ops.py --db PATH [--repeat 5]`` opens the main window on a copy-free,
already built diary (``dagbog demo --db PATH --entries 100000``), then times each action from
the call until the event queue is drained, so painting the result is included:
switching case, scrolling the journal to its end page by page, opening the awaiting panel,
typing a word into search (one search per letter, as the debounce would run it; the
search itself runs on a worker thread, so what counts is starting it and showing its answer)
and paging
the calendar a month on. Prints the median and the worst of ``--repeat`` runs, in ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LIMIT_MS = 100.0


def _timed(app, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def measure(db_path: Path, repeat: int) -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dagbog.core import cases, db
    from dagbog.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db.open_database(db_path)
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / "dagbog-ui-ops.ini"
    window = MainWindow(settings=QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    listed = cases.list_cases()
    first, second = listed[0], listed[1 % len(listed)]
    panel = window.search_dock.search_panel
    results: dict[str, list[float]] = {}

    def record(name: str, ms: float) -> None:
        results.setdefault(name, []).append(ms)

    for run in range(repeat):
        target = second if run % 2 else first
        record("switch case", _timed(app, lambda target=target: window.set_case(target)))

        def scroll_page() -> None:
            window.table.scrollToBottom()

        worst = 0.0
        for _ in range(10):  # ten pages further down the journal
            worst = max(worst, _timed(app, scroll_page))
        record("scroll the journal (worst page)", worst)

        window.awaiting_dock.hide()
        app.processEvents()
        record("open the awaiting panel", _timed(app, window.show_awaiting_panel))

        window.search_dock.show()
        # Typing searches on a worker thread: the UI thread's share is starting it and then
        # showing the answer (filling the model, painting), timed apart.
        shown_ms: list[float] = []
        original_show = panel._show

        def timed_show(answer, original_show=original_show, shown_ms=shown_ms) -> None:
            start = time.perf_counter()
            original_show(answer)
            app.processEvents()
            shown_ms.append((time.perf_counter() - start) * 1000)

        panel._show = timed_show
        worst = 0.0
        for length in range(1, len("sagsbehandleren") + 1):
            text = "sagsbehandleren"[:length]

            def type_letter(text: str = text) -> None:
                panel.field.setText(text)
                panel.search_in_background()  # what the debounce timer runs after the pause

            shown_ms.clear()
            started = _timed(app, type_letter)
            while not shown_ms:  # wait for the answer to arrive and be shown
                app.processEvents()
                time.sleep(0.001)
            worst = max(worst, started + shown_ms[0])
        panel._show = original_show
        record("type a word in search (worst letter)", worst)
        panel.field.clear()

        calendar = window.calendar
        year, month = calendar.yearShown(), calendar.monthShown()
        record("calendar: next month", _timed(app, calendar.showNextMonth))
        calendar.setCurrentPage(year, month)
        app.processEvents()

    print(f"journal rows loaded by scrolling: {window.model.rowCount():,} of "
          f"{window.model.total:,}")  # fmt: skip
    window.close()
    db.close_database()
    return [(name, statistics.median(ms), max(ms)) for name, ms in results.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    rows = measure(args.db, args.repeat)
    width = max(len(name) for name, _, _ in rows) + 2
    print(f"{'UI action':<{width}}{'median':>9}{'worst':>9}  (ms, limit ~{LIMIT_MS:g})")
    for name, median, worst in rows:
        verdict = "ok" if worst <= LIMIT_MS else "SLOW"
        print(f"{name:<{width}}{median:>9.1f}{worst:>9.1f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
