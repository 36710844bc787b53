"""`registre person add` and `registre person find`."""

from __future__ import annotations

import argparse

from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.field_rules import clean_text
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.registry.sites import require_site
from desktop_app.store import Database

OPTIONS = {
    "family_name": "--family",
    "given_names": "--given",
    "sex": "--sex",
    "birth_year": "--birth-year",
    "birth_date": "--birth-date",
    "age": "--age",
    "organisation_name": "--org",
    "category": "--category",
    "phone": "--phone",
    "email": "--email",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = commands.add_parser("person")
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add a person; prints their id"))
    add.add_argument("--family", required=True, help=QT_TRANSLATE_NOOP("Cli", "family name"))
    add.add_argument("--given", default="", help=QT_TRANSLATE_NOOP("Cli", "given names"))
    add.add_argument("--sex", help=QT_TRANSLATE_NOOP("Cli", "F or M (leave out when not stated)"))
    add.add_argument("--birth-year", type=int)
    add.add_argument(
        "--birth-date", help=QT_TRANSLATE_NOOP("Cli", "date of birth, e.g. 1992-12-12")
    )
    add.add_argument(
        "--age",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "age today, when the birth year is not known"),
    )
    add.add_argument("--org", help=QT_TRANSLATE_NOOP("Cli", "organisation (name or acronym)"))
    add.add_argument("--position")
    add.add_argument(
        "--category", help=QT_TRANSLATE_NOOP("Cli", "fds, parliament, civil_society, media…")
    )
    add.add_argument(
        "--phone",
        help=QT_TRANSLATE_NOOP("Cli", "phone; without +code the site's country is assumed"),
    )
    add.add_argument("--email")
    add.set_defaults(handler=run_add)

    find = actions.add_parser(
        "find", help=QT_TRANSLATE_NOOP("Cli", "search by name, organisation or phone")
    )
    find.add_argument(
        "text",
        help=QT_TRANSLATE_NOOP(
            "Cli", 'words of the name, organisation or phone, e.g. "celestin guid"'
        ),
    )
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(handler=run_find)


def run_add(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    fields = PersonFields(
        family_name=args.family,
        given_names=args.given,
        sex=args.sex,
        birth_year=args.birth_year,
        birth_date=parse_date(args.birth_date, "--birth-date"),
        age=args.age,
        organisation_name=args.org,
        position=args.position,
        category=args.category,
        phone=args.phone,
        email=args.email,
    )
    with options_for_fields(OPTIONS):
        person = create_person(database, fields)
    print(person.id)
    return 0


def run_find(args: argparse.Namespace, database: Database) -> int:
    for row in search_persons(database, args.text, limit=args.limit):
        details = [
            row.sex or "-",
            str(row.birth_year or "-"),
            row.organisation or "",
            row.phone or "",
        ]
        # Values stored by an older version may hold control characters: never sent raw to the
        # terminal, where an escape sequence would act.
        fields = [clean_text(value) for value in (row.display_name, *details)]
        print("\t".join([str(row.id), *fields]).rstrip())
    return 0
