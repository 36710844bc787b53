"""The charts of the PDF reports, their numbers, youth beside age unknown, the page header."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from desktop_app.activities.counting import PeriodFilter
from desktop_app.reports.data import activity_report, period_report
from desktop_app.reports.documents import activity_document, period_document
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training, add_activity, add_head_count

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
YEAR_2022 = PeriodFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
LONG_NAME = (
    "Centre pour la gouvernance du secteur de la sécurité, Genève (DCAF), bureau régional "
    "pour le Sahel et l'Afrique de l'Ouest, Niamey"
)


def texts(path: Path) -> list[str]:
    """Each page's text, spaces (narrow no-break ones too) made plain."""
    return [re.sub(r"[\s\u202f]+", " ", page.extract_text()) for page in PdfReader(path).pages]


def test_period_pdf_draws_its_charts_with_the_report_numbers(
    db: Database, training: Training, tmp_path: Path
) -> None:
    report = period_report(db, YEAR_2022)
    t = report.totals
    path = tmp_path / "period.pdf"
    render_pdf(period_document(report, "fr"), path)
    first = texts(path)[0]
    for title in ("Par sexe", "Part des jeunes", "Participants par sexe, par mois"):
        assert title in first
    # The rings' legends: every part with its number, age unknown beside youth.
    assert f"Femmes : {t.women} Hommes : {t.men} Sexe non précisé : {t.sex_not_stated}" in first
    assert (
        f"Jeunes (moins de 30 ans) : {t.youth} 30 ans et plus : {t.not_youth} "
        f"Âge inconnu : {t.age_unknown}"
    ) in first
    assert "déc. 2022" in first  # the month under its column
    whole = " ".join(texts(path))
    # By hand: TRAORÉ and DIARRA media, KONÉ civil society, SANOGO not stated, 4 counted.
    bars = "Médias 2 Non précisé 1 Société civile (OSC) 1 Comptages (sans nom) 4"
    assert f"Par catégorie {bars}" in whole


def test_activity_pdf_draws_days_named_and_head_counts(
    db: Database, training: Training, tmp_path: Path
) -> None:
    path = tmp_path / "activity.pdf"
    render_pdf(activity_document(activity_report(db, training.activity_id), "en"), path)
    text = " ".join(texts(path))
    assert "By sex" in text and "Youth share" in text
    assert "Participants — by day" in text
    assert "Named Head counts (unnamed)" in text  # the legend of the stacked columns
    assert "5 Dec 2022" in text and "7 Dec 2022" in text


def test_no_youth_share_where_no_age_is_known(db: Database, tmp_path: Path) -> None:
    """151 people counted without their ages: "0 youth" is never shown alone."""
    symposium = add_activity(db, title="Colloque national", kind="symposium", start=DAYS[0])
    add_head_count(db, symposium, 151, women=51)
    path = tmp_path / "symposium.pdf"
    render_pdf(activity_document(activity_report(db, symposium), "fr"), path)
    text = texts(path)[0]
    assert "Jeunes (moins de 30 ans) 0 (–) Âge inconnu 151" in text
    assert "0 %" not in text
    assert "Jeunes (moins de 30 ans) : 0 30 ans et plus : 0 Âge inconnu : 151" in text


def test_a_long_organisation_name_wraps_in_the_page_header(
    db: Database, training: Training, tmp_path: Path
) -> None:
    path = tmp_path / "activity.pdf"
    render_pdf(activity_document(activity_report(db, training.activity_id), "fr", LONG_NAME), path)
    reader = PdfReader(path)
    for page in reader.pages:
        header: list[tuple[float, float, str]] = []

        def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > float(page.mediabox.top) - 70:  # noqa: B023
                header.append((tm[4] * cm[0] + cm[4], y, text))  # noqa: B023

        page.extract_text(visitor_text=seen)
        name_lines = [text for x, _y, text in header if x < 40]
        assert len(name_lines) >= 2  # wrapped, not cut at the middle of the page
        assert " ".join(" ".join(name_lines).split()) == LONG_NAME
        title = [x for x, _y, text in header if "Rapport" in text]
        assert title and min(title) > 200  # the running title keeps its place at the right


def test_only_the_pdf_renderer_and_the_translator_import_qt_below_the_window() -> None:
    importing = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if not path.relative_to(PACKAGE).as_posix().startswith("ui/")
        and re.search(r"^\s*(from|import) PySide6", path.read_text("utf-8"), re.MULTILINE)
    }
    # The PDF renderer with its two painters, charts and cards (badges, certificates).
    assert importing == {
        "reports/pdf_render.py",
        "reports/pdf_charts.py",
        "reports/pdf_cards.py",
        "translation.py",
    }
