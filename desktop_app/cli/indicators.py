"""`registre project add|list`, `registre indicator add|list|show|age-bands`, `registre target
set` and `registre progress`: a project's results framework and its progress (docs/indicators.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli import output, printing
from desktop_app.cli.arguments import parse_date
from desktop_app.indicators import frameworks, tables
from desktop_app.indicators.progress import Progress, progress
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.sites import require_site
from desktop_app.settings import load_settings
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _project(commands.add_parser("project"))
    _indicator(commands.add_parser("indicator"))
    _target(commands.add_parser("target"))
    _progress(commands.add_parser("progress"))


def _project(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add a project"))
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--donor")
    add.add_argument("--start", help=QT_TRANSLATE_NOOP("Cli", "first day, YYYY-MM-DD"))
    add.add_argument("--end", help=QT_TRANSLATE_NOOP("Cli", "last day, YYYY-MM-DD"))
    add.add_argument(
        "--office",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("Cli", "an office of the project, site code (repeatable)"),
    )
    add.add_argument("--currency", help=QT_TRANSLATE_NOOP("Cli", "three letters, e.g. XOF"))
    add.set_defaults(handler=run_project_add)
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list the projects"))
    listing.set_defaults(handler=run_project_list)


def _indicator(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add an indicator to a project"))
    add.add_argument("--project", required=True)
    add.add_argument("--code", required=True, help=QT_TRANSLATE_NOOP("Cli", "e.g. 1.1"))
    add.add_argument("--name", required=True)
    add.add_argument(
        "--measure",
        required=True,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "unique_persons, participations, person_days, activities_held, completed,"
            " share_women, share_youth or series",
        ),
    )
    add.add_argument(
        "--percent",
        type=int,
        help=QT_TRANSLATE_NOOP(
            "Cli", "series: the share of the series' days a person must attend, e.g. 75"
        ),
    )
    add.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="KEY=VALUE[,VALUE]",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "kind=training, category=media, country=NE, office=NE-NIA, tag=cohort-2022 or"
            " role=facilitator (repeatable)",
        ),
    )
    add.add_argument(
        "--by",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "disaggregation: sex, age:SET, category, region, office, or disability when the"
            " disability questions are recorded (repeatable)",
        ),
    )
    add.set_defaults(handler=run_indicator_add)
    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "list the indicators of a project")
    )
    listing.add_argument("--project", required=True)
    listing.set_defaults(handler=run_indicator_list)
    show = actions.add_parser(
        "show", help=QT_TRANSLATE_NOOP("Cli", "an indicator's definition and targets")
    )
    show.add_argument("--project", required=True)
    show.add_argument("--code", required=True)
    show.set_defaults(handler=run_indicator_show)
    bands = actions.add_parser(
        "age-bands", help=QT_TRANSLATE_NOOP("Cli", "add or list the age band sets")
    )
    bands.add_argument("--code")
    bands.add_argument("--name")
    bands.add_argument(
        "--bands", help=QT_TRANSLATE_NOOP("Cli", 'the bands, e.g. "15-24, 25-34, 35+"')
    )
    bands.set_defaults(handler=run_age_bands)


def _target(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    target = actions.add_parser(
        "set", help=QT_TRANSLATE_NOOP("Cli", "set the target of an indicator for a period")
    )
    target.add_argument("--project", required=True)
    target.add_argument("--indicator", required=True)
    target.add_argument(
        "--period",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "2022Q4, 2022-03, 2022 or life"),
    )
    target.add_argument(
        "--value", required=True, help=QT_TRANSLATE_NOOP("Cli", "a number: 600, 1 200 or 12.5")
    )
    target.add_argument(
        "--office", help=QT_TRANSLATE_NOOP("Cli", "site code (default: all offices)")
    )
    target.add_argument(
        "--for",
        dest="value_of",
        metavar="DISAGGREGATION=VALUE",
        help=QT_TRANSLATE_NOOP("Cli", "a target for one value only, e.g. sex=F"),
    )
    target.set_defaults(handler=run_target_set)


def _progress(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", required=True)
    parser.add_argument(
        "--period",
        help=QT_TRANSLATE_NOOP(
            "Cli", "2022Q4, 2022-03, a year (its quarters) or life; default: the latest year"
        ),
    )
    parser.add_argument("--office", help=QT_TRANSLATE_NOOP("Cli", "site code"))
    parser.add_argument("--format", choices=("text", "json", "xlsx", "pdf"), default="text")
    parser.add_argument(
        "--out", type=Path, help=QT_TRANSLATE_NOOP("Cli", "file to write (xlsx, pdf)")
    )
    parser.add_argument(
        "--share",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", 'for sharing: disaggregated figures below the threshold shown as "< 5"'
        ),
    )
    printing.add_document_options(parser)
    parser.set_defaults(handler=run_progress)


def _error(text: str, **values: object) -> RegistreError:
    return RegistreError(UserMessage("Commands", text, dict(values)))


def run_project_add(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    project = frameworks.add_project(
        database,
        args.code,
        args.name,
        donor=args.donor,
        start=parse_date(args.start, "--start"),
        end=parse_date(args.end, "--end"),
        offices=args.office,
        currency=args.currency,
    )
    print(project.code)
    return 0


def run_project_list(args: argparse.Namespace, database: Database) -> int:
    for p in frameworks.list_projects(database):
        dates = " – ".join(d.isoformat() for d in (p.start_date, p.end_date) if d) or "-"
        offices = ",".join(p.offices) or "-"
        print("\t".join((p.code, p.name, p.donor or "-", dates, offices, p.currency or "-")))
    return 0


def _filters(values: list[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for value in values:
        key, sign, items = value.partition("=")
        if not sign or not items.strip():
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Commands", "--filter {value}: write KEY=VALUE, e.g. kind=training."
                ),
                value=value,
            )
        filters.setdefault(key.strip(), []).extend(i.strip() for i in items.split(","))
    return filters


def run_indicator_add(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    indicator = frameworks.add_indicator(
        database,
        args.project,
        args.code,
        args.name,
        args.measure.strip(),
        filters=_filters(args.filter),
        disaggregations=args.by,
        with_disability=load_settings().record_disability,
        series_percent=args.percent,
    )
    print(indicator.code)
    return 0


def _definition(indicator: frameworks.IndicatorInfo) -> str:
    filters = "; ".join(f"{k}={','.join(v)}" for k, v in indicator.filters.items()) or "-"
    return "\t".join(
        (
            indicator.code,
            indicator.measure
            + (f" {indicator.series_percent}%" if indicator.series_percent is not None else ""),
            filters,
            ",".join(indicator.disaggregations) or "-",
            indicator.name,
        )
    )


def run_indicator_list(args: argparse.Namespace, database: Database) -> int:
    for indicator in frameworks.list_indicators(database, args.project):
        print(_definition(indicator))
    return 0


def run_indicator_show(args: argparse.Namespace, database: Database) -> int:
    indicator = frameworks.get_indicator(database, args.project, args.code)
    print(_definition(indicator))
    for target in frameworks.list_targets(database, args.project, args.code):
        where = target.office or output.text(QT_TRANSLATE_NOOP("Cli", "all offices"))
        value = f"{target.value:g}"
        extra = f"\t{target.disaggregation}" if target.disaggregation else ""
        print(f"    {target.period}\t{where}\t{value}{extra}")
    return 0


def run_age_bands(args: argparse.Namespace, database: Database) -> int:
    if args.code or args.bands:
        if not (args.code and args.bands):
            raise _error(QT_TRANSLATE_NOOP("Commands", "--code and --bands go together."))
        require_site(database)
        frameworks.add_age_band_set(database, args.code, args.name or args.code, args.bands)
    for bands in frameworks.list_age_band_sets(database):
        print("\t".join((bands.code, ", ".join(bands.labels()[:-1]), bands.name)))
    return 0


def _number(text: str) -> float:
    """ "600", "1 200", "12,5" or "12.5" as a number; a clear error otherwise."""
    cleaned = "".join(text.split()).replace("\u202f", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise _error(
            QT_TRANSLATE_NOOP("Commands", "--value {value}: write a number, e.g. 600 or 12.5."),
            value=text,
        ) from None


def run_target_set(args: argparse.Namespace, database: Database) -> int:
    require_site(database)
    target = frameworks.set_target(
        database,
        args.project,
        args.indicator,
        args.period,
        _number(args.value),
        office=args.office,
        disaggregation=args.value_of,
    )
    print(f"{target.indicator_code}\t{target.period}\t{target.office or '-'}\t{target.value:g}")
    return 0


def run_progress(args: argparse.Namespace, database: Database) -> int:
    settings = load_settings()
    if args.format in ("xlsx", "pdf") and args.out is None:
        raise _error(
            QT_TRANSLATE_NOOP("Commands", "--out FILE is needed with --format {format}."),
            format=args.format,
        )
    if args.out is not None and args.format not in ("xlsx", "pdf"):
        raise _error(QT_TRANSLATE_NOOP("Commands", "--out goes with --format pdf or xlsx."))
    table = progress(
        database,
        args.project,
        args.period,
        args.office,
        youth_threshold=settings.youth_threshold,
        with_disability=settings.record_disability,
    )
    threshold = settings.small_number_threshold if args.share else None
    if args.format == "json":
        print(json.dumps(as_json(table), ensure_ascii=False, indent=2))
        return 0
    language, organisation, logo = printing.document_options(args)
    if args.format == "text":
        print(as_text(table, language, threshold))
        return 0
    from desktop_app.indicators import progress_files

    if args.format == "xlsx":
        progress_files.write_progress_xlsx(table, args.out, language, threshold)
    else:
        progress_files.write_progress_pdf(table, args.out, language, threshold, organisation, logo)
    output.say(QT_TRANSLATE_NOOP("Cli", "Written: {path}"), path=str(args.out))
    return 0


def as_json(table: Progress) -> dict[str, Any]:
    return {
        "project": table.project.code,
        "periods": [p.code for p in table.periods],
        "cells": [
            {
                "indicator": c.indicator.code,
                "measure": c.indicator.measure,
                "period": c.period.code,
                "office": c.office,
                "actual": c.actual.value,
                "numerator": c.actual.numerator,
                "denominator": c.actual.denominator,
                "breakdown": {k: dict(v) for k, v in c.actual.breakdown.items()},
                "target": c.target,
                "percent": None if c.percent is None else round(c.percent, 1),
                "light": c.light,
                "value_targets": {
                    k: {"target": t, "percent": None if p is None else round(p, 1)}
                    for k, (t, p) in c.value_targets.items()
                },
            }
            for c in table.cells
        ],
    }


def as_text(table: Progress, language: str, threshold: int | None) -> str:
    rows = tables.rows(table, language, threshold)
    lines = [*tables.narratives(table, language), ""]
    lines += output.table(
        tables.headers(language),
        [r.texts(language) for r in rows],
        right=(3, 4, 5),
    )
    return "\n".join(lines)
