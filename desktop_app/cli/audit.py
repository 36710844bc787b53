"""`registre audit`: who changed what, when, from which office or server user, with the old and
new values (docs/audit.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.access.audit_export import as_json, write_xlsx
from desktop_app.access.audit_log import AuditFilter, AuditLine, read_audit
from desktop_app.access.audit_words import ACTIONS, RECORD_TYPES
from desktop_app.cli import output
from desktop_app.cli.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.field_rules import clean_text
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit")
    which = audit.add_mutually_exclusive_group()
    which.add_argument("--record", metavar="UUID", help=QT_TRANSLATE_NOOP("Cli", "one record"))
    which.add_argument(
        "--person",
        type=int,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("Cli", "a person, with their attendance and merged duplicates"),
    )
    which.add_argument(
        "--activity",
        type=int,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("Cli", "an activity, with its attendance and head counts"),
    )
    for action in which._group_actions:  # a group's arguments miss the parser's translation
        action.metavar = output.text(str(action.metavar))
    audit.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("Cli", "changes made from this day on, e.g. 2026-11-01"),
    )
    audit.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("Cli", "changes made up to this day, e.g. 2026-11-30"),
    )
    audit.add_argument(
        "--by",
        metavar="USER_OR_SITE",
        help=QT_TRANSLATE_NOOP("Cli", "a server user, or an office's code (NE-NIA)"),
    )
    audit.add_argument(
        "--field",
        help=QT_TRANSLATE_NOOP("Cli", "only the changes of this field, e.g. sex"),
    )
    audit.add_argument("--format", choices=("text", "json", "xlsx"), default="text")
    audit.add_argument(
        "--out", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the workbook to write (xlsx)")
    )
    audit.set_defaults(handler=run_audit)


def _value(type_name: str, key: str, value: object) -> str:
    if isinstance(value, list | dict):
        return clean_text(str(value))
    return clean_text(output.field_value(type_name, key, value, {}))


def _lines_of(entry: AuditLine) -> list[str]:
    action = output.speech().translate("Access", ACTIONS.get(entry.action, entry.action))
    kind = output.speech().translate("Access", RECORD_TYPES.get(entry.table_name, entry.table_name))
    who = f"{entry.site_code} {entry.user_name}" if entry.user_name else entry.site_code
    head = (
        f"{output.moment(entry.changed_at, seconds=True)}  {who}  {action}  {kind} "
        f"{clean_text(entry.record)} ({entry.record_uuid})  r{entry.revision}"
    )
    lines = [head]
    for key, values in sorted(entry.changes.items()):
        old, new = values if isinstance(values, list) and len(values) == 2 else (None, values)
        if old is None and new in (None, "", False):
            continue  # a new record's empty fields say nothing
        label = output.field_label(entry.table_name, key)
        lines.append(
            f"    {label}: {_value(entry.table_name, key, old)} → "
            f"{_value(entry.table_name, key, new)}"
        )
    return lines


def run_audit(args: argparse.Namespace, database: Database) -> int:
    if args.format == "xlsx" and args.out is None:
        raise RegistreError(
            UserMessage(
                "Cli", QT_TRANSLATE_NOOP("Cli", "--format xlsx writes a workbook: give --out FILE.")
            )
        )
    wanted = AuditFilter(
        record_uuid=args.record,
        person_id=args.person,
        activity_id=args.activity,
        start=parse_date(args.start, "--from"),
        end=parse_date(args.end, "--to"),
        by=args.by,
        field=args.field,
    )
    entries = read_audit(database, wanted)
    if args.format == "json":
        print(as_json(entries))
        return 0
    if args.format == "xlsx":
        rows = write_xlsx(entries, args.out, output.speech().translate, output.field_label)
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{path}: {count} changes written.", None, 1),
            n=rows,
            path=args.out,
            count=rows,
        )
        return 0
    if not entries:
        output.warn(QT_TRANSLATE_NOOP("Cli", "No change matches."))
        return 0
    for entry in entries:
        for line in _lines_of(entry):
            print(line)
    return 0
