"""The command line: one parser, verbs registered by the modules in ``dagbog.commands``.

Every verb reports bad input as one Danish line on stderr with exit code 2, and validates its
arguments before the database is opened, so a rejected call leaves the file as it was.
"""

from __future__ import annotations

import argparse
import importlib
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


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line instead of the usage block."""

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
    parser.add_argument("--version", action="version", version=f"dagbog {__version__}")
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

    if must_exist and path is not None and not path.exists():
        raise UsageError(f"Databasen {path} findes ikke.")
    return db.open_database(path, create=not must_exist)


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run one command; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from .core.db import default_database_path
            from .ui.app import run as run_gui

            return run_gui(args.gui_db or default_database_path(), args.quit_after_start)
        return args.func(args) or EXIT_OK
    except UsageError as error:
        print(f"dagbog: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DagbogError as error:
        print(f"dagbog: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        from .core.db import close_database

        close_database()
