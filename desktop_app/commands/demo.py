"""`registre demo`: the newsletter's six activities with made-up participants."""

from __future__ import annotations

import argparse

from desktop_app.services.demo import load_demo
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="load demonstration data (the field newsletter)")
    demo.set_defaults(handler=run_demo)


def run_demo(_args: argparse.Namespace, database: Database) -> int:
    summary = load_demo(database)
    if summary.site_created is not None:
        site = summary.site_created
        print(f"site {site.code} ({site.name}, {site.country}) set up for the demonstration")
    print(
        f"{len(summary.activity_ids)} activities, {summary.persons} persons, "
        f"{summary.attendances} attendances, {summary.head_counts} head counts added"
    )
    return 0
