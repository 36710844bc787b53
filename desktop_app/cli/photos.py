"""`registre read-photos`: who signed, read from photos or scans of Registre's printed sign-in
sheet (docs/photos.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import exit_codes
from desktop_app.cli import output
from desktop_app.cli.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.photos.available import require
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("read-photos")
    parser.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )
    parser.add_argument(
        "--day", required=True, help=QT_TRANSLATE_NOOP("Cli", "the sheet's day (YYYY-MM-DD)")
    )
    parser.add_argument(
        "photos",
        nargs="+",
        type=Path,
        metavar="PHOTO",
        help=QT_TRANSLATE_NOOP("Cli", "photos (JPEG, PNG) or scanned PDFs of the sheet's pages"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "read and report, write nothing"),
    )
    parser.add_argument(
        "--hand-rows",
        type=Path,
        metavar="FOLDER",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "save the rows written by hand as images in this folder (page-row.png), to type them",
        ),
    )
    parser.set_defaults(handler=run_read_photos)


def run_read_photos(args: argparse.Namespace, database: Database) -> int:
    require()
    from desktop_app.photos import ink
    from desktop_app.photos.apply import write_presences
    from desktop_app.photos.reading import read_photos

    day = parse_date(args.day, "--day")
    assert day is not None  # required option
    for path in args.photos:
        if not path.is_file():
            raise RegistreError(
                UserMessage(
                    "Cli", QT_TRANSLATE_NOOP("Cli", "There is no file {path}."), {"path": str(path)}
                )
            )
    reading = read_photos(database, args.activity, day, args.photos)
    for refusal in reading.refused:
        print(output.render(refusal.message), file=sys.stderr)
    for page in reading.pages:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{file}: page {page} of {pages}"),
            file=page.label,
            page=page.page,
            pages=page.pages,
        )
    unsure = [row for row in reading.rows if row.decision == ink.UNSURE]
    output.say(
        QT_TRANSLATE_NOOP("Cli", "Signed: {signed}, not signed: {not_signed}, unsure: {unsure}"),
        signed=reading.count(ink.SIGNED),
        not_signed=reading.count(ink.NOT_SIGNED),
        unsure=len(unsure),
    )
    for row in unsure:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "  unsure: row {number} (page {page}), {name}"),
            number=row.number,
            page=row.page,
            name=row.name,
        )
    if reading.missing_pages:
        output.warn(
            QT_TRANSLATE_NOOP("Cli", "Pages not photographed: {pages}"),
            pages=", ".join(str(p) for p in reading.missing_pages),
        )
    if reading.hand_rows:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{count} rows written by hand, to be typed: {rows}", None, 1),
            n=len(reading.hand_rows),
            count=len(reading.hand_rows),
            rows=", ".join(str(row.number) for row in reading.hand_rows),
        )
        if args.hand_rows is not None:
            args.hand_rows.mkdir(parents=True, exist_ok=True)
            for hand in reading.hand_rows:
                name = args.hand_rows / f"{hand.page}-{hand.number:03d}"
                name.with_suffix(".png").write_bytes(hand.image_png)
    if reading.refused or unsure:
        output.warn(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Nothing written: take the refused photos again, or settle the unsure rows in "
                "the window (File > Read photos of signed sheets).",
            )
        )
        return exit_codes.REFUSED
    if args.dry_run:
        output.say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing written."))
        return exit_codes.OK
    result = write_presences(database, reading)
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Written. Presences added: {added}; marked signed: {marked}; photos kept: {photos}.",
        ),
        added=result.attendances_added,
        marked=result.attendances_marked_signed,
        photos=result.photos_kept,
    )
    return exit_codes.OK
