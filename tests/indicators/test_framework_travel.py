"""HQ's results framework travels to the offices in its full export, so that an office sees its
own progress offline; an office's change to it is refused, at the office and at HQ."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import python_calamine
from sqlalchemy import select

from desktop_app.demo.loading import load_demo
from desktop_app.indicators import frameworks
from desktop_app.indicators.progress import progress
from desktop_app.messages import RegistreError
from desktop_app.store.models import Target
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import site_database


def _figures(database: object, office: str | None) -> dict[tuple[str, str], object]:
    table = progress(database, "GSS-SAHEL", "2022Q4", office)  # type: ignore[arg-type]
    return {
        (c.indicator.code, c.office or "all"): (c.actual.value, c.target, dict(c.actual.breakdown))
        for c in table.cells
    }


def test_the_framework_reaches_the_office_and_gives_the_same_progress(
    template_db: Path, tmp_path: Path
) -> None:
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    load_demo(hq)
    frameworks.add_age_band_set(hq, "Y", "Jeunes", "15-29, 30+")
    book = export_workbook(hq, tmp_path / "hq.xlsx", full=True, language="fr").path
    sheets = python_calamine.CalamineWorkbook.from_path(str(book)).sheet_names
    assert {"Projets", "Tranches d'âge", "Indicateurs", "Cibles"} <= set(sheets)
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    result = import_workbooks(office, [book])
    assert result.files[0].invalid_rows == ()
    new = {t.type_name: t.new for t in result.files[0].types}
    assert (new["project"], new["indicator"], new["target"], new["age_band_set"]) == (1, 5, 9, 2)
    assert _figures(office, "NE-NIA") == _figures(hq, "NE-NIA")
    assert _figures(office, None) == _figures(hq, None)
    assert import_workbooks(office, [book]).changes == 0  # again: nothing new
    # The office reads the framework; it does not change it.
    with pytest.raises(RegistreError, match="kept by HQ-GVA"):
        frameworks.set_target(office, "GSS-SAHEL", "1.1", "2022", 900)
    with pytest.raises(RegistreError, match="kept by HQ-GVA"):
        frameworks.add_indicator(office, "GSS-SAHEL", "9", "x", "participations")


def test_an_office_change_to_the_framework_is_refused_at_hq(
    template_db: Path, tmp_path: Path
) -> None:
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    load_demo(hq)
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    import_workbooks(office, [export_workbook(hq, tmp_path / "hq.xlsx", full=True).path])
    # Changed at the office behind the program's back (an older copy, a script).
    with office.session() as session:
        target = session.scalars(select(Target).where(Target.value == 600)).one()
        target.value = 60
    back = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    result = import_workbooks(hq, [back])
    refused = [row.reason.render() for row in result.files[0].invalid_rows]
    assert refused == [
        "The results framework of project GSS-SAHEL is kept by HQ-GVA: this change made at"
        " NE-NIA was refused. HQ-GVA changes it, and sends it with its export."
    ]
    with hq.session() as session:
        assert (
            session.scalars(select(Target.value).where(Target.period == "2022")).all().count(600)
            == 1
        )


def test_an_office_keeps_its_own_project(template_db: Path, tmp_path: Path) -> None:
    """A project made at an office is that office's to change; it reaches HQ like any record."""
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    frameworks.add_project(office, "NE-LOCAL", "Projet du bureau", offices=["NE-NIA"])
    frameworks.add_indicator(office, "NE-LOCAL", "1", "Participations", "participations")
    frameworks.set_target(office, "NE-LOCAL", "1", "2023", 120)
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [export_workbook(office, tmp_path / "n.xlsx").path])
    assert result.files[0].invalid_rows == ()
    assert [t.value for t in frameworks.list_targets(hq, "NE-LOCAL", "1")] == [120]
    with pytest.raises(RegistreError, match="kept by NE-NIA"):
        frameworks.set_target(hq, "NE-LOCAL", "1", "2023", 200)


def test_series_tag_and_role_filters_travel_with_the_framework(
    template_db: Path, tmp_path: Path
) -> None:
    """A series indicator (its share of days), tag and role filters: the office reads the same
    definition and computes the same figures from the tags the activities brought."""
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    load_demo(hq)
    frameworks.add_indicator(
        hq, "GSS-SAHEL", "S", "Série RSS", "series", filters={"tag": ["rss"]}, series_percent=75
    )
    frameworks.add_indicator(
        hq, "GSS-SAHEL", "T", "Équipe", "unique_persons",
        filters={"role": ["facilitator", "expert"], "tag": ["RSS"]},
    )  # fmt: skip
    book = export_workbook(hq, tmp_path / "hq.xlsx", full=True, language="en").path
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    result = import_workbooks(office, [book])
    assert result.files[0].invalid_rows == ()
    for code in ("S", "T"):
        received = frameworks.get_indicator(office, "GSS-SAHEL", code)
        sent = frameworks.get_indicator(hq, "GSS-SAHEL", code)
        assert received == dataclasses.replace(sent, id=received.id)
    assert received.filters == {"role": ("expert", "facilitator"), "tag": ("RSS",)}
    assert _figures(office, None) == _figures(hq, None)
    series = progress(hq, "GSS-SAHEL", "2022Q4").cell("S", "2022Q4", None).actual.value
    team = progress(hq, "GSS-SAHEL", "2022Q4").cell("T", "2022Q4", None).actual.value
    assert series and team  # figures that say something, not two zeros alike
