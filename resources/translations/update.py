"""Refresh the catalogue sources from the code: ``python resources/translations/update.py``.

Runs PySide6's lupdate over ``dagbog/ui`` and the core modules in SOURCES (their sentences and
errors are marked with QT_TRANSLATE_NOOP) and merges the strings into ``dagbog_en.ts``: new
Danish strings appear as unfinished (translate them, e.g. in pyside6-linguist), strings no
longer in the code are dropped. No line numbers are stored, so the file only changes when the
texts do. The ``.qm`` is not committed: Dagbog compiles it at run time (``dagbog/ui/i18n.py``)
and ``build_installer.py`` compiles it into the bundle.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
#: The window, and the core modules whose sentences it shows (marked with QT_TRANSLATE_NOOP).
SOURCES = [
    ROOT / "dagbog" / "ui",
    ROOT / "dagbog" / "core" / "next_step.py",
    ROOT / "dagbog" / "core" / "telephone_hours.py",
    # their errors (ValidationError with a Phrase), shown in the window's dialogs
    ROOT / "dagbog" / "core" / "journal.py",
    ROOT / "dagbog" / "core" / "cases.py",
    ROOT / "dagbog" / "core" / "people.py",
    ROOT / "dagbog" / "core" / "first_run.py",
    ROOT / "dagbog" / "core" / "requests.py",
    ROOT / "dagbog" / "core" / "agreements.py",
    ROOT / "dagbog" / "core" / "meetings.py",
    ROOT / "dagbog" / "core" / "clock.py",
    ROOT / "dagbog" / "core" / "letters.py",
    ROOT / "dagbog" / "core" / "email_import.py",
    ROOT / "dagbog" / "core" / "calendar_files.py",
    ROOT / "dagbog" / "core" / "attachments.py",
    ROOT / "dagbog" / "core" / "errors.py",
    ROOT / "dagbog" / "core" / "backup.py",
    ROOT / "dagbog" / "core" / "db.py",
    ROOT / "dagbog" / "core" / "search.py",
    ROOT / "dagbog" / "core" / "settings.py",
    ROOT / "dagbog" / "core" / "case_file.py",
    ROOT / "dagbog" / "core" / "verify.py",
    # the PDF export's errors, shown in the export dialog
    ROOT / "dagbog" / "report" / "pdf_log.py",
]
LANGUAGES = {"en": "en_GB"}


def lupdate_path() -> Path:
    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return Path(PySide6.__file__).resolve().parent / name


def lupdate(target: Path, language: str = "en") -> subprocess.CompletedProcess:
    """Merge the strings of the sources into ``target`` (created if missing)."""
    command = [str(lupdate_path()), "-silent", "-extensions", "py", "-locations", "none"]
    command += ["-no-obsolete", "-source-language", "da_DK"]
    command += ["-target-language", LANGUAGES[language]]
    command += [str(path) for path in SOURCES] + ["-ts", str(target)]
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)


#: What lupdate makes of a ``#:`` comment before a marked string: a translator note.
_NOTE = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.S)


def drop_doc_comments(target: Path) -> None:
    """Remove the translator notes lupdate took from the code.

    lupdate reads a Python ``#:`` comment as a note for the translator, but in Dagbog ``#:``
    documents the constant below it (Sphinx style), so the note would sit on whichever marked
    string comes next ("Not deleted, written so SQLite cannot use it for an index" on an error
    about answers). Dagbog writes no translator notes, so every one is such a comment.
    """
    text = target.read_text(encoding="utf-8")
    cleaned = _NOTE.sub("", text)
    if cleaned != text:
        target.write_text(cleaned, encoding="utf-8")


def main() -> int:
    for language in LANGUAGES:
        target = Path(__file__).resolve().parent / f"dagbog_{language}.ts"
        lupdate(target, language)
        drop_doc_comments(target)
        print(f"Opdateret: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
