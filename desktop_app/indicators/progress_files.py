"""The progress table as files: a workbook with native charts of actual against target, print
ready (reports/xlsx_book.py), and a PDF (reports/pdf_render.py), in the reader's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.indicators import tables
from desktop_app.indicators.progress import (
    Progress,
    ProgressSeries,
    chart_series,
    documents_office,
)
from desktop_app.indicators.words import (
    dates_word,
    period_word,
    word,
)
from desktop_app.reports.document import (
    CHART_COLOURS,
    Chart,
    ChartRow,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Series,
    Table,
)
from desktop_app.reports.labels import format_date
from desktop_app.reports.xlsx_book import A4, Column, ReportBook

TARGET_COLOUR = "#a5a5a5"


def _title(progress: Progress, language: str) -> str:
    return f"{word('progress', language)} — {progress.project.code}"


def _project_pairs(progress: Progress, language: str) -> list[tuple[str, str]]:
    project = progress.project
    return [
        (word("project", language), f"{project.code} — {project.name}"),
        (word("donor", language), project.donor or "-"),
        (word("dates", language), dates_word(project.start_date, project.end_date, language)),
        (word("offices", language), ", ".join(project.offices) or "-"),
    ]


def _chart_series(progress: Progress, code: str) -> ProgressSeries:
    """The numbers of an indicator's chart: those the window's chart shows for the same
    office (indicators/progress.chart_series)."""
    return chart_series(progress, code, documents_office(progress))


def write_progress_xlsx(
    progress: Progress, path: Path, language: str, threshold: int | None = None
) -> None:
    book = ReportBook(path, language)
    sheet = book.workbook.add_worksheet(word("table", language)[:31])
    _print_setup(sheet, language)
    row = 0
    book.cells.text(sheet, row, 0, _title(progress, language), book.title)
    row = book.key_values(sheet, row + 2, _project_pairs(progress, language)) + 1
    for line in tables.narratives(progress, language):
        book.paragraph(sheet, row, line)
        row += 1
    if threshold:
        book.paragraph(
            sheet, row, word("small_numbers", language, n=threshold - 1, threshold=threshold)
        )
        row += 1
    columns = [
        Column(word("indicator", language)),
        Column(word("period", language)),
        Column(word("office", language)),
        Column(word("target", language), "number"),
        Column(word("actual", language), "number"),
        Column(word("percent", language), "number"),
        Column(word("light", language)),
        Column(word("breakdown", language)),
    ]
    values = [
        [
            r.indicator,
            r.period,
            r.office,
            r.target,
            round(r.actual, 1) if r.actual is not None else None,
            round(r.percent, 1) if r.percent is not None else None,
            r.light,
            r.breakdown,
        ]
        for r in tables.rows(progress, language, threshold)
    ]
    book.table(sheet, columns, values, first_row=row + 1)
    _charts_sheet(book, progress, language)
    book.close()


def _print_setup(sheet: object, language: str) -> None:
    sheet.set_landscape()  # type: ignore[attr-defined]
    sheet.set_paper(A4)  # type: ignore[attr-defined]
    sheet.fit_to_pages(1, 0)  # type: ignore[attr-defined]
    page = word("page", language, page="&P", pages="&N")
    sheet.set_footer(f"&L&A&R{page}")  # type: ignore[attr-defined]


def _charts_sheet(book: ReportBook, progress: Progress, language: str) -> None:
    """Per indicator, a small table of actual and target by period, and its native chart."""
    sheet = book.workbook.add_worksheet(word("charts", language)[:31])
    _print_setup(sheet, language)
    row = 0
    for number, indicator in enumerate(progress.indicators):
        points = _chart_series(progress, indicator.code).points
        title = f"{indicator.code} {indicator.name}"
        book.cells.text(sheet, row, 0, title, book.bold)
        headers = (word("period", language), word("actual", language), word("target", language))
        for column, header in enumerate(headers):
            book.cells.text(sheet, row + 1, column, header, book.header)
        for offset, point in enumerate(points):
            actual = round(point.actual, 1) if point.actual is not None else None
            book.cells.write(sheet, row + 2 + offset, 0, period_word(point.period, language))
            book.cells.write(sheet, row + 2 + offset, 1, actual)
            book.cells.write(sheet, row + 2 + offset, 2, point.target)  # none: a gap, not 0
        last = row + 1 + len(points)
        chart = book.chart(
            sheet,
            "column",
            title,
            (row + 2, last, 0),
            [
                (word("actual", language), 1, CHART_COLOURS["bars"]),
                (word("target", language), 2, TARGET_COLOUR),
            ],
        )
        if chart is not None:
            chart.set_size({"width": 520, "height": 260})
            sheet.insert_chart(row, 4, chart)
        row = max(last, row + 13) + 2
        if number % 3 == 2:
            sheet.set_h_pagebreaks([row])
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 2, 10)


def progress_document(
    progress: Progress,
    language: str,
    threshold: int | None = None,
    organisation: str = "",
    logo: Path | None = None,
    printed: dt.date | None = None,
) -> Document:
    title = _title(progress, language)
    blocks: list[object] = [
        Heading(title),
        KeyValues(tuple(_project_pairs(progress, language))),
        Heading(word("narratives", language), 2),
        *(Paragraph(line) for line in tables.narratives(progress, language)),
        Heading(word("table", language), 2),
    ]
    rows = tables.rows(progress, language, threshold)
    blocks.append(
        Table(
            headers=tables.headers(language),
            rows=tuple(r.texts(language) for r in rows),
            widths=(3.2, 1.1, 1.3, 1.0, 1.0, 1.1, 1.3, 4.5),
            numeric=frozenset({3, 4, 5}),
            font_size=7.5,
        )
    )
    if threshold:
        blocks.append(
            Paragraph(
                word("small_numbers", language, n=threshold - 1, threshold=threshold), italic=True
            )
        )
    charts = []
    for indicator in progress.indicators:
        if indicator.measure.startswith("share"):
            continue  # a share is not a column to stack against a count
        points = _chart_series(progress, indicator.code).points
        charts.append(
            Chart(
                "columns",
                f"{indicator.code} {indicator.name}",
                (
                    Series(
                        word("actual", language),
                        CHART_COLOURS["bars"],
                        tuple(round(p.actual or 0) for p in points),
                    ),
                    Series(
                        word("target", language),
                        TARGET_COLOUR,
                        tuple(round(p.target or 0) for p in points),  # no target: no column
                    ),
                ),
                tuple(period_word(p.period, language) for p in points),
                language=language,
                grouped=True,
            )
        )
    if charts:
        blocks.append(Heading(word("charts", language), 2))
        for start in range(0, len(charts), 2):
            blocks.append(ChartRow(tuple(charts[start : start + 2])))
    printed = printed or dt.date.today()
    return Document(
        title=title,
        blocks=tuple(blocks),  # type: ignore[arg-type]
        organisation=organisation,
        logo=logo,
        running_title=title,
        page_label=word("page", language),
        footer_note=word("generated", language, date=format_date(printed, language)),
        landscape=True,
    )


def write_progress_pdf(
    progress: Progress,
    path: Path,
    language: str,
    threshold: int | None = None,
    organisation: str = "",
    logo: Path | None = None,
) -> int:
    from desktop_app.reports.pdf_render import render_pdf  # Qt, loaded only to print

    return render_pdf(progress_document(progress, language, threshold, organisation, logo), path)
