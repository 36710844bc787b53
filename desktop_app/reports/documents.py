"""Activity and period reports as printable documents (A4 portrait), in French or English."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from desktop_app.activities.breakdowns import Breakdown
from desktop_app.reports import labels
from desktop_app.reports.charts import (
    activity_charts,
    category_chart,
    months_chart,
    sex_and_youth_charts,
    share,
    youth_header,
)
from desktop_app.reports.data import ActivityReport, PeriodReport, month_start
from desktop_app.reports.document import (
    Block,
    ChartRow,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Table,
)
from desktop_app.reports.labels import label

BREAKDOWN_KEYS = (
    "participants",
    "women",
    "men",
    "sex_unknown",
    "youth",
    "age_unknown",
    "age_from_year_only",
    "person_days",
)


def _n(value: int) -> str:
    return str(value)


def _totalled(table: Table, language: str) -> Table:
    """`table` with a bold total row: the sum of each numeric column (the first says
    "Total"), so that the page shows what the workbook's total row shows."""
    if not table.rows:
        return table
    total = tuple(
        label("total", language)
        if index == 0
        else _n(sum(int(row[index]) for row in table.rows))
        if index in table.numeric
        else ""
        for index in range(len(table.headers))
    )
    return replace(table, rows=(*table.rows, total), bold_last_row=True)


def _category_table(rows: tuple[tuple[str | None, int], ...], language: str) -> Table:
    table = Table(
        (label("category", language), label("participants", language)),
        tuple((labels.category_label(code, language), _n(n)) for code, n in rows),
        (3.0, 1.0),
        frozenset({1}),
    )
    return _totalled(table, language)


def _breakdown_table(
    rows: tuple[Breakdown, ...], first: str, name: dict[str, str], threshold: int, language: str
) -> Table:
    headers = (
        first,
        label("activities", language),
        *(label(k, language) for k in BREAKDOWN_KEYS[:4]),
        youth_header(threshold, language),
        *(label(k, language) for k in BREAKDOWN_KEYS[5:]),
    )
    body = tuple(
        (
            name.get(row.key, row.key),
            _n(row.activities),
            _n(row.participants),
            _n(row.women),
            _n(row.men),
            _n(row.sex_not_stated),
            _n(row.youth),
            _n(row.age_unknown),
            _n(row.age_from_year_only),
            _n(row.person_days),
        )
        for row in rows
    )
    widths = (1.6, 1.3, 1.5, 1.2, 1.2, 1.2, 1.3, 1.2, 1.3, 1.7)
    return _totalled(Table(headers, body, widths, frozenset(range(1, 10))), language)


def _youth_shown(youth: int, not_youth: int, participants: int, language: str) -> str:
    """The youth figure with its share; no share when no participant's age is known (the age
    unknown figure beside it says why)."""
    if not youth + not_youth:
        return f"{youth} (–)"
    return f"{youth} ({share(youth, participants, language)})"


def _counts_pairs(report: ActivityReport, language: str) -> tuple[tuple[str, str], ...]:
    c = report.counts
    return (
        (label("participants", language), _n(c.participants)),
        (label("women", language), f"{c.women} ({share(c.women, c.participants, language)})"),
        (label("men", language), _n(c.men)),
        (label("sex_unknown", language), _n(c.sex_not_stated)),
        (
            youth_header(c.youth_threshold, language),
            _youth_shown(c.youth, c.not_youth, c.participants, language),
        ),
        (label("age_unknown", language), _n(c.age_unknown)),
        (label("age_from_year_only", language), _n(c.age_from_year_only)),
        (label("person_days", language), _n(c.person_days)),
        (label("completion", language), _n(c.completion)),
        (label("unnamed", language), _n(c.unnamed)),
        (label("team_size", language), _n(c.team)),
    )


def _narrative_fields(report: ActivityReport, language: str) -> list[Block]:
    """Objectives, topics, outcomes and follow-up, those that were written."""
    d = report.details
    blocks: list[Block] = []
    for key, text in (
        ("objectives", d.objectives),
        ("topics", d.topics),
        ("outcomes", d.outcomes),
        ("follow_up", d.follow_up),
    ):
        if text and text.strip():
            blocks += [Heading(label(key, language), 2), Paragraph(text.strip())]
    return blocks


def activity_blocks(report: ActivityReport, language: str) -> list[Block]:
    d = report.details
    place = ", ".join(p for p in (d.venue, d.city, d.country) if p)
    blocks: list[Block] = [
        Heading(d.title),
        Paragraph(report.narrative(language), italic=True),
        KeyValues(
            (
                (label("kind", language), labels.kind_label(d.kind, language)),
                (label("dates", language), labels.format_range(d.start_date, d.end_date, language)),
                (label("place", language), place),
                (label("office", language), d.office or ""),
                (label("project", language), d.project_code or ""),
                (label("partners", language), ", ".join(report.partners)),
            )
        ),
        *_narrative_fields(report, language),
        Heading(label("summary", language), 2),
        KeyValues(_counts_pairs(report, language)),
        *activity_charts(report, language),
        Heading(label("by_day", language), 2),
        _totalled(
            Table(
                (
                    label("day", language),
                    label("participants", language),
                    label("unnamed", language),
                ),
                tuple(
                    (
                        labels.format_date(day.day, language),
                        _n(day.named + day.unnamed),
                        _n(day.unnamed),
                    )
                    for day in report.by_day
                ),
                (2.0, 1.0, 1.0),
                frozenset({1, 2}),
            ),
            language,
        ),
    ]
    if report.by_category:
        blocks += [
            Heading(label("by_category", language), 2),
            _category_table(report.by_category, language),
        ]
    if report.by_region:
        blocks += [
            Heading(label("by_region", language), 2),
            _totalled(
                Table(
                    (label("region", language), label("participants", language)),
                    tuple((r or label("not_stated", language), _n(n)) for r, n in report.by_region),
                    (3.0, 1.0),
                    frozenset({1}),
                ),
                language,
            ),
        ]
    if report.team:
        blocks += [
            Heading(label("team", language), 2),
            Table(
                (label("name", language), label("organisation", language), label("role", language)),
                tuple(
                    (
                        f"{m.family_name} {m.given_names}".strip(),
                        m.organisation,
                        ", ".join(labels.role_label(r, language) for r in m.roles),
                    )
                    for m in report.team
                ),
                (2.0, 2.0, 1.5),
            ),
        ]
    if report.head_counts:
        blocks += [
            Heading(label("head_counts", language), 2),
            Table(
                (
                    label("day", language),
                    label("total", language),
                    label("women", language),
                    label("youth", language),
                    label("age_unknown", language),
                    label("note", language),
                ),
                tuple(
                    (
                        labels.format_date(h.day, language) if h.day else label("all", language),
                        _n(h.total),
                        "" if h.women is None else _n(h.women),
                        "" if h.youth is None else _n(h.youth),
                        _n(h.total) if h.youth is None else "0",
                        h.note or "",
                    )
                    for h in report.head_counts
                ),
                (1.5, 1.0, 1.0, 1.0, 1.0, 3.0),
                frozenset({1, 2, 3, 4}),
            ),
        ]
    annex: Block = _names_table(report, language)
    if not report.names:
        annex = Paragraph(label("no_names", language))
    blocks += [PageBreak(), Heading(label("annex_names", language), 2), annex]
    return blocks


def _names_table(report: ActivityReport, language: str) -> Table:
    headers = labels.SIGNIN_HEADERS["fr" if labels.is_french(language) else "en"]
    days = len(report.details.days)
    return Table(
        (
            headers[0],
            label("name", language),
            headers[3],
            label("organisation", language),
            label("role", language),
            f"{label('days_present', language)} (/{days})",
            f"{label('days_signed', language)} (/{days})",
        ),
        tuple(
            (
                str(number),
                f"{n.family_name} {n.given_names}".strip(),
                labels.sex_label(n.sex),
                n.organisation,
                labels.role_label(n.role, language),
                str(n.days_present),
                str(n.days_signed),
            )
            for number, n in enumerate(report.names, start=1)
        ),
        (0.6, 3.0, 0.7, 2.6, 1.4, 1.2, 1.2),
        frozenset({0, 5, 6}),
        font_size=8.5,
    )


def _document(
    title: str,
    blocks: list[Block],
    language: str,
    organisation: str,
    logo: Path | None,
    printed: dt.date,
) -> Document:
    return Document(
        title=title,
        blocks=tuple(blocks),
        organisation=organisation,
        logo=logo,
        running_title=title,
        page_label=label("page", language),
        footer_note=label("generated", language, date=labels.format_date(printed, language)),
    )


def activity_document(
    report: ActivityReport,
    language: str,
    organisation: str = "",
    logo: Path | None = None,
    printed: dt.date | None = None,
) -> Document:
    title = f"{label('activity_report', language)} — {report.details.title}"
    blocks = activity_blocks(report, language)
    return _document(title, blocks, language, organisation, logo, printed or dt.date.today())


def period_title(report: PeriodReport, language: str) -> str:
    f = report.filter
    title = label("period_report", language)
    if f.start and f.end:
        title += " — " + labels.format_range(f.start, f.end, language)
    return title


def _filter_pairs(report: PeriodReport, language: str) -> tuple[tuple[str, str], ...]:
    f = report.filter
    every = label("all", language)
    start = labels.format_date(f.start, language) if f.start else "…"
    end = labels.format_date(f.end, language) if f.end else "…"
    return (
        (label("dates", language), f"{start} – {end}"),
        (label("country", language), f.country or every),
        (label("office", language), f.office or every),
        (label("kind", language), labels.kind_label(f.kind, language) if f.kind else every),
        (label("project", language), f.project_code or every),
    )


def period_blocks(report: PeriodReport, language: str) -> list[Block]:
    t = report.totals
    threshold = report.filter.youth_threshold
    blocks: list[Block] = [
        Heading(period_title(report, language)),
        KeyValues(_filter_pairs(report, language)),
        Heading(label("summary", language), 2),
        KeyValues(
            (
                (label("activities", language), _n(t.activities)),
                (label("unique_persons", language), _n(t.unique_persons)),
                (label("participations", language), _n(t.participations)),
                (
                    label("women", language),
                    f"{t.women} ({share(t.women, t.participants, language)})",
                ),
                (label("men", language), _n(t.men)),
                (label("sex_unknown", language), _n(t.sex_not_stated)),
                (
                    youth_header(threshold, language),
                    _youth_shown(t.youth, t.not_youth, t.participants, language),
                ),
                (label("age_unknown", language), _n(t.age_unknown)),
                (label("age_from_year_only", language), _n(t.age_from_year_only)),
                (label("person_days", language), _n(t.person_days)),
                (label("team_size", language), _n(t.team)),
            )
        ),
    ]
    if not report.activities:
        return [*blocks, Paragraph(label("no_activities", language))]
    kinds = {b.key: labels.kind_label(b.key, language) for b in report.by_kind}
    month = label("month", language)
    months = {b.key: labels.format_month(month_start(b.key), language) for b in report.by_month}
    figures = (t.women, t.men, t.sex_not_stated, t.youth, t.not_youth, t.age_unknown)
    if t.participants:
        blocks += [
            sex_and_youth_charts(figures, threshold, language),
            ChartRow((months_chart(report, months, language),), 52.0),
        ]
    if report.by_category:
        blocks.append(category_chart(report.by_category, language))
    blocks += [
        Heading(label("by_month", language), 2),
        _breakdown_table(report.by_month, month, months, threshold, language),
        Heading(label("by_country", language), 2),
        _breakdown_table(report.by_country, label("country", language), {}, threshold, language),
        Heading(label("by_kind", language), 2),
        _breakdown_table(report.by_kind, label("kind", language), kinds, threshold, language),
        Heading(label("by_category", language), 2),
        _category_table(report.by_category, language),
        Heading(label("activities", language), 2),
        activities_table(report, language),
    ]
    return blocks


def activities_table(report: PeriodReport, language: str) -> Table:
    t = report.totals
    rows = [
        (
            labels.format_date(a.start_date, language),
            a.title,
            labels.kind_label(a.kind, language),
            f"{a.city} ({a.country})",
            _n(a.participants),
            _n(a.women),
            _n(a.youth),
            _n(a.age_unknown),
            _n(a.age_from_year_only),
            _n(a.person_days),
        )
        for a in report.activities
    ]
    rows.append(
        (
            label("total", language),
            "",
            "",
            "",
            _n(t.participants),
            _n(t.women),
            _n(t.youth),
            _n(t.age_unknown),
            _n(t.age_from_year_only),
            _n(t.person_days),
        )
    )
    return Table(
        (
            label("date", language),
            label("title", language),
            label("kind", language),
            label("place", language),
            label("participants", language),
            label("women", language),
            label("youth", language),
            label("age_unknown", language),
            label("age_from_year_only", language),
            label("person_days", language),
        ),
        tuple(rows),
        (1.9, 4.6, 1.6, 2.0, 1.7, 1.25, 1.05, 1.35, 1.45, 1.6),
        frozenset({4, 5, 6, 7, 8, 9}),
        bold_last_row=True,
        font_size=8.0,
    )


def period_document(
    report: PeriodReport,
    language: str,
    organisation: str = "",
    logo: Path | None = None,
    printed: dt.date | None = None,
) -> Document:
    title = period_title(report, language)
    blocks = period_blocks(report, language)
    return _document(title, blocks, language, organisation, logo, printed or dt.date.today())
