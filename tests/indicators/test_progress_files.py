"""The progress workbook and PDF of the demo: their numbers and words read back."""

from __future__ import annotations

from pathlib import Path

from desktop_app.demo.loading import load_demo
from desktop_app.indicators.progress import progress
from desktop_app.indicators.progress_files import write_progress_pdf, write_progress_xlsx
from desktop_app.store import Database
from tests.cli.conftest import Run
from tests.reports.test_report_files import charts_in, page_texts, sheet_rows


def test_workbook_holds_the_table_and_a_native_chart_per_indicator(
    db: Database, tmp_path: Path
) -> None:
    load_demo(db)
    table = progress(db, "GSS-SAHEL", "2022")
    path = tmp_path / "progress.xlsx"
    write_progress_xlsx(table, path, "fr")
    assert charts_in(path) == 5
    rows = sheet_rows(path, 0)
    header = rows.index(
        (
            "Indicateur",
            "Période",
            "Bureau",
            "Cible",
            "Réalisé",
            "Taux de réalisation",
            "État",
            "Désagrégé",
        )
    )
    by_cell = {(r[0].split()[0], r[1], r[2]): r for r in rows[header + 1 :]}
    everyone = by_cell[("1.1", "2022 T4", "Tous les bureaux")]
    assert everyone[4] == 494
    bamako = by_cell[("1.1", "2022 T4", "ML-BKO")]
    assert (bamako[3], bamako[4], bamako[5], bamako[6]) == (450, 459, 102.0, "en bonne voie")
    assert any(
        str(r[0]).startswith("Au 4e trimestre 2022, 22 personnes ont été formées")
        for r in rows[:header]
    )
    charts = sheet_rows(path, 1)
    assert ("2022 T4", 5, 6) in charts  # activities held against the quarter's target
    # 1.1 has targets for the year and for each office's quarter, none for all offices' quarter:
    # an empty cell (no column), never a target of 0.
    assert ("2022 T4", 494, None) in charts


def test_pdf_in_english_with_small_numbers_hidden(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    table = progress(db, "GSS-SAHEL", "2023Q1")
    path = tmp_path / "progress.pdf"
    pages = write_progress_pdf(table, path, "en", threshold=5, organisation="DCAF")
    text = " ".join(page_texts(path))
    assert pages == len(page_texts(path)) >= 1
    assert "Progress of the indicators — GSS-SAHEL" in text
    assert "As of the 1st quarter of 2023, 68 persons took part, 21% of them women." in text
    assert "Figures from 1 to 4 are shown as" in text
    assert "Government < 5" in text


def test_command_writes_both_files(run: Run, db_path: Path | str, tmp_path: Path) -> None:
    run(db_path, "demo")
    for suffix in ("xlsx", "pdf"):
        out = tmp_path / f"p.{suffix}"
        result = run(
            db_path, "progress", "--project", "GSS-SAHEL", "--format", suffix, "--out", str(out)
        )
        assert result.code == 0, result.err
        assert out.stat().st_size > 1000
    missing = run(db_path, "progress", "--project", "GSS-SAHEL", "--format", "pdf")
    assert missing.code != 0 and "--out FILE is needed" in missing.err
