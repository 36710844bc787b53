"""At the door (docs/door.md): `registre expected add|import|list|remove`, `badges`,
`certificates`, `verify-certificate`, `certificate-key`, `door-rules`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path

from desktop_app.activities.activities import get_activity
from desktop_app.activities.arrivals import is_late, local_time
from desktop_app.cli import output
from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.cli.printing import add_document_options, document_options
from desktop_app.door.badges import revoke_badge
from desktop_app.door.certificates import (
    codes_in_file,
    export_key,
    import_key,
    organisation_public_key,
    read_public_key,
    verify,
)
from desktop_app.door.expected import add_expected, expected_day, remove_expected
from desktop_app.door.expected_import import apply_expected, pasted_as_sheet, preview_expected
from desktop_app.door.rules import door_rules, set_door_rules
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.sites import require_site
from desktop_app.reports.cards import A4_OF_8, LAYOUTS
from desktop_app.signin.preview import DUPLICATE, INVALID, MATCHED, NEW
from desktop_app.store import Database

LATE = QT_TRANSLATE_NOOP("Cli", " (late)")


def _activity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_expected(commands)
    _register_badges(commands)
    _register_certificates(commands)


def _register_certificates(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certificates = commands.add_parser("certificates")
    _activity(certificates)
    certificates.add_argument(
        "--out",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "the folder to write one PDF per person into"),
    )
    add_document_options(certificates)
    certificates.set_defaults(handler=run_certificates)

    verify = commands.add_parser("verify-certificate")
    verify.add_argument(
        "certificate",
        help=QT_TRANSLATE_NOOP("Cli", "a certificate's PDF, or the code its QR code holds"),
    )
    verify.add_argument(
        "--public-key",
        help=QT_TRANSLATE_NOOP("Cli", "the organisation's public key (default: this database's)"),
    )
    verify.set_defaults(handler=run_verify, uses_database=False)

    key = commands.add_parser("certificate-key")
    actions = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "show", help=QT_TRANSLATE_NOOP("Cli", "the public key to print on your documents")
    ).set_defaults(handler=run_key_show)
    exported = actions.add_parser(
        "export", help=QT_TRANSLATE_NOOP("Cli", "write the signing key to a file (keep it safe)")
    )
    exported.add_argument("file", type=Path)
    exported.set_defaults(handler=run_key_export)
    imported = actions.add_parser(
        "import", help=QT_TRANSLATE_NOOP("Cli", "sign with a key exported from another database")
    )
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=run_key_import)

    rules = commands.add_parser("door-rules")
    _activity(rules)
    rules.add_argument(
        "--completion",
        type=int,
        metavar="PERCENT",
        help=QT_TRANSLATE_NOOP(
            "Cli", "share of the days a participant must attend to complete (default 80)"
        ),
    )
    rules.add_argument(
        "--default-completion",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "back to the default completion rule"),
    )
    rules.add_argument(
        "--late-after",
        metavar="TIME",
        help=QT_TRANSLATE_NOOP("Cli", "arrivals after this time (HH:MM) are late"),
    )
    rules.add_argument(
        "--nobody-late", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "no late time")
    )
    rules.set_defaults(handler=run_rules)


def run_rules(args: argparse.Namespace, database: Database) -> int:
    current = door_rules(database, args.activity)
    changed = args.completion is not None or args.default_completion
    changed = changed or args.late_after is not None or args.nobody_late
    if changed:
        require_site(database)
        completion = current.completion_percent if current.own_completion else None
        if args.completion is not None:
            completion = args.completion
        if args.default_completion:
            completion = None
        late = None if args.nobody_late else (args.late_after or current.late_after or None)
        with options_for_fields(
            {"completion_percent": "--completion", "late_after": "--late-after"}
        ):
            current = set_door_rules(database, args.activity, completion, late)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "completion: present {percent}% of the days{default}"),
        percent=current.completion_percent,
        default=""
        if current.own_completion
        else output.text(QT_TRANSLATE_NOOP("Cli", " (default)")),
    )
    output.say(
        QT_TRANSLATE_NOOP("Cli", "late after: {time}"),
        time=current.late_after or "-",
    )
    return 0


def run_certificates(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    # Here, not at the top: the other door commands start without Qt and segno.
    from desktop_app.door.certificate_pages import certificate_book
    from desktop_app.reports.cards import CertificateBook
    from desktop_app.reports.pdf_cards import render_certificates

    language, organisation, logo = document_options(args)
    book, done = certificate_book(
        database, args.activity, language=language, issuer=organisation, logo=logo
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for page, item in zip(book.pages, done, strict=True):
        name = re.sub(r"[^\w\-]+", "-", item.certificate.name).strip("-")
        path = (args.out / (item.certificate.number + "-" + name)).with_suffix(".pdf")
        one = CertificateBook(book.title, (page,), book.issuer, book.logo, item.code)
        render_certificates(one, path)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{count} certificates written in {folder}", None, 1),
        n=len(done),
        count=len(done),
        folder=args.out,
    )
    output.say(QT_TRANSLATE_NOOP("Cli", "public key: {key}"), key=organisation_public_key(database))
    return 0


def run_verify(args: argparse.Namespace, target: object) -> int:
    if args.public_key:
        public = read_public_key(args.public_key)
    else:
        from desktop_app.cli.opening import open_for_command

        database = open_for_command(target)  # type: ignore[arg-type]
        try:
            public = read_public_key(organisation_public_key(database))
        finally:
            database.close()
    given = Path(args.certificate)
    codes = codes_in_file(given) if given.is_file() else [args.certificate]
    if not codes:
        raise RegistreError(
            UserMessage(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "{file} holds no certificate code."),
                {"file": args.certificate},
            )
        )
    for code in codes:
        certificate = verify(code, public)
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "GENUINE: certificate no. {number}, {name}, {activity} ({start} to {end}), "
                "present {days} of {count} days, issued by {issuer} on {issued}",
            ),
            number=certificate.number,
            name=certificate.name,
            activity=certificate.activity,
            start=output.date(certificate.start),
            end=output.date(certificate.end),
            days=certificate.days_present,
            count=certificate.day_count,
            issuer=certificate.issuer or "-",
            issued=output.date(certificate.issued),
        )
    return 0


def run_key_show(args: argparse.Namespace, database: Database) -> int:
    print(organisation_public_key(database))
    return 0


def run_key_export(args: argparse.Namespace, database: Database) -> int:
    export_key(database, args.file)
    output.warn(
        QT_TRANSLATE_NOOP(
            "Cli", "whoever holds {file} can sign certificates: keep it like a password"
        ),
        file=args.file,
    )
    return 0


def run_key_import(args: argparse.Namespace, database: Database) -> int:
    output.say(QT_TRANSLATE_NOOP("Cli", "public key: {key}"), key=import_key(database, args.file))
    return 0


def _register_badges(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    badges = commands.add_parser("badges")
    badges.add_argument("--activity", type=int, help=QT_TRANSLATE_NOOP("Cli", "activity id"))
    badges.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the PDF to write"))
    badges.add_argument(
        "--layout",
        choices=LAYOUTS,
        default=A4_OF_8,
        help=QT_TRANSLATE_NOOP("Cli", "a4: sheets of 8 badges to cut; a6: one badge a page"),
    )
    badges.add_argument(
        "--person",
        type=int,
        nargs="+",
        help=QT_TRANSLATE_NOOP(
            "Cli", "only these persons (default: the expected list and those checked in)"
        ),
    )
    badges.add_argument(
        "--reprint",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "lost badges: new codes, the old ones revoked"),
    )
    badges.add_argument(
        "--revoke",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("Cli", "revoke a lost badge by its code (prints nothing else)"),
    )
    add_document_options(badges)
    badges.set_defaults(handler=run_badges)


def run_badges(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    if args.revoke:
        person_id = revoke_badge(database, args.revoke)
        output.say(
            QT_TRANSLATE_NOOP("Cli", "badge revoked: it checks nobody in (person {id})"),
            id=person_id,
        )
        return 0
    if args.activity is None or args.out is None:
        raise RegistreError(
            UserMessage(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "badges: give --activity and --out (or --revoke CODE)."),
            )
        )
    # Here, not at the top: the other door commands start without Qt and segno.
    from desktop_app.door.badge_sheet import badge_sheet
    from desktop_app.reports.pdf_cards import render_badges

    language, organisation, logo = document_options(args)
    sheet = badge_sheet(
        database,
        args.activity,
        language=language,
        person_ids=args.person,
        reprint=args.reprint,
        layout=args.layout,
        issuer=organisation,
        logo=logo,
    )
    pages = render_badges(sheet, args.out)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{path}: {count} badges on {pages} pages", None, 1),
        n=len(sheet.cards),
        path=args.out,
        count=len(sheet.cards),
        pages=pages,
    )
    return 0


def _register_expected(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    expected = commands.add_parser("expected")
    actions = expected.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=QT_TRANSLATE_NOOP("Cli", "put persons of the registry on the expected list")
    )
    _activity(add)
    add.add_argument(
        "--person",
        type=int,
        nargs="+",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "person ids"),
    )
    add.set_defaults(handler=run_add)
    imported = actions.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the expected list from a sheet (.xlsx, .ods, .csv) or pasted lines (-)"
        ),
    )
    _activity(imported)
    imported.add_argument(
        "file", help=QT_TRANSLATE_NOOP("Cli", "the sheet, or - to read pasted lines")
    )
    imported.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=QT_TRANSLATE_NOOP("Cli", "correct the field of a column, as for import-sheet"),
    )
    imported.add_argument(
        "--duplicates",
        choices=("new", "existing"),
        default="new",
        help=QT_TRANSLATE_NOOP(
            "Cli", "a row that may be someone in the registry: a new person, or the best match"
        ),
    )
    imported.add_argument("--skip-invalid", action="store_true")
    imported.add_argument("--dry-run", action="store_true")
    imported.set_defaults(handler=run_import)
    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "the expected list, and on a day who has arrived")
    )
    _activity(listing)
    listing.add_argument("--day", help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD: who arrived that day"))
    listing.add_argument(
        "--not-yet",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only those not arrived yet on --day"),
    )
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser(
        "remove", help=QT_TRANSLATE_NOOP("Cli", "take a person off the expected list")
    )
    _activity(remove)
    remove.add_argument(
        "--person", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "person id")
    )
    remove.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    result = add_expected(database, args.activity, args.person)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "{count} persons added to the expected list", None, 1),
        n=len(result.added),
        count=len(result.added),
    )
    if result.already:
        output.warn(
            QT_TRANSLATE_NOOP("Cli", "{count} persons were on the list already", None, 1),
            n=len(result.already),
            count=len(result.already),
        )
    return 0


def run_import(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    with tempfile.TemporaryDirectory(prefix="registre-") as folder:
        path = (
            pasted_as_sheet(sys.stdin.read(), Path(folder)) if args.file == "-" else Path(args.file)
        )
        preview = preview_expected(database, args.activity, path, args.map)
    counts = {outcome: preview.count(outcome) for outcome in (NEW, MATCHED, DUPLICATE, INVALID)}
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "new persons {new}, known persons {matched}, possible duplicates {duplicates}, "
            "invalid rows {invalid}",
        ),
        new=counts[NEW],
        matched=counts[MATCHED],
        duplicates=counts[DUPLICATE],
        invalid=counts[INVALID],
    )
    for row in preview.rows:
        if row.outcome == INVALID:
            reasons = "; ".join(output.render(problem) for problem in row.row.reasons)
            output.say(
                QT_TRANSLATE_NOOP("Cli", "{sheet} row {row}: {reasons}"),
                sheet=row.row.sheet,
                row=row.row.row,
                reasons=reasons,
            )
    if args.dry_run:
        output.warn(QT_TRANSLATE_NOOP("Cli", "dry run: nothing was written"))
        return 0
    result = apply_expected(
        database, preview, duplicates=args.duplicates, skip_invalid=args.skip_invalid
    )
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "added to the expected list {added} (already there {already}); persons created "
            "{created}",
        ),
        added=result.added,
        already=result.already,
        created=result.created,
    )
    return 0


def run_list(args: argparse.Namespace, database: Database) -> int:
    day = parse_date(args.day, "--day")
    listed = expected_day(database, args.activity, day)
    rows = listed.not_yet if args.not_yet else listed.rows
    country = get_activity(database, args.activity).country
    late_after = door_rules(database, args.activity).late_after_minutes

    def arrived(moment: dt.datetime | None) -> str:
        if moment is None:
            return "✓"  # present, typed from a sheet: no time
        local = local_time(moment, country)
        late = is_late(local, late_after)
        return local.strftime("%H:%M") + (output.text(LATE) if late else "")

    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "id")),
        output.text(QT_TRANSLATE_NOOP("Cli", "name")),
        output.text(QT_TRANSLATE_NOOP("Cli", "organisation")),
    ]
    if day is not None:
        headers.append(output.text(QT_TRANSLATE_NOOP("Cli", "arrived")))
    lines = []
    for row in rows:
        cells = [str(row.person_id), row.display_name, row.organisation]
        if day is not None:
            cells.append(arrived(row.arrived_at) if row.arrived else "-")
        lines.append(cells)
    for line in output.table(headers, lines, right=(0,)):
        print(line)
    if day is None:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "expected {expected}"), expected=output.number(listed.expected)
        )
    else:
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "expected {expected} · arrived {arrived} · not yet {not_yet} · "
                "not invited {walk_ins}",
            ),
            expected=output.number(listed.expected),
            arrived=output.number(listed.arrived),
            not_yet=output.number(len(listed.not_yet)),
            walk_ins=output.number(len(listed.walk_ins)),
        )
    return 0


def run_remove(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    if not remove_expected(database, args.activity, args.person):
        output.warn(QT_TRANSLATE_NOOP("Cli", "not on the expected list: nothing changed"))
    return 0
