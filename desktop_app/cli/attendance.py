"""`registre checkin` (a person by id, or the code of their badge) and `registre headcount`."""

from __future__ import annotations

import argparse

from desktop_app.activities.attendance import check_in
from desktop_app.activities.headcounts import add_head_count
from desktop_app.cli import output
from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.door.scans import check_in_scan
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.sites import require_site
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = commands.add_parser("checkin")
    checkin.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )
    # One of the two, checked by run_checkin (a group would keep its value names in English).
    checkin.add_argument("--person", type=int, help=QT_TRANSLATE_NOOP("Cli", "person id"))
    checkin.add_argument(
        "--token",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("Cli", "the code of a badge, as a scanner reads it"),
    )
    checkin.add_argument("--day", required=True, help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD"))
    checkin.add_argument(
        "--role",
        default="participant",
        help=QT_TRANSLATE_NOOP("Cli", "participant, facilitator, expert, moderator…"),
    )
    checkin.set_defaults(handler=run_checkin)

    headcount = commands.add_parser("headcount")
    headcount.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )
    headcount.add_argument(
        "--day", help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD (default: the whole activity)")
    )
    headcount.add_argument("--total", type=int, required=True)
    headcount.add_argument("--women", type=int)
    headcount.add_argument("--youth", type=int)
    headcount.add_argument("--note")
    headcount.set_defaults(handler=run_headcount)


def run_checkin(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    if (args.person is None) == (args.token is None):
        raise RegistreError(
            UserMessage(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "checkin: give --person ID or --token CODE (one of them)."
                ),
            )
        )
    day = parse_date(args.day, "--day")
    assert day is not None
    options = {"activity": "--activity", "person": "--person", "day": "--day", "role": "--role"}
    with options_for_fields(options):
        if args.token is not None:
            person, attendance = check_in_scan(database, args.activity, day, args.token, args.role)
            output.warn(
                QT_TRANSLATE_NOOP("Cli", "badge of {name}"),
                name=f"{person.family_name} {person.given_names}".strip(),
            )
        else:
            attendance = check_in(database, args.activity, args.person, day, args.role)
    if attendance.already_present:
        output.warn(
            QT_TRANSLATE_NOOP("Cli", "already checked in on {day} as {role}: nothing changed"),
            day=day.isoformat(),
            role=output.role_label(attendance.role),
        )
    print(attendance.id)
    return 0


def run_headcount(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    day = parse_date(args.day, "--day")
    options = {
        "activity": "--activity",
        "day": "--day",
        "total": "--total",
        "women": "--women",
        "youth": "--youth",
    }
    with options_for_fields(options):
        head_count = add_head_count(
            database, args.activity, args.total, args.women, args.youth, day, args.note
        )
    print(head_count.id)
    return 0
