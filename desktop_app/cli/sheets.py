"""`registre import-sheet FILE --activity ID`: a sign-in sheet in any layout into an activity.

The choices the wizard's preview offers are options here: `--role "Point focal=participant"`
for a role value the vocabulary does not know (the import stops until each has one),
`--unsigned absent|present` for the rows left unsigned on a sheet where others signed, and
`--keep-row [SHEET:]ROW` for a row that looks like no person ("12" as a name) but is one."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop_app.backups.backups import backup_before_import
from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.signin import (
    DUPLICATE,
    Choices,
    SheetChoice,
    SheetLayout,
    apply_preview,
    load_sheets,
    preview_sheets,
    result_summary,
    summary,
    tally,
)
from desktop_app.signin import fields as sheet_fields
from desktop_app.signin.roles import role_key, role_of
from desktop_app.store import Database
from desktop_app.vocabularies import attendance_roles


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            output.text(QT_TRANSLATE_NOOP("Cli", "not a date (YYYY-MM-DD): {text}"), text=text)
        ) from error


def _role_choice(text: str) -> tuple[str, str]:
    """ "Point focal=participant" -> ("point focal", "participant"); the role by its code or
    its label in either language ("animateur", "facilitator")."""
    value, sep, role = text.rpartition("=")
    code = role_of(role) if sep and value.strip() else None
    if code is None:
        raise argparse.ArgumentTypeError(
            output.text(
                QT_TRANSLATE_NOOP(
                    "Cli", 'not "VALUE=ROLE" with a role of the list ({roles}): {text}'
                ),
                roles=", ".join(term.code for term in attendance_roles()),
                text=text,
            )
        )
    return role_key(value), code


def _kept_row(text: str) -> tuple[str | None, int]:
    """ "12" or "Jour 1:12" -> (sheet or None, row number)."""
    sheet, _sep, number = text.rpartition(":")
    if not number.strip().isdigit():
        raise argparse.ArgumentTypeError(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "not a row number ([SHEET:]ROW): {text}"), text=text
            )
        )
    return (sheet.strip() or None), int(number)


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
        "--role",
        action="append",
        default=[],
        type=_role_choice,
        dest="roles",
        metavar="VALUE=ROLE",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            'the role a value of the sheet\'s role column stands for ("Point focal=participant", '
            '"Rapporteuse=rapporteur"); repeatable',
        ),
    )
    parser.add_argument(
        "--unsigned",
        choices=("absent", "present"),
        default="absent",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "on a sheet where some rows are signed, the rows without signature are absent "
            "(default) or present",
        ),
    )
    parser.add_argument(
        "--keep-row",
        action="append",
        default=[],
        type=_kept_row,
        dest="kept_rows",
        metavar="[SHEET:]ROW",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "import this row as a person although it looks like none (digits in the name, a "
            "sentence); repeatable",
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
    choices = [
        SheetChoice(grid, layout, args.day, _kept(args.kept_rows, layout))
        for grid, layout in loaded
    ]
    preview = preview_sheets(database, args.activity, choices)
    decided = Choices(unsigned_present=args.unsigned == "present", roles=dict(args.roles))
    language = output.speech().language
    for line in summary(preview, decided, language):
        print(output.render(line))
    if any(skipped.doubtful for skipped in preview.skipped):
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli", "A skipped row that is a person: import it with --keep-row SHEET:ROW."
            )
        )
    undecided = tally(preview, decided).unknown_roles
    if undecided:
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                'Give each unknown role its role with --role, e.g. --role "{value}=participant".',
            ),
            value=undecided[0].text,
        )
    if args.dry_run:
        output.say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed."))
        return 0
    if undecided:
        raise RegistreError(
            UserMessage(
                output.CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "Roles to choose before importing: {values}. Nothing was imported."
                ),
                {"values": ", ".join(f'"{value.text}"' for value in undecided)},
            )
        )
    decisions: dict[int, int | None] = {}
    if args.duplicates == "existing":
        decisions = {
            index: row.candidates[0].person_id
            for index, row in enumerate(preview.rows)
            if row.outcome == DUPLICATE and row.same_as is None and row.candidates
        }
    backup_before_import(database)
    result = apply_preview(
        database, preview, decisions, skip_invalid=args.skip_invalid, choices=decided
    )
    for line in result_summary(result, language):
        print(output.render(line))
    return 0


def _kept(kept: list[tuple[str | None, int]], layout: SheetLayout) -> frozenset[int]:
    return frozenset(row for sheet, row in kept if sheet in (None, layout.sheet))
