"""A report workbook: Excel tables with filters and native charts, in the report's language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from desktop_app.reports import labels
from desktop_app.reports.labels import label
from desktop_app.reports.signin_sheet import close_workbook

Cell = str | int | float


class ReportBook:
    """A workbook with the few formats every sheet uses."""

    def __init__(self, path: Path, language: str) -> None:
        self.path = path
        self.language = language
        self.workbook: Workbook = xlsxwriter.Workbook(str(path))
        self.bold = self.workbook.add_format({"bold": True})
        self.title = self.workbook.add_format({"bold": True, "font_size": 14})
        self.percent = self.workbook.add_format({"num_format": "0%"})
        self.date = self.workbook.add_format(
            {"num_format": "dd/mm/yyyy" if labels.is_french(language) else "d mmm yyyy"}
        )

    def sheet(self, key: str) -> Worksheet:
        name = "".join(c for c in label(key, self.language) if c not in "[]:*?/\\")
        return self.workbook.add_worksheet(name.strip()[:31])

    def table(
        self,
        sheet: Worksheet,
        first_row: int,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[int] = (),
        total_row: bool = False,
    ) -> int:
        """An Excel table (filter buttons, banded rows); returns its last row."""
        last_row = first_row + max(len(rows), 1)
        columns: list[dict[str, Any]] = [{"header": h} for h in headers]
        if total_row:
            last_row += 1
            columns[0]["total_string"] = label("total", self.language)
            for column in columns[1:]:
                column["total_function"] = "sum"
        data = [list(r) for r in rows] or [[""] * len(headers)]
        sheet.add_table(
            first_row,
            0,
            last_row,
            len(headers) - 1,
            {
                "columns": columns,
                "data": data,
                "total_row": total_row,
                "style": "Table Style Light 9",
            },
        )
        for index, width in enumerate(widths):
            sheet.set_column(index, index, width)
        return last_row

    def key_values(
        self, sheet: Worksheet, first_row: int, pairs: Sequence[tuple[str, Cell]]
    ) -> int:
        for offset, (name, value) in enumerate(pairs):
            sheet.write(first_row + offset, 0, name, self.bold)
            sheet.write(first_row + offset, 1, value)
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 1, 60)
        return first_row + len(pairs)

    def chart(
        self,
        sheet: Worksheet,
        kind: str,
        title: str,
        sheet_name: str,
        categories: tuple[int, int, int],
        series: Sequence[tuple[str, int]],
        anchor: str,
        stacked: bool = False,
    ) -> None:
        """A native chart of `series` (name, column) over rows `categories` = (first, last, col)."""
        options: dict[str, Any] = {"type": kind}
        if stacked:
            options["subtype"] = "stacked"
        chart = self.workbook.add_chart(options)
        if chart is None:  # pragma: no cover - only for an unknown chart type
            return
        first, last, column = categories
        for name, value_column in series:
            chart.add_series(
                {
                    "name": name,
                    "categories": [sheet_name, first, column, last, column],
                    "values": [sheet_name, first, value_column, last, value_column],
                }
            )
        chart.set_title({"name": title})
        chart.set_size({"width": 640, "height": 320})
        sheet.insert_chart(anchor, chart)

    def close(self) -> None:
        close_workbook(self.workbook, self.path)
