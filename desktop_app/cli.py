"""The command line: the same use cases as the window, one clear line on stderr on error.

Subcommands live in desktop_app/commands/, one module per area.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.commands import output, register_all
from desktop_app.commands.parsing import CommandParser
from desktop_app.commands.privacy import open_for_command
from desktop_app.logging_setup import install_record_cleaning
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError
from desktop_app.paths import default_database_path
from desktop_app.store import errors, server


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = CommandParser(
        prog="registre",
        description=QT_TRANSLATE_NOOP("Cli", "Offline activity and attendance register."),
    )
    parser.add_argument("--version", action="version", version=f"Registre {__version__}")
    parser.add_argument(
        "--db",
        type=database_target,
        default=None,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "database file (default: your data folder), or a PostgreSQL server's URL "
            "postgresql://user@host:port/database",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(commands)
    return parser


def database_target(value: str) -> Path | str:
    """A file path, or a server URL kept as written (a Path would fold its `//`)."""
    return value.strip() if server.is_server_url(value) else Path(value)


def main(argv: Sequence[str] | None = None) -> int:
    # The language first: the parser's help and mistakes are in it too.
    output.use_language(output.settings_language())
    for stream in (sys.stdout, sys.stderr):
        output.protect_stream(stream)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop_app.ui.app import run_window  # the widgets are loaded only for the window

        return run_window(args.db or default_database_path())
    install_record_cleaning()
    try:
        target = args.db or default_database_path()
        if getattr(args, "without_database", False):  # works on the closed file
            if isinstance(target, str):  # restore, encrypt, recover: files only
                raise errors.needs_file(server.masked(target))
            closed_code: int = args.handler(args, target)
            return closed_code
        database = open_for_command(target)
        try:
            code: int = args.handler(args, database)
            return code
        finally:
            database.close()
    except RegistreError as error:
        print(f"registre: {output.render(error.message)}", file=sys.stderr)
        return 2
