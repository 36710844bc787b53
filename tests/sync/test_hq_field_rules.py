"""HQ's import holds every row to the rules the offices' forms hold every value to, and an
export leaves out (and keeps unsent) what HQ would refuse: nothing is marked as sent that
did not arrive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.registry.persons import edit_person, get_person
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, HeadCount, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, column, counts, rewrite, site_database


@pytest.fixture(scope="module")
def office_book(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("office")
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office, people=6)
    path = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    office.close()
    return path


def test_rows_breaking_a_rule_are_invalid_rows_never_a_crash(
    template_db: Path, office_book: Path, tmp_path: Path
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            rows[1][column(rows, "Family name")] = "N" * 201
            rows[2][column(rows, "Birth year")] = 1850
            rows[3][column(rows, "Revision")] = float(2**63)
            rows[4][column(rows, "Nationality")] = "Ni"
            rows[5][column(rows, "Given names")] = "Awa\x1b[2J"
        if sheet == "Head counts":
            rows[1][column(rows, "Youth")] = 4_166_666_666_679

    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [rewrite(office_book, tmp_path / "bad.xlsx", change)])
    invalid = {(r.sheet, r.row): r.reason.render() for r in result.files[0].invalid_rows}
    assert invalid[("Persons", 2)] == "Family name: longer than 200 characters."
    assert invalid[("Persons", 3)] == (
        f"Birth year: 1850 is not between 1900 and {dt.date.today().year}."
    )
    assert invalid[("Persons", 4)] == (f"Revision: {2**63} is not between 1 and {2**31 - 1}.")
    assert invalid[("Persons", 5)] == "Nationality: Ni is not a country code."
    assert invalid[("Persons", 6)] == "Given names: contains control characters."
    assert invalid[("Head counts", 2)].startswith("Youth: 4166666666679 is not between 0 and")
    assert result.files[0].types[2].new == 1  # the one person left untouched
    assert counts(hq)["head_count"] == 0
    hq.close()


@pytest.mark.parametrize(
    ("sheet", "header", "value", "reason"),
    [
        ("Activities", "End date", dt.date(2022, 12, 1), "The end date is before the start date."),
        ("Activities", "Start date", "1899-12-31", "Start date: 1899-12-31 is not between"),
        ("Head counts", "Women", 41, "More women than the total."),
        ("Head counts", "Total", -5, "Total: -5 is not between 0 and 1000000."),
    ],
)
def test_activities_and_head_counts_that_do_not_add_up_are_invalid(
    template_db: Path,
    office_book: Path,
    tmp_path: Path,
    sheet: str,
    header: str,
    value: Any,
    reason: str,
) -> None:
    def change(name: str, rows: list[list[Any]]) -> None:
        if name == sheet:
            rows[1][column(rows, header)] = value

    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [rewrite(office_book, tmp_path / "bad.xlsx", change)])
    reasons = [r.reason.render() for r in result.files[0].invalid_rows if r.sheet == sheet]
    assert reasons and reasons[0].startswith(reason)
    hq.close()


def _legacy_values(office: Database) -> dict[str, str]:
    """Values an older version let in, written past the services."""
    with office.session() as session:
        long_name = session.scalars(select(Person).where(Person.family_name == "NOM0")).one()
        # A PostgreSQL column holds 200 characters at most: there, an escape sequence instead.
        too_long = office.dialect == "sqlite"
        long_name.family_name = "N" * 40_000 if too_long else "NOM0\x1b[31m"
        bell = session.scalars(select(Person).where(Person.family_name == "NOM1")).one()
        bell.given_names = "Awa\x07"
        head_count = session.scalars(select(HeadCount)).one()
        # youth above the total ("youth = 4166666666679 %"), in what either engine holds
        head_count.total, head_count.youth = -5, 2_000_000_000
        activity = session.scalars(select(Activity)).one()
        return {"long": long_name.uuid, "bell": bell.uuid, "activity": activity.uuid}


def test_an_export_leaves_out_what_hq_would_refuse_and_keeps_it_unsent(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office, people=4)
    legacy = _legacy_values(office)
    result = export_workbook(office, tmp_path / "first.xlsx", language="en")
    unsent = {(u.type_name, u.uuid) for u in result.unsent}
    assert {("person", legacy["long"]), ("person", legacy["bell"])} <= unsent
    assert ("head_count", result.unsent[-1].uuid) in unsent
    # Their attendance waits with them (two days each): HQ never gets a reference to nobody.
    assert sum(1 for u in result.unsent if u.type_name == "attendance") == 4
    assert result.row_counts == {
        "organisation": 1,
        "activity": 1,
        "person": 2,
        "attendance": 4,
        "head_count": 0,
        "expected_person": 0,
        "badge": 0,
        "project": 0,
        "age_band_set": 0,
        "indicator": 0,
        "target": 0,
        "payment_list": 0,
    }
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    imported = import_workbooks(hq, [result.path])
    assert imported.files[0].invalid_rows == ()
    assert counts(hq)["person"] == 2
    # Corrected at the office (the form's rules), the next export sends what waited.
    with office.session() as session:
        person = session.scalars(select(Person).where(Person.uuid == legacy["long"])).one()
        person_id = person.id
        bell_id = session.scalars(select(Person.id).where(Person.uuid == legacy["bell"])).one()
        head_count = session.scalars(select(HeadCount)).one()
        head_count.total, head_count.youth = 40, 9
    fields = get_person(office, person_id).fields()
    edit_person(office, person_id, fields.__class__(**{**fields.__dict__, "family_name": "NOM0"}))
    bell_fields = get_person(office, bell_id).fields()
    edit_person(office, bell_id, bell_fields)  # saving cleans the bell away
    second = export_workbook(office, tmp_path / "second.xlsx", language="en")
    assert second.unsent == ()
    assert second.row_counts["person"] == 2 and second.row_counts["attendance"] == 4
    import_workbooks(hq, [second.path])
    assert counts(hq)["person"] == 4 and counts(hq)["attendance"] == 8
    assert counts(hq)["head_count"] == 1
    with hq.session() as session:
        assert (
            session.scalar(select(Person.given_names).where(Person.uuid == legacy["bell"])) == "Awa"
        )
        assert len(session.scalars(select(Attendance)).all()) == 8
    office.close()
    hq.close()
