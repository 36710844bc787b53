"""Protection and recovery on the command line.

`registre encrypt | decrypt | change-passphrase` (the database is converted while closed),
`registre purge --inactive-years N [--yes]`, `registre recover [--yes]` (a damaged database:
restore the latest verified backup), `registre export-pseudonymised --out FILE [--protect]` and
`registre protect-workbook FILE --out FILE`. Passphrases and passwords are read from the
terminal without echo, or from REGISTRE_PASSPHRASE / REGISTRE_NEW_PASSPHRASE /
REGISTRE_WORKBOOK_PASSWORD for scripts; never from an argument, which other users could read in
the process list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import exit_codes
from desktop_app.backups import recovery
from desktop_app.backups.files import is_encrypted_file
from desktop_app.cli import output
from desktop_app.cli.opening import (
    PASSPHRASE_PROMPT,
    PASSPHRASE_VARIABLE,
    SecretsDiffer,
    ask_secret,
    backup_folder,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.privacy import encryption, retention
from desktop_app.privacy import pseudonymised as privacy_export
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.workbooks import protection

NEW_PASSPHRASE_VARIABLE = "REGISTRE_NEW_PASSPHRASE"
WORKBOOK_PASSWORD_VARIABLE = "REGISTRE_WORKBOOK_PASSWORD"
CONTEXT = "Privacy"


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def _typed_twice(variable: str, prompts: tuple[str, str], no_terminal: str, differ: str) -> str:
    """A new secret from `variable`, or typed twice in the terminal (`prompts`: "" when nothing
    was typed); the two messages (QT_TRANSLATE_NOOP texts) say what is wrong."""
    try:
        secret = ask_secret(prompts[0], variable, again=prompts[1])
    except SecretsDiffer:
        raise _error(differ) from None
    if secret is None and not sys.stdin.isatty():
        raise _error(no_terminal)
    return secret or ""


def _new_passphrase() -> str:
    passphrase = _typed_twice(
        NEW_PASSPHRASE_VARIABLE,
        (
            output.text(QT_TRANSLATE_NOOP("Cli", "New passphrase: ")),
            output.text(QT_TRANSLATE_NOOP("Cli", "Same passphrase again: ")),
        ),
        QT_TRANSLATE_NOOP(
            "Privacy", "Give the new passphrase in the terminal or in REGISTRE_NEW_PASSPHRASE."
        ),
        QT_TRANSLATE_NOOP("Privacy", "The two passphrases differ: nothing changed."),
    )
    if not passphrase:
        raise _error(QT_TRANSLATE_NOOP("Privacy", "The new passphrase is empty."))
    return passphrase


def _confirmed(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        return False
    choices = output.text(QT_TRANSLATE_NOOP("Cli", "[y/N]"))  # French: [o/N]
    answer = input(f"{question} {choices} ")
    return answer.strip().lower() in {"y", "yes", "o", "oui"}


def workbook_password() -> str:
    return _typed_twice(
        WORKBOOK_PASSWORD_VARIABLE,
        (
            output.text(QT_TRANSLATE_NOOP("Cli", "Workbook password: ")),
            output.text(QT_TRANSLATE_NOOP("Cli", "Same password again: ")),
        ),
        QT_TRANSLATE_NOOP(
            "Privacy", "Give the password in the terminal or in REGISTRE_WORKBOOK_PASSWORD."
        ),
        QT_TRANSLATE_NOOP("Privacy", "The two passwords differ: nothing written."),
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = commands.add_parser("encrypt")
    encrypt.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "then delete the unencrypted backups of the backup folder"),
    )
    encrypt.set_defaults(handler=run_encrypt, without_database=True)
    decrypt = commands.add_parser("decrypt")
    decrypt.set_defaults(handler=run_decrypt, without_database=True)
    rekey = commands.add_parser("change-passphrase")
    rekey.set_defaults(handler=run_change_passphrase, without_database=True)

    purge = commands.add_parser("purge")
    purge.add_argument("--inactive-years", type=int, required=True, metavar="N")
    purge.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "do not ask for confirmation")
    )
    purge.set_defaults(handler=run_purge)

    shared = commands.add_parser("export-pseudonymised")
    shared.add_argument(
        "--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("Cli", "the .xlsx file to write")
    )
    shared.add_argument(
        "--language",
        choices=("fr", "en"),
        help=QT_TRANSLATE_NOOP(
            "Cli", "language of the labels and headers (default: the language of the settings)"
        ),
    )
    shared.add_argument(
        "--protect",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "protect it with a password (asked twice)"),
    )
    shared.set_defaults(handler=run_export_pseudonymised)

    protect = commands.add_parser("protect-workbook")
    protect.add_argument(
        "file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the .xlsx workbook to protect")
    )
    protect.add_argument(
        "--out",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "the protected copy to write"),
    )
    protect.set_defaults(handler=run_protect_workbook, uses_database=False)

    recover = commands.add_parser("recover")
    recover.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "do not ask for confirmation")
    )
    recover.set_defaults(handler=run_recover, without_database=True)


def _report(result: encryption.ConversionResult) -> None:
    rows = sum(n for table, n in result.row_counts.items() if table != "alembic_version")
    if result.encrypted:
        state = QT_TRANSLATE_NOOP("Cli", "{path}: encrypted, {rows} rows checked")
    else:
        state = QT_TRANSLATE_NOOP("Cli", "{path}: not encrypted, {rows} rows checked")
    output.say(state, path=result.path, rows=output.number(rows))
    output.say(
        QT_TRANSLATE_NOOP("Cli", "copy of the previous file: {file}"), file=result.safety_copy
    )


def run_encrypt(args: argparse.Namespace, path: Path) -> int:
    passphrase = _new_passphrase()
    result = encryption.encrypt_database(path, passphrase, backup_dir=backup_folder(path))
    _report(result)
    if result.plain_backups and args.remove_plain_backups:
        removed = encryption.remove_plain_backups(result.plain_backups)
        output.say(QT_TRANSLATE_NOOP("Cli", "{count} unencrypted backups deleted"), count=removed)
    elif result.plain_backups:
        output.warn(
            QT_TRANSLATE_NOOP(
                "Cli",
                "warning: {count} unencrypted backups remain in {folder}; delete them "
                "(--remove-plain-backups) once you have checked the encrypted database",
            ),
            count=len(result.plain_backups),
            folder=result.plain_backups[0].parent,
        )
    return 0


def _current_passphrase() -> str:
    passphrase = ask_secret(output.text(PASSPHRASE_PROMPT), PASSPHRASE_VARIABLE)
    if passphrase is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Privacy", "Give the passphrase in the terminal or in REGISTRE_PASSPHRASE."
            )
        )
    return passphrase


def run_decrypt(_args: argparse.Namespace, path: Path) -> int:
    result = encryption.decrypt_database(
        path, _current_passphrase(), backup_dir=backup_folder(path)
    )
    _report(result)
    return 0


def run_change_passphrase(_args: argparse.Namespace, path: Path) -> int:
    old = _current_passphrase()
    result = encryption.change_passphrase(
        path, old, _new_passphrase(), backup_dir=backup_folder(path)
    )
    _report(result)
    return 0


def run_purge(args: argparse.Namespace, database: Database) -> int:
    plan = retention.plan_purge(database, years=args.inactive_years)
    if not plan.person_ids:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "nobody to erase: every person had activity since {date}"),
            date=output.date(plan.cutoff),
        )
        # What an earlier purge could not remove from the file while another program read it.
        if not retention.finish_erasure(database, wait_seconds=5):
            raise retention.earlier_values_remain(database.location)
        return 0
    question = output.text(
        QT_TRANSLATE_NOOP(
            "Cli",
            "{persons} persons with no activity since {date} and {rows} attendance rows will be "
            "erased for good. Continue?",
        ),
        persons=output.number(len(plan.person_ids)),
        date=output.date(plan.cutoff),
        rows=output.number(plan.attendance_count),
    )
    if not _confirmed(question, args.yes):
        output.warn(QT_TRANSLATE_NOOP("Cli", "nothing erased"))
        return exit_codes.REFUSED
    result = retention.purge(database, plan)
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Persons erased: {persons}; attendance rows erased: {rows}; photos of sign-in "
            "sheets erased: {photos}. Backups made before still hold them.",
        ),
        persons=output.number(result.persons),
        rows=output.number(result.attendance),
        photos=output.number(result.photos),
    )
    return 0


def run_export_pseudonymised(args: argparse.Namespace, database: Database) -> int:
    password = workbook_password() if args.protect else None
    settings = load_settings()
    result = privacy_export.export_pseudonymised(
        database,
        args.out,
        language=args.language or output.language(),
        password=password,
        with_disability=settings.record_disability,
        small_number_threshold=settings.small_number_threshold,
    )
    counts = ", ".join(
        output.text(QT_TRANSLATE_NOOP("Cli", "{name}: {rows}"), name=sheet_name(name), rows=rows)
        for name, rows in result.row_counts.items()
    )
    if result.protected:
        done = QT_TRANSLATE_NOOP("Cli", "{path}: {counts} (password-protected)")
    else:
        done = QT_TRANSLATE_NOOP("Cli", "{path}: {counts} (not protected)")
    output.say(done, path=result.path, counts=counts)
    return 0


def sheet_name(key: str) -> str:
    """A sheet of the pseudonymised workbook as its tab names it, in lower case: "persons"."""
    names = privacy_export.HEADERS.get(key)
    if names is None:
        return key.replace("_", " ")
    english, french = names[0]
    return (french if output.language() == "fr" else english).lower()


def run_protect_workbook(args: argparse.Namespace, _path: Path) -> int:
    if protection.is_protected(args.file):
        raise _error(
            QT_TRANSLATE_NOOP("Privacy", "{path} is already protected by a password."),
            path=args.file,
        )
    protection.protect(args.file, args.out, workbook_password())
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{copy}: protected copy of {file}"), copy=args.out, file=args.file
    )
    return 0


def run_recover(args: argparse.Namespace, path: Path) -> int:
    folder = backup_folder(path)
    # The backups of an encrypted database are encrypted: its passphrase checks and restores them.
    passphrase = None
    if is_encrypted_file(path):
        passphrase = ask_secret(output.text(PASSPHRASE_PROMPT), PASSPHRASE_VARIABLE)
    offer = recovery.recovery_offer(path, folder, passphrase)
    if offer is None:
        error = QT_TRANSLATE_NOOP("Cli", "no verified backup of {path} in {folder}")
        print(f"registre: {output.text(error, path=path, folder=folder)}", file=sys.stderr)
        return exit_codes.FILE
    question = output.text(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Replace {path} by the backup {backup} ({date}, {rows} rows)? The current file is "
            "kept aside.",
        ),
        path=path,
        backup=offer.backup.path,
        date=output.moment(offer.backup.created),
        rows=output.number(offer.rows),
    )
    if not _confirmed(question, args.yes):
        output.warn(QT_TRANSLATE_NOOP("Cli", "nothing restored"))
        return exit_codes.REFUSED
    result = recovery.restore_latest(path, folder, passphrase)
    if result.safety_copy is not None:
        output.say(QT_TRANSLATE_NOOP("Cli", "damaged file kept as {file}"), file=result.safety_copy)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{path}: restored from {backup}, checked"),
        path=path,
        backup=result.restored_from,
    )
    return 0
