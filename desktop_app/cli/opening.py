"""Opening the database a command works on: the passphrase of an encrypted one is asked for,
and a damaged one names the backup `registre recover` would restore.

Apart from the privacy commands so that every command can open its database without importing
what those commands need (encryption, retention, pseudonymised exports).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.settings import load_settings
from desktop_app.store.errors import DamagedDatabase, PassphraseNeeded

if TYPE_CHECKING:
    from desktop_app.store import Database

PASSPHRASE_VARIABLE = "REGISTRE_PASSPHRASE"
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase: ")


class SecretsDiffer(Exception):
    """A new secret was typed twice, differently."""


def ask_secret(prompt: str, variable: str, *, again: str | None = None) -> str | None:
    """A passphrase or password: the environment variable `variable` (for scripts), else typed
    in the terminal without echo; with `again`, typed a second time to catch a typing mistake
    (SecretsDiffer when the two differ). None without a terminal, or when nothing is typed."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if again is not None and getpass.getpass(again) != first:
        raise SecretsDiffer
    return first or None


def backup_folder(path: Path) -> Path:
    return load_settings().backup_folder(path)


def open_for_command(path: Path | str) -> Database:
    """Open the database for a subcommand: ask for the passphrase of an encrypted one; for a
    damaged one, say which verified backup `registre recover` would restore. A server URL is
    opened as it is (no passphrase, no file to recover)."""
    from desktop_app.store import open_database

    if isinstance(path, str):
        return open_database(path)
    passphrase = os.environ.get(PASSPHRASE_VARIABLE) or None
    try:
        try:
            return open_database(path, passphrase=passphrase)
        except PassphraseNeeded:
            passphrase = ask_secret(output.text(PASSPHRASE_PROMPT), PASSPHRASE_VARIABLE)
            if passphrase is None:
                raise
            return open_database(path, passphrase=passphrase)
    except DamagedDatabase as damaged:
        from desktop_app.backups import recovery

        offer = recovery.recovery_offer(path, backup_folder(path), passphrase)
        if offer is None:
            raise
        raise DamagedDatabase(
            UserMessage(
                "Recovery",
                QT_TRANSLATE_NOOP(
                    "Recovery",
                    "{damaged} The latest verified backup is {backup} ({date}, {rows} rows): "
                    "restore it with `registre --db {path} recover`.",
                ),
                {
                    "damaged": str(damaged),
                    "backup": str(offer.backup.path),
                    "date": f"{offer.backup.created:%Y-%m-%d %H:%M}",
                    "rows": offer.rows,
                    "path": str(path),
                },
            )
        ) from damaged
