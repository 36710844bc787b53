"""`registre check`: the database's integrity, with a clear verdict."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select, text

from desktop_app import exit_codes
from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store import Database
from desktop_app.store.models import every_table


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check")
    check.set_defaults(handler=run_check)


def run_check(_args: argparse.Namespace, database: Database) -> int:
    if database.is_server:
        return _check_server(database)
    with database.session() as session:
        verdict = session.execute(text("PRAGMA integrity_check")).scalar()
    if verdict == "ok":
        output.say(QT_TRANSLATE_NOOP("Cli", "{database}: OK"), database=database.path)
        return 0
    output.warn(
        QT_TRANSLATE_NOOP("Cli", "{database}: damaged ({verdict})"),
        database=database.path,
        verdict=verdict,
    )
    return exit_codes.DATABASE


def _check_server(database: Database) -> int:
    """A server keeps its own files sound; check that every table reads (its pages included)."""
    with database.session() as session:
        for table in every_table().sorted_tables:
            session.execute(select(func.count()).select_from(table)).scalar()
    output.say(QT_TRANSLATE_NOOP("Cli", "{database}: OK"), database=database.location)
    return 0
