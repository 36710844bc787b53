"""`registre activity add` and `registre activity list`."""

from __future__ import annotations

import argparse

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.cli import output
from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.registry.sites import require_site
from desktop_app.store import Database

OPTIONS = {
    "title": "--title",
    "kind": "--kind",
    "start_date": "--start",
    "end_date": "--end",
    "country": "--country",
    "city": "--city",
    "venue": "--venue",
    "status": "--status",
    "tags": "--tag",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    activity = commands.add_parser("activity")
    actions = activity.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add an activity; prints its id"))
    add.add_argument("--title", required=True)
    add.add_argument(
        "--kind",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "workshop, training, seminar, meeting…"),
    )
    add.add_argument(
        "--start", required=True, help=QT_TRANSLATE_NOOP("Cli", "first day, YYYY-MM-DD")
    )
    add.add_argument(
        "--end", help=QT_TRANSLATE_NOOP("Cli", "last day, YYYY-MM-DD (default: the first day)")
    )
    add.add_argument(
        "--country", required=True, help=QT_TRANSLATE_NOOP("Cli", "two-letter code, e.g. ML")
    )
    add.add_argument("--city", required=True)
    add.add_argument("--venue")
    add.add_argument(
        "--status", default="held", help=QT_TRANSLATE_NOOP("Cli", "planned, held or cancelled")
    )
    add.add_argument("--project", help=QT_TRANSLATE_NOOP("Cli", "project or donor code"))
    add.add_argument(
        "--partner",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("Cli", "partner institution (repeatable)"),
    )
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("Cli", 'a tag, e.g. DDR or "cohort-2022, jeunes" (repeatable)'),
    )
    add.set_defaults(handler=run_add)

    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "list activities, latest first")
    )
    listing.add_argument(
        "--search", help=QT_TRANSLATE_NOOP("Cli", "words of the title, city or venue")
    )
    listing.add_argument("--year", type=int)
    listing.add_argument("--kind")
    listing.add_argument("--country")
    listing.add_argument("--status")
    listing.add_argument(
        "--tag", help=QT_TRANSLATE_NOOP("Cli", "activities with this tag, whatever its case")
    )
    listing.add_argument(
        "--deleted",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "include deleted activities"),
    )
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    fields = ActivityFields(
        title=args.title,
        kind=args.kind,
        start_date=parse_date(args.start, "--start"),
        end_date=parse_date(args.end, "--end"),
        country=args.country,
        city=args.city,
        venue=args.venue,
        status=args.status,
        project_code=args.project,
        partner_names=tuple(args.partner),
        tags=tuple(args.tag),
    )
    with options_for_fields(OPTIONS):
        activity = create_activity(database, fields)
    print(activity.id)
    return 0


def run_list(args: argparse.Namespace, database: Database) -> int:
    rows = list_activities(
        database,
        ActivityFilter(
            search=args.search,
            year=args.year,
            kind=args.kind,
            country=args.country,
            status=args.status,
            tag=args.tag,
            include_deleted=args.deleted,
        ),
    )
    for row in rows:
        # One tab-separated line per activity, for scripts too: ISO dates, whole numbers.
        dates = row.start_date.isoformat()
        if row.end_date != row.start_date:
            dates += f"..{row.end_date.isoformat()}"
        flags = ""
        if row.deleted:
            flags = " " + output.text(QT_TRANSLATE_NOOP("Cli", "[deleted]"))
        elif row.status == "cancelled":
            flags = " " + output.text(QT_TRANSLATE_NOOP("Cli", "[cancelled]"))
        counts = output.text(
            QT_TRANSLATE_NOOP("Cli", "{participants} participants, {women} women, {youth} youth"),
            participants=row.participants,
            women=row.women,
            youth=row.youth,
        )
        place = f"{row.country} {row.city}"
        kind = output.kind_label(row.kind)
        print("\t".join((str(row.id), dates, kind, place, counts, row.title)) + flags)
    return 0
