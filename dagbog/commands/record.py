"""Verbs that keep the record trustworthy: verify, backup, restore, export-case, import-case."""

from __future__ import annotations

import logging
from pathlib import Path

from ..cli import EXIT_FAILED, UsageError, add_db_argument, check_out_path, folder_given


def register(subparsers) -> None:
    verify = subparsers.add_parser(
        "verify", help="kontrollér databasen og dens fingeraftryk (historikkens kæde)"
    )
    add_db_argument(verify, required=True)
    verify.add_argument(
        "--pdf", type=Path, help="kontrollér også fingeraftrykket trykt i denne PDF-log"
    )
    verify.set_defaults(func=cmd_verify)

    backup = subparsers.add_parser("backup", help="lav en kontrolleret sikkerhedskopi")
    add_db_argument(backup, required=True)
    backup.add_argument("--out", type=Path, help="skriv kopien hertil (ellers i Sikkerhedskopier/)")
    backup.add_argument("--list", action="store_true", help="vis sikkerhedskopierne")
    backup.set_defaults(func=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="gendan en sikkerhedskopi (den nuværende fil gemmes til side)"
    )
    add_db_argument(restore, required=True)
    restore.add_argument("--from", dest="source", type=Path, required=True, help="kopien")
    restore.set_defaults(func=cmd_restore)

    export = subparsers.add_parser("export-case", help="gem én sag som en flytbar sagsfil")
    add_db_argument(export, required=True)
    export.add_argument("--case", required=True, help="sagens titel")
    export.add_argument("--out", type=Path, required=True, help="sagsfilen (.dagbogsag)")
    export.set_defaults(func=cmd_export_case)

    imp = subparsers.add_parser("import-case", help="flet en sagsfil ind i databasen")
    add_db_argument(imp, required=True)
    imp.add_argument("--file", type=Path, required=True, help="sagsfilen")
    imp.set_defaults(func=cmd_import_case)


def _must_exist(path: Path, what: str = "Databasen") -> None:
    if path.is_dir():
        if what == "Databasen":
            raise UsageError(folder_given(path))
        raise UsageError(f"{what} {path} er en mappe, ikke en fil.")
    if not path.is_file():
        raise UsageError(f"{what} {path} findes ikke.")


def pdf_text(path: Path) -> str:
    """The text of a PDF (pypdf; falls back to the raw bytes of uncompressed streams)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        return path.read_bytes().decode("latin-1")
    # pypdf logs its complaints about a broken file to stderr; the user gets one line.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as error:
        raise UsageError(
            f"PDF-filen {path} kan ikke læses; den er beskadiget eller ikke en PDF."
        ) from error
    finally:
        pypdf_log.setLevel(level)


def cmd_verify(args) -> int:
    from ..core import verify
    from ..core.fingerprint import parse_fingerprint

    _must_exist(args.db)
    printed = None
    if args.pdf is not None:
        _must_exist(args.pdf, "PDF-filen")
        printed = parse_fingerprint(pdf_text(args.pdf))
        if printed is None:
            raise UsageError(f"Der står intet fingeraftryk i {args.pdf}.")
    result = verify.verify_file(args.db)
    print(result.message)
    if not result.ok:
        return EXIT_FAILED
    files = verify.check_attachment_files(args.db)
    if files.message:
        print(files.message)
    if not files.ok:
        return EXIT_FAILED
    from ..core import backup

    against = backup.check_backups(args.db, result)
    if against.message:
        print(against.message)
    if not against.ok:
        return EXIT_FAILED
    if printed is not None:
        if result.is_state(printed):
            print(
                f"PDF'ens fingeraftryk ({printed}) er en tilstand i denne databases historik: "
                f"loggen blev lavet, da der var {printed.versions} versioner."
            )
        else:
            print(
                f"PDF'ens fingeraftryk ({printed}) findes IKKE i denne databases historik. "
                "PDF'en er lavet fra en anden dagbog, eller den er ændret."
            )
            return EXIT_FAILED
    return 0


def cmd_backup(args) -> int:
    from ..core import backup

    _must_exist(args.db)
    if args.list:
        backups = backup.list_backups(args.db)
        for item in backups:
            print(f"{item.label}  {item.path}")
        if not backups:
            print("Ingen sikkerhedskopier endnu.")
        return 0
    if args.out is not None:
        check_out_path(args.out, "kopi.db")  # first: an empty --out is the folder "."
        if args.out.exists():
            raise UsageError(f"{args.out} findes allerede; vælg et nyt filnavn.")
    made = backup.make_backup(args.db, args.out)  # BackupError: exit 2 (cli.run)
    print(f"Sikkerhedskopi gemt og kontrolleret: {made.path}")
    if made.fingerprint:
        print(f"Fingeraftryk: {made.fingerprint}")
    return 0


def cmd_restore(args) -> int:
    from ..core import backup

    _must_exist(args.source, "Sikkerhedskopien")
    if args.db.is_dir():
        raise UsageError(folder_given(args.db))
    folder = args.db.parent
    if not folder.is_dir():
        raise UsageError(f"Mappen {folder} findes ikke. Intet er gendannet.")
    from ..core import db

    if args.db.exists() and not db._is_writable(args.db):
        # As in the window, which offers no restore for a diary it opened read-only.
        raise UsageError(
            f"Databasen {args.db} er skrivebeskyttet, og en gendannelse ville erstatte den. "
            "Giv skriveadgang til filen og mappen først. Intet er gendannet."
        )
    # A source that is not a good diary is bad input: one Danish line, exit 2, nothing changed.
    aside = backup.restore(args.db, args.source)
    print(f"Databasen {args.db} er gendannet fra {args.source}.")
    if aside is not None:
        print(f"Den tidligere fil er gemt uændret som {aside}.")
    return 0


def cmd_export_case(args) -> int:
    from ..cli import open_db
    from ..core import case_file, cases

    _must_exist(args.db)
    check_out_path(args.out, "sag.dagbogsag")  # first: an empty --out is the folder "."
    if args.out.exists():
        raise UsageError(f"{args.out} findes allerede; vælg et nyt filnavn.")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    chain = case_file.write_case_file(case, args.out)  # CaseFileError: exit 2 (cli.run)
    print(f"Sagen «{case.title}» er gemt i {args.out} ({chain.versions} versioner).")
    return 0


def cmd_import_case(args) -> int:
    from ..cli import open_db
    from ..core import case_file

    if args.db.is_dir():
        raise UsageError(folder_given(args.db))
    _must_exist(args.file, "Sagsfilen")
    # A file that is not a case file, or whose chain is broken, is bad input: exit 2.
    document = case_file.read_case_file(args.file)
    open_db(args.db)
    result = case_file.import_document(document)
    print(result.message)
    return 0
