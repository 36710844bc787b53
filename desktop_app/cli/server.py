"""`registre server init-roles|add-user|list-users|set-role|remove-user`: who may see and
change what in a database on a PostgreSQL server (docs/postgresql.md, "Roles")."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app import exit_codes
from desktop_app.access import roles
from desktop_app.access.policies import ROLES
from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = commands.add_parser("server")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init-roles",
        help=QT_TRANSLATE_NOOP(
            "Cli", "make the roles, grants and row-level security (once, by the owner)"
        ),
    )
    init.set_defaults(handler=run_init_roles)

    add = actions.add_parser(
        "add-user", help=QT_TRANSLATE_NOOP("Cli", "a new server user in one role")
    )
    add.add_argument("name", help=QT_TRANSLATE_NOOP("Cli", "the user's name, e.g. aissa.maiga"))
    _role_options(add)
    add.add_argument(
        "--no-password",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "set no password (the server authenticates otherwise: certificate, Kerberos)"
        ),
    )
    add.set_defaults(handler=run_add_user)

    listing = actions.add_parser(
        "list-users", help=QT_TRANSLATE_NOOP("Cli", "the server's users, their roles and offices")
    )
    listing.set_defaults(handler=run_list_users)

    change = actions.add_parser(
        "set-role", help=QT_TRANSLATE_NOOP("Cli", "give a user another role or other offices")
    )
    change.add_argument("name")
    _role_options(change)
    change.set_defaults(handler=run_set_role)

    remove = actions.add_parser(
        "remove-user",
        help=QT_TRANSLATE_NOOP("Cli", "the user can no longer connect (the audit keeps the name)"),
    )
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove_user)


def _role_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", required=True, choices=ROLES)
    parser.add_argument(
        "--offices",
        default="",
        help=QT_TRANSLATE_NOOP(
            "Cli", "officers and viewers: only these offices, e.g. NE-NIA,ML-BKO (default: all)"
        ),
    )


def _offices(value: str) -> list[str]:
    return [code for code in value.split(",") if code.strip()]


def _role_label(role: str) -> str:
    labels = {
        "admin": QT_TRANSLATE_NOOP("Cli", "administrator"),
        "officer": QT_TRANSLATE_NOOP("Cli", "officer"),
        "viewer": QT_TRANSLATE_NOOP("Cli", "viewer"),
        "analyst": QT_TRANSLATE_NOOP("Cli", "analyst"),
    }
    return output.text(labels[role])


def _offices_label(offices: tuple[str, ...]) -> str:
    return ", ".join(offices) if offices else output.text(QT_TRANSLATE_NOOP("Cli", "all"))


def run_init_roles(_args: argparse.Namespace, database: Database) -> int:
    roles.init_roles(database)
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Roles ready on {database}: administrator, officer, viewer, analyst. "
            "Add users with “registre server add-user”.",
        ),
        database=database.location,
    )
    return 0


def _ask_password(name: str) -> str | None:
    if not sys.stdin.isatty():  # a script: the password is the first line it sends
        return sys.stdin.readline().rstrip("\n") or None
    first = getpass.getpass(
        output.text(QT_TRANSLATE_NOOP("Cli", "Password for {name}: "), name=name)
    )
    second = getpass.getpass(output.text(QT_TRANSLATE_NOOP("Cli", "The same password again: ")))
    if first != second:
        output.warn(QT_TRANSLATE_NOOP("Cli", "The two passwords differ: nothing was changed."))
        return None
    return first


def run_add_user(args: argparse.Namespace, database: Database) -> int:
    roles.check_new_user(args.name, args.role, _offices(args.offices))
    password = None
    if not args.no_password:
        password = _ask_password(args.name)
        if not password:
            return exit_codes.REFUSED
    user = roles.add_user(database, args.name, args.role, _offices(args.offices), password)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "User {name} added: {role}, offices: {offices}."),
        name=user.name,
        role=_role_label(user.role),
        offices=_offices_label(user.offices),
    )
    return 0


def run_list_users(_args: argparse.Namespace, database: Database) -> int:
    users = roles.list_users(database)
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "User")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Role")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Offices")),
    ]
    rows = [[u.name, _role_label(u.role), _offices_label(u.offices)] for u in users]
    for line in output.table(headers, rows):
        print(line)
    return 0


def run_set_role(args: argparse.Namespace, database: Database) -> int:
    user = roles.set_role(database, args.name, args.role, _offices(args.offices))
    output.say(
        QT_TRANSLATE_NOOP("Cli", "User {name} is now {role}, offices: {offices}."),
        name=user.name,
        role=_role_label(user.role),
        offices=_offices_label(user.offices),
    )
    return 0


def run_remove_user(args: argparse.Namespace, database: Database) -> int:
    roles.remove_user(database, args.name)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "User {name} removed: they can no longer connect."),
        name=args.name,
    )
    return 0
