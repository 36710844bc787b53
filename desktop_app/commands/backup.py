"""`registre backup --out FILE`, `registre restore FILE` and `registre backups` (the list)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.privacy import PASSPHRASE_VARIABLE, ask_secret
from desktop_app.services import backups
from desktop_app.settings import load_settings
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="write a verified copy of the database")
    backup.add_argument(
        "--out", type=Path, default=None, help="file to write (default: the backup folder)"
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current file is backed up first)"
    )
    restore.add_argument("file", type=Path, help="the backup to restore")
    restore.add_argument(
        "--force", action="store_true", help="even if a Registre window seems to hold the database"
    )
    # Works on the closed file, so that a database that no longer opens can be restored.
    restore.set_defaults(handler=run_restore, without_database=True)

    listing = commands.add_parser("backups", help="list the backups of the database")
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
    print(f"{info.path}: verified, {info.size} bytes, {total} rows")
    return 0


def run_restore(args: argparse.Namespace, path: Path) -> int:
    holder = backups.lock_holder(path)
    if holder is not None and not args.force:
        raise backups.in_use_error(*holder)
    settings = load_settings()
    # One passphrase for an encrypted backup and an encrypted current file (kept aside first).
    encrypted = backups.is_encrypted_file(args.file) or backups.is_encrypted_file(path)
    passphrase = ask_secret("Passphrase: ", PASSPHRASE_VARIABLE) if encrypted else None
    result = backups.restore_backup(
        path,
        args.file,
        settings.backup_folder(path),
        passphrase=passphrase if backups.is_encrypted_file(args.file) else None,
        current_passphrase=passphrase if backups.is_encrypted_file(path) else None,
    )
    if result.safety_copy is not None:
        print(f"previous database kept as {result.safety_copy}")
    print(f"{path}: restored from {result.restored_from}, checked")
    return 0


def run_list(_args: argparse.Namespace, database: Database) -> int:
    folder = load_settings().backup_folder(database.file_path())
    found = backups.list_backups(folder, database.file_path().stem)
    if not found:
        print(f"no backups in {folder}")
    for info in found:
        mark = "verified" if info.verified else "not verified"
        print(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.size:>12}  {mark:<12}  {info.path}")
    return 0
