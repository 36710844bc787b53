"""Report PDFs and workbooks: their text and numbers read back, and the command line."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app import exit_codes
from desktop_app.activities.counting import PeriodFilter
from desktop_app.cli.main import main as cli
from desktop_app.reports.data import activity_report, period_report
from desktop_app.reports.documents import activity_document, period_document
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.reports.xlsx import write_activity_xlsx, write_period_xlsx
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training, add_activity, add_person, attend

YEAR_2022 = PeriodFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def page_texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def charts_in(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(1 for name in archive.namelist() if name.startswith("xl/charts/chart"))


def sheet_rows(path: Path, index: int) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).worksheets[index]
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_activity_pdf_has_narrative_logo_and_annex(
    db: Database, training: Training, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    report = activity_report(db, training.activity_id)
    path = tmp_path / "activity.pdf"
    pages = render_pdf(activity_document(report, "fr", "DCAF Niamey", logo), path)
    texts = page_texts(path)
    assert pages == len(texts) >= 2
    assert all(text.startswith("DCAF Niamey") or "DCAF Niamey" in text for text in texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} sur {pages}" in text
    assert "La formation a réuni 8 participants, dont 3 femmes" in texts[0]
    assert "du 05/12/2022 au 07/12/2022" in texts[0]
    annex = " ".join(texts[1:])
    assert "Annexe : liste nominative" in annex or "Annexe\u202f: liste nominative" in annex
    assert "TRAORÉ Awa" in annex and "CHAPPUIS Fairlie" in annex
    assert len(PdfReader(path).pages[0].images) == 1


def test_period_pdf_in_english_lists_activities_and_keeps_totals_apart(
    db: Database, training: Training, tmp_path: Path
) -> None:
    other = add_activity(db, title="CCS meeting", kind="meeting", start=dt.date(2022, 12, 14))
    awa = training.persons["awa"]
    attend(db, other, awa, dt.date(2022, 12, 14))
    attend(db, other, add_person(db, "MAÏGA", "Oumar", sex="M"), dt.date(2022, 12, 14))
    report = period_report(db, YEAR_2022)
    assert (report.totals.unique_persons, report.totals.participations) == (9, 10)
    path = tmp_path / "period.pdf"
    render_pdf(period_document(report, "en", "DCAF"), path)
    text = " ".join(page_texts(path))
    assert "Period report — 1 Jan 2022 to 31 Dec 2022" in text
    assert "Unique persons 9" in text
    assert "Participations (person x activity) 10" in text
    assert "CCS meeting" in text and "Formation des médias" in text


def test_empty_period_says_so(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    render_pdf(period_document(period_report(db, YEAR_2022), "fr"), path)
    assert "Aucune activité sur cette période." in page_texts(path)[0]


def test_period_workbook_reads_back_with_charts(
    db: Database, training: Training, tmp_path: Path
) -> None:
    report = period_report(db, YEAR_2022)
    path = tmp_path / "period.xlsx"
    write_period_xlsx(report, path, "en")
    summary = dict((row[0], row[1]) for row in sheet_rows(path, 0) if row[0])
    assert summary["Unique persons"] == report.totals.unique_persons
    assert summary["Participations (person x activity)"] == report.totals.participations
    assert summary["Women"] == 3
    activities = sheet_rows(path, 1)
    assert activities[0][:2] == ("Date", "Title")
    assert activities[1][1] == "Formation des médias sur le guide de reportage"
    assert activities[1][0] == dt.datetime(2022, 12, 5)
    assert activities[1][7] == 8
    months = sheet_rows(path, 2)
    assert months[1][:3] == (dt.datetime(2022, 12, 1), 1, 8)  # a month is a date cell
    assert charts_in(path) >= 4


def test_activity_workbook_reads_back(db: Database, training: Training, tmp_path: Path) -> None:
    path = tmp_path / "activity.xlsx"
    write_activity_xlsx(activity_report(db, training.activity_id), path, "fr")
    rows = sheet_rows(path, 0)
    assert rows[1][0].startswith("La formation a réuni 8 participants")
    values = dict((row[0], row[1]) for row in rows[3:] if row[0])
    assert values["Participants"] == 8
    assert values["Personnes-jours"] == 11
    days = sheet_rows(path, 1)
    assert [row[1] for row in days[1:4]] == [6, 3, 2]
    assert days[1][0] == dt.datetime(2022, 12, 5)  # a day is a date cell
    assert days[4][:2] == ("Total", "=SUBTOTAL(109,B2:B4)")
    names = sheet_rows(path, 5)
    assert names[0][:3] == ("N°", "Nom", "Prénom(s)")
    assert [row[1] for row in names[1:]][-1] == "TRAORÉ"
    assert charts_in(path) == 4  # by sex, by age, by day, by category


def test_cli_signin_sheet_and_report_files(db_path: Path, tmp_path: Path) -> None:
    from desktop_app.store import open_database

    database = open_database(db_path)
    activity = add_activity(database, start=DAYS[0], end=DAYS[1])
    attend(database, activity, add_person(database, "ISSA", "Halima", sex="F"), DAYS[0])
    database.close()
    base = ["--db", str(db_path)]
    sheet_pdf = tmp_path / "sheet.pdf"
    args = ["signin-sheet", "--activity", str(activity), "--day", "2022-12-06"]
    assert cli([*base, *args, "--format", "pdf", "--out", str(sheet_pdf)]) == 0
    assert "ISSA" in page_texts(sheet_pdf)[0]
    sheet_xlsx = tmp_path / "sheet.xlsx"
    options = [
        "--out",
        str(sheet_xlsx),
        "--blank-rows",
        "2",
        "--language",
        "en",
    ]
    assert cli([*base, *args, *options]) == 0
    assert sheet_rows(sheet_xlsx, 0)[6][:2] == ("No.", "Family name")
    report_pdf = tmp_path / "report.pdf"
    filters = [
        "--from",
        "2022-12-01",
        "--to",
        "2022-12-31",
        "--country",
        "NE",
        "--kind",
        "workshop",
    ]
    assert cli([*base, "report", *filters, "--format", "pdf", "--out", str(report_pdf)]) == 0
    assert "Atelier sur la gouvernance" in " ".join(page_texts(report_pdf))
    report_xlsx = tmp_path / "report.xlsx"
    one = ["--activity", str(activity), "--format", "xlsx", "--out", str(report_xlsx)]
    assert cli([*base, "report", *one]) == 0
    assert report_xlsx.stat().st_size > 0


@pytest.mark.parametrize(
    "arguments",
    [
        ["signin-sheet", "--activity", "1", "--day", "2022-12-09", "--out", "x.pdf"],
        ["signin-sheet", "--activity", "1", "--day", "tomorrow", "--out", "x.pdf"],
        ["signin-sheet", "--activity", "77", "--day", "2022-12-05", "--out", "x.pdf"],
        ["report", "--format", "pdf"],
        ["report", "--format", "json", "--activity", "1"],
        ["report", "--out", "x.pdf"],
        ["report", "--format", "xlsx", "--activity", "77", "--out", "x.xlsx"],
        ["report", "--format", "pdf", "--out", "x.pdf", "--logo", "missing.png"],
    ],
)
def test_cli_bad_input_is_one_clear_line(
    db_path: Path,
    tmp_path: Path,
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.store import open_database

    database = open_database(db_path)
    add_activity(database, start=DAYS[0])
    database.close()
    monkeypatch.chdir(tmp_path)
    assert cli(["--db", str(db_path), *arguments]) == exit_codes.REFUSED
    error = capsys.readouterr().err
    assert error.startswith("registre: ") and error.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()


def _png() -> bytes:
    """A 4x2 red PNG, written by hand to need no image library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(2))
    header = struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_activity_pdf_shows_objectives_and_outcomes_when_written(
    db: Database, training: Training, tmp_path: Path
) -> None:
    from desktop_app.store.models import Activity

    with db.session() as session:
        activity = session.get(Activity, training.activity_id)
        assert activity is not None
        activity.objectives = "Familiariser les journalistes avec la gouvernance du secteur."
        activity.outcomes = "Une nouvelle cohorte est prévue."
    path = tmp_path / "activity.pdf"
    render_pdf(activity_document(activity_report(db, training.activity_id), "fr"), path)
    text = page_texts(path)[0]
    assert "Objectifs Familiariser les journalistes" in text
    assert "Résultats et recommandations Une nouvelle cohorte est prévue." in text
    assert "Thèmes abordés" not in text and "Suivi" not in text


def test_head_count_only_activity_says_it_has_no_names(db: Database, tmp_path: Path) -> None:
    from tests.reports.report_samples import add_head_count

    symposium = add_activity(db, title="Colloque national", kind="symposium", start=DAYS[0])
    add_head_count(db, symposium, 151, women=51)
    report = activity_report(db, symposium)
    assert report.narrative("en") == (
        "The symposium brought together 151 participants, including 51 women."
    )
    path = tmp_path / "symposium.pdf"
    render_pdf(activity_document(report, "en"), path)
    text = " ".join(page_texts(path))
    assert "No names were recorded for this activity (head counts only)." in text


def test_cli_writes_a_pdf_without_any_display(db_path: Path, tmp_path: Path) -> None:
    """A fresh process with no QT_QPA_PLATFORM and no DISPLAY makes its own offscreen Qt."""
    import os
    import subprocess
    import sys

    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    environment["REGISTRE_CONFIG_DIR"] = str(tmp_path / "config")
    path = tmp_path / "report.pdf"
    command = [sys.executable, "-m", "desktop_app", "--db", str(db_path), "report"]
    done = subprocess.run(
        [*command, "--format", "pdf", "--out", str(path), "--language", "en"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "No activity in this period." in page_texts(path)[0]
