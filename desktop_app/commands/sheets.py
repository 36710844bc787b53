"""`registre import-sheet FILE --activity ID`: a sign-in sheet in any layout into an activity."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop_app.commands import output
from desktop_app.exchange.sheets import (
    DUPLICATE,
    SheetChoice,
    apply_preview,
    load_sheets,
    preview_sheets,
    result_summary,
    summary,
)
from desktop_app.exchange.sheets import fields as sheet_fields
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.services.backups import backup_before_import
from desktop_app.store import Database


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            output.text(QT_TRANSLATE_NOOP("Cli", "not a date (YYYY-MM-DD): {text}"), text=text)
        ) from error


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import-sheet",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Find the header row, map the columns (remembered per layout), show every row's "
            "outcome and import all rows or none.",
        ),
    )
    parser.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the workbook"))
    parser.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )
    parser.add_argument(
        "--day", type=_day, help=QT_TRANSLATE_NOOP("Cli", "the day of a one-day sheet (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--sheet",
        action="append",
        dest="sheets",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "Cli", "import this sheet only (repeatable; default: every sheet with a header row)"
        ),
    )
    parser.add_argument(
        "--header-row",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "the header row's number in the sheet"),
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=output.text(
            QT_TRANSLATE_NOOP("Cli", "map a column (by header or letter) to a field: {fields}"),
            fields=", ".join(sheet_fields.FIELDS),
        ),
    )
    parser.add_argument(
        "--duplicates",
        choices=("new", "existing"),
        default="new",
        help=QT_TRANSLATE_NOOP(
            "Cli", "possible duplicates become new persons (default) or the best existing match"
        ),
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "import the valid rows only"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "show the outcome, change nothing"),
    )
    parser.set_defaults(handler=run_import_sheet)


def run_import_sheet(args: argparse.Namespace, database: Database) -> int:
    loaded = load_sheets(
        database,
        args.file,
        sheet_names=args.sheets,
        header_row=args.header_row,
        overrides=args.map,
    )
    for _grid, layout in loaded:
        mapped = ", ".join(
            f"{layout.header_label(i)}={field}"
            for i, field in enumerate(layout.mapping)
            if field != sheet_fields.IGNORE
        )
        if layout.remembered:
            found = QT_TRANSLATE_NOOP(
                "Cli", "{sheet}: header row {row}; remembered mapping: {mapped}"
            )
        else:
            found = QT_TRANSLATE_NOOP(
                "Cli", "{sheet}: header row {row}; proposed mapping: {mapped}"
            )
        output.say(found, sheet=layout.sheet, row=layout.header_row, mapped=mapped)
    choices = [SheetChoice(grid, layout, args.day) for grid, layout in loaded]
    preview = preview_sheets(database, args.activity, choices)
    for line in summary(preview):
        print(output.render(line))
    if args.dry_run:
        output.say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed."))
        return 0
    decisions: dict[int, int | None] = {}
    if args.duplicates == "existing":
        decisions = {
            index: row.candidates[0].person_id
            for index, row in enumerate(preview.rows)
            if row.outcome == DUPLICATE and row.same_as is None and row.candidates
        }
    backup_before_import(database)
    result = apply_preview(database, preview, decisions, skip_invalid=args.skip_invalid)
    print(output.render(result_summary(result)))
    return 0
