"""Verbs that keep the record trustworthy: verify, backup, restore, export-case, import-case."""

from __future__ import annotations

from pathlib import Path

from ..cli import EXIT_FAILED, UsageError, add_db_argument


def register(subparsers) -> None:
    verify = subparsers.add_parser(
        "verify", help="kontrollér databasen og dens fingeraftryk (historikkens kæde)"
    )
    add_db_argument(verify, required=True)
    verify.add_argument(
        "--pdf", type=Path, help="kontrollér også fingeraftrykket trykt i denne PDF-log"
    )
    verify.set_defaults(func=cmd_verify)


def _must_exist(path: Path, what: str = "Databasen") -> None:
    if not path.is_file():
        raise UsageError(f"{what} {path} findes ikke.")


def pdf_text(path: Path) -> str:
    """The text of a PDF (pypdf; falls back to the raw bytes of uncompressed streams)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        return path.read_bytes().decode("latin-1")
    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as error:
        raise UsageError(f"PDF-filen {path} kan ikke læses ({error}).") from error


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
