"""Verbs for advocates and meetings: the cases overview and the meeting summary PDF."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..cli import add_db_argument, check_out_path, open_db
from ..core import clock


def register(subparsers) -> None:
    overview = subparsers.add_parser("cases", help="oversigt over sagerne med nøgletal")
    add_db_argument(overview, required=True)
    overview.add_argument("--json", action="store_true", help="skriv JSON")
    overview.add_argument("--archived", action="store_true", help="medtag arkiverede sager")
    overview.set_defaults(func=cmd_cases)

    summary = subparsers.add_parser("meeting-summary", help="mødereferat som PDF (én side)")
    add_db_argument(summary, required=True)
    summary.add_argument("--entry", type=int, required=True, help="mødets kontaktnummer")
    summary.add_argument("--out", type=Path, required=True, help="PDF-filen der skrives")
    summary.set_defaults(func=cmd_meeting_summary)


def _days(value: int | None) -> str:
    if value is None:
        return "aldrig"
    return "i dag" if value == 0 else ("1 dag" if value == 1 else f"{value} dage")


def cmd_cases(args) -> int:
    from ..core import overview

    open_db(args.db, must_exist=True)
    rows = overview.overview(include_archived=args.archived)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print("Ingen sager.")
        return 0
    marks = [" (arkiveret)" if row.case.archived else "" for row in rows]
    # The title is what --case takes: shown whole up to a sensible width, else marked "…";
    # the archived mark is never the part that is cut.
    pairs = list(zip(rows, marks, strict=True))
    width = max(len("Sag"), min(60, max(len(row.title) + len(mark) for row, mark in pairs)))
    titles = [_fit(row.title, width - len(mark)).rstrip() + mark for row, mark in pairs]
    print(
        f"{'Sag':<{width}} {'Borger':<20} {'Sagsbehandler':<20} {'Åbne':>5} {'Overskr.':>8} "
        f"{'Næste møde':<17} Siden svar"
    )
    for row, title in zip(rows, titles, strict=True):
        meeting = clock.short_datetime(row.next_meeting) if row.next_meeting else "-"
        print(
            f"{_fit(title, width)} {_fit(row.citizen, 20)} {_fit(row.caseworker or '-', 20)} "
            f"{row.open_requests:>5} {row.overdue_requests:>8} {meeting:<17} "
            f"{_days(row.days_since_answer)}"
        )
    return 0


def _fit(text: str, width: int) -> str:
    """``text`` padded to ``width``; a longer one is cut with "…" so the cut shows."""
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{text:<{width}}"


def cmd_meeting_summary(args) -> int:
    from ..core import journal, meetings
    from ..report.meeting_summary import write_summary

    out: Path = args.out
    check_out_path(out, "referat.pdf")
    open_db(args.db, must_exist=True)
    summary = meetings.summary(journal.get_entry(args.entry))
    write_summary(summary, out)
    print(f"Mødereferatet er gemt i {out}.")
    return 0
