"""Verbs for letters, e-mail import and calendar files."""

from __future__ import annotations

import sys
from pathlib import Path

from ..cli import UsageError, add_db_argument, check_out_path, open_db
from ..core.private_files import write_private

LETTER_KINDS = ["followup", "new-caseworker", "aktindsigt", "head", "minutes", "fuldmagt"]


def register(subparsers) -> None:
    imp = subparsers.add_parser("import-eml", help="importér gemte e-mails (.eml) i en sag")
    add_db_argument(imp, required=True)
    imp.add_argument("--case", required=True, help="sagens titel")
    imp.add_argument("files", nargs="+", metavar="FIL", type=Path)
    imp.set_defaults(func=cmd_import_eml)

    exp = subparsers.add_parser("export-ics", help="gem sagens møder og svarfrister som .ics")
    add_db_argument(exp, required=True)
    exp.add_argument("--case", required=True, help="sagens titel")
    exp.add_argument("--out", required=True, type=Path, help="kalenderfilen der skal skrives")
    exp.set_defaults(func=cmd_export_ics)

    ics = subparsers.add_parser("import-ics", help="importér en mødeindkaldelse (.ics)")
    add_db_argument(ics, required=True)
    ics.add_argument("--case", required=True, help="sagens titel")
    ics.add_argument("file", metavar="FIL", type=Path)
    ics.set_defaults(func=cmd_import_ics)

    letter = subparsers.add_parser("letter", help="skriv et udkast til et brev ud fra loggen")
    add_db_argument(letter, required=True)
    letter.add_argument("--case", required=True, help="sagens titel")
    letter.add_argument("--kind", required=True, help="|".join(LETTER_KINDS))
    letter.add_argument("--entry", type=int, help="mødets nummer (til referat)")
    letter.add_argument("--reasons", default="", help="begrundelse (ny sagsbehandler)")
    letter.add_argument("--prepared-by", default="", help="navnet under brevet")
    letter.add_argument("--out", type=Path, help="gem udkastet i denne fil")
    letter.add_argument("--mailto", action="store_true", help="skriv også mailto-linket")
    letter.set_defaults(func=cmd_letter)


def _check_files(files: list[Path]) -> None:
    for path in files:
        if not path.is_file():
            raise UsageError(f"Filen {path} findes ikke.")


def cmd_import_eml(args) -> int:
    from ..core import cases, clock, email_import
    from ..core.vocabulary import DIRECTION_LABELS

    _check_files(args.files)
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    # Parse every file first so one broken file rejects the whole call with nothing written.
    for path in args.files:
        email_import.parse_email(path.read_bytes(), name=path.name)
    for path in args.files:
        result = email_import.import_file(case, path)
        e = result.entry
        if result.skipped:
            print(f"{path.name}: findes allerede (kontakt {e.id}), sprunget over.")
            continue
        who = e.person.name if e.person_id else case.main_email or "-"
        extra = " (ingen dato i mailen)" if result.date_guessed else ""
        print(
            f"{path.name}: kontakt {e.id}, {DIRECTION_LABELS[e.direction].lower()} e-mail "
            f"{clock.format_local(e.at)}{extra}, {who}: {e.subject}"
        )
        if result.created_person is not None:
            print(f"  Ny person i sagen: {result.created_person.name}")
    return 0


def cmd_export_ics(args) -> int:
    from ..core import calendar_files, cases

    check_out_path(args.out, "moeder.ics")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    data = calendar_files.export_ics(case, args.out)
    count = data.count(b"BEGIN:VEVENT")
    print(f"{count} begivenheder gemt i {args.out}.")
    return 0


def cmd_import_ics(args) -> int:
    from ..core import calendar_files, cases, clock

    _check_files([args.file])
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    result = calendar_files.import_ics(case, args.file)
    e = result.entry
    if result.skipped:
        print(f"{args.file.name}: findes allerede (kontakt {e.id}), sprunget over.")
    else:
        print(f"{args.file.name}: møde {clock.format_local(e.at)} logget som kontakt {e.id}.")
    return 0


def cmd_letter(args) -> int:
    from ..core import cases, journal, letters
    from ..core.errors import NotFoundError, os_reason

    if args.kind not in LETTER_KINDS:
        raise UsageError(f"Ukendt --kind «{args.kind}». Vælg mellem {', '.join(LETTER_KINDS)}.")
    if args.out:
        check_out_path(args.out, "brev.txt")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    entry = None
    if args.kind == "minutes":
        if args.entry is not None:
            try:
                entry = journal.get_entry(args.entry)
            except NotFoundError as error:
                raise UsageError(str(error)) from error
        else:
            entry = letters.latest_meeting(case)
            if entry is None:
                raise UsageError("Sagen har ingen møder at skrive referat af.")
    letter = letters.build(
        args.kind, case, entry=entry, reasons=args.reasons, prepared_by=args.prepared_by or None
    )
    text = letter.as_text() + "\n"
    if args.mailto:
        text += "\n" + letter.mailto() + "\n"
    if args.out:
        try:
            write_private(args.out, text)
        except OSError as error:
            raise UsageError(f"Kan ikke skrive {args.out} ({os_reason(error)}).") from error
        print(f"Udkastet er gemt i {args.out}.")
    else:
        sys.stdout.write(text)
    return 0
