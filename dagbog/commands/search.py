"""The ``search`` verb: full-text search in subjects, notes and the people contacted."""

from __future__ import annotations

import json
import sys

from ..cli import EXIT_FAILED, UsageError, add_db_argument, open_db
from ..core import clock

KIND_CHOICES = ["call", "email", "letter", "meeting", "sms", "digital", "other"]
STATUS_CHOICES = ["overdue", "awaiting", "open", "answered", "unanswered", "done"]


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help="søg i emner, noter og personer")
    add_db_argument(parser, required=True)
    parser.add_argument("--case", help="kun denne sag (titel)")
    parser.add_argument("--kind", help="|".join(KIND_CHOICES))
    parser.add_argument("--from", dest="start", help="fra og med dato, ÅÅÅÅ-MM-DD")
    parser.add_argument("--to", dest="end", help="til og med dato, ÅÅÅÅ-MM-DD")
    parser.add_argument("--status", help="|".join(STATUS_CHOICES))
    parser.add_argument("--limit", type=int, default=50, help="højst så mange træf (1-1000)")
    parser.add_argument(
        "--relevance", action="store_true", help="bedste træf først (standard: nyeste først)"
    )
    parser.add_argument("--json", action="store_true", help="skriv JSON")
    parser.add_argument("query", nargs="+", metavar="SØGETEKST")
    parser.set_defaults(func=cmd_search)


def _bold(text: str, marks, tty: bool) -> str:
    from ..core.search import marked

    return marked(text, marks, "\x1b[1m", "\x1b[0m") if tty else marked(text, marks, "«", "»")


def cmd_search(args) -> int:
    from ..core import cases, search
    from ..core.vocabulary import KIND_LABELS

    query = " ".join(args.query)
    if not search.parse_query(query):
        raise UsageError("Søgeteksten skal indeholde mindst ét ord.")
    if args.kind is not None and args.kind not in KIND_CHOICES:
        raise UsageError(f"Ukendt --kind «{args.kind}». Vælg mellem {', '.join(KIND_CHOICES)}.")
    if args.status is not None and args.status not in STATUS_CHOICES:
        raise UsageError(
            f"Ukendt --status «{args.status}». Vælg mellem {', '.join(STATUS_CHOICES)}."
        )
    if not 1 <= args.limit <= search.MAX_LIMIT:
        raise UsageError(f"--limit skal være mellem 1 og {search.MAX_LIMIT}.")
    start = clock.parse_date(args.start, "from") if args.start else None
    end = clock.parse_date(args.end, "to") if args.end else None
    if start and end and end < start:
        raise UsageError("--to ligger før --from.")
    open_db(args.db, must_exist=True)
    if not search.available():
        print(f"dagbog: {search.unavailable_reason()}", file=sys.stderr)
        return EXIT_FAILED
    case = cases.get_case(args.case) if args.case else None
    hits = search.search(
        query,
        case=case,
        kind=args.kind,
        start=start,
        end=end,
        status=args.status,
        limit=args.limit,
        order="relevance" if args.relevance else "newest",
    )
    if args.json:
        json.dump([_as_json(hit) for hit in hits], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not hits:
        shown = query if len(query) <= 80 else query[:79] + "…"  # a pasted page, not echoed
        print(f"Ingen kontakter matcher «{shown}».")
        return 0
    tty = sys.stdout.isatty()
    for hit in hits:
        who = _bold(hit.person, hit.highlights["person"], tty) if hit.person else "-"
        print(
            f"{hit.entry_id:>6}  {clock.format_local(hit.at)}  {KIND_LABELS[hit.kind]:<12} "
            f"{hit.case_title}  {who}: {_bold(hit.subject, hit.highlights['subject'], tty)}"
        )
        if hit.snippet:
            print(f"        {_bold(hit.snippet, hit.highlights['snippet'], tty)}")
    print(
        f"{len(hits)} træf."
        + (" Der kan være flere (brug --limit)." if len(hits) == args.limit else "")
    )
    return 0


def _as_json(hit) -> dict:
    return {
        "id": hit.entry_id,
        "case": hit.case_title,
        "at": clock.to_local(hit.at).isoformat(),
        "kind": hit.kind,
        "direction": hit.direction,
        "with": hit.person or None,
        "subject": hit.subject,
        "snippet": hit.snippet,
        "status": hit.status,
        "highlights": {
            name: [list(span) for span in marks] for name, marks in hit.highlights.items()
        },
    }
