"""`registre signin-sheet`, and the PDF and .xlsx outputs of `registre report`.

registre --db PATH signin-sheet --activity ID --day D --format pdf|xlsx --out FILE
                                [--blank-rows N] [--language fr|en]
registre --db PATH report [filters] --format pdf|xlsx --out FILE [--activity ID]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.activities.counting import PeriodFilter
from desktop_app.cli import output
from desktop_app.cli.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.settings import Settings, load_settings
from desktop_app.store import Database

FILE_FORMATS = ("pdf", "xlsx")


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Commands", text, dict(params)))


def default_language(settings: Settings) -> str:
    """The settings' language, or the system's when it says "system" (French or English), as
    the command line's own output resolves it."""
    if settings.language in ("fr", "en"):
        return settings.language
    return output.language()


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sheet = commands.add_parser(
        "signin-sheet",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "The persons already attached to the activity, pre-filled, then blank rows. "
            "The .xlsx sheet comes back through import-sheet without any column mapping.",
        ),
    )
    sheet.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )
    sheet.add_argument("--day", required=True, help=QT_TRANSLATE_NOOP("Cli", "the day, YYYY-MM-DD"))
    sheet.add_argument(
        "--format",
        choices=FILE_FORMATS,
        help=QT_TRANSLATE_NOOP("Cli", "default: from the --out file's extension, else pdf"),
    )
    sheet.add_argument(
        "--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("Cli", "file to write")
    )
    sheet.add_argument(
        "--blank-rows",
        type=int,
        default=10,
        help=QT_TRANSLATE_NOOP("Cli", "empty rows after the pre-filled ones (%(default)s)"),
    )
    add_document_options(sheet)
    sheet.set_defaults(handler=run_signin_sheet)


def add_document_options(parser: argparse.ArgumentParser) -> None:
    """--language, --organisation and --logo (defaults from the settings)."""
    parser.add_argument(
        "--language",
        choices=("fr", "en"),
        help=QT_TRANSLATE_NOOP("Cli", "language of the document"),
    )
    parser.add_argument(
        "--organisation", help=QT_TRANSLATE_NOOP("Cli", "name printed at the top of each page")
    )
    parser.add_argument(
        "--logo",
        type=Path,
        help=QT_TRANSLATE_NOOP("Cli", "image printed beside the organisation's name"),
    )


def document_options(args: argparse.Namespace) -> tuple[str, str, Path | None]:
    settings = load_settings()
    language = args.language or default_language(settings)
    organisation = (
        args.organisation if args.organisation is not None else settings.organisation_name
    )
    logo = args.logo or (Path(settings.logo_path) if settings.logo_path else None)
    if logo is not None and not logo.is_file():
        raise _error(
            QT_TRANSLATE_NOOP("Commands", "--logo: there is no image file {path}."), path=str(logo)
        )
    return language, organisation, logo


def run_signin_sheet(args: argparse.Namespace, database: Database) -> int:
    # Here, not at the top: `registre report` imports this module for its file options.
    from desktop_app.photos.printing import with_tokens
    from desktop_app.signin.printing import (
        load_signin_sheet,
        write_signin_pdf,
        write_signin_xlsx,
    )

    day = parse_date(args.day, "--day")
    assert day is not None  # required option
    language, organisation, logo = document_options(args)
    sheet = load_signin_sheet(database, args.activity, day, args.blank_rows)
    file_format = args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "pdf")
    if file_format == "pdf":  # read back from a photo: docs/photos.md
        pages = write_signin_pdf(
            with_tokens(database, sheet), args.out, language, organisation, logo
        )
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli", "{file}: {persons} persons, {blank} blank rows, {pages} pages"
            ),
            file=args.out,
            persons=len(sheet.persons),
            blank=args.blank_rows,
            pages=pages,
        )
    else:
        write_signin_xlsx(sheet, args.out, language)
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{file}: {persons} persons, {blank} blank rows"),
            file=args.out,
            persons=len(sheet.persons),
            blank=args.blank_rows,
        )
    return 0


def add_report_file_options(parser: argparse.ArgumentParser) -> None:
    """What `report` needs beyond text and JSON: --out, --activity and the document options."""
    parser.add_argument(
        "--out",
        type=Path,
        help=QT_TRANSLATE_NOOP("Cli", "file to write (with --format pdf or xlsx)"),
    )
    parser.add_argument(
        "--activity",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "report on this one activity instead of a period"),
    )
    add_document_options(parser)


def write_report_file(args: argparse.Namespace, database: Database, period: PeriodFilter) -> int:
    """The period (or --activity) report as PDF or .xlsx at --out."""
    # Only when a file is written: `registre report` prints text without them (start-up).
    from desktop_app.reports import data, documents
    from desktop_app.reports import xlsx as report_xlsx
    from desktop_app.reports.pdf_render import render_pdf  # Qt, only when a PDF is written

    if args.format not in FILE_FORMATS:
        raise _error(
            QT_TRANSLATE_NOOP("Commands", "--out and --activity go with --format pdf or xlsx.")
        )
    if args.out is None:
        raise _error(
            QT_TRANSLATE_NOOP("Commands", "--out FILE is needed with --format {format}."),
            format=args.format,
        )
    language, organisation, logo = document_options(args)
    if args.activity is not None:
        activity = data.activity_report(database, args.activity, period.youth_threshold)
        if args.format == "xlsx":
            report_xlsx.write_activity_xlsx(activity, args.out, language)
        else:
            document = documents.activity_document(activity, language, organisation, logo)
            render_pdf(document, args.out)
    else:
        report = data.period_report(database, period)
        if args.format == "xlsx":
            report_xlsx.write_period_xlsx(report, args.out, language)
        else:
            document = documents.period_document(report, language, organisation, logo)
            render_pdf(document, args.out)
    output.say(QT_TRANSLATE_NOOP("Cli", "{file}: written"), file=args.out)
    return 0
