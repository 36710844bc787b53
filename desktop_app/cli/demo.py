"""`registre demo`: the newsletter's six activities with made-up participants."""

from __future__ import annotations

import argparse

from desktop_app.cli import output
from desktop_app.demo.loading import load_demo
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo")
    demo.set_defaults(handler=run_demo, creates_database=True)


def run_demo(_args: argparse.Namespace, database: Database) -> int:
    summary = load_demo(database)
    if summary.site_created is not None:
        site = summary.site_created
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli", "site {code} ({name}, {country}) set up for the demonstration"
            ),
            code=site.code,
            name=site.name,
            country=site.country,
        )
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "{activities} activities, {persons} persons, {attendances} attendances, "
            "{head_counts} head counts added",
        ),
        activities=output.number(len(summary.activity_ids)),
        persons=output.number(summary.persons),
        attendances=output.number(summary.attendances),
        head_counts=output.number(summary.head_counts),
    )
    return 0
