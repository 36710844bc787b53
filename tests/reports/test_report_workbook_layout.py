"""How the report workbooks are laid out for reading and printing: every table with frozen and
repeated headers, filters and headers that fit; dates as dates; landscape, one page wide, each
chart on a page of its own."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.activities.counting import PeriodFilter
from desktop_app.reports.data import activity_report, period_report
from desktop_app.reports.xlsx import write_activity_xlsx, write_period_xlsx
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training, add_activity, add_head_count

YEAR_2022 = PeriodFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
LINE_POINTS = 15.0
SUMMARY = {"Synthèse", "Summary"}


@pytest.fixture(params=["period-fr", "period-en", "activity-fr", "activity-en"])
def workbook(
    request: pytest.FixtureRequest, db: Database, training: Training, tmp_path: Path
) -> Path:
    kind, language = str(request.param).split("-")
    path = tmp_path / f"{request.param}.xlsx"
    if kind == "period":
        write_period_xlsx(period_report(db, YEAR_2022), path, language)
    else:
        write_activity_xlsx(activity_report(db, training.activity_id), path, language)
    return path


def test_every_sheet_prints_landscape_one_page_wide(workbook: Path) -> None:
    for sheet in load_workbook(workbook).worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0), sheet.title
        assert "&P" in sheet.oddFooter.right.text, sheet.title


def test_every_table_has_frozen_repeated_headers_filters_and_room_for_its_headers(
    workbook: Path,
) -> None:
    tables = 0
    for sheet in load_workbook(workbook).worksheets:
        for table in sheet.tables.values():
            tables += 1
            assert table.autoFilter is not None, sheet.title
            if sheet.title in SUMMARY:
                continue  # small tables under the key figures
            first_row = int(re.sub(r"[A-Z]+", "", table.ref.split(":")[0]))
            assert sheet.freeze_panes and sheet.freeze_panes.endswith(str(first_row + 1))
            assert sheet.print_title_rows == f"${first_row}:${first_row}", sheet.title
            height = sheet.row_dimensions[first_row].height or LINE_POINTS
            lines = int(height // LINE_POINTS)
            for cell in sheet[first_row]:
                if cell.value is None:
                    continue
                width = sheet.column_dimensions[cell.column_letter].width
                header = str(cell.value)
                longest = max(len(w) for w in re.split(r"[\s]+|(?<=-)", header) if w)
                assert longest < width, (sheet.title, header, width)  # no word cut
                assert len(header) <= (width - 2) * lines, (sheet.title, header, width, lines)
    assert tables >= 5


def test_days_and_months_are_dates(db: Database, training: Training, tmp_path: Path) -> None:
    path = tmp_path / "period.xlsx"
    write_period_xlsx(period_report(db, YEAR_2022), path, "fr")
    book = load_workbook(path)
    month = book["Par mois"]["A2"]
    assert month.is_date and month.value == dt.datetime(2022, 12, 1)
    assert "mmmm yyyy" in month.number_format and "[$-40C]" in month.number_format
    start = book["Activités"]["A2"]
    assert start.is_date and start.number_format == "dd/mm/yyyy"
    summary = {row[0].value: row[1] for row in book["Synthèse"].iter_rows() if row[0].value}
    assert summary["Du"].is_date and summary["Du"].value == dt.datetime(2022, 1, 1)
    path = tmp_path / "activity.xlsx"
    write_activity_xlsx(activity_report(db, training.activity_id), path, "en")
    book = load_workbook(path)
    day = book["By day"]["A2"]
    assert day.is_date and day.value == dt.datetime(2022, 12, 5)
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows() if row[0].value}
    assert summary["First day"].value == dt.datetime(2022, 12, 5)
    assert summary["Last day"].value == dt.datetime(2022, 12, 7)


@pytest.mark.parametrize(("language", "sheet"), [("en", "By month"), ("fr", "Par mois")])
def test_the_longest_month_fits_its_column(
    db: Database, training: Training, tmp_path: Path, language: str, sheet: str
) -> None:
    """A date wider than its column is shown as ### by every spreadsheet."""
    path = tmp_path / "period.xlsx"
    write_period_xlsx(period_report(db, YEAR_2022), path, language)
    width = load_workbook(path)[sheet].column_dimensions["A"].width
    assert width > len("September 2022") + 1


def _chart_rows(path: Path) -> dict[str, list[int]]:
    """For each sheet part, the rows (0-based) where its charts start."""
    found: dict[str, list[int]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            match = re.fullmatch(r"xl/worksheets/_rels/(sheet\d+)\.xml\.rels", name)
            if not match:
                continue
            rels = archive.read(name).decode()
            for drawing in re.findall(r'Target="\.\./drawings/(drawing\d+\.xml)"', rels):
                xml = archive.read(f"xl/drawings/{drawing}").decode()
                rows = re.findall(r"<xdr:from>.*?<xdr:row>(\d+)</xdr:row>", xml)
                found[match.group(1)] = [int(r) for r in rows]
    return found


def test_each_chart_starts_a_printed_page_below_its_table(workbook: Path) -> None:
    charts = _chart_rows(workbook)
    assert charts
    book = load_workbook(workbook)
    for number, sheet in enumerate(book.worksheets, start=1):
        rows = charts.get(f"sheet{number}", [])
        breaks = [b.id for b in sheet.row_breaks.brk]
        for row in rows:
            # The page breaks after row `id` (1-based): the chart begins on the next page,
            # below everything the sheet holds.
            assert breaks and breaks[0] <= row, sheet.title
            assert sheet.max_row <= breaks[0] + 1, sheet.title


def test_no_youth_share_where_no_age_is_known(db: Database, tmp_path: Path) -> None:
    """151 people counted without their ages: the workbook says 0 youth beside 151 of unknown
    age, and gives no share (0 % would claim what nobody knows)."""
    symposium = add_activity(db, title="Colloque national", kind="symposium", start=DAYS[0])
    add_head_count(db, symposium, 151, women=51)
    path = tmp_path / "symposium.xlsx"
    write_activity_xlsx(activity_report(db, symposium), path, "fr")
    rows = [(r[0].value, r[1].value) for r in load_workbook(path)["Synthèse"].iter_rows()]
    labels = [name for name, _ in rows]
    youth = labels.index("Jeunes (moins de 30 ans)")
    assert rows[youth : youth + 3] == [
        ("Jeunes (moins de 30 ans)", 0),
        ("Âge inconnu", 151),
        ("Part des jeunes", "–"),
    ]
