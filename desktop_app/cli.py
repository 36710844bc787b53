"""The command line: the same use cases as the window, one clear line on stderr on error."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.messages import RegistreError
from desktop_app.paths import default_database_path
from desktop_app.store import Database, open_database


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="registre", description="Offline activity and attendance register."
    )
    parser.add_argument("--version", action="version", version=f"Registre {__version__}")
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: your data folder)"
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("check", help="check the database's integrity")
    return parser


def run_check(database: Database) -> int:
    from sqlalchemy import text

    with database.session() as session:
        verdict = session.execute(text("PRAGMA integrity_check")).scalar()
    if verdict == "ok":
        print(f"{database.path}: OK")
        return 0
    print(f"{database.path}: damaged ({verdict})", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        database = open_database(args.db or default_database_path())
        try:
            return run_check(database)
        finally:
            database.close()
    except RegistreError as error:
        print(f"registre: {error}", file=sys.stderr)
        return 2
