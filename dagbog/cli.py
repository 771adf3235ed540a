"""The command line: one parser, verbs registered by the modules in ``dagbog.commands``.

Every verb reports bad input as one Danish line on stderr with exit code 2, and validates its
arguments before the database is opened, so a rejected call leaves the file as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.errors import DagbogError

#: Modules in dagbog.commands, each with ``register(subparsers)``.
COMMAND_MODULES = [
    "journal",
    "selftest",
    "record",
    "deadlines",
    "meetings",
    "search",
    "letters",
    "report",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class UsageError(DagbogError):
    """Bad command-line input (exit code 2)."""


class _DanishHelpFormatter(argparse.HelpFormatter):
    """``--help`` in Danish: "brug:" instead of argparse's "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: D102 - argparse API
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)


#: Danish placeholders for option values in --help, by option.
_PLACEHOLDERS = {
    "--db": "FIL",
    "--case": "SAG",
    "--out": "FIL",
    "--file": "FIL",
    "--pdf": "FIL",
    "--today": "DATO",
    "--from": "DATO",
    "--to": "DATO",
    "--at": "TIDSPUNKT",
    "--entry": "NR",
    "--kind": "TYPE",
    "--kinds": "TYPER",
    "--direction": "RETNING",
    "--with": "NAVN",
    "--by": "NAVN",
    "--prepared-by": "NAVN",
    "--subject": "EMNE",
    "--note": "NOTE",
    "--outcome": "UDFALD",
    "--status": "STATUS",
    "--request-type": "ART",
    "--reply-days": "DAGE",
    "--reason": "BEGRUNDELSE",
    "--reasons": "BEGRUNDELSE",
    "--limit": "ANTAL",
    "--entries": "ANTAL",
}


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line instead of the usage block, and helps in
    Danish (headings and the -h line are argparse's English otherwise)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _DanishHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp og afslut")

    def add_argument(self, *names, **kwargs):  # noqa: D102 - argparse API
        # The value placeholder in --help ("--case SAG"), in Danish instead of argparse's
        # upper-cased English option name ("--case CASE").
        takes_value = kwargs.get("action") in (None, "store", "append")
        if takes_value and "metavar" not in kwargs and names and names[-1] in _PLACEHOLDERS:
            kwargs["metavar"] = _PLACEHOLDERS[names[-1]]
        return super().add_argument(*names, **kwargs)

    def error(self, message: str):  # noqa: D102 - argparse API
        raise UsageError(_danish_argparse(message))


def _danish_argparse(message: str) -> str:
    replacements = {
        "the following arguments are required": "disse argumenter mangler",
        "invalid choice": "ugyldigt valg",
        "choose from": "vælg mellem",
        "unrecognized arguments": "ukendte argumenter",
        "expected one argument": "mangler en værdi",
        "invalid int value": "ikke et heltal",
        "expected at least one argument": "mangler mindst én værdi",
        "ambiguous option": "tvetydigt tilvalg",
        "could match": "kan betyde",
        "ignored explicit argument": "tager ingen værdi",
        "not allowed with argument": "kan ikke bruges sammen med",
        "argument": "argument",
    }
    for english, danish in replacements.items():
        message = message.replace(english, danish)
    return message


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        required=required,
        help="databasefilen (standard: Dagbogs fil i brugerens datamappe)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dagbog",
        description="Dagbog: en logbog over din kontakt med jobcentret.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dagbog {__version__}",
        help="vis programmets version og afslut",
    )
    parser.add_argument("--db", dest="gui_db", type=Path, help="åbn vinduet på denne databasefil")
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="åbn vinduet, vent på første tegning og afslut (til målinger og røgtest)",
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(f"dagbog.commands.{name}").register(subparsers)
    return parser


def open_db(path: Path | None, *, must_exist: bool = False) -> Path:
    """Open the database for a verb (must_exist: refuse to create a new file)."""
    from .core import db

    if path is not None and path.is_dir():
        raise UsageError(folder_given(path))
    if must_exist and path is not None and not path.exists():
        raise UsageError(f"Databasen {path} findes ikke.")
    return db.open_database(path, create=not must_exist)


def folder_given(path: Path) -> str:
    """The refusal of a folder where the database file was asked for."""
    return f"--db {path} er en mappe. Angiv databasefilen, fx dagbog.db."


def check_out_path(out: Path, example: str = "fil") -> None:
    """Refuse an output file the verb could not write, before anything is opened or written.

    Each verb keeps its own rule for an existing file; this checks what none of them can
    write: a folder, a missing folder, or a folder without write access.
    """
    if out.is_dir():
        raise UsageError(f"--out {out} er en mappe. Angiv et filnavn, fx {example}.")
    folder = out.parent
    if not folder.is_dir():
        raise UsageError(f"Mappen {folder} findes ikke. Opret den først, eller vælg en anden.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"Kan ikke skrive i mappen {folder} (ingen skriveadgang).")
    if out.exists() and not os.access(out, os.W_OK):
        raise UsageError(f"Filen {out} er skrivebeskyttet; vælg et andet filnavn.")


def _unexpected(error: BaseException) -> str:
    """One Danish line for an error no verb turned into a message itself."""
    import sqlite3

    import peewee

    from .core import db
    from .core.errors import os_reason

    text = str(error)
    if isinstance(error, (sqlite3.Error, peewee.DatabaseError)) and "readonly" in text:
        where = db.current_path() or "databasen"
        return (
            f"Databasen {where} er skrivebeskyttet, så intet er gemt. "
            "Giv skriveadgang til filen og mappen, og prøv igen."
        )
    if isinstance(error, OSError):
        name = f" {error.filename}" if error.filename else ""
        return f"Filen{name} kan ikke bruges ({os_reason(error)}). Intet er ændret."
    if isinstance(error, (sqlite3.Error, peewee.DatabaseError)):
        return f"Databasen kan ikke bruges ({text}). Intet er ændret."
    return f"Uventet fejl ({type(error).__name__}: {text}). Intet er ændret."


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's own arguments (``--db PATH``, ``--quit-after-start``) read without
    building the whole parser, which imports every verb's module (~30 ms and ~5 MiB at each
    start of the window). None when ``argv`` holds anything else: the parser decides then."""
    args = argparse.Namespace(command=None, gui_db=None, quit_after_start=False)
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token == "--quit-after-start":
            args.quit_after_start = True
        elif token.startswith("--db="):
            args.gui_db = Path(token[len("--db=") :])
        elif token == "--db" and tokens and tokens[0] and not tokens[0].startswith("-"):
            args.gui_db = Path(tokens.pop(0))
        else:
            return None
    return args


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run one command; returns the exit code.

    No traceback reaches the user: an error a verb did not expect is reported as one Danish
    line (exit 1; services write in one transaction, so a failed call saved nothing). Set
    ``DAGBOG_TRACEBACK=1`` to see the traceback while debugging.
    """
    try:
        argv = sys.argv[1:] if argv is None else argv
        args = window_arguments(argv) or build_parser().parse_args(argv)
        if args.command is None:
            from . import collector, lazy_import

            collector.hold()  # released once the window's modules are in (ui.app.run)

            # Loaded by peewee at its top, used later if at all: nothing is hashed until the
            # user saves or a backup runs (OpenSSL loads then), no uuid is made until a case
            # or person is created, socket serves only peewee's IP address field, and calendar
            # (which loads locale) only its timestamp field.
            for name in ("hashlib", "uuid", "socket", "calendar"):
                lazy_import.defer(name)
            from .core.db import default_database_path
            from .ui.app import run as run_gui

            try:
                return run_gui(args.gui_db or default_database_path(), args.quit_after_start)
            finally:
                collector.release()
        return args.func(args) or EXIT_OK
    except UsageError as error:
        print(f"dagbog: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DagbogError as error:
        print(f"dagbog: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (``dagbog list | head``): not an error for the user.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("dagbog: Afbrudt.", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("DAGBOG_TRACEBACK"):
            raise
        message = _unexpected(error)
        print(f"dagbog: {message}", file=sys.stderr)
        readonly = "skrivebeskyttet" in message
        return EXIT_BAD_INPUT if readonly or isinstance(error, OSError) else EXIT_FAILED
    finally:
        from .core.db import close_database

        close_database()


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not fail again."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
