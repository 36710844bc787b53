"""Activity and period reports as .xlsx workbooks: real numbers and dates in tables whose totals
are right in any reader, and native Excel charts on pages of their own (xlsx_book.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from xlsxwriter.worksheet import Worksheet

from desktop_app.activities.breakdowns import Breakdown
from desktop_app.reports import labels
from desktop_app.reports.data import ActivityReport, PeriodReport, month_start
from desktop_app.reports.document import CHART_COLOURS
from desktop_app.reports.documents import period_title
from desktop_app.reports.labels import label
from desktop_app.reports.xlsx_book import CHART_SIZE, Column, ReportBook
from desktop_app.workbooks.cells import Cell

SEX_COLOURS = (CHART_COLOURS["women"], CHART_COLOURS["men"], CHART_COLOURS["unknown"])
AGE_COLOURS = (CHART_COLOURS["youth"], CHART_COLOURS["not_youth"], CHART_COLOURS["unknown"])


def _youth_name(threshold: int, language: str) -> str:
    return f"{label('youth', language)} ({label('under', language, age=threshold)})"


def _count_columns(threshold: int, language: str) -> list[Column]:
    """Participants by sex, then youth with age unknown and age from a birth year only beside
    it, then person-days."""
    return [
        Column(label("participants", language), "number", total=True),
        Column(label("women", language), "number", total=True),
        Column(label("men", language), "number", total=True),
        Column(label("sex_unknown", language), "number", total=True),
        Column(_youth_name(threshold, language), "number", total=True),
        Column(label("age_unknown", language), "number", total=True),
        Column(label("age_from_year_only", language), "number", total=True),
        Column(label("person_days", language), "number", total=True),
    ]


def _breakdown_rows(rows: tuple[Breakdown, ...], name: dict[str, Cell]) -> list[list[Cell]]:
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
            r.age_from_year_only,
            r.person_days,
        ]
        for r in rows
    ]


def _sex_and_age(
    book: ReportBook,
    sheet: Worksheet,
    row: int,
    figures: tuple[int, int, int, int, int, int],
    threshold: int,
) -> int:
    """Two small tables, by sex and by age (age unknown beside youth), each with its total,
    and their pie charts on the next printed page. Returns the row after the charts' page."""
    women, men, not_stated, youth, not_youth, unknown = figures
    language = book.language
    participants = label("participants", language)
    by_sex = book.table(
        sheet,
        [Column(label("by_sex", language)), Column(participants, "number", total=True)],
        [
            [label("women", language), women],
            [label("men", language), men],
            [label("sex_unknown", language), not_stated],
        ],
        first_row=row,
        total_row=True,
        main=False,
    )
    by_age = book.table(
        sheet,
        [Column(label("by_youth", language)), Column(participants, "number", total=True)],
        [
            [_youth_name(threshold, language), youth],
            [label("age_unknown", language), unknown],
            [label("not_youth", language, age=threshold), not_youth],
        ],
        first_row=by_sex.bottom + 2,
        total_row=True,
        main=False,
    )
    charts = []
    for area, title, colours in (
        (by_sex, label("by_sex", language), SEX_COLOURS),
        (by_age, label("youth_share", language), (AGE_COLOURS[0], AGE_COLOURS[2], AGE_COLOURS[1])),
    ):
        if women + men + not_stated:
            charts.append(
                book.chart(
                    sheet,
                    "pie",
                    title,
                    (area.first_row, area.last_row, 0),
                    [(participants, 1, colours[0])],
                    points=colours,
                )
            )
    book.charts_below(sheet, by_age.bottom + 2, charts)
    return by_age.bottom + 2


def write_period_xlsx(report: PeriodReport, path: Path, language: str) -> None:
    book = ReportBook(path, language)
    t = report.totals
    f = report.filter
    threshold = f.youth_threshold
    summary = book.sheet("summary")
    book.cells.text(summary, 0, 0, period_title(report, language), book.title)
    every = label("all", language)
    row = book.key_values(
        summary,
        2,
        [
            (label("period_start", language), f.start or "…"),
            (label("period_end", language), f.end or "…"),
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
            (_youth_name(threshold, language), t.youth),
            (label("age_unknown", language), t.age_unknown),
        ],
    )
    row = _youth_share(book, summary, row, t.youth, t.not_youth, t.participants)
    row = book.key_values(
        summary,
        row,
        [
            (label("age_from_year_only", language), t.age_from_year_only),
            (label("person_days", language), t.person_days),
            (label("team_size", language), t.team),
        ],
    )
    figures = (t.women, t.men, t.sex_not_stated, t.youth, t.not_youth, t.age_unknown)
    _sex_and_age(book, summary, row + 1, figures, threshold)
    _activities_sheet(book, report)
    colours = dict(zip(("women", "men", "unknown"), SEX_COLOURS, strict=True))
    sex_series = [
        (label("women", language), 3, colours["women"]),
        (label("men", language), 4, colours["men"]),
        (label("sex_unknown", language), 5, colours["unknown"]),
    ]
    kinds: dict[str, Cell] = {b.key: labels.kind_label(b.key, language) for b in report.by_kind}
    months: dict[str, Cell] = {b.key: month_start(b.key) for b in report.by_month}
    for key, rows, names, first in (
        ("by_month", report.by_month, months, Column(label("month", language), "month")),
        ("by_country", report.by_country, {}, Column(label("country", language))),
        ("by_kind", report.by_kind, kinds, Column(label("kind", language))),
    ):
        sheet = book.sheet(key)
        columns = [
            first,
            Column(label("activities", language), "number", total=True),
            *_count_columns(threshold, language),
        ]
        area = book.table(
            sheet, columns, _breakdown_rows(rows, names), total_row=True, frozen_columns=1
        )
        if rows:
            chart = book.chart(
                sheet,
                "column",
                label(key, language),
                (area.first_row, area.last_row, 0),
                sex_series,
                stacked=True,
                dates="month" if key == "by_month" else "",
            )
            book.charts_below(sheet, area.bottom + 2, [chart])
    _category_sheet(book, report.by_category, language)
    book.close()


def _youth_share(
    book: ReportBook, sheet: Worksheet, row: int, youth: int, not_youth: int, participants: int
) -> int:
    """Youth / participants as a percentage; a dash when no participant's age is known (a
    share of 0 % would then say what nobody knows)."""
    book.cells.text(sheet, row, 0, label("youth_share", book.language), book.bold)
    if youth + not_youth and participants:
        book.cells.write(sheet, row, 1, youth / participants, book.percent)
    else:
        book.cells.text(sheet, row, 1, "–", book.number)
    return row + 1


def _activities_sheet(book: ReportBook, report: PeriodReport) -> None:
    language = book.language
    sheet = book.sheet("activities")
    columns = [
        Column(label("date", language), "date"),
        Column(label("title", language), width=34),
        Column(label("kind", language)),
        Column(label("country", language)),
        Column(label("place", language), width=20),
        Column(label("office", language)),
        Column(label("project", language)),
        *_count_columns(report.filter.youth_threshold, language),
        Column(label("completion", language), "number", total=True),
        Column(label("team_size", language), "number", total=True),
    ]
    rows: list[list[Cell]] = [
        [
            a.start_date,
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
            a.age_from_year_only,
            a.person_days,
            a.completion,
            a.team,
        ]
        for a in report.activities
    ]
    book.table(sheet, columns, rows, total_row=True, frozen_columns=2)


def _category_sheet(
    book: ReportBook, by_category: Sequence[tuple[str | None, int]], language: str
) -> None:
    """Participants by category: a table with its total and, when there is a row, a bar chart."""
    sheet = book.sheet("by_category")
    rows: list[list[Cell]] = [[labels.category_label(code, language), n] for code, n in by_category]
    participants = label("participants", language)
    area = book.table(
        sheet,
        [Column(label("category", language), width=44), Column(participants, "number", total=True)],
        rows,
        total_row=True,
    )
    if rows:
        chart = book.chart(
            sheet,
            "bar",
            label("by_category", language),
            (area.first_row, area.last_row, 0),
            [(participants, 1, CHART_COLOURS["bars"])],
        )
        height = min(CHART_SIZE[1] * 2, 90 + 32 * len(rows))  # a bar is as thick however many
        book.charts_below(sheet, area.bottom + 2, [chart], height)


def write_activity_xlsx(report: ActivityReport, path: Path, language: str) -> None:
    book = ReportBook(path, language)
    d = report.details
    c = report.counts
    summary = book.sheet("summary")
    book.cells.text(summary, 0, 0, d.title, book.title)
    book.paragraph(summary, 1, report.narrative(language))
    days: list[tuple[str, Cell]] = [(label("date", language), d.start_date)]
    if d.end_date != d.start_date:
        days = [(label("first_day", language), d.start_date)]
        days.append((label("last_day", language), d.end_date))
    row = book.key_values(
        summary,
        3,
        [
            (label("kind", language), labels.kind_label(d.kind, language)),
            *days,
            (label("place", language), ", ".join(p for p in (d.venue, d.city, d.country) if p)),
            (label("office", language), d.office or ""),
            (label("project", language), d.project_code or ""),
            (label("partners", language), ", ".join(report.partners)),
            (label("participants", language), c.participants),
            (label("women", language), c.women),
            (label("men", language), c.men),
            (label("sex_unknown", language), c.sex_not_stated),
            (_youth_name(c.youth_threshold, language), c.youth),
            (label("age_unknown", language), c.age_unknown),
        ],
    )
    row = _youth_share(book, summary, row, c.youth, c.not_youth, c.participants)
    row = book.key_values(
        summary,
        row,
        [
            (label("age_from_year_only", language), c.age_from_year_only),
            (label("person_days", language), c.person_days),
            (label("completion", language), c.completion),
            (label("unnamed", language), c.unnamed),
            (label("team_size", language), c.team),
        ],
    )
    figures = (c.women, c.men, c.sex_not_stated, c.youth, c.not_youth, c.age_unknown)
    _sex_and_age(book, summary, row + 1, figures, c.youth_threshold)
    _day_sheet(book, report)
    _category_sheet(book, report.by_category, language)
    regions = book.sheet("by_region")
    book.table(
        regions,
        [
            Column(label("region", language), width=30),
            Column(label("participants", language), "number", total=True),
        ],
        [[r or label("not_stated", language), n] for r, n in report.by_region],
        total_row=True,
    )
    team = book.sheet("team")
    book.table(
        team,
        [
            Column(label("name", language), width=30),
            Column(label("organisation", language), width=30),
            Column(label("role", language), width=24),
        ],
        [
            [
                f"{m.family_name} {m.given_names}".strip(),
                m.organisation,
                ", ".join(labels.role_label(r, language) for r in m.roles),
            ]
            for m in report.team
        ],
    )
    _names_sheet(book, report)
    book.close()


def _day_sheet(book: ReportBook, report: ActivityReport) -> None:
    """Participants day by day; their total is the person-days."""
    language = book.language
    sheet = book.sheet("by_day")
    participants = label("participants", language)
    area = book.table(
        sheet,
        [
            Column(label("day", language), "date"),
            Column(participants, "number", total=True),
            Column(label("unnamed", language), "number", total=True),
        ],
        [[x.day, x.total, x.unnamed] for x in report.by_day],
        total_row=True,
    )
    chart = book.chart(
        sheet,
        "column",
        label("by_day", language),
        (area.first_row, area.last_row, 0),
        [(participants, 1, CHART_COLOURS["bars"])],
        dates="day",
    )
    book.charts_below(sheet, area.bottom + 2, [chart])


def _names_sheet(book: ReportBook, report: ActivityReport) -> None:
    language = book.language
    sheet = book.sheet("names")
    headers = labels.SIGNIN_HEADERS["fr" if labels.is_french(language) else "en"]
    columns = [
        Column(headers[0], "number"),
        Column(headers[1], width=24),
        Column(headers[2], width=24),
        Column(headers[3]),
        Column(headers[4], width=30),
        Column(headers[5], width=24),
        Column(label("category", language), width=30),
        Column(label("role", language)),
        Column(label("days_present", language), "number"),
        Column(label("days_signed", language), "number"),
    ]
    rows: list[list[Cell]] = [
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
    ]
    book.table(sheet, columns, rows, frozen_columns=3)
