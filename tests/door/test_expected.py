"""The expected list: invited persons, who arrived on a day, who not yet, the walk-ins; a list
from a partner's sheet or pasted lines through the sign-in sheet import's reading and matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import select

from desktop_app.activities.attendance import check_in
from desktop_app.dedup.merge import merge_persons
from desktop_app.door.expected import (
    add_expected,
    expected_counts,
    expected_day,
    expected_list,
    expected_uuid,
    remove_expected,
)
from desktop_app.door.expected_import import apply_expected, pasted_as_sheet, preview_expected
from desktop_app.messages import RegistreError
from desktop_app.records.validation import NotFound
from desktop_app.store import Database
from desktop_app.store.models import ExpectedPerson
from tests.factories import MakeActivity, MakePerson

DAY1 = dt.date(2022, 12, 5)
DAY2 = dt.date(2022, 12, 6)


def test_who_arrived_and_who_not_yet(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa")
    moussa = make_person("KONÉ", "Moussa")
    fati = make_person("MAHAMADOU", "Fatimata")
    walk_in = make_person("SOW", "Ibrahim")
    result = add_expected(db, activity.id, [awa.id, moussa.id, fati.id, awa.id])
    assert set(result.added) == {awa.id, moussa.id, fati.id} and result.already == ()
    check_in(db, activity.id, awa.id, DAY1)
    check_in(db, activity.id, walk_in.id, DAY1)
    check_in(db, activity.id, moussa.id, DAY2)  # another day: not arrived on day 1
    # By hand: expected 3; on day 1 Awa arrived, Moussa and Fatimata not yet; Ibrahim walked in.
    day = expected_day(db, activity.id, DAY1)
    assert (day.expected, day.arrived) == (3, 1)
    assert [row.display_name for row in day.not_yet] == ["KONÉ Moussa", "MAHAMADOU Fatimata"]
    assert [row.person_id for row in day.walk_ins] == [walk_in.id]
    arrived = next(row for row in day.rows if row.arrived)
    assert arrived.person_id == awa.id and arrived.arrived_at is not None


def test_the_same_record_on_every_computer_and_removal_is_a_tombstone(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa")
    add_expected(db, activity.id, [awa.id])
    with db.session() as session:
        record = session.scalars(select(ExpectedPerson)).one()
        person_uuid = record.uuid
    assert person_uuid == expected_uuid(activity.uuid, awa.uuid)
    assert add_expected(db, activity.id, [awa.id]).already == (awa.id,)
    assert remove_expected(db, activity.id, awa.id)
    assert expected_list(db, activity.id) == ()
    assert not remove_expected(db, activity.id, awa.id)  # not on the list any more
    assert add_expected(db, activity.id, [awa.id]).added == (awa.id,)  # revived
    with db.session() as session:
        record = session.scalars(select(ExpectedPerson)).one()
        assert (record.deleted, record.revision) == (False, 3)


def test_bad_input_changes_nothing(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa")
    with pytest.raises(NotFound):
        add_expected(db, activity.id, [awa.id, 9999])
    with pytest.raises(NotFound):
        add_expected(db, 9999, [awa.id])
    assert expected_list(db, activity.id) == ()


def _invitation_sheet(path: Path) -> Path:
    """As a partner sends it: a title, the event, a header row, the persons, a total."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Invités")
    sheet.write(0, 0, "RÉPUBLIQUE DU NIGER")
    sheet.write(1, 0, "Liste des participants invités — Atelier sur le contrôle parlementaire")
    rows = [
        ["N°", "Nom et prénoms", "Structure", "Fonction", "Téléphone"],
        [1, "DIALLO Awa", "CNDH", "Juriste", "90 12 34 56"],
        [2, "Moussa KONÉ", "Assemblée nationale", "Député", "96 11 22 33"],
        [3, "HAMANI Zeinabou", "ONG Alternative", "Chargée de programme", ""],
        [4, "IBRAHIM Sani", "Gendarmerie", "Capitaine", "93 00 11 22"],
        ["", "TOTAL : 4 invités", "", "", ""],
    ]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.close()
    return path


def test_a_partners_sheet_puts_known_and_new_persons_on_the_list(
    db: Database, make_activity: MakeActivity, make_person: MakePerson, tmp_path: Path
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa", phone="+22790123456")
    preview = preview_expected(db, activity.id, _invitation_sheet(tmp_path / "invites.xlsx"))
    # By hand: 4 persons (the total row is none); Awa is in the registry, 3 are new.
    assert preview.count("matched") == 1 and preview.count("new") == 3
    result = apply_expected(db, preview)
    assert (result.created, result.matched, result.added) == (3, 1, 4)
    names = [row.display_name for row in expected_list(db, activity.id)]
    assert names == ["DIALLO Awa", "HAMANI Zeinabou", "IBRAHIM Sani", "KONÉ Moussa"]
    assert expected_list(db, activity.id)[0].person_id == awa.id
    # The same sheet again: HAMANI Zeinabou (no phone) is only a possible duplicate of the one
    # just created, but she is on the list already: she is that person, nobody is made twice.
    again = apply_expected(db, preview_expected(db, activity.id, tmp_path / "invites.xlsx"))
    assert (again.created, again.added, again.already) == (0, 0, 4)


def test_pasted_names_one_per_line(
    db: Database, make_activity: MakeActivity, make_person: MakePerson, tmp_path: Path
) -> None:
    activity = make_activity()
    make_person("DIALLO", "Awa")
    text = "DIALLO Awa\r\n\r\nSOUMANA Mariama\n  \nTRAORÉ Issa\n"
    preview = preview_expected(db, activity.id, pasted_as_sheet(text, tmp_path))
    # A name alone is not proof: DIALLO Awa may be the one in the registry (asked about).
    assert (preview.count("duplicate"), preview.count("new")) == (1, 2)
    result = apply_expected(db, preview, duplicates="existing")
    assert (result.matched, result.created, result.added) == (1, 2, 3)


def test_pasted_columns_need_their_header(tmp_path: Path) -> None:
    with pytest.raises(RegistreError, match="header row"):
        pasted_as_sheet("DIALLO\tAwa\tCNDH\nKONÉ\tMoussa\tAN\n", tmp_path)
    with pytest.raises(RegistreError, match="Nothing was pasted"):
        pasted_as_sheet("\n  \n", tmp_path)
    with_header = pasted_as_sheet("Nom\tPrénoms\tStructure\nKONÉ\tMoussa\tAN\n", tmp_path)
    assert with_header.read_text(encoding="utf-8").startswith("Nom\tPrénoms\tStructure")


def test_merged_persons_stand_for_their_survivor_and_the_counts_agree(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa", phone="+22790000001")
    awa_again = make_person("DIALLO", "Aoua", phone="+22790000001")
    moussa = make_person("KONÉ", "Moussa", phone="+22790000002")
    moussa_kept = make_person("KONE", "Moussa", phone="+22790000002")  # not on the list
    fati = make_person("MAHAMADOU", "Fatimata")
    walk_in = make_person("SOW", "Ibrahim")
    add_expected(db, activity.id, [awa.id, awa_again.id, moussa.id, fati.id])
    merge_persons(db, awa.id, awa_again.id)
    merge_persons(db, moussa_kept.id, moussa.id)
    check_in(db, activity.id, awa.id, DAY1)
    check_in(db, activity.id, walk_in.id, DAY1)
    # By hand: Awa once (her double merged into her), Moussa as the record kept, Fatimata:
    # 3 expected; on day 1 Awa arrived (1), 2 not yet, Ibrahim walked in (1).
    day = expected_day(db, activity.id, DAY1)
    assert [row.person_id for row in day.rows] == sorted([awa.id, moussa_kept.id, fati.id])
    counts = expected_counts(db, activity.id, DAY1)
    assert (counts.expected, counts.arrived, counts.not_yet, counts.walk_ins) == (3, 1, 2, 1)
    assert (day.expected, day.arrived, len(day.not_yet), len(day.walk_ins)) == (3, 1, 2, 1)
    assert expected_counts(db, make_activity(title="Sans liste").id, DAY1).expected == 0
