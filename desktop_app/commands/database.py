"""`registre check`: the database's integrity, with a clear verdict."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import func, select, text

from desktop_app.store import Database
from desktop_app.store.models import Base


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(handler=run_check)


def run_check(_args: argparse.Namespace, database: Database) -> int:
    if database.is_server:
        return _check_server(database)
    with database.session() as session:
        verdict = session.execute(text("PRAGMA integrity_check")).scalar()
    if verdict == "ok":
        print(f"{database.path}: OK")
        return 0
    print(f"{database.path}: damaged ({verdict})", file=sys.stderr)
    return 1


def _check_server(database: Database) -> int:
    """A server keeps its own files sound; check that every table reads (its pages included)."""
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            session.execute(select(func.count()).select_from(table)).scalar()
    print(f"{database.location}: OK")
    return 0
