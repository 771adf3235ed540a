"""Verb for printable exports: export-pdf."""

from __future__ import annotations

from pathlib import Path

from ..cli import UsageError, add_db_argument, check_out_path, open_db
from ..core import clock
from ..core.vocabulary import Kind


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export-pdf", help="skriv en PDF-log over kontakten med jobcentret"
    )
    add_db_argument(export, required=True)
    export.add_argument("--case", help="sagens titel (kan udelades, hvis der kun er én sag)")
    export.add_argument("--out", required=True, type=Path, help="PDF-filen der skal skrives")
    export.add_argument("--from", dest="start", help="første dag, ÅÅÅÅ-MM-DD")
    export.add_argument("--to", dest="end", help="sidste dag, ÅÅÅÅ-MM-DD (medtages)")
    export.add_argument(
        "--only-unanswered",
        action="store_true",
        help="kun ubesvarede opkald og henvendelser, der afventer svar",
    )
    export.add_argument("--no-notes", action="store_true", help="uden de fulde noter")
    export.add_argument("--kinds", help="kun disse kontakttyper, kommasepareret: " + ",".join(Kind))
    export.add_argument(
        "--include-private", action="store_true", help="tag kontakter markeret privat med"
    )
    export.add_argument("--prepared-by", default="", help="navnet på den, der udarbejder loggen")
    export.add_argument("--today", help="vurdér frister pr. denne dag, ÅÅÅÅ-MM-DD (til test)")
    export.set_defaults(func=cmd_export_pdf)


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out skal være en .pdf-fil, ikke «{out.name}».")
    check_out_path(out, "log.pdf")


def _pick_case(title: str | None):
    from ..core import cases

    if title is not None:
        if not title.strip():
            raise UsageError("--case må ikke være tom.")
        return cases.get_case(title)
    every = cases.list_cases(include_archived=True)
    if not every:
        raise UsageError("Databasen har ingen sager endnu.")
    if len(every) > 1:
        names = ", ".join(f"«{c.title}»" for c in every[:5])
        more = " …" if len(every) > 5 else ""
        raise UsageError(f"Der er {len(every)} sager; vælg én med --case: {names}{more}")
    return every[0]


def cmd_export_pdf(args) -> int:
    from ..report.pdf_log import ExportOptions, parse_kinds, write_pdf

    start = clock.parse_date(args.start, "start") if args.start else None
    end = clock.parse_date(args.end, "end") if args.end else None
    today = clock.parse_date(args.today, "today") if args.today else None
    kinds = parse_kinds([args.kinds]) if args.kinds is not None else None
    options = ExportOptions(
        start=start,
        end=end,
        kinds=kinds,
        only_unanswered=args.only_unanswered,
        with_notes=not args.no_notes,
        include_private=args.include_private,
        prepared_by=args.prepared_by,
        today=today,
    )
    options.validate()
    _check_out(args.out)
    open_db(args.db, must_exist=True)
    case = _pick_case(args.case)
    result = write_pdf(case, args.out, options)
    print(
        f"PDF-loggen for «{case.title}» er gemt i {args.out.resolve()} "
        f"({result.pages} sider, {result.entries} kontakter)."
    )
    return 0
