"""Indicators disaggregated by disability status, against the hand count of
tests/disability/sample.py: 2 with disability, 3 without, 2 not recorded."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.indicators import frameworks, tables
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import progress
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from tests.disability import sample

TODAY = dt.date(2023, 3, 1)


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    found = sample.build(db)
    frameworks.add_project(db, "PAG", "Gouvernance", offices=["NE-NIA"])
    frameworks.add_indicator(
        db,
        "PAG",
        "1.1",
        "Persons trained",
        "unique_persons",
        disaggregations=["sex", "disability"],
        with_disability=True,
    )
    return found


def test_the_breakdown_is_the_hand_count(db: Database, ids: dict[str, int]) -> None:
    table = progress(db, "PAG", "2022Q4", today=TODAY, with_disability=True)
    cell = table.cell("1.1", "2022Q4", None)
    assert cell.actual.value == 7
    assert cell.actual.breakdown["disability"] == {"with": 2, "without": 3, "not_recorded": 2}
    assert cell.actual.breakdown["sex"] == {"F": 3, "M": 4}


def test_each_value_opens_its_persons(db: Database, ids: dict[str, int]) -> None:
    def names(value: str) -> set[str]:
        listed = cell_list(
            db, "PAG", "1.1", "2022Q4", value=("disability", value), with_disability=True
        )
        assert listed.explanation is not None
        return {p.given_names for p in listed.explanation.persons}

    assert names("with") == {"Aminata", "Issa"}
    assert names("without") == {"Fatou", "Oumar", "Moussa"}
    assert names("not_recorded") == {"Awa", "Karim"}


def test_the_table_reads_the_statuses_in_words(db: Database, ids: dict[str, int]) -> None:
    table = progress(db, "PAG", "2022Q4", today=TODAY, with_disability=True)
    row = next(r for r in tables.rows(table, "fr") if r.cell.office is None)
    assert row.breakdown.endswith(
        "Situation de handicap\u202f: Sans handicap 3, Non renseigné 2, En situation de handicap 2"
    )
    shared = next(r for r in tables.rows(table, "en", threshold=5) if r.cell.office is None)
    assert "Disability status: Without disability < 5" in shared.breakdown


def test_with_the_setting_off_the_breakdown_is_not_shown(db: Database, ids: dict[str, int]) -> None:
    table = progress(db, "PAG", "2022Q4", today=TODAY)
    cell = table.cell("1.1", "2022Q4", None)
    assert "disability" not in cell.actual.breakdown
    assert cell.indicator.disaggregations == ("sex",)
    assert cell.actual.breakdown["sex"] == {"F": 3, "M": 4}


def test_the_disaggregation_is_refused_while_the_setting_is_off(db: Database) -> None:
    frameworks.add_project(db, "PAG", "Gouvernance", offices=["NE-NIA"])
    with pytest.raises(RegistreError) as raised:
        frameworks.add_indicator(
            db, "PAG", "1.2", "Persons", "unique_persons", disaggregations=["disability"]
        )
    assert "Settings" in raised.value.message.render()
    assert frameworks.list_indicators(db, "PAG") == []


def test_the_demo_shows_the_disaggregation(db: Database) -> None:
    """The Bamako media training's 22 participants (desktop_app/demo/disability.py): 4 with
    disability, 14 without, 4 not recorded; every other named participant was never asked
    (not recorded), and head counts' attendees are unnamed."""
    from desktop_app.demo.loading import load_demo

    load_demo(db)
    table = progress(db, "GSS-SAHEL", "2022Q4", today=TODAY, with_disability=True)
    cell = table.cell("1.1", "2022Q4", None)
    breakdown = cell.actual.breakdown["disability"]
    assert (breakdown["with"], breakdown["without"]) == (4, 14)
    assert breakdown["unnamed"] == 151 + 186  # the symposium's and the forum's head counts
    assert breakdown["not_recorded"] == cell.actual.value - 4 - 14 - 151 - 186
    hidden = progress(db, "GSS-SAHEL", "2022Q4", today=TODAY)
    assert "disability" not in hidden.cell("1.1", "2022Q4", None).actual.breakdown
