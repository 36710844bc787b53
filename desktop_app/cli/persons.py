"""`registre person add` and `registre person find`.

With the setting `record_disability` on, `person add` takes the answers to the Washington Group
questions (`--wg walking=a_lot`, repeatable) with the person's consent (`--disability-consent`,
dated `--consent-date` or today); off, those options are refused (docs/disability.md)."""

from __future__ import annotations

import argparse

from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.disability.questions import ANSWERS, COLUMNS, DOMAIN_KEYS
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.field_rules import clean_text
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.registry.sites import require_site
from desktop_app.settings import load_settings
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
    "disability_consent": "--disability-consent",
    "disability_consent_date": "--consent-date",
    **{column: "--wg " + domain for domain, column in COLUMNS.items()},
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
    add.add_argument(
        "--wg",
        action="append",
        default=[],
        metavar="DOMAIN=ANSWER",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "an answer to a Washington Group question, e.g. walking=a_lot (repeatable); domains:"
            " seeing, hearing, walking, remembering, self_care, communicating; answers: none,"
            " some, a_lot, cannot, refused, dont_know. Needs --disability-consent",
        ),
    )
    add.add_argument(
        "--disability-consent",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "the person agreed to answer the questions on functioning"),
    )
    add.add_argument(
        "--consent-date",
        help=QT_TRANSLATE_NOOP("Cli", "when they agreed, YYYY-MM-DD (default: today)"),
    )
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
        disability=_disability(args),
    )
    with options_for_fields(OPTIONS):
        person = create_person(database, fields)
    print(person.id)
    return 0


def _error(text: str, **values: object) -> RegistreError:
    return RegistreError(UserMessage("Commands", text, dict(values)))


def _disability(args: argparse.Namespace) -> DisabilityAnswers | None:
    """The answers given on the command line; None when none of the options is used."""
    if not (args.wg or args.disability_consent or args.consent_date):
        return None
    if not load_settings().record_disability:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Commands",
                "The disability questions are not recorded: turn on the setting"
                " record_disability first (Settings).",
            )
        )
    answers: dict[str, str] = {}
    for given in args.wg:
        domain, sign, answer = (part.strip() for part in given.partition("="))
        if not sign or domain not in DOMAIN_KEYS or answer not in ANSWERS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Commands",
                    "--wg {value}: write DOMAIN=ANSWER, e.g. walking=a_lot; domains: {domains};"
                    " answers: {answers}.",
                ),
                value=given,
                domains=", ".join(DOMAIN_KEYS),
                answers=", ".join(ANSWERS),
            )
        answers[domain] = answer
    return DisabilityAnswers(
        args.disability_consent, parse_date(args.consent_date, "--consent-date"), answers
    )


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
