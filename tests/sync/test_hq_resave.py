"""Workbooks opened, sorted, re-arranged and re-saved on the way, by people and by LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from sqlalchemy import select

from desktop_app.store.models import Activity, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.format import SHEETS
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, column, rewrite, site_database, totals

CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def soffice(source: Path, target: str, out: Path, profile: Path) -> subprocess.Popen[bytes]:
    executable = shutil.which("soffice") or shutil.which("libreoffice")
    assert executable, "LibreOffice (soffice) is needed: .ci/run installs it"
    return subprocess.Popen(
        [
            executable,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def converted(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An office workbook, and what LibreOffice makes of it: csv files and a re-saved .xlsx
    (both conversions run at once: LibreOffice spends most of its time starting)."""
    folder = tmp_path_factory.mktemp("libreoffice")
    office = site_database(template_db, folder / "office", "NE-NIA")
    add_sample(office)
    with office.session() as session:
        activity = session.scalars(select(Activity)).one()
        activity.notes = "=1+2 reste du texte"
        person = session.scalars(select(Person)).first()
        assert person is not None
        person.position = "-Chef de service"
    book = export_workbook(office, folder / "niamey.xlsx", language="en").path
    office.close()
    jobs = [
        soffice(book, CSV_ALL_SHEETS, folder / "csv", folder / "profile-csv"),
        soffice(book, "xlsx", folder / "resaved", folder / "profile-xlsx"),
    ]
    for job in jobs:
        assert job.wait(timeout=180) == 0
    return {"book": book, "csv": folder / "csv", "resaved": folder / "resaved" / book.name}


def shown(value: Any) -> str:
    """How a spreadsheet shows our cell values with the English formats."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_libreoffice_reads_the_same_values(converted: dict[str, Path]) -> None:
    book = python_calamine.CalamineWorkbook.from_path(str(converted["book"]))
    compared = 0
    for spec in SHEETS:
        ours = [[shown(v) for v in row] for row in book.get_sheet_by_name(spec.en).to_python()]
        csv_path = converted["csv"] / f"{converted['book'].stem}-{spec.en}.csv"
        with csv_path.open(encoding="utf-8", newline="") as handle:
            theirs = list(csv.reader(handle))
        assert theirs == ours, spec.en
        compared += sum(len(row) for row in ours)
    book.close()
    assert compared > 200
    notes = (converted["csv"] / f"{converted['book'].stem}-Activities.csv").read_text("utf-8")
    assert "=1+2 reste du texte" in notes and "+227 90 12 34 00" not in notes
    persons = (converted["csv"] / f"{converted['book'].stem}-Persons.csv").read_text("utf-8")
    assert "+227 90 12 34 00" in persons and "-Chef de service" in persons


def test_a_workbook_resaved_by_libreoffice_merges_to_the_same_records(
    converted: dict[str, Path], template_db: Path, tmp_path: Path
) -> None:
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    first = import_workbooks(hq, [converted["resaved"]])
    assert first.files[0].invalid_rows == ()
    assert totals(first.files[0])["new"] == 12
    again = import_workbooks(hq, [converted["book"]])
    assert totals(again.files[0])["unchanged"] == 12 and again.changes == 0


def test_columns_in_any_order_french_headers_extra_columns_sorted_rows(
    converted: dict[str, Path], template_db: Path, tmp_path: Path
) -> None:
    french = {c.en: c.fr for spec in SHEETS for c in spec.columns}

    def rearrange(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            for row in rows:
                row.reverse()
                row.insert(2, "a note of the reader")
            rows[0][2] = "Commentaire"
        if sheet == "Attendance":
            day = column(rows, "Day")
            rows[1:] = sorted(rows[1:], key=lambda row: row[day], reverse=True)
            rows[0] = [french[header] for header in rows[0]]

    path = rewrite(converted["book"], tmp_path / "rearranged.xlsx", rearrange)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    first = import_workbooks(hq, [path])
    assert first.files[0].invalid_rows == ()
    assert totals(first.files[0])["new"] == 12
    again = import_workbooks(hq, [converted["book"]])
    assert again.changes == 0
