"""Activity and period reports as .xlsx workbooks: real numbers in tables, native Excel charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.reports import labels
from desktop_app.reports.breakdowns import Breakdown
from desktop_app.reports.labels import label
from desktop_app.reports.report_data import ActivityReport, PeriodReport, month_start
from desktop_app.reports.report_documents import period_title
from desktop_app.reports.xlsx_book import ReportBook


def _breakdown_headers(first: str, threshold: int, language: str) -> list[str]:
    return [
        first,
        label("activities", language),
        label("participants", language),
        label("women", language),
        label("men", language),
        label("sex_unknown", language),
        f"{label('youth', language)} ({label('under', language, age=threshold)})",
        label("age_unknown", language),
        label("person_days", language),
    ]


def _breakdown_rows(rows: tuple[Breakdown, ...], name: dict[str, Any]) -> list[list[Any]]:
    return [
        [
            name.get(r.key, r.key),
            r.activities,
            r.participants,
            r.women,
            r.men,
            r.sex_not_stated,
            r.youth,
            r.age_unknown,
            r.person_days,
        ]
        for r in rows
    ]


def write_period_xlsx(report: PeriodReport, path: Path, language: str) -> None:
    book = ReportBook(path, language)
    t = report.totals
    threshold = report.filter.youth_threshold
    youth_name = f"{label('youth', language)} ({label('under', language, age=threshold)})"
    summary = book.sheet("summary")
    summary.write(0, 0, period_title(report, language), book.title)
    f = report.filter
    every = label("all", language)
    row = book.key_values(
        summary,
        2,
        [
            (label("country", language), f.country or every),
            (label("office", language), f.office or every),
            (label("kind", language), labels.kind_label(f.kind, language) if f.kind else every),
            (label("project", language), f.project_code or every),
            (label("activities", language), t.activities),
            (label("unique_persons", language), t.unique_persons),
            (label("participations", language), t.participations),
            (label("women", language), t.women),
            (label("men", language), t.men),
            (label("sex_unknown", language), t.sex_not_stated),
            (youth_name, t.youth),
            (label("age_unknown", language), t.age_unknown),
            (label("person_days", language), t.person_days),
            (label("team_size", language), t.team),
        ],
    )
    share_row = row + 1
    summary.write(share_row, 0, label("youth_share", language), book.bold)
    summary.write(share_row, 1, t.youth / t.participants if t.participants else 0, book.percent)
    # Youth pie: youth, not youth, age unknown.
    pie_first = share_row + 2
    summary.write_row(pie_first, 0, [youth_name, t.youth])
    summary.write_row(pie_first + 1, 0, [label("age_unknown", language), t.age_unknown])
    summary.write_row(pie_first + 2, 0, [label("not_youth", language, age=threshold), t.not_youth])
    book.chart(
        summary,
        "pie",
        label("youth_share", language),
        summary.name,
        (pie_first, pie_first + 2, 0),
        [(label("participants", language), 1)],
        "D2",
    )

    activities = book.sheet("activities")
    headers = [
        label("date", language),
        label("title", language),
        label("kind", language),
        label("country", language),
        label("place", language),
        label("office", language),
        label("project", language),
        label("participants", language),
        label("women", language),
        label("men", language),
        label("sex_unknown", language),
        youth_name,
        label("age_unknown", language),
        label("person_days", language),
        label("completion", language),
        label("team_size", language),
    ]
    book.table(
        activities,
        0,
        headers,
        [
            [
                "",
                a.title,
                labels.kind_label(a.kind, language),
                a.country,
                a.city,
                a.office or "",
                a.project_code or "",
                a.participants,
                a.women,
                a.men,
                a.sex_not_stated,
                a.youth,
                a.age_unknown,
                a.person_days,
                a.completion,
                a.team,
            ]
            for a in report.activities
        ],
        (12, 40, 14, 8, 14, 10, 12, 12, 10, 10, 12, 12, 12, 12, 12, 10),
        total_row=bool(report.activities),
    )
    for offset, a in enumerate(report.activities, start=1):
        activities.write_datetime(offset, 0, _as_datetime(a.start_date), book.date)
    activities.freeze_panes(1, 2)

    sex_series = [(label("women", language), 3), (label("men", language), 4)]
    sex_series.append((label("sex_unknown", language), 5))
    for key, rows, name, first in (
        ("by_month", report.by_month, {}, label("month", language)),
        ("by_country", report.by_country, {}, label("country", language)),
        (
            "by_kind",
            report.by_kind,
            {b.key: labels.kind_label(b.key, language) for b in report.by_kind},
            label("kind", language),
        ),
    ):
        sheet = book.sheet(key)
        data = _breakdown_rows(rows, name)
        if key == "by_month":
            for line in data:
                line[0] = month_start(str(line[0])).strftime("%Y-%m")
        last = book.table(sheet, 0, _breakdown_headers(first, threshold, language), data, (16,))
        if rows:
            book.chart(
                sheet,
                "column",
                label(key, language),
                sheet.name,
                (1, last, 0),
                sex_series,
                "K2",
                True,
            )

    _category_sheet(book, report.by_category, language)
    book.close()


def _category_sheet(
    book: ReportBook, by_category: Sequence[tuple[str | None, int]], language: str
) -> None:
    """Participants by category: a table and, when there is a row, a bar chart."""
    categories = book.sheet("by_category")
    rows = [[labels.category_label(code, language), n] for code, n in by_category]
    last = book.table(
        categories,
        0,
        [label("category", language), label("participants", language)],
        rows,
        (40, 14),
    )
    if rows:
        book.chart(
            categories,
            "bar",
            label("by_category", language),
            categories.name,
            (1, last, 0),
            [(label("participants", language), 1)],
            "D2",
        )


def _as_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def write_activity_xlsx(report: ActivityReport, path: Path, language: str) -> None:
    book = ReportBook(path, language)
    d = report.details
    c = report.counts
    youth_name = f"{label('youth', language)} ({label('under', language, age=c.youth_threshold)})"
    summary = book.sheet("summary")
    summary.write(0, 0, d.title, book.title)
    summary.write(1, 0, report.narrative(language))
    book.key_values(
        summary,
        3,
        [
            (label("kind", language), labels.kind_label(d.kind, language)),
            (label("dates", language), labels.format_range(d.start_date, d.end_date, language)),
            (label("place", language), ", ".join(p for p in (d.venue, d.city, d.country) if p)),
            (label("partners", language), ", ".join(report.partners)),
            (label("participants", language), c.participants),
            (label("women", language), c.women),
            (label("men", language), c.men),
            (label("sex_unknown", language), c.sex_not_stated),
            (youth_name, c.youth),
            (label("age_unknown", language), c.age_unknown),
            (label("person_days", language), c.person_days),
            (label("completion", language), c.completion),
            (label("unnamed", language), c.unnamed),
            (label("team_size", language), c.team),
        ],
    )
    days = book.sheet("by_day")
    last = book.table(
        days,
        0,
        [label("day", language), label("participants", language), label("unnamed", language)],
        [[labels.format_date(x.day, language), x.total, x.unnamed] for x in report.by_day],
        (16, 14, 18),
    )
    book.chart(
        days,
        "column",
        label("by_day", language),
        days.name,
        (1, last, 0),
        [(label("participants", language), 1)],
        "E2",
    )
    _category_sheet(book, report.by_category, language)
    regions = book.sheet("by_region")
    book.table(
        regions,
        0,
        [label("region", language), label("participants", language)],
        [[r or label("not_stated", language), n] for r, n in report.by_region],
        (30, 14),
    )
    team = book.sheet("team")
    book.table(
        team,
        0,
        [label("name", language), label("organisation", language), label("role", language)],
        [
            [
                f"{m.family_name} {m.given_names}".strip(),
                m.organisation,
                ", ".join(labels.role_label(r, language) for r in m.roles),
            ]
            for m in report.team
        ],
        (30, 30, 24),
    )
    names = book.sheet("names")
    headers = labels.SIGNIN_HEADERS["fr" if labels.is_french(language) else "en"]
    book.table(
        names,
        0,
        [
            headers[0],
            headers[1],
            headers[2],
            headers[3],
            headers[4],
            headers[5],
            label("category", language),
            label("role", language),
            label("days_present", language),
            label("days_signed", language),
        ],
        [
            [
                number,
                n.family_name,
                n.given_names,
                labels.sex_label(n.sex),
                n.organisation,
                n.position,
                labels.category_label(n.category, language) if n.category else "",
                labels.role_label(n.role, language),
                n.days_present,
                n.days_signed,
            ]
            for number, n in enumerate(report.names, start=1)
        ],
        (6, 20, 22, 6, 26, 20, 26, 14, 10, 12),
    )
    book.close()
