"""`registre init`: set the site (office) this database belongs to."""

from __future__ import annotations

import argparse

from desktop_app.cli import output
from desktop_app.cli.arguments import options_for_fields
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.registry.sites import init_site
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init")
    init.add_argument(
        "--site", required=True, help=QT_TRANSLATE_NOOP("Cli", "site code, e.g. NE-NIA")
    )
    init.add_argument(
        "--name", required=True, help=QT_TRANSLATE_NOOP("Cli", "site name, e.g. Niamey")
    )
    init.add_argument(
        "--country",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "two-letter country code, e.g. NE"),
    )
    init.set_defaults(handler=run_init, creates_database=True)


def run_init(args: argparse.Namespace, database: Database) -> int:
    with options_for_fields({"code": "--site", "name": "--name", "country": "--country"}):
        site = init_site(database, args.site, args.name, args.country)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{database}: site {code} ({name}, {country})"),
        database=database.location,
        code=site.code,
        name=site.name,
        country=site.country,
    )
    return 0
