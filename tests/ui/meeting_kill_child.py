"""Child process for the meeting kill test: a real meeting window takes notes by keystrokes.

Run as ``python -m tests.ui.meeting_kill_child DB ENTRY_ID``. It stamps one note, types a
second one without stamping, waits until the window's own autosave has written it, prints
"typed" and keeps the event loop running until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"

from PySide6.QtCore import QDeadlineTimer, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

STAMPED = "Mødet begynder; Jonas præsenterer planen"
TYPED = "Jonas lover at sende den nye jobplan inden fredag. Æ ø å."


def main() -> None:
    app = QApplication(sys.argv[:1])
    from dagbog.core import db, journal, meetings
    from dagbog.ui.meeting_window import MeetingWindow

    db.open_database(sys.argv[1])
    window = MeetingWindow(journal.get_entry(int(sys.argv[2])))
    window.show()
    QTest.keyClicks(window.note_edit, STAMPED)
    QTest.mouseClick(window.stamp_button, Qt.MouseButton.LeftButton)  # "Gem note"
    QTest.keyClicks(window.note_edit, TYPED)
    # Only the window's own timers save the typed note: wait for them, as a user would.
    deadline = QDeadlineTimer(30_000)
    while not deadline.hasExpired():
        draft = meetings.pending_draft(window.meeting)
        if window.autosave_count and draft is not None and draft.text == TYPED:
            break
        QTest.qWait(20)
    print("typed" if not deadline.hasExpired() else "not saved", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
