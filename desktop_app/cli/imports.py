"""`registre imports`: the workbooks this database has received, and from which offices."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from desktop_app.cli import output
from desktop_app.cli.sync import COLUMNS, mode_name
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store import Database
from desktop_app.sync.history import (
    COUNT_NAMES,
    ImportReceived,
    OfficeReceived,
    TypeCounts,
    imports_received,
    offices_received,
)

UNKNOWN = "—"  # an import logged before export times and modes were kept
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("Cli", "No workbook has been imported into this database yet.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser("imports")
    imports.add_argument(
        "--offices",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "one line per office: its newest workbook and how many were imported"
        ),
    )
    imports.add_argument("--format", choices=("text", "json"), default="text")
    imports.set_defaults(handler=run_imports)


def run_imports(args: argparse.Namespace, database: Database) -> int:
    if args.offices:
        offices = offices_received(database)
        if args.format == "json":
            print(json.dumps([_office_json(o) for o in offices], ensure_ascii=False, indent=2))
        elif offices:
            print("\n".join(format_offices(offices)))
        else:
            output.say(NOTHING_IMPORTED)
        return 0
    received = imports_received(database)
    if args.format == "json":
        print(json.dumps([_import_json(r) for r in received], ensure_ascii=False, indent=2))
    elif received:
        print("\n".join(format_imports(received)))
    else:
        output.say(NOTHING_IMPORTED)
    return 0


def format_imports(received: tuple[ImportReceived, ...]) -> list[str]:
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "imported (UTC)")),
        output.text(QT_TRANSLATE_NOOP("Cli", "office")),
        output.text(QT_TRANSLATE_NOOP("Cli", "file")),
        output.text(QT_TRANSLATE_NOOP("Cli", "exported (UTC)")),
        output.text(QT_TRANSLATE_NOOP("Cli", "mode")),
        *(output.text(COLUMNS[name]) for name in COUNT_NAMES),
    ]
    rows = [
        [
            output.moment(r.imported_at),
            _office(r.site_code, r.site_name),
            r.file_name,
            _moment(r.exported_at),
            mode_name(r.mode) if r.mode else UNKNOWN,
            *(output.number(getattr(r.totals, name)) for name in COUNT_NAMES),
        ]
        for r in received
    ]
    return output.table(headers, rows, right=range(5, len(headers)))


def format_offices(offices: tuple[OfficeReceived, ...]) -> list[str]:
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "office")),
        output.text(QT_TRANSLATE_NOOP("Cli", "newest workbook exported (UTC)")),
        output.text(QT_TRANSLATE_NOOP("Cli", "imported (UTC)")),
        output.text(QT_TRANSLATE_NOOP("Cli", "workbooks")),
        output.text(QT_TRANSLATE_NOOP("Cli", "imports")),
    ]
    rows = [
        [
            _office(o.site_code, o.site_name),
            _moment(o.last_exported_at),
            output.moment(o.last_imported_at),
            output.number(o.workbooks),
            output.number(o.imports),
        ]
        for o in offices
    ]
    return output.table(headers, rows, right=(3, 4))


def _office(code: str, name: str) -> str:
    return f"{code} {name}" if name else code


def _moment(value: dt.datetime | None) -> str:
    return output.moment(value) if value is not None else UNKNOWN


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _counts_json(counts: TypeCounts) -> dict[str, int]:
    return {name: getattr(counts, name) for name in COUNT_NAMES}


def _import_json(received: ImportReceived) -> dict[str, object]:
    return {
        "imported_at": _iso(received.imported_at),
        "file_name": received.file_name,
        "site": received.site_code,
        "site_name": received.site_name or None,
        "export_id": received.export_uuid,
        "exported_at": _iso(received.exported_at),
        "mode": received.mode,
        "totals": _counts_json(received.totals),
        "types": {t.type_name: _counts_json(t) for t in received.types},
    }


def _office_json(office: OfficeReceived) -> dict[str, object]:
    return {
        "site": office.site_code,
        "site_name": office.site_name or None,
        "last_exported_at": _iso(office.last_exported_at),
        "last_imported_at": _iso(office.last_imported_at),
        "workbooks": office.workbooks,
        "imports": office.imports,
    }
