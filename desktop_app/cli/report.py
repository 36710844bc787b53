"""`registre report`: counts by activity and totals over a period, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.activities.counting import (
    ActivityCounts,
    PeriodCounts,
    PeriodFilter,
    period_counts,
)
from desktop_app.cli import output, printing
from desktop_app.cli.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.settings import load_settings
from desktop_app.store import Database

COUNT_KEYS = (
    "participants",
    "women",
    "men",
    "sex_not_stated",
    "youth",
    "age_unknown",
    "age_from_year_only",
    "person_days",
    "team",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report")
    report.add_argument(
        "--from", dest="start", help=QT_TRANSLATE_NOOP("Cli", "first start date, YYYY-MM-DD")
    )
    report.add_argument(
        "--to", dest="end", help=QT_TRANSLATE_NOOP("Cli", "last start date, YYYY-MM-DD")
    )
    report.add_argument("--country", help=QT_TRANSLATE_NOOP("Cli", "two-letter country code"))
    report.add_argument("--office", help=QT_TRANSLATE_NOOP("Cli", "organising site code"))
    report.add_argument("--kind", help=QT_TRANSLATE_NOOP("Cli", "kind of activity"))
    report.add_argument("--project", help=QT_TRANSLATE_NOOP("Cli", "project or donor code"))
    report.add_argument(
        "--youth-threshold",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "youth = age below this (default: the setting, 30)"),
    )
    report.add_argument("--format", choices=("text", "json", "pdf", "xlsx"), default="text")
    report.add_argument(
        "--explain",
        metavar="FIELD",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "list the persons and head counts behind one count (women, youth, team, "
            "person_days, unique_persons, category:media…) of --activity or of the period",
        ),
    )
    printing.add_report_file_options(report)
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, database: Database) -> int:
    threshold = args.youth_threshold
    if threshold is None:
        threshold = load_settings().youth_threshold
    if not 1 <= threshold <= 120:
        raise RegistreError(
            UserMessage(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "--youth-threshold: an age between 1 and 120."),
            )
        )
    period = PeriodFilter(
        start=parse_date(args.start, "--from"),
        end=parse_date(args.end, "--to"),
        country=args.country,
        office=args.office,
        kind=args.kind,
        project_code=args.project,
        youth_threshold=threshold,
    )
    if period.start and period.end and period.end < period.start:
        raise RegistreError(
            UserMessage(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "--to: the period cannot end before it starts."),
            )
        )
    if args.explain:
        return run_explain(args, database, period)
    if args.format in printing.FILE_FORMATS or args.out or args.activity is not None:
        return printing.write_report_file(args, database, period)
    counts = period_counts(database, period)
    if args.format == "json":
        print(json.dumps(as_json(counts), ensure_ascii=False, indent=2))
    else:
        print(as_text(counts))
    return 0


def run_explain(args: argparse.Namespace, database: Database, period: PeriodFilter) -> int:
    if args.format not in ("text", "json") or args.out:
        raise RegistreError(
            UserMessage(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "--explain goes with --format text or json."),
            )
        )
    # Imported here: `registre report` without --explain needs neither (docs/command-line.md)
    from desktop_app.activities.explain import explain
    from desktop_app.cli import explain_output

    explanation = explain(
        database,
        args.explain.strip(),
        activity_id=args.activity,
        period=None if args.activity is not None else period,
        youth_threshold=period.youth_threshold,
    )
    if args.format == "json":
        print(json.dumps(explain_output.as_json(explanation), ensure_ascii=False, indent=2))
    else:
        print(explain_output.as_text(explanation))
    return 0


def activity_json(activity: ActivityCounts) -> dict[str, Any]:
    return {
        "id": activity.id,
        "title": activity.title,
        "kind": activity.kind,
        "start_date": activity.start_date.isoformat(),
        "end_date": activity.end_date.isoformat(),
        "country": activity.country,
        "city": activity.city,
        **{key: getattr(activity, key) for key in COUNT_KEYS},
    }


def as_json(counts: PeriodCounts) -> dict[str, Any]:
    totals = {key: getattr(counts.totals, key) for key in COUNT_KEYS}
    totals["unique_persons"] = counts.totals.unique_persons
    return {"activities": [activity_json(a) for a in counts.activities], "totals": totals}


def as_text(counts: PeriodCounts) -> str:
    """The period's counts for a reader, in the command line's language."""
    n = output.number
    lines = []
    for a in counts.activities:
        lines += [
            f"#{a.id} {a.title}",
            "    "
            + output.text(
                QT_TRANSLATE_NOOP("Cli", "{kind}, {dates}, {city} ({country})"),
                kind=output.kind_label(a.kind),
                dates=output.date_range(a.start_date, a.end_date),
                city=a.city,
                country=a.country,
            ),
            "    "
            + output.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "participants {participants} (named {named}, head counts {unnamed}): "
                    "women {women}, men {men}, sex not stated {not_stated}",
                ),
                participants=n(a.participants),
                named=n(a.named),
                unnamed=n(a.unnamed),
                women=n(a.women),
                men=n(a.men),
                not_stated=n(a.sex_not_stated),
            ),
            "    "
            + output.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "youth (under {threshold}) {youth} = {share}, age unknown {age_unknown}, "
                    "age from a birth year only {year_only}; person-days {person_days}; "
                    "completed {completion} of {named}; team {team}",
                ),
                threshold=a.youth_threshold,
                youth=n(a.youth),
                share=output.percent(a.youth, a.participants),
                age_unknown=n(a.age_unknown),
                year_only=n(a.age_from_year_only),
                person_days=n(a.person_days),
                completion=n(a.completion),
                named=n(a.named),
                team=n(a.team),
            ),
        ]
    t = counts.totals
    lines += [
        "",
        output.text(
            QT_TRANSLATE_NOOP("Cli", "Totals over {count} activities", None, 1),
            t.activities,
            count=n(t.activities),
        ),
        "    "
        + output.text(
            QT_TRANSLATE_NOOP(
                "Cli",
                "participations {participants}: women {women}, men {men}, sex not stated "
                "{not_stated}; youth {youth} = {share}, age unknown {age_unknown}, age from a "
                "birth year only {year_only}",
            ),
            participants=n(t.participants),
            women=n(t.women),
            men=n(t.men),
            not_stated=n(t.sex_not_stated),
            youth=n(t.youth),
            share=output.percent(t.youth, t.participants),
            age_unknown=n(t.age_unknown),
            year_only=n(t.age_from_year_only),
        ),
        "    "
        + output.text(
            QT_TRANSLATE_NOOP(
                "Cli",
                "unique persons {unique} (named {named}, head counts {unnamed}): women {women}, "
                "men {men}, sex not stated {not_stated}",
            ),
            unique=n(t.unique_persons),
            named=n(t.unique_named),
            unnamed=n(t.unnamed),
            women=n(t.unique_women),
            men=n(t.unique_men),
            not_stated=n(t.unique_sex_not_stated),
        ),
        "    "
        + output.text(
            QT_TRANSLATE_NOOP("Cli", "person-days {person_days}; team {team}"),
            person_days=n(t.person_days),
            team=n(t.team),
        ),
    ]
    return "\n".join(lines)
