"""Subcommands of `registre`, one module per area.

Each module has `register(commands)` that adds its parsers to the subparsers object and sets
`handler=function` on each; the handler is called as `handler(args, database)` and returns the
exit code (desktop_app/exit_codes.py), or raises a RegistreError. Add a module's name to MODULES
to make its commands appear.

What a command needs of `--db`, set with `set_defaults`: by default an existing database,
opened; `without_database=True` gets the closed file's path (encrypt, restore); a path that
does not exist is refused unless `creates_database=True` (init, demo, restore);
`uses_database=False` for a command that works on other files only (protect-workbook).
"""

from __future__ import annotations

import argparse
import importlib

MODULES: tuple[str, ...] = (
    "database",
    "backup",
    "sheets",
    "init",
    "activities",
    "persons",
    "attendance",
    "report",
    "checks",
    "printing",
    "demo",
    "sync",
    "imports",
    "privacy",
    "duplicates",
)


def register_all(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in MODULES:
        module = importlib.import_module(f"desktop_app.commands.{name}")
        module.register(commands)
