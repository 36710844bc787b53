"""`registre check`: the database's integrity, with a clear verdict."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import text

from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(handler=run_check)


def run_check(_args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        verdict = session.execute(text("PRAGMA integrity_check")).scalar()
    if verdict == "ok":
        print(f"{database.path}: OK")
        return 0
    print(f"{database.path}: damaged ({verdict})", file=sys.stderr)
    return 1
