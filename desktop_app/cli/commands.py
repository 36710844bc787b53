"""Subcommands of `registre`, one module per area, each imported only when its command is chosen.

`register_all` lists every command with its one-line help (what `registre --help` shows) and
the module that implements it: `registre --help` and the window never import the modules (nor
the services, SQLAlchemy or Alembic behind them). A module has `register(commands)` that adds
its parsers with `commands.add_parser(name)` (no `help=`: register_all gives it) and sets
`handler=function` on each; the handler is called as `handler(args, database)` and returns the
exit code (desktop_app/exit_codes.py), or raises a RegistreError. A new command gets its line in
register_all.

What a command needs of `--db`, set with `set_defaults`: by default an existing database,
opened; `without_database=True` gets the closed file's path (encrypt, restore); a path that
does not exist is refused unless `creates_database=True` (init, demo, restore);
`uses_database=False` for a command that works on other files only (protect-workbook).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable
from typing import Any

from desktop_app.messages import QT_TRANSLATE_NOOP


class LazyCommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The subcommands: each an empty parser with its help until it is chosen; then its module
    is imported and its `register` fills in the parsers of its commands."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.modules: dict[str, str] = {}  # command -> its module in desktop_app/commands/
        self._waiting: set[str] = set()  # commands whose module is not imported yet

    def add_waiting(self, name: str, module: str, **kwargs: Any) -> None:
        """List the command `name` (with its `help`); its module fills it in when chosen."""
        super().add_parser(name, **kwargs)
        self.modules[name] = module
        self._waiting.add(name)

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name not in self._waiting:
            return super().add_parser(name, **kwargs)
        # The module fills in a listed command: same place in the list, same help.
        if "help" in kwargs:
            raise TypeError("a listed command's help is given once, by register_all", name)
        self._waiting.discard(name)
        kwargs.setdefault("prog", self._name_parser_map[name].prog)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        return parser

    def load(self, names: Iterable[str]) -> None:
        """Import the modules of these commands (of those still waiting)."""
        for name in names:
            if name in self._waiting:
                module = importlib.import_module("desktop_app.cli." + self.modules[name])
                module.register(self)
                if name in self._waiting:
                    raise LookupError("the command's module does not register it", name)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        self.load(values[:1])  # an unknown name is argparse's to refuse
        super().__call__(parser, namespace, values, option_string)


def register_all(commands: LazyCommands, *, load: bool = False) -> None:
    """List every command with its help and the module that implements it
    (desktop_app/commands/<module>.py); with `load`, import every module now (to walk the whole
    tree of commands)."""
    commands.add_waiting(
        "check", "database", help=QT_TRANSLATE_NOOP("Cli", "check the database's integrity")
    )
    commands.add_waiting(
        "backup", "backup", help=QT_TRANSLATE_NOOP("Cli", "write a verified copy of the database")
    )
    commands.add_waiting(
        "restore",
        "backup",
        help=QT_TRANSLATE_NOOP(
            "Cli", "replace the database by a backup (the current file is backed up first)"
        ),
    )
    commands.add_waiting(
        "backups", "backup", help=QT_TRANSLATE_NOOP("Cli", "list the backups of the database")
    )
    commands.add_waiting(
        "import-sheet",
        "sheets",
        help=QT_TRANSLATE_NOOP(
            "Cli", "import a sign-in sheet (.xlsx, .xls, .ods, .csv) into an activity"
        ),
    )
    commands.add_waiting(
        "init", "init", help=QT_TRANSLATE_NOOP("Cli", "set the site (office) of a new database")
    )
    commands.add_waiting(
        "activity", "activities", help=QT_TRANSLATE_NOOP("Cli", "add or list activities")
    )
    commands.add_waiting(
        "person", "persons", help=QT_TRANSLATE_NOOP("Cli", "add or find persons in the registry")
    )
    commands.add_waiting(
        "checkin", "attendance", help=QT_TRANSLATE_NOOP("Cli", "record a person present on a day")
    )
    commands.add_waiting(
        "headcount", "attendance", help=QT_TRANSLATE_NOOP("Cli", "record unnamed attendees")
    )
    commands.add_waiting(
        "report",
        "report",
        help=QT_TRANSLATE_NOOP("Cli", "counts by activity and totals for a period"),
    )
    commands.add_waiting(
        "check-counts",
        "checks",
        help=QT_TRANSLATE_NOOP("Cli", "what to look at before sending the counts"),
    )
    commands.add_waiting(
        "signin-sheet",
        "printing",
        help=QT_TRANSLATE_NOOP(
            "Cli", "print a sign-in sheet (feuille d'émargement) for one day of an activity"
        ),
    )
    commands.add_waiting(
        "demo",
        "demo",
        help=QT_TRANSLATE_NOOP("Cli", "load demonstration data (the field newsletter)"),
    )
    commands.add_waiting(
        "project", "indicators", help=QT_TRANSLATE_NOOP("Cli", "add or list projects")
    )
    commands.add_waiting(
        "indicator",
        "indicators",
        help=QT_TRANSLATE_NOOP("Cli", "add, list or show a project's indicators"),
    )
    commands.add_waiting(
        "target", "indicators", help=QT_TRANSLATE_NOOP("Cli", "set an indicator's targets")
    )
    commands.add_waiting(
        "progress",
        "indicators",
        help=QT_TRANSLATE_NOOP("Cli", "a project's indicators: targets and actuals"),
    )
    commands.add_waiting(
        "export", "sync", help=QT_TRANSLATE_NOOP("Cli", "write the workbook for HQ")
    )
    commands.add_waiting(
        "import", "sync", help=QT_TRANSLATE_NOOP("Cli", "merge workbooks exported by other sites")
    )
    commands.add_waiting(
        "conflicts", "sync", help=QT_TRANSLATE_NOOP("Cli", "records both sides changed")
    )
    commands.add_waiting(
        "imports",
        "imports",
        help=QT_TRANSLATE_NOOP("Cli", "the workbooks imported into this database, newest first"),
    )
    commands.add_waiting(
        "encrypt",
        "privacy",
        help=QT_TRANSLATE_NOOP(
            "Cli", "encrypt the database with a passphrase (after a verified copy)"
        ),
    )
    commands.add_waiting(
        "decrypt", "privacy", help=QT_TRANSLATE_NOOP("Cli", "remove the database's encryption")
    )
    commands.add_waiting(
        "change-passphrase",
        "privacy",
        help=QT_TRANSLATE_NOOP("Cli", "change the database's passphrase"),
    )
    commands.add_waiting(
        "purge",
        "privacy",
        help=QT_TRANSLATE_NOOP("Cli", "erase the persons with no activity for N years (retention)"),
    )
    commands.add_waiting(
        "export-pseudonymised",
        "privacy",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write a workbook without names, phones or e-mails, for sharing beyond HQ"
        ),
    )
    commands.add_waiting(
        "protect-workbook",
        "privacy",
        help=QT_TRANSLATE_NOOP("Cli", "write a password-protected copy of a workbook"),
    )
    commands.add_waiting(
        "recover",
        "privacy",
        help=QT_TRANSLATE_NOOP("Cli", "replace a damaged database by its latest verified backup"),
    )
    commands.add_waiting(
        "duplicates",
        "duplicates",
        help=QT_TRANSLATE_NOOP(
            "Cli", "find persons recorded twice, merge them or mark them as different"
        ),
    )
    commands.add_waiting(
        "read-photos",
        "photos",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read who signed from photos or scans of Registre's printed sign-in sheet"
        ),
    )
    commands.add_waiting(
        "expected",
        "door",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the expected list of an activity: add, import, list, remove"
        ),
    )
    commands.add_waiting(
        "badges",
        "door",
        help=QT_TRANSLATE_NOOP("Cli", "print the badges of an activity with their QR codes (PDF)"),
    )
    commands.add_waiting(
        "certificates",
        "door",
        help=QT_TRANSLATE_NOOP(
            "Cli", "certificates of participation for those who completed an activity (PDF)"
        ),
    )
    commands.add_waiting(
        "verify-certificate",
        "door",
        help=QT_TRANSLATE_NOOP("Cli", "check offline that a certificate is genuine"),
    )
    commands.add_waiting(
        "certificate-key",
        "door",
        help=QT_TRANSLATE_NOOP("Cli", "the key that signs certificates: show, export, import"),
    )
    commands.add_waiting(
        "door-rules",
        "door",
        help=QT_TRANSLATE_NOOP(
            "Cli", "an activity's completion rule and the time after which arrivals are late"
        ),
    )
    commands.add_waiting(
        "payments",
        "payments",
        help=QT_TRANSLATE_NOOP(
            "Cli", "per diems and transport from signed presences: rules, list, check, approve"
        ),
    )
    commands.add_waiting(
        "audit",
        "audit",
        help=QT_TRANSLATE_NOOP("Cli", "who changed what and when, with the old and new values"),
    )
    commands.add_waiting(
        "server",
        "server",
        help=QT_TRANSLATE_NOOP(
            "Cli", "roles and users of a database on a PostgreSQL server (administrator)"
        ),
    )
    if load:
        commands.load(list(commands.modules))
