"""Progress of the hand-counted sample project (tests/indicators/sample.py): every actual, its
breakdown, percentage, light, narrative and list, against the counts written down first."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from desktop_app.activities.attendance import check_in, list_attendance, undo_check_in
from desktop_app.dedup.merge import merge_persons
from desktop_app.indicators import frameworks
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.narrative import indicator_narrative
from desktop_app.indicators.progress import progress
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Project
from tests.indicators import sample

TODAY = dt.date(2023, 3, 1)


@pytest.fixture
def table(db: Database):  # type: ignore[no-untyped-def]
    sample.build(db)
    sample.framework(db)
    return progress(db, "PAG", "2022", today=TODAY)


def test_the_quarters_of_the_year_for_each_office_and_all(table) -> None:  # type: ignore[no-untyped-def]
    assert [p.code for p in table.periods] == ["2022Q1", "2022Q2", "2022Q3", "2022Q4"]
    assert table.offices == ("ML-BKO", "NE-NIA", None)


def test_actuals_counted_by_hand(table) -> None:  # type: ignore[no-untyped-def]
    def actual(code: str, period: str = "2022Q4", office: str | None = None) -> float | None:
        return table.cell(code, period, office).actual.value

    # Aminata, Issa, Fatou, Oumar (Aminata once, in two offices) and 10 unnamed.
    assert actual("1.1") == 14
    assert actual("1.1", office="NE-NIA") == 3
    assert actual("1.1", office="ML-BKO") == 12
    assert actual("1.1", "2022Q3") == 1  # Moussa
    assert actual("1.2") == 3  # trained in Q4: A1 only
    assert actual("1.3") == 15  # 3 + 2 + 10
    assert actual("1.4") == 17  # 2 + 1 + 2 + 1 + 1 + 10
    assert actual("1.5") == 2  # the cancelled one and the other project's are not counted
    assert actual("1.6") == pytest.approx(100 * 6 / 14)
    # Youth: Aminata twice (27), Oumar (22); Issa 42; Fatou and the head count unknown.
    assert actual("1.7") == pytest.approx(100 * 3 / 15)


def test_breakdowns_by_sex_age_and_office(table) -> None:  # type: ignore[no-untyped-def]
    cell = table.cell("1.1", "2022Q4", None)
    assert cell.actual.breakdown["sex"] == {"F": 6, "M": 8}
    # Aminata 27 at A1, Issa 42, Fatou unknown, Oumar 22; the head count cannot be placed.
    assert cell.actual.breakdown["age:UN"] == {
        "25-34": 1,
        "35+": 1,
        "unknown": 1,
        "15-24": 1,
        "unnamed": 10,
    }
    # Aminata is placed at her first activity (A1, Niamey).
    assert cell.actual.breakdown["office"] == {"NE-NIA": 3, "ML-BKO": 11}


def test_targets_percentages_and_lights(table) -> None:  # type: ignore[no-untyped-def]
    everywhere = table.cell("1.1", "2022Q4", None)
    assert everywhere.target == 20
    assert everywhere.percent == pytest.approx(70.0)
    assert everywhere.light == "amber"  # 70 % of a period that is over
    niamey = table.cell("1.1", "2022Q4", "NE-NIA")
    assert (niamey.target, niamey.percent, niamey.light) == (5, pytest.approx(60.0), "amber")
    assert table.cell("1.3", "2022Q4", None).light == "none"


def test_the_narrative_compares_the_year_to_date_with_the_annual_target(table) -> None:  # type: ignore[no-untyped-def]
    trained = next(c for c in table.to_date if c.indicator.code == "1.2")
    last = table.periods[-1]
    # Moussa (Q3), Aminata, Issa, Fatou (Q4): 4 trained, 2 women; annual target 8.
    assert indicator_narrative(trained, last, "fr") == (
        "Au 4e trimestre 2022, 4 personnes ont été formées, dont 50\u202f% de femmes,"
        " soit 50\u202f% de la cible annuelle."
    )
    assert indicator_narrative(trained, last, "en") == (
        "As of the 4th quarter of 2022, 4 persons were trained, 50% of them women:"
        " 50% of the annual target."
    )


@pytest.mark.parametrize(
    ("code", "value", "expected"),
    [
        ("1.1", None, 14),
        ("1.1", ("sex", "F"), 6),
        ("1.1", ("age:UN", "unnamed"), 10),
        ("1.3", None, 15),
        ("1.4", None, 17),
        ("1.5", None, 2),
    ],
)
def test_each_figure_opens_its_list(db: Database, code: str, value, expected: int) -> None:  # type: ignore[no-untyped-def]
    sample.build(db)
    sample.framework(db)
    listed = cell_list(db, "PAG", code, "2022Q4", value=value)
    assert listed.total == expected


def test_the_list_of_persons_reached_names_each_once(db: Database) -> None:
    sample.build(db)
    sample.framework(db)
    listed = cell_list(db, "PAG", "1.1", "2022Q4")
    assert listed.explanation is not None
    names = [p.given_names for p in listed.explanation.persons]
    assert sorted(names) == ["Aminata", "Fatou", "Issa", "Oumar"]
    assert [h.counted for h in listed.explanation.head_counts] == [4, 6]


def test_a_framework_kept_elsewhere_is_not_changed_here(db: Database) -> None:
    sample.build(db)
    sample.framework(db)
    with db.session() as session:
        session.execute(update(Project).values(origin_site="HQ"))
    with pytest.raises(Exception, match="kept by HQ"):
        frameworks.set_target(db, "PAG", "1.1", "2022", 50)


def test_a_person_typed_twice_counts_once_after_the_merge(db: Database) -> None:
    """Bamako typed Aminata again as "Aminata MAIGA"; once merged she is one person reached."""
    built = sample.build(db)
    sample.framework(db)
    twin = create_person(
        db, PersonFields(family_name="MAIGA", given_names="Aminata", sex="F", birth_year=1995)
    )
    undo_check_in_all(db, built.activities["A2"], built.persons["Aminata"])
    check_in(db, built.activities["A2"], twin.id, dt.date(2022, 11, 20))
    before = progress(db, "PAG", "2022Q4", today=TODAY).cell("1.1", "2022Q4", None)
    assert before.actual.value == 15
    merge_persons(db, built.persons["Aminata"], twin.id)
    after = progress(db, "PAG", "2022Q4", today=TODAY).cell("1.1", "2022Q4", None)
    assert after.actual.value == 14
    assert after.actual.breakdown["office"] == {"NE-NIA": 3, "ML-BKO": 11}


def undo_check_in_all(database: Database, activity_id: int, person_id: int) -> None:
    for row in list_attendance(database, activity_id):
        if row.person_id == person_id:
            undo_check_in(database, row.id)
