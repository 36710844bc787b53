"""`registre check-counts`: the data checks of an activity or a period, before sending them.

registre --db PATH check-counts [--activity ID | --from D --to D --country NE …] [--format json]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.activities.counting import PeriodFilter
from desktop_app.checks.checks import CheckReport, Finding, check_counts
from desktop_app.cli import output
from desktop_app.cli.arguments import parse_date
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.settings import load_settings
from desktop_app.store import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check-counts",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Sex not stated, age unknown, presences not signed, the team, persons both "
            "participant and in the team, possible duplicates, head counts beside named "
            "participants, impossible values: each with the person, activity or head count "
            "to open.",
        ),
    )
    parser.add_argument(
        "--activity", type=int, help=QT_TRANSLATE_NOOP("Cli", "check this one activity")
    )
    parser.add_argument(
        "--from", dest="start", help=QT_TRANSLATE_NOOP("Cli", "first start date, YYYY-MM-DD")
    )
    parser.add_argument(
        "--to", dest="end", help=QT_TRANSLATE_NOOP("Cli", "last start date, YYYY-MM-DD")
    )
    parser.add_argument("--country", help=QT_TRANSLATE_NOOP("Cli", "two-letter country code"))
    parser.add_argument("--office", help=QT_TRANSLATE_NOOP("Cli", "organising site code"))
    parser.add_argument("--kind", help=QT_TRANSLATE_NOOP("Cli", "kind of activity"))
    parser.add_argument("--project", help=QT_TRANSLATE_NOOP("Cli", "project or donor code"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=run_check_counts)


def run_check_counts(args: argparse.Namespace, database: Database) -> int:
    period = PeriodFilter(
        start=parse_date(args.start, "--from"),
        end=parse_date(args.end, "--to"),
        country=args.country,
        office=args.office,
        kind=args.kind,
        project_code=args.project,
        youth_threshold=load_settings().youth_threshold,
    )
    if period.start and period.end and period.end < period.start:
        raise RegistreError(
            UserMessage(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "--to: the period cannot end before it starts."),
            )
        )
    report = check_counts(
        database,
        activity_id=args.activity,
        period=None if args.activity is not None else period,
        youth_threshold=period.youth_threshold,
    )
    if args.format == "json":
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    else:
        print(as_text(report))
    return 0


def _scope(report: CheckReport) -> str:
    if report.activity is not None:
        return output.text(
            QT_TRANSLATE_NOOP("Cli", "Data checks of activity #{id} {title} ({date})"),
            id=report.activity.id,
            title=report.activity.title,
            date=output.date(report.activity.start_date),
        )
    period = report.period
    return output.text(
        QT_TRANSLATE_NOOP("Cli", "Data checks of the activities from {start} to {end}"),
        start=output.date(period.start) if period and period.start else "…",
        end=output.date(period.end) if period and period.end else "…",
    )


def _who(finding: Finding) -> str:
    if finding.person_id is not None:
        return f"{finding.person_name} (#{finding.person_id})"
    if finding.head_count_id is not None:
        return output.text(QT_TRANSLATE_NOOP("Cli", "head count #{id}"), id=finding.head_count_id)
    return ""


def as_text(report: CheckReport) -> str:
    lines = [
        _scope(report),
        output.text(
            QT_TRANSLATE_NOOP("Cli", "{count} things to look at", None, 1),
            report.findings,
            count=output.number(report.findings),
        ),
    ]
    all_headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "Activity")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Day")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Who")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Role")),
        output.text(QT_TRANSLATE_NOOP("Cli", "What")),
    ]
    for check, findings in report.results:
        headers = all_headers
        title = output.render(UserMessage("Checks", check.title))
        lines.append("")
        if not findings:
            lines.append(output.text(QT_TRANSLATE_NOOP("Cli", "{check}: none"), check=title))
            continue
        lines.append(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "{check}: {count}"),
                check=title,
                count=output.number(len(findings)),
            )
        )
        lines.append("  " + output.render(UserMessage("Checks", check.advice)))
        rows = [
            [
                f"#{f.activity.id} {f.activity.title[:30]}" if f.activity else "",
                output.date(f.day) if f.day else "",
                _who(f),
                ", ".join(output.role_label(role) for role in f.roles),
                output.render(f.detail),
            ]
            for f in findings
        ]
        if report.activity is not None:  # one activity: no column to say which
            headers, rows = headers[1:], [row[1:] for row in rows]
        lines += ["  " + line for line in output.table(headers, rows)]
    return "\n".join(lines)


def as_json(report: CheckReport) -> dict[str, Any]:
    period = report.period
    return {
        "activity_id": report.activity.id if report.activity else None,
        "from": period.start.isoformat() if period and period.start else None,
        "to": period.end.isoformat() if period and period.end else None,
        "findings": report.findings,
        "checks": [
            {
                "check": check.code,
                "title": check.title,
                "findings": [
                    {
                        "target": f.target,
                        "activity_id": f.activity.id if f.activity else None,
                        "person_id": f.person_id,
                        "person_name": f.person_name or None,
                        "other_person_id": f.other_person_id,
                        "head_count_id": f.head_count_id,
                        "day": f.day.isoformat() if f.day else None,
                        "roles": list(f.roles),
                        "detail": f.detail.render(),
                    }
                    for f in findings
                ],
            }
            for check, findings in report.results
        ],
    }
