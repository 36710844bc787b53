"""`registre report`: counts by activity and totals over a period, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import printing
from desktop_app.commands.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.reports.counting import ActivityCounts, PeriodCounts, PeriodFilter, period_counts
from desktop_app.settings import load_settings
from desktop_app.store import Database

COUNT_KEYS = (
    "participants",
    "women",
    "men",
    "sex_not_stated",
    "youth",
    "age_unknown",
    "person_days",
    "team",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="counts by activity and totals for a period")
    report.add_argument("--from", dest="start", help="first start date, YYYY-MM-DD")
    report.add_argument("--to", dest="end", help="last start date, YYYY-MM-DD")
    report.add_argument("--country", help="two-letter country code")
    report.add_argument("--office", help="organising site code")
    report.add_argument("--kind", help="kind of activity")
    report.add_argument("--project", help="project or donor code")
    report.add_argument(
        "--youth-threshold",
        type=int,
        default=None,
        help="youth = age below this (default: the setting, 30)",
    )
    report.add_argument("--format", choices=("text", "json", "pdf", "xlsx"), default="text")
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
    if args.format in printing.FILE_FORMATS or args.out or args.activity is not None:
        return printing.write_report_file(args, database, period)
    counts = period_counts(database, period)
    if args.format == "json":
        print(json.dumps(as_json(counts), ensure_ascii=False, indent=2))
    else:
        print(as_text(counts))
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


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "-"


def as_text(counts: PeriodCounts) -> str:
    lines = []
    for a in counts.activities:
        dates = a.start_date.isoformat()
        if a.end_date != a.start_date:
            dates += f" to {a.end_date.isoformat()}"
        lines += [
            f"#{a.id} {a.title}",
            f"    {a.kind}, {dates}, {a.city} ({a.country})",
            f"    participants {a.participants} (named {a.named}, head counts {a.unnamed}): "
            f"women {a.women}, men {a.men}, sex not stated {a.sex_not_stated}",
            f"    youth (under {a.youth_threshold}) {a.youth} = {_share(a.youth, a.participants)}, "
            f"age unknown {a.age_unknown}; person-days {a.person_days}; "
            f"present every day {a.completion} of {a.named}; team {a.team}",
        ]
    t = counts.totals
    lines += [
        "",
        f"Totals over {t.activities} activities",
        f"    participations {t.participants}: women {t.women}, men {t.men}, "
        f"sex not stated {t.sex_not_stated}; youth {t.youth} = {_share(t.youth, t.participants)}, "
        f"age unknown {t.age_unknown}",
        f"    unique persons {t.unique_persons} (named {t.unique_named}, head counts {t.unnamed}): "
        f"women {t.unique_women}, men {t.unique_men}, sex not stated {t.unique_sex_not_stated}",
        f"    person-days {t.person_days}; team {t.team}",
    ]
    return "\n".join(lines)
