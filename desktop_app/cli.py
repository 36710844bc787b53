"""The command line: the same use cases as the window, one clear line on stderr on error.

Subcommands live in desktop_app/commands/, one module per area.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.commands import register_all
from desktop_app.commands.privacy import open_for_command
from desktop_app.logging_setup import install_record_cleaning
from desktop_app.messages import RegistreError
from desktop_app.paths import default_database_path
from desktop_app.store import errors, server


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="registre", description="Offline activity and attendance register."
    )
    parser.add_argument("--version", action="version", version=f"Registre {__version__}")
    parser.add_argument(
        "--db",
        type=database_target,
        default=None,
        help="database file (default: your data folder), or a PostgreSQL server's URL "
        "postgresql://user@host:port/database",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(commands)
    return parser


def database_target(value: str) -> Path | str:
    """A file path, or a server URL kept as written (a Path would fold its `//`)."""
    return value.strip() if server.is_server_url(value) else Path(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop_app.ui.app import run_window  # Qt is loaded only for the window

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
        print(f"registre: {error.message.render(_translator())}", file=sys.stderr)
        return 2


def _translator() -> Callable[[str, str], str] | None:
    """Errors in the user's language (the settings' or the system's); English when Qt's
    translations cannot be loaded."""
    try:
        from desktop_app.settings import load_settings
        from desktop_app.ui.i18n import message_translator

        return message_translator(load_settings().language)
    except Exception:  # an error message must still be printed
        return None
