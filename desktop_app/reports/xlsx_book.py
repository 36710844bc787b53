"""A report workbook as a donor expects it, in the report's language.

Every table is an Excel table (filter buttons, banded rows) whose header row is frozen and
repeated on every printed page, with columns wide enough for their headers (long headers wrap on
up to three lines) and rows high enough for their wrapped texts; days and months are date cells;
a total row sums the numeric columns only, with SUBTOTAL formulas over plain cell ranges
(LibreOffice and Excel read them alike, and a filter narrows them) that carry their computed
value, so that a reader that never recalculates shows the same totals. Every sheet prints
landscape on A4, one page wide; each chart sits below its table on a page of its own. Cells are
written by the workbook rule of `services.workbook_cells` (text is text).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.reports import labels
from desktop_app.reports.labels import label
from desktop_app.workbooks.cells import Cell, CellWriter, new_workbook

A4 = 9
ROW_POINTS = 15.0  # the height of one line of Calibri 11
FILTER_BUTTON = 2.0  # characters the filter button covers at the right of a header
BOLD_WIDTH = 1.08  # bold capitals and accents are wider than the "0" a width counts in
TEXT_WIDTH = 0.92  # plain lower-case text is narrower
MAX_HEADER_LINES = 3
MAX_TEXT_WIDTH = 44.0
CHART_SIZE = (720, 360)  # pixels: fits a landscape A4 page at print scale


def close_workbook(workbook: xlsxwriter.Workbook, path: Path) -> None:
    """Write the workbook out; a folder that does not exist or a file open in Excel is told."""
    try:
        workbook.close()
    except (OSError, xlsxwriter.exceptions.FileCreateError) as error:
        raise RegistreError(
            UserMessage(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Cannot write {path}: {reason}"),
                {"path": str(path), "reason": str(error)},
            )
        ) from error


@dataclass(frozen=True)
class Column:
    """A table column: "text" (wrapped when long), "number", "date" or "month" (date cells)."""

    header: str
    kind: str = "text"
    width: float = 0.0  # the widest a text column grows to (0: MAX_TEXT_WIDTH)
    total: bool = False  # summed in the total row (numeric columns only)


@dataclass(frozen=True)
class TableArea:
    """Where a table landed: header row, first and last data rows, total row (or -1)."""

    header_row: int
    first_row: int
    last_row: int
    total_row: int

    @property
    def bottom(self) -> int:
        return max(self.last_row, self.total_row)


def _wrapped(text: str, width: float, factor: float = BOLD_WIDTH) -> list[float]:
    """The widths of the lines `text` takes in `width` characters (each character `factor`
    wide): lines break at spaces and after hyphens ("Personnes-|jours"), as spreadsheets
    wrap them."""
    lines: list[float] = []
    glue = 0.0
    for piece in re.findall(r"[^\s-]+-?|-", text):
        size = len(piece) * factor
        if lines and lines[-1] + glue + size <= width:
            lines[-1] += glue + size
        else:
            lines.append(size)
        glue = 0.0 if piece.endswith("-") else factor
    return lines or [0.0]


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text cell takes in a column `width` characters wide."""
    return sum(len(_wrapped(part, width - 1, TEXT_WIDTH)) for part in text.split("\n"))


def header_lines(header: str, width: float) -> int:
    """Lines the header takes in a column `width` characters wide."""
    return len(_wrapped(header, width - FILTER_BUTTON))


def header_width(header: str) -> int:
    """The narrowest width that shows the header on at most MAX_HEADER_LINES lines, the
    filter button beside its last line."""
    width = 4
    while True:
        lines = _wrapped(header, width)
        fits = len(lines) <= MAX_HEADER_LINES and max(lines) <= width
        if fits and lines[-1] + FILTER_BUTTON <= width:
            return width + 1
        width += 1


def _number(value: Cell) -> int | float:
    if isinstance(value, int | float):
        return value
    raise TypeError(f"a total over a cell that is not a number: {value!r}")


def _value_width(column: Column, values: Sequence[Cell], language: str) -> float:
    if column.kind == "date":
        return 12.0
    if column.kind == "month":  # the longest: "September 2022", "septembre 2022"
        return 16.0
    if column.kind == "number":
        return max((len(str(v)) for v in values), default=1) + 2.0
    longest = max((len(str(v)) for v in values if v is not None), default=0) + 2.0
    return min(longest, column.width or MAX_TEXT_WIDTH)


class ReportBook:
    """A report workbook: its formats, tables, key figures and charts."""

    def __init__(self, path: Path, language: str) -> None:
        self.path = path
        self.language = language
        self.workbook = new_workbook(path)
        self.cells = CellWriter(self.workbook)
        french = labels.is_french(language)
        # The locale in the format keeps month names in the report's language in any reader.
        locale = "[$-40C]" if french else "[$-809]"
        self.bold = self.cells.format({"bold": True, "valign": "top"})
        self.title = self.cells.format({"bold": True, "font_size": 14})
        self.wrap = self.cells.format({"text_wrap": True, "valign": "top"})
        self.percent = self.cells.format({"num_format": "0%", "align": "left"})
        self.number = self.cells.format({"align": "left"})
        self.date = self.cells.format(
            {"num_format": "dd/mm/yyyy" if french else locale + "d mmm yyyy", "align": "left"}
        )
        self.month = self.cells.format({"num_format": locale + "mmmm yyyy", "align": "left"})
        # Colours set on the cells, not left to the table style: LibreOffice ignores those.
        self.header = self.cells.format(
            {
                "bold": True,
                "text_wrap": True,
                "valign": "top",
                "font_color": "#000000",
                "bg_color": "#DDE6F0",
                "bottom": 1,
            }
        )
        self.total_label = self.cells.format({"bold": True, "top": 1})
        self.total_number = self.cells.format({"bold": True, "top": 1})
        self._table_date = self.cells.format(
            {"num_format": self.date.num_format, "align": "left", "valign": "top"}
        )
        self._table_month = self.cells.format(
            {"num_format": self.month.num_format, "align": "left", "valign": "top"}
        )
        self._table_text = self.cells.format({"text_wrap": True, "valign": "top"})
        self._table_number = self.cells.format({"valign": "top"})

    def sheet(self, key: str) -> Worksheet:
        """A sheet named by the label `key`, set up to print landscape, one page wide."""
        name = "".join(c for c in label(key, self.language) if c not in "[]:*?/\\")
        sheet = self.workbook.add_worksheet(name.strip()[:31])
        sheet.set_landscape()
        sheet.set_paper(A4)
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        page = label("page", self.language, page="&P", pages="&N")
        sheet.set_footer(f"&L&A&R{page}")
        return sheet

    def table(
        self,
        sheet: Worksheet,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        first_row: int = 0,
        total_row: bool = False,
        frozen_columns: int = 0,
        main: bool = True,
    ) -> TableArea:
        """An Excel table of `rows`; with `total_row`, the total of each `total` column. The
        `main` table of a sheet has its header row frozen and printed on every page."""
        header_row = first_row
        first_data = header_row + 1
        last_data = header_row + max(len(rows), 1)
        total_at = last_data + 1 if total_row and rows else -1
        options: list[dict[str, Any]] = []
        totals: dict[int, tuple[str, int | float]] = {}
        for index, column in enumerate(columns):
            option: dict[str, Any] = {"header": column.header, "header_format": self.header}
            if total_at >= 0 and index == 0:
                option["total_string"] = label("total", self.language)
            elif total_at >= 0 and column.total:
                top = xl_rowcol_to_cell(first_data, index)
                bottom = xl_rowcol_to_cell(last_data, index)
                total = sum(_number(r[index]) for r in rows)
                totals[index] = (f"SUBTOTAL(109,{top}:{bottom})", total)
                option["total_function"] = totals[index][0]
                option["total_value"] = total
            options.append(option)
        sheet.add_table(
            header_row,
            0,
            total_at if total_at >= 0 else last_data,
            len(columns) - 1,
            {
                "columns": options,
                "total_row": total_at >= 0,
                "style": "Table Style Light 1",
            },
        )
        if total_at >= 0:  # the same cells again, in bold
            self.cells.text(sheet, total_at, 0, label("total", self.language), self.total_label)
            for index, (formula, total) in totals.items():
                sheet.write_formula(total_at, index, formula, self.total_number, total)
        formats = {
            "date": self._table_date,
            "month": self._table_month,
            "text": self._table_text,
            "number": self._table_number,
        }
        for offset, values in enumerate(rows):
            for index, (column, value) in enumerate(zip(columns, values, strict=True)):
                self.cells.write(sheet, first_data + offset, index, value, formats.get(column.kind))
        if main:  # a table beside others keeps the widths the sheet has
            widths = [
                max(
                    header_width(column.header),
                    _value_width(column, [r[i] for r in rows], self.language),
                )
                for i, column in enumerate(columns)
            ]
            for index, width in enumerate(widths):
                sheet.set_column(index, index, width)
            lines = max(header_lines(c.header, w) for c, w in zip(columns, widths, strict=True))
            sheet.set_row(header_row, ROW_POINTS * lines + 3)
            # Row heights for wrapped texts: not every reader works them out on opening.
            wrapped = [i for i, column in enumerate(columns) if column.kind == "text"]
            for offset, values in enumerate(rows):
                lines = max(
                    (text_lines(str(values[i] or ""), widths[i]) for i in wrapped), default=1
                )
                if lines > 1:
                    sheet.set_row(first_data + offset, ROW_POINTS * lines)
            sheet.freeze_panes(first_data, frozen_columns)
            sheet.repeat_rows(header_row)
        return TableArea(header_row, first_data, last_data, total_at)

    def key_values(
        self, sheet: Worksheet, first_row: int, pairs: Sequence[tuple[str, Cell]]
    ) -> int:
        """Label and value rows (the value's type chooses its cell); returns the next row."""
        for offset, (name, value) in enumerate(pairs):
            row = first_row + offset
            self.cells.text(sheet, row, 0, name, self.bold)
            if isinstance(value, dt.date):
                self.cells.write(sheet, row, 1, value, self.date)
            elif isinstance(value, int | float):
                self.cells.write(sheet, row, 1, value, self.number)
            else:
                self.cells.write(sheet, row, 1, value, self.wrap)
        sheet.set_column(0, 0, 38)
        sheet.set_column(1, 1, 60)
        return first_row + len(pairs)

    def paragraph(self, sheet: Worksheet, row: int, text: str) -> None:
        """A text across the two columns of a summary, wrapped, its row as high as needed."""
        sheet.merge_range(row, 0, row, 1, "", self.wrap)
        self.cells.text(sheet, row, 0, text, self.wrap)
        sheet.set_row(row, ROW_POINTS * max(1, math.ceil(len(text) / 95)) + 3)

    def chart(
        self,
        sheet: Worksheet,
        kind: str,
        title: str,
        categories: tuple[int, int, int],
        series: Sequence[tuple[str, int, str]],
        *,
        stacked: bool = False,
        points: Sequence[str] = (),
        dates: str = "",
    ) -> Any:
        """A native chart of `series` (name, column, colour) over rows `categories` = (first,
        last, column); `points` colours the slices of a pie; `dates` ("month" or "day") says
        the categories are date cells."""
        options: dict[str, Any] = {"type": kind}
        if stacked:
            options["subtype"] = "stacked"
        chart = self.workbook.add_chart(options)
        if chart is None:  # pragma: no cover - only for an unknown chart type
            return None
        first, last, column = categories
        name = sheet.get_name()
        for series_name, value_column, colour in series:
            chart.add_series(
                {
                    "name": series_name,
                    "categories": [name, first, column, last, column],
                    "values": [name, first, value_column, last, value_column],
                    "fill": {"color": colour},
                    "points": [{"fill": {"color": c}} for c in points] or None,
                    "data_labels": {"value": True} if kind in ("pie", "bar") else None,
                }
            )
        chart.set_title({"name": title, "name_font": {"size": 12, "bold": True}})
        chart.set_size({"width": CHART_SIZE[0], "height": CHART_SIZE[1]})
        if kind == "column":  # categories as the table shows them, one slot each
            axis: dict[str, Any] = {"text_axis": True}
            if dates:
                axis["num_format"] = (self.month if dates == "month" else self.date).num_format
            chart.set_x_axis(axis)
        if kind == "column":  # counts start at 0 (a reader's automatic scale may not)
            chart.set_y_axis({"min": 0})
        if kind == "bar":  # the value axis of a bar chart is its x axis
            chart.set_x_axis({"min": 0})
            chart.set_y_axis({"reverse": True})  # largest first, as in the table
            chart.set_legend({"none": True})
        return chart

    def charts_below(
        self, sheet: Worksheet, row: int, charts: Sequence[Any], height: int = CHART_SIZE[1]
    ) -> None:
        """Place `charts` side by side from `row`, on a printed page of their own."""
        charts = [c for c in charts if c is not None]
        if not charts:
            return
        sheet.set_h_pagebreaks([row])
        width = CHART_SIZE[0] // len(charts)
        for number, chart in enumerate(charts):
            chart.set_size({"width": width, "height": height})
            sheet.insert_chart(row + 1, 0, chart, {"x_offset": number * width})

    def close(self) -> None:
        close_workbook(self.workbook, self.path)
