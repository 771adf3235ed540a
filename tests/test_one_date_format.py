"""One short date and one date-time format everywhere: window, PDF and CLI text agree.

The review found the window showing 23-11-2026 and the PDF 23.11.2026. Every place now goes
through ``clock.short_date`` / ``clock.short_datetime`` ("23.11.2026", "23.11.2026 09:30");
JSON stays ISO 8601, and input still takes dots, dashes and ISO.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import date, datetime
from pathlib import Path

from dagbog.__main__ import main
from dagbog.core import cases, clock, db
from dagbog.report.pdf_log import ExportOptions, build_pdf

ROOT = Path(__file__).resolve().parents[1]


def test_short_formats_and_input_with_dots_or_dashes():
    moment = datetime(2026, 3, 4, 9, 5, tzinfo=clock.LOCAL_TZ)
    assert clock.short_date(date(2026, 3, 4)) == "04.03.2026"
    assert clock.short_datetime(moment) == "04.03.2026 09:05"
    assert clock.format_local(moment) == "04.03.2026 09:05"
    for typed in ("04.03.2026 09:05", "04-03-2026 09:05", "2026-03-04 09:05"):
        assert clock.parse_local_datetime(typed) == moment
    assert clock.parse_local_datetime(clock.short_datetime(moment)) == moment
    assert clock.parse_date("04.03.2026") == clock.parse_date("04-03-2026") == date(2026, 3, 4)


def test_window_pdf_and_cli_show_the_same_date(tmp_path, capsys, qapp):
    path = str(tmp_path / "d.db")
    add = ["add", "--db", path, "--case", "Sag", "--kind", "email", "--direction", "out"]
    assert main([*add, "--at", "04-03-2026 09:00", "--awaiting-reply", "--subject", "Mail"]) == 0
    capsys.readouterr()

    assert main(["list", "--db", path]) == 0
    listing = capsys.readouterr().out
    assert "04.03.2026 09:00" in listing
    assert main(["list", "--db", path, "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["at"] == "2026-03-04T09:00:00+01:00"  # JSON stays ISO 8601

    from dagbog.ui import i18n
    from dagbog.ui.journal_model import COL_STATUS, COL_WHEN, JournalTableModel
    from dagbog.ui.preferences import LANGUAGE_DANISH

    i18n.install(LANGUAGE_DANISH)
    db.open_database(Path(path))
    try:
        case = cases.find_case("Sag")
        model = JournalTableModel()
        model.set_filter(case)
        assert model.index(0, COL_WHEN).data() == "04.03.2026 09:00"
        due = clock.short_date(case.entries.get().reply_due)
        assert re.fullmatch(r"\d\d\.\d\d\.2026", due)
        assert due in model.index(0, COL_STATUS).data()

        buffer = io.BytesIO()
        build_pdf(case, buffer, ExportOptions(today=date(2026, 3, 5)))
    finally:
        db.close_database()
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "04.03.2026 09:00" in text
    assert due in text
    assert not re.search(r"\b\d\d-\d\d-20\d\d\b", text)


def test_no_other_day_first_date_pattern_in_the_code():
    """Dates are formatted by clock.short_date/short_datetime, not by hand-made patterns."""
    pattern = re.compile(r"%d[-./]%m|dd-MM|\{\w+(\.\w+)*:%d")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "dagbog").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not offenders, offenders
