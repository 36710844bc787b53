"""`registre backup --out FILE`, `registre restore FILE` and `registre backups` (the list)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.backups import backups, files
from desktop_app.backups import restore as backup_restore
from desktop_app.cli import output
from desktop_app.cli.opening import PASSPHRASE_PROMPT, PASSPHRASE_VARIABLE, ask_secret
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.settings import load_settings
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup")
    backup.add_argument(
        "--out",
        type=Path,
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "file to write (default: the backup folder)"),
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore")
    restore.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the backup to restore"))
    restore.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "even if a Registre window seems to hold the database"),
    )
    # Works on the closed file, so that a database that no longer opens can be restored, or
    # one that is gone brought back.
    restore.set_defaults(handler=run_restore, without_database=True, creates_database=True)

    listing = commands.add_parser("backups")
    listing.set_defaults(handler=run_list)


def run_backup(args: argparse.Namespace, database: Database) -> int:
    settings = load_settings()
    if args.out is None:
        info = backups.backup_now(
            database,
            settings.backup_folder(database.file_path()),
            reason="manual",
            keep_daily=settings.keep_daily,
            keep_weekly=settings.keep_weekly,
        )
    else:
        info = backups.make_backup(database, args.out, reason="manual")
    total = sum(rows for table, rows in info.row_counts.items() if table != "alembic_version")
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{path}: verified, {size} bytes, {rows} rows"),
        path=info.path,
        size=output.number(info.size),
        rows=output.number(total),
    )
    return 0


def run_restore(args: argparse.Namespace, path: Path) -> int:
    holder = backup_restore.lock_holder(path)
    if holder is not None and not args.force:
        raise backup_restore.in_use_error(*holder)
    settings = load_settings()
    # One passphrase for an encrypted backup and an encrypted current file (kept aside first).
    encrypted = files.is_encrypted_file(args.file) or files.is_encrypted_file(path)
    passphrase = (
        ask_secret(output.text(PASSPHRASE_PROMPT), PASSPHRASE_VARIABLE) if encrypted else None
    )
    result = backup_restore.restore_backup(
        path,
        args.file,
        settings.backup_folder(path),
        passphrase=passphrase if files.is_encrypted_file(args.file) else None,
        current_passphrase=passphrase if files.is_encrypted_file(path) else None,
    )
    if result.safety_copy is not None:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "previous database kept as {file}"), file=result.safety_copy
        )
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{path}: restored from {backup}, checked"),
        path=path,
        backup=result.restored_from,
    )
    return 0


def run_list(_args: argparse.Namespace, database: Database) -> int:
    folder = load_settings().backup_folder(database.file_path())
    found = backups.list_backups(folder, database.file_path().stem)
    if not found:
        output.say(QT_TRANSLATE_NOOP("Cli", "no backups in {folder}"), folder=folder)
        return 0
    verified = output.text(QT_TRANSLATE_NOOP("Cli", "verified"))
    not_verified = output.text(QT_TRANSLATE_NOOP("Cli", "not verified"))
    headers = (
        output.text(QT_TRANSLATE_NOOP("Cli", "Made on")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Bytes")),
        output.text(QT_TRANSLATE_NOOP("Cli", "State")),
        output.text(QT_TRANSLATE_NOOP("Cli", "File")),
    )
    rows = [
        (
            output.moment(info.created, seconds=True),
            output.number(info.size),
            verified if info.verified else not_verified,
            str(info.path),
        )
        for info in found
    ]
    print("\n".join(output.table(headers, rows, right=(1,))))
    return 0
