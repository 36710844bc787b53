"""`registre export`, `registre import` and `registre conflicts`: sync with HQ by workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.privacy import (
    WORKBOOK_PASSWORD_VARIABLE,
    ask_secret,
    workbook_password,
)
from desktop_app.exchange.hq_export import export_workbook
from desktop_app.exchange.hq_import import FileSummary, ImportResult, import_workbooks
from desktop_app.services import privacy_workbooks
from desktop_app.services.backups import backup_before_import
from desktop_app.services.sync_conflicts import (
    KEEP_INCOMING,
    KEEP_LOCAL,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.store import Database

TYPE_NAMES = {
    "organisation": "organisations",
    "activity": "activities",
    "person": "persons",
    "attendance": "attendance",
    "head_count": "head counts",
}
COLUMNS = ("new", "updated", "unchanged", "older", "conflicts", "invalid")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write the workbook for HQ")
    export.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    export.add_argument(
        "--full", action="store_true", help="every record (default: changes since last export)"
    )
    export.add_argument("--language", choices=("fr", "en"), help="labels and headers language")
    export.add_argument(
        "--protect",
        action="store_true",
        help="protect the workbook with a password (asked twice, or REGISTRE_WORKBOOK_PASSWORD)",
    )
    export.set_defaults(handler=run_export)

    imports = commands.add_parser("import", help="merge workbooks exported by other sites")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imports.add_argument("--dry-run", action="store_true", help="show what would change only")
    imports.set_defaults(handler=run_import)

    conflicts = commands.add_parser("conflicts", help="records both sides changed")
    actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the conflicts waiting for a decision")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    listing.set_defaults(handler=run_conflicts_list)
    resolve = actions.add_parser("resolve", help="keep one version of a conflicting record")
    resolve.add_argument("id", type=int, help="conflict number (see `conflicts list`)")
    resolve.add_argument("--keep", required=True, choices=(KEEP_LOCAL, KEEP_INCOMING))
    resolve.set_defaults(handler=run_conflicts_resolve)


def run_export(args: argparse.Namespace, database: Database) -> int:
    password = workbook_password() if args.protect else None
    result = export_workbook(
        database, args.out, full=args.full, language=args.language, password=password
    )
    counts = ", ".join(f"{count} {TYPE_NAMES[name]}" for name, count in result.row_counts.items())
    print(f"{result.path}: {result.mode} export {result.export_id} ({counts})")
    return 0


def format_file(summary: FileSummary) -> list[str]:
    lines = [
        f"{summary.path.name}: site {summary.site} {summary.site_name}, "
        f"exported {summary.exported_at} ({summary.mode}), export {summary.export_id}"
    ]
    if summary.imported_before is not None:
        lines.append(f"  already imported on {summary.imported_before:%Y-%m-%d %H:%M} UTC")
    lines.append("  " + f"{'':14}" + "".join(f"{c:>11}" for c in COLUMNS))
    for counts in (*summary.types, summary.totals()):
        name = TYPE_NAMES.get(counts.type_name, "total")
        values = "".join(f"{getattr(counts, c):>11}" for c in COLUMNS)
        lines.append(f"  {name:14}{values}")
    for row in summary.invalid_rows:
        lines.append(f"  invalid: sheet {row.sheet}, row {row.row}: {row.reason.render()}")
    return lines


def format_result(result: ImportResult) -> list[str]:
    lines = [line for summary in result.files for line in format_file(summary)]
    if result.changes == 0:
        lines.append("Nothing to change: the database already holds all of it.")
    elif result.applied:
        lines.append(f"Applied: {result.changes} changes.")
    else:
        lines.append(f"Dry run: {result.changes} changes found, nothing was changed.")
    return lines


def run_import(args: argparse.Namespace, database: Database) -> int:
    password = None
    if any(privacy_workbooks.is_protected(path) for path in args.files):
        password = ask_secret("Workbook password: ", WORKBOOK_PASSWORD_VARIABLE)
    if not args.dry_run:
        backup_before_import(database)
    result = import_workbooks(database, args.files, apply=not args.dry_run, password=password)
    print("\n".join(format_result(result)))
    return 0


def format_conflict(conflict: ConflictView) -> list[str]:
    state = f"resolved ({conflict.resolution})" if conflict.resolved_at else "open"
    lines = [
        f"#{conflict.id} {TYPE_NAMES[conflict.type_name]} {conflict.record_uuid} "
        f"{conflict.label!r} vs {conflict.incoming_site}: {state}",
        f"    {'':18} {'local':>28}  {'incoming':>28}",
        f"    {'revision':18} {conflict.local_travel['revision']!s:>28}  "
        f"{conflict.incoming_travel['revision']!s:>28}",
    ]
    for version in conflict.differing:
        lines.append(f"    {version.key:18} {version.local!s:>28}  {version.incoming!s:>28}")
    return lines


def run_conflicts_list(args: argparse.Namespace, database: Database) -> int:
    conflicts = list_conflicts(database, include_resolved=args.all)
    for conflict in conflicts:
        print("\n".join(format_conflict(conflict)))
    if not conflicts:
        print("No conflicts.")
    return 0


def run_conflicts_resolve(args: argparse.Namespace, database: Database) -> int:
    conflict = resolve_conflict(database, args.id, args.keep)
    print(f"#{conflict.id}: kept the {args.keep} version of {conflict.label!r}")
    return 0
