"""`registre payments rules|list|check|approve|account|payee|exception|consolidation`:
per diems and transport from signed presences (docs/payments.md).

registre payments rules --activity N [--template NAME] [--rate ROLE=AMOUNT ...] …
registre payments list --activity N [--format pdf|xlsx|csv] [--out FILE] [--channel C --columns …]
registre payments check --activity N
registre payments approve --activity N --by NAME [--prepared-by NAME] [--budget-line L]
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from desktop_app.cli import output
from desktop_app.cli.arguments import options_for_fields, parse_date
from desktop_app.cli.printing import add_document_options, document_options
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.payments import settings
from desktop_app.payments.approval import approve, current_list
from desktop_app.payments.computation import PaymentList
from desktop_app.payments.consolidation import consolidate
from desktop_app.payments.controls import NUMBER, run_controls
from desktop_app.payments.labels import amount, channel_label
from desktop_app.payments.rules import (
    CURRENCIES,
    ROUNDINGS,
    TEAM_POLICIES,
    TRANSPORT_PER,
    LumpSum,
    PaymentRules,
)
from desktop_app.registry.sites import require_site
from desktop_app.store import Database

FORMATS = ("pdf", "xlsx", "csv")
# The operator CSV's columns by default (payments/documents.py, loaded only to write a file:
# it brings the PDF renderer and Qt with it)
DEFAULT_CSV = "number:MSISDN,name:Name,amount:Amount"
PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("Cli", "no number"),
    "malformed": QT_TRANSLATE_NOOP("Cli", "not a mobile number"),
    "operator": QT_TRANSLATE_NOOP("Cli", "a number of another operator"),
}


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Commands", text, dict(params)))


def _activity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--activity", type=int, required=True, help=QT_TRANSLATE_NOOP("Cli", "activity id")
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    payments = commands.add_parser("payments")
    actions = payments.add_subparsers(dest="action", metavar="ACTION", required=True)
    _register_rules(actions)
    listed = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "the payment list: shown, or written to a file")
    )
    _activity(listed)
    listed.add_argument(
        "--format",
        choices=FORMATS,
        help=QT_TRANSLATE_NOOP("Cli", "default: from the --out file's extension"),
    )
    listed.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP("Cli", "file to write"))
    listed.add_argument(
        "--channel",
        choices=tuple(settings.CHANNELS),
        default="orange_money",
        help=QT_TRANSLATE_NOOP("Cli", "csv: the operator whose payees are written"),
    )
    listed.add_argument(
        "--columns",
        default=DEFAULT_CSV,
        metavar="COLUMNS",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "csv: the operator's columns, FIELD:HEADER separated by commas; fields: number, "
            "national_number, name, amount, currency, reference",
        ),
    )
    listed.add_argument(
        "--reference",
        default="",
        metavar="REFERENCE",
        help=QT_TRANSLATE_NOOP("Cli", "csv: the reference column"),
    )
    add_document_options(listed)
    listed.set_defaults(handler=run_list)
    check = actions.add_parser(
        "check", help=QT_TRANSLATE_NOOP("Cli", "the controls before approval, with their rows")
    )
    _activity(check)
    check.set_defaults(handler=run_check)
    approved = actions.add_parser(
        "approve", help=QT_TRANSLATE_NOOP("Cli", "approve the list: it is frozen from then on")
    )
    _activity(approved)
    approved.add_argument(
        "--by", required=True, metavar="NAME", help=QT_TRANSLATE_NOOP("Cli", "the approver")
    )
    approved.add_argument(
        "--prepared-by", default="", metavar="NAME", help=QT_TRANSLATE_NOOP("Cli", "preparer")
    )
    approved.add_argument(
        "--budget-line", metavar="LINE", help=QT_TRANSLATE_NOOP("Cli", "the budget line")
    )
    approved.add_argument(
        "--date",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("Cli", "the day of approval, YYYY-MM-DD (today)"),
    )
    approved.set_defaults(handler=run_approve)
    _register_settings(actions)


def _register_rules(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = actions.add_parser(
        "rules", help=QT_TRANSLATE_NOOP("Cli", "show or change an activity's payment rules")
    )
    _activity(rules)
    rules.add_argument(
        "--template",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "copy the rules of this template first"),
    )
    rules.add_argument(
        "--save-template",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "save the activity's rules as a template"),
    )
    rules.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="ROLE=AMOUNT",
        help=QT_TRANSLATE_NOOP(
            "Cli", "daily rate of a role, or of a category (category:media=12000)"
        ),
    )
    rules.add_argument(
        "--non-resident-rate",
        action="append",
        default=[],
        metavar="ROLE=AMOUNT",
        help=QT_TRANSLATE_NOOP("Cli", "daily rate for non-residents"),
    )
    rules.add_argument(
        "--transport-flat",
        type=int,
        metavar="AMOUNT",
        help=QT_TRANSLATE_NOOP("Cli", "flat transport amount"),
    )
    rules.add_argument(
        "--zone",
        action="append",
        default=[],
        metavar="ORIGIN=AMOUNT",
        help=QT_TRANSLATE_NOOP("Cli", "transport by origin zone"),
    )
    rules.add_argument(
        "--no-transport", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "no transport")
    )
    rules.add_argument("--transport-per", choices=TRANSPORT_PER)
    rules.add_argument(
        "--lump",
        action="append",
        default=[],
        metavar="LABEL=AMOUNT",
        help=QT_TRANSLATE_NOOP("Cli", "a lump sum paid once (kit=5000)"),
    )
    rules.add_argument("--rounding", type=int, choices=ROUNDINGS)
    rules.add_argument("--team", choices=TEAM_POLICIES)
    rules.add_argument("--currency", choices=CURRENCIES)
    rules.set_defaults(handler=run_rules)


def _register_settings(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    account = actions.add_parser(
        "account", help=QT_TRANSLATE_NOOP("Cli", "how a person is paid: channel and number")
    )
    account.add_argument("--person", type=int, required=True)
    account.add_argument("--channel", choices=tuple(settings.CHANNELS), required=True)
    account.add_argument(
        "--number", metavar="NUMBER", help=QT_TRANSLATE_NOOP("Cli", "mobile money number")
    )
    account.set_defaults(handler=run_account)
    payee = actions.add_parser(
        "payee", help=QT_TRANSLATE_NOOP("Cli", "a payee's residence, zone and adjustment")
    )
    _activity(payee)
    payee.add_argument("--person", type=int, required=True)
    payee.add_argument("--non-resident", action="store_true")
    payee.add_argument(
        "--zone", metavar="ORIGIN", help=QT_TRANSLATE_NOOP("Cli", "origin zone (transport)")
    )
    payee.add_argument("--adjustment", type=int, default=0, metavar="AMOUNT")
    payee.add_argument(
        "--reason", metavar="REASON", help=QT_TRANSLATE_NOOP("Cli", "why the adjustment")
    )
    payee.set_defaults(handler=run_payee)
    exception = actions.add_parser(
        "exception", help=QT_TRANSLATE_NOOP("Cli", "pay a day without a signature, or stop")
    )
    _activity(exception)
    exception.add_argument("--person", type=int, required=True)
    exception.add_argument("--day", required=True, metavar="DAY")
    exception.add_argument(
        "--reason", metavar="REASON", help=QT_TRANSLATE_NOOP("Cli", "why (kept in the audit)")
    )
    exception.add_argument("--remove", action="store_true")
    exception.set_defaults(handler=run_exception)
    consolidated = actions.add_parser(
        "consolidation",
        help=QT_TRANSLATE_NOOP("Cli", "approved lists by project, budget line, office, month"),
    )
    consolidated.add_argument("--from", dest="start", metavar="DAY")
    consolidated.add_argument("--to", dest="end", metavar="DAY")
    consolidated.set_defaults(handler=run_consolidation)


def _pairs(values: list[str], option: str) -> dict[str, int]:
    pairs: dict[str, int] = {}
    for value in values:
        key, _, figure = value.rpartition("=")
        try:
            pairs[key.strip()] = int(figure.replace(" ", "").replace("\u202f", ""))
        except ValueError:
            raise _error(
                QT_TRANSLATE_NOOP("Commands", "{option}: {value} is not NAME=AMOUNT."),
                option=option,
                value=value,
            ) from None
        if not key.strip():
            raise _error(
                QT_TRANSLATE_NOOP("Commands", "{option}: {value} is not NAME=AMOUNT."),
                option=option,
                value=value,
            )
    return pairs


def _changed_rules(args: argparse.Namespace, rules: PaymentRules) -> PaymentRules:
    rates = _pairs(args.rate, "--rate")
    non_resident = _pairs(args.non_resident_rate, "--non-resident-rate")
    zones = _pairs(args.zone, "--zone")
    lumps = _pairs(args.lump, "--lump")
    rules = replace(
        rules,
        resident_rates={**rules.resident_rates, **rates},
        non_resident_rates={**rules.non_resident_rates, **non_resident},
    )
    if args.transport_flat is not None:
        rules = replace(rules, transport_mode="flat", transport_flat=args.transport_flat)
    if zones:
        zones = {**rules.transport_zones, **zones}
        rules = replace(rules, transport_mode="zone", transport_zones=zones)
    if args.no_transport:
        rules = replace(rules, transport_mode="none")
    if lumps:
        rules = replace(rules, lump_sums=tuple(LumpSum(k, v) for k, v in lumps.items()))
    for option in ("transport_per", "rounding", "team", "currency"):
        if getattr(args, option) is not None:
            rules = replace(rules, **{option: getattr(args, option)})
    return rules


def run_rules(args: argparse.Namespace, database: Database) -> int:
    if args.template:
        require_site(database)
        settings.copy_template(database, args.activity, args.template)
    stored = settings.rules_of(database, args.activity)
    current = stored or PaymentRules()
    changed = _changed_rules(args, current)
    if changed != current:
        require_site(database)
        with options_for_fields({"amounts": "--rate", "lump_sums": "--lump"}):
            settings.set_rules(database, args.activity, changed)
        current = changed
    elif stored is None:
        output.warn(QT_TRANSLATE_NOOP("Cli", "this activity has no payment rules yet"))
    if args.save_template:
        settings.save_template(database, args.save_template, current)
        output.say(
            QT_TRANSLATE_NOOP("Cli", "saved as the template {name}"), name=args.save_template
        )
    _show_rules(current)
    return 0


def _show_rules(rules: PaymentRules) -> None:
    output.say(
        QT_TRANSLATE_NOOP("Cli", "currency {currency}, rounded to {rounding}, team: {team}"),
        currency=rules.currency,
        rounding=rules.rounding,
        team=output.text(
            QT_TRANSLATE_NOOP("Cli", "own rates")
            if rules.team == "own"
            else QT_TRANSLATE_NOOP("Cli", "not paid")
        ),
    )
    for key in sorted(set(rules.resident_rates) | set(rules.non_resident_rates)):
        resident = rules.resident_rates.get(key, 0)
        name = key.split(":", 1)[1] if key.startswith("category:") else key
        label = (
            output.category_label(name) if key.startswith("category:") else output.role_label(key)
        )
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{name}: {resident} a day, non-residents {other}"),
            name=label,
            resident=output.number(resident),
            other=output.number(rules.non_resident_rates.get(key, resident)),
        )
    if rules.transport_mode == "flat":
        output.say(
            QT_TRANSLATE_NOOP("Cli", "transport: {amount} ({per})"),
            amount=output.number(rules.transport_flat),
            per=output.text(_PER[rules.transport_per]),
        )
    for zone, figure in sorted(rules.transport_zones.items()):
        if rules.transport_mode == "zone":
            output.say(
                QT_TRANSLATE_NOOP("Cli", "transport from {zone}: {amount} ({per})"),
                zone=zone,
                amount=output.number(figure),
                per=output.text(_PER[rules.transport_per]),
            )
    for lump in rules.lump_sums:
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{label}: {amount} once"),
            label=lump.label,
            amount=output.number(lump.amount),
        )


_PER = {
    "day": QT_TRANSLATE_NOOP("Cli", "a paid day"),
    "activity": QT_TRANSLATE_NOOP("Cli", "once"),
}


def run_list(args: argparse.Namespace, database: Database) -> int:
    shown = current_list(database, args.activity)
    payment_list = shown.payment_list
    if args.out is None:
        _print_list(shown.payment_list)
        if shown.approval is None:
            output.warn(QT_TRANSLATE_NOOP("Cli", "draft: not approved"))
        if shown.missing_parts:
            output.warn(
                QT_TRANSLATE_NOOP(
                    "Cli", "{count} parts of the approved list not received yet", None, 1
                ),
                shown.missing_parts,
                count=shown.missing_parts,
            )
        for change in shown.changes:
            output.warn(
                QT_TRANSLATE_NOOP(
                    "Cli", "changed since approval, not applied: {name} {before} → {after}"
                ),
                name=change.name,
                before=output.number(change.frozen_total),
                after=output.number(change.current_total),
            )
        return 0
    from desktop_app.payments.documents import (
        parse_columns,
        write_operator_csv,
        write_pdf,
        write_xlsx,
    )

    suffix = args.out.suffix.lower().lstrip(".")
    file_format = args.format or (suffix if suffix in FORMATS else "pdf")
    language, organisation, logo = document_options(args)
    if file_format == "pdf":
        pages = write_pdf(
            payment_list, shown.approval, args.out, language, organisation=organisation, logo=logo
        )
        output.say(QT_TRANSLATE_NOOP("Cli", "{file}: {pages} pages"), file=args.out, pages=pages)
    elif file_format == "xlsx":
        write_xlsx(payment_list, shown.approval, args.out, language)
        output.say(QT_TRANSLATE_NOOP("Cli", "{file} written"), file=args.out)
    else:
        rows = write_operator_csv(
            payment_list,
            args.out,
            channel=args.channel,
            columns=parse_columns(args.columns),
            reference=args.reference,
        )
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{file}: {count} payees of {channel}", None, 1),
            rows,
            file=args.out,
            count=rows,
            channel=channel_label(args.channel, output.language()),
        )
    return 0


def _print_list(payment_list: PaymentList) -> None:
    language = output.language()
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "person")),
        output.text(QT_TRANSLATE_NOOP("Cli", "days")),
        output.text(QT_TRANSLATE_NOOP("Cli", "per diem")),
        output.text(QT_TRANSLATE_NOOP("Cli", "transport")),
        *payment_list.lump_labels,
        output.text(QT_TRANSLATE_NOOP("Cli", "adjustment")),
        output.text(QT_TRANSLATE_NOOP("Cli", "total")),
        output.text(QT_TRANSLATE_NOOP("Cli", "channel")),
        output.text(QT_TRANSLATE_NOOP("Cli", "number")),
    ]
    rows = [
        [
            f"{line.name} (#{line.person_id})",
            str(len(line.days)),
            amount(line.per_diem, language),
            amount(line.transport, language),
            *(amount(v, language) for v in line.lump_sums),
            amount(line.adjustment, language),
            amount(line.total, language),
            channel_label(line.channel, language),
            line.number or "",
        ]
        for line in payment_list.lines
    ]
    totals = payment_list.totals
    rows.append(
        [
            output.text(QT_TRANSLATE_NOOP("Cli", "total")),
            str(totals.days),
            amount(totals.per_diem, language),
            amount(totals.transport, language),
            *(amount(v, language) for v in totals.lump_sums),
            amount(totals.adjustment, language),
            amount(totals.total, language),
            "",
            "",
        ]
    )
    money = range(1, 4 + len(payment_list.lump_labels) + 2)
    for text_line in output.table(headers, rows, right=tuple(money)):
        print(text_line)
    print(payment_list.in_words(language))


def run_check(args: argparse.Namespace, database: Database) -> int:
    results = run_controls(database, args.activity)
    for result in results:
        title = output.render(UserMessage("Payments", result.title))
        output.say(
            QT_TRANSLATE_NOOP("Cli", "{title}: {count}"),
            title=title,
            count=len(result.findings),
        )
        for finding in result.findings:
            detail = finding.detail
            if result.code == NUMBER:
                problem = output.text(PROBLEMS[finding.problem])
                detail = f"{problem} {finding.detail}".strip()
            day = output.date(finding.day) if finding.day else ""
            parts = [f"{finding.name} (#{finding.person_id})", day, detail]
            print("  " + " · ".join(part for part in parts if part))
    return 0


def run_approve(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    with options_for_fields({"approved_by": "--by"}):
        done = approve(
            database,
            args.activity,
            approved_by=args.by,
            prepared_by=args.prepared_by,
            approved_on=parse_date(args.date, "--date"),
            budget_line=args.budget_line,
        )
    shown = current_list(database, args.activity)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "approved by {name} on {date}: {total} {currency}"),
        name=done.approved_by,
        date=output.date(done.approved_on),
        total=output.number(shown.payment_list.totals.total),
        currency=shown.payment_list.rules.currency,
    )
    return 0


def run_account(args: argparse.Namespace, database: Database) -> int:
    with options_for_fields({"number": "--number", "channel": "--channel"}):
        account = settings.set_account(database, args.person, args.channel, args.number)
    output.say(
        QT_TRANSLATE_NOOP("Cli", "person #{id}: {channel} {number}"),
        id=args.person,
        channel=channel_label(account.channel, output.language()),
        number=account.number or "",
    )
    return 0


def run_payee(args: argparse.Namespace, database: Database) -> int:
    with options_for_fields({"adjustment_reason": "--reason"}):
        settings.set_payee(
            database,
            args.activity,
            args.person,
            settings.Payee(
                resident=not args.non_resident,
                zone=args.zone,
                adjustment=args.adjustment,
                adjustment_reason=args.reason,
            ),
        )
    output.say(QT_TRANSLATE_NOOP("Cli", "person #{id} saved"), id=args.person)
    return 0


def run_exception(args: argparse.Namespace, database: Database) -> int:
    day = parse_date(args.day, "--day")
    assert day is not None  # required option
    if args.remove:
        if not settings.remove_exception(database, args.activity, args.person, day):
            output.warn(QT_TRANSLATE_NOOP("Cli", "there was no such exception: nothing changed"))
        return 0
    require_site(database)
    with options_for_fields({"reason": "--reason", "day": "--day"}):
        settings.add_exception(database, args.activity, args.person, day, args.reason or "")
    output.say(
        QT_TRANSLATE_NOOP("Cli", "person #{id} paid on {day} without a signature"),
        id=args.person,
        day=output.date(day),
    )
    return 0


def run_consolidation(args: argparse.Namespace, database: Database) -> int:
    rows = consolidate(
        database, start=parse_date(args.start, "--from"), end=parse_date(args.end, "--to")
    )
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "project")),
        output.text(QT_TRANSLATE_NOOP("Cli", "budget line")),
        output.text(QT_TRANSLATE_NOOP("Cli", "office")),
        output.text(QT_TRANSLATE_NOOP("Cli", "month")),
        output.text(QT_TRANSLATE_NOOP("Cli", "lists")),
        output.text(QT_TRANSLATE_NOOP("Cli", "payees")),
        output.text(QT_TRANSLATE_NOOP("Cli", "days")),
        output.text(QT_TRANSLATE_NOOP("Cli", "total")),
    ]
    table = [
        [
            row.project or "-",
            row.budget_line or "-",
            row.office,
            row.month,
            str(row.lists),
            str(row.persons),
            str(row.days),
            f"{output.number(row.total)} {row.currency}",
        ]
        for row in rows
    ]
    for line in output.table(headers, table, right=(4, 5, 6, 7)):
        print(line)
    return 0
