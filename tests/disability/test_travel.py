"""The Washington Group answers travel with the person in the HQ workbook: readable labels in
the reader's language, codes again at HQ; a workbook of a Registre that did not know them
(tests/sync/data, exported by it) still imports and leaves HQ's answers as they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select, update

from desktop_app.store.models import Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, edit_person, person, site_database, totals

DATA = Path(__file__).parents[1] / "sync" / "data"
# Niamey's workbooks from before: 3 persons at a workshop, then GUIDIMEY's new phone.
BEFORE_1 = DATA / "niamey-before-dates-of-birth-1.xlsx"
BEFORE_2 = DATA / "niamey-before-dates-of-birth-2.xlsx"
CONSENTED = dt.date(2022, 12, 5)


def test_the_answers_travel_to_hq(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    edit_person(
        office,
        uuids["persons"][0],
        wg_walking="a_lot",
        wg_seeing="some",
        disability_consent=True,
        disability_consent_date=CONSENTED,
    )
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path
    sheet = openpyxl.load_workbook(book)["Personnes"]
    headers = [cell.value for cell in sheet[1]]
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    walking = headers.index("Marcher ou monter des marches")
    assert rows["NOM0"][walking].value == "Oui, beaucoup de difficultés"
    assert rows["NOM1"][walking].value is None
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [book])
    received = person(hq, uuids["persons"][0])
    assert (received.wg_walking, received.wg_seeing, received.wg_hearing) == ("a_lot", "some", None)
    assert received.disability_consent and received.disability_consent_date == CONSENTED
    assert not person(hq, uuids["persons"][1]).disability_consent


def test_a_workbook_without_the_columns_keeps_hqs_answers(
    template_db: Path, tmp_path: Path
) -> None:
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    first = import_workbooks(hq, [BEFORE_1])
    assert totals(first.files[0])["invalid"] == 0
    with hq.session() as session:
        session.execute(
            update(Person)
            .where(Person.family_name == "GUIDIMEY")
            .values(wg_hearing="cannot", disability_consent=True, disability_consent_date=CONSENTED)
        )
    newer = import_workbooks(hq, [BEFORE_2])  # GUIDIMEY's new phone, without the columns
    assert totals(newer.files[0])["updated"] == 1
    with hq.session() as session:
        guidimey = session.scalars(select(Person).where(Person.family_name == "GUIDIMEY")).one()
        assert guidimey.phone == "+22790998877"
        assert (guidimey.wg_hearing, guidimey.disability_consent) == ("cannot", True)
        assert guidimey.disability_consent_date == CONSENTED
