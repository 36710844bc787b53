"""`registre export`, `registre import` and `registre conflicts`: sync with HQ by workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.backups.backups import backup_before_import
from desktop_app.cli import output
from desktop_app.cli.opening import ask_secret
from desktop_app.cli.privacy import WORKBOOK_PASSWORD_VARIABLE, workbook_password
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.sync.conflicts import (
    KEEP_INCOMING,
    KEEP_LOCAL,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import FileSummary, ImportResult, import_workbooks
from desktop_app.sync.unsendable import Unsent, described
from desktop_app.workbooks import protection

TYPE_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Cli", "organisations"),
    "activity": QT_TRANSLATE_NOOP("Cli", "activities"),
    "person": QT_TRANSLATE_NOOP("Cli", "persons"),
    "attendance": QT_TRANSLATE_NOOP("Cli", "attendance"),
    "head_count": QT_TRANSLATE_NOOP("Cli", "head counts"),
    "expected_person": QT_TRANSLATE_NOOP("Cli", "expected"),
    "badge": QT_TRANSLATE_NOOP("Cli", "badges"),
    "project": QT_TRANSLATE_NOOP("Cli", "projects"),
    "age_band_set": QT_TRANSLATE_NOOP("Cli", "age band sets"),
    "indicator": QT_TRANSLATE_NOOP("Cli", "indicators"),
    "target": QT_TRANSLATE_NOOP("Cli", "targets"),
    "payment_list": QT_TRANSLATE_NOOP("Cli", "payment lists"),
}
TOTAL = QT_TRANSLATE_NOOP("Cli", "total")
COUNTED = {  # "1 activity", "6 activities"
    "organisation": QT_TRANSLATE_NOOP("Cli", "{count} organisations", None, 1),
    "activity": QT_TRANSLATE_NOOP("Cli", "{count} activities", None, 1),
    "person": QT_TRANSLATE_NOOP("Cli", "{count} persons", None, 1),
    "attendance": QT_TRANSLATE_NOOP("Cli", "{count} attendances", None, 1),
    "head_count": QT_TRANSLATE_NOOP("Cli", "{count} head counts", None, 1),
    "expected_person": QT_TRANSLATE_NOOP("Cli", "{count} expected", None, 1),
    "badge": QT_TRANSLATE_NOOP("Cli", "{count} badges", None, 1),
    "project": QT_TRANSLATE_NOOP("Cli", "{count} projects", None, 1),
    "age_band_set": QT_TRANSLATE_NOOP("Cli", "{count} age band sets", None, 1),
    "indicator": QT_TRANSLATE_NOOP("Cli", "{count} indicators", None, 1),
    "target": QT_TRANSLATE_NOOP("Cli", "{count} targets", None, 1),
    "payment_list": QT_TRANSLATE_NOOP("Cli", "{count} payment lists", None, 1),
}
# Sheets an office without an expected list, badges, payment lists or a results framework
# never fills: named only when it does.
NAMED_WHEN_FILLED = frozenset(
    {"expected_person", "badge", "project", "age_band_set", "indicator", "target", "payment_list"}
)
COLUMNS = {
    "new": QT_TRANSLATE_NOOP("Cli", "new"),
    "updated": QT_TRANSLATE_NOOP("Cli", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "unchanged"),
    "older": QT_TRANSLATE_NOOP("Cli", "older"),
    "conflicts": QT_TRANSLATE_NOOP("Cli", "conflicts"),
    "invalid": QT_TRANSLATE_NOOP("Cli", "invalid"),
}
KEPT = {
    KEEP_LOCAL: QT_TRANSLATE_NOOP("Cli", "local"),
    KEEP_INCOMING: QT_TRANSLATE_NOOP("Cli", "incoming"),
}
MODES = {
    "full": QT_TRANSLATE_NOOP("Cli", "full"),
    "changes": QT_TRANSLATE_NOOP("Cli", "changes"),
}


def type_name(name: str) -> str:
    return output.text(TYPE_NAMES[name]) if name in TYPE_NAMES else output.text(TOTAL)


def mode_name(mode: str) -> str:
    return output.text(MODES[mode]) if mode in MODES else mode


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export")
    export.add_argument(
        "--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("Cli", "the .xlsx file to write")
    )
    export.add_argument(
        "--full",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "every record (default: changes since last export)"),
    )
    export.add_argument(
        "--language",
        choices=("fr", "en"),
        help=QT_TRANSLATE_NOOP(
            "Cli", "language of the labels and headers (default: the language of the settings)"
        ),
    )
    export.add_argument(
        "--protect",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "protect the workbook with a password (asked twice, or REGISTRE_WORKBOOK_PASSWORD)",
        ),
    )
    export.set_defaults(handler=run_export)

    imports = commands.add_parser("import")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "show what would change only"),
    )
    imports.add_argument(
        "--accept-office-change",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "import a workbook whose office is in doubt (another code than before, this "
            "database's own site)",
        ),
    )
    imports.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "apply deletions of more than a tenth of a record type (or of 50 records)"
        ),
    )
    imports.set_defaults(handler=run_import)

    conflicts = commands.add_parser("conflicts")
    actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "list the conflicts waiting for a decision")
    )
    listing.add_argument(
        "--all", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "resolved ones too")
    )
    listing.set_defaults(handler=run_conflicts_list)
    resolve = actions.add_parser(
        "resolve", help=QT_TRANSLATE_NOOP("Cli", "keep one version of a conflicting record")
    )
    resolve.add_argument(
        "id", type=int, help=QT_TRANSLATE_NOOP("Cli", "conflict number (see `conflicts list`)")
    )
    resolve.add_argument("--keep", required=True, choices=(KEEP_LOCAL, KEEP_INCOMING))
    resolve.set_defaults(handler=run_conflicts_resolve)


def run_export(args: argparse.Namespace, database: Database) -> int:
    password = workbook_password() if args.protect else None
    result = export_workbook(
        database,
        args.out,
        full=args.full,
        language=args.language or output.language(),
        password=password,
        photos=load_settings().photos_travel,
    )
    counts = ", ".join(
        output.text(COUNTED[name], count, count=output.number(count))
        if name in COUNTED
        else f"{output.number(count)} {name}"
        for name, count in result.row_counts.items()
        if count or name not in NAMED_WHEN_FILLED
    )
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{path}: {mode} export {export} ({counts})"),
        path=result.path,
        mode=mode_name(result.mode),
        export=result.export_id,
        counts=counts,
    )
    if result.photos_path is not None:
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli", "{path}: {count} photos of signed sheets, to send with the workbook", None, 1
            ),
            n=result.photos,
            path=result.photos_path,
            count=output.number(result.photos),
        )
    if result.photos_left_out:
        output.warn(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{count} photos of signed sheets did not travel: a protected workbook leaves "
                "them out",
                None,
                1,
            ),
            n=result.photos_left_out,
            count=output.number(result.photos_left_out),
        )
    for line in unsent_lines(result.unsent):
        print(line, file=sys.stderr)
    return 0


def unsent_lines(unsent: tuple[Unsent, ...]) -> list[str]:
    """What an export left out (HQ's import would refuse it), to correct before the next."""
    lines = [
        output.text(
            QT_TRANSLATE_NOOP("Cli", "Not sent: {type} {id} {label}: {reason}"),
            type=type_name(record.type_name),
            id=record.record_id,
            label=repr(record.label),
            reason=output.render(record.reason),
        )
        for record in described(unsent)
    ]
    attendance = len(unsent) - len(described(unsent))
    if attendance:
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Not sent: {count} attendance rows (a day out of range, or a person or "
                    "activity not sent).",
                    None,
                    1,
                ),
                attendance,
                count=output.number(attendance),
            )
        )
    if lines:
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Correct these records: the next export sends them. HQ's import would "
                    "refuse them as they are.",
                )
            )
        )
    return lines


def format_file(summary: FileSummary) -> list[str]:
    lines = [
        output.text(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{file}: site {site} {site_name}, exported {exported} ({mode}), export {export}",
            ),
            file=summary.path.name,
            site=summary.site,
            site_name=summary.site_name,
            exported=output.moment(summary.exported_at),
            mode=mode_name(summary.mode),
            export=summary.export_id,
        )
    ]
    if summary.imported_before is not None:
        lines.append(
            "  "
            + output.text(
                QT_TRANSLATE_NOOP("Cli", "already imported on {date} UTC"),
                date=output.moment(summary.imported_before),
            )
        )
    headers = ["", *(output.text(c) for c in COLUMNS.values())]
    rows = [
        [type_name(counts.type_name), *(output.number(getattr(counts, c)) for c in COLUMNS)]
        for counts in (*(t for t in summary.types if t.shown), summary.totals())
    ]
    right = range(1, len(headers))
    lines += ["  " + line for line in output.table(headers, rows, right=right)]
    for warning in summary.office_warnings:
        lines.append(
            "  "
            + output.text(
                QT_TRANSLATE_NOOP("Cli", "to confirm (--accept-office-change): {warning}"),
                warning=output.render(warning),
            )
        )
    if summary.photos:
        lines.append(
            "  "
            + output.text(
                QT_TRANSLATE_NOOP(
                    "Cli", "{count} photos of signed sheets kept beside their activity", None, 1
                ),
                n=summary.photos,
                count=output.number(summary.photos),
            )
        )
    for problem in summary.photo_problems:
        lines.append("  " + output.render(problem))
    for deletion in summary.mass_deletions:
        lines.append(
            "  "
            + output.text(
                QT_TRANSLATE_NOOP("Cli", "to confirm (--allow-mass-delete): deletes {what}"),
                what=output.render(deletion.message()),
            )
        )
    for row in summary.invalid_rows:
        lines.append(
            "  "
            + output.text(
                QT_TRANSLATE_NOOP("Cli", "invalid: sheet {sheet}, row {row}: {reason}"),
                sheet=row.sheet,
                row=row.row,
                reason=output.render(row.reason),
            )
        )
    return lines


def format_result(result: ImportResult) -> list[str]:
    lines = [line for summary in result.files for line in format_file(summary)]
    if result.changes == 0:
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "Nothing to change: the database already holds all of it.")
            )
        )
    elif result.applied:
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "Applied: {changes} changes.", None, 1),
                result.changes,
                changes=output.number(result.changes),
            )
        )
    else:
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP(
                    "Cli", "Dry run: {changes} changes found, nothing was changed.", None, 1
                ),
                result.changes,
                changes=output.number(result.changes),
            )
        )
    return lines


def run_import(args: argparse.Namespace, database: Database) -> int:
    password = None
    if any(protection.is_protected(path) for path in args.files):
        password = ask_secret(
            output.text(QT_TRANSLATE_NOOP("Cli", "Workbook password: ")), WORKBOOK_PASSWORD_VARIABLE
        )
    if not args.dry_run:
        backup_before_import(database)
    result = import_workbooks(
        database,
        args.files,
        apply=not args.dry_run,
        password=password,
        accept_office_change=args.accept_office_change,
        allow_mass_delete=args.allow_mass_delete,
    )
    print("\n".join(format_result(result)))
    return 0


def format_conflict(conflict: ConflictView) -> list[str]:
    if conflict.resolved_at is None:
        state = output.text(QT_TRANSLATE_NOOP("Cli", "open"))
    else:
        state = output.text(
            QT_TRANSLATE_NOOP("Cli", "resolved ({kept})"),
            kept=output.text(KEPT[conflict.resolution or ""])
            if conflict.resolution in KEPT
            else conflict.resolution,
        )
    headers = (
        "",
        output.text(QT_TRANSLATE_NOOP("Cli", "local")),
        output.text(QT_TRANSLATE_NOOP("Cli", "incoming")),
    )
    rows = [
        (
            output.text(QT_TRANSLATE_NOOP("Cli", "revision")),
            str(conflict.local_travel["revision"]),
            str(conflict.incoming_travel["revision"]),
        ),
        *(
            (
                output.field_label(conflict.type_name, version.key),
                output.field_value(conflict.type_name, version.key, version.local, conflict.names),
                output.field_value(
                    conflict.type_name, version.key, version.incoming, conflict.names
                ),
            )
            for version in conflict.differing
        ),
    ]
    heading = output.text(
        QT_TRANSLATE_NOOP("Cli", "#{number} {type} {uuid} {label} vs {site}: {state}"),
        number=conflict.id,
        type=type_name(conflict.type_name),
        uuid=conflict.record_uuid,
        label=repr(conflict.label),
        site=conflict.incoming_site,
        state=state,
    )
    return [heading, *("    " + line for line in output.table(headers, rows))]


def run_conflicts_list(args: argparse.Namespace, database: Database) -> int:
    conflicts = list_conflicts(database, include_resolved=args.all)
    for conflict in conflicts:
        print("\n".join(format_conflict(conflict)))
    if not conflicts:
        output.say(QT_TRANSLATE_NOOP("Cli", "No conflicts."))
    return 0


def run_conflicts_resolve(args: argparse.Namespace, database: Database) -> int:
    conflict = resolve_conflict(database, args.id, args.keep)
    if args.keep == KEEP_LOCAL:
        kept = QT_TRANSLATE_NOOP("Cli", "#{number}: kept the local version of {label}")
    else:
        kept = QT_TRANSLATE_NOOP("Cli", "#{number}: kept the incoming version of {label}")
    output.say(kept, number=conflict.id, label=repr(conflict.label))
    return 0
