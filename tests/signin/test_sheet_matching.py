"""The import matches a sheet against only the registry persons its rows can meet: every row's
outcome, candidates and scores are those the whole registry's matcher gives."""

from __future__ import annotations

from pathlib import Path

from sheet_fixtures import FRENCH_HEADERS, preview_file, write_xlsx

from desktop_app.registry.organisations import create_organisation
from desktop_app.registry.persons import PersonFields, create_person, delete_person
from desktop_app.signin import (
    DUPLICATE,
    MATCHED,
    NEW,
    SheetChoice,
    SheetPreview,
    load_sheets,
    preview_sheets,
)
from desktop_app.signin.finder import RegistryFinder
from desktop_app.store import Database

ROWS = (
    FRENCH_HEADERS,
    # Known by name and phone, written without +227.
    (1, "GUIDIMEY", "Célestin", "M", 52, "CNDH", "Expert", None, None, "96 12 34 56", None, "x"),
    # Names swapped, accents dropped, a typo: the same person by phone (with +227).
    (2, "Aisata", "DIALO", "F", None, None, None, None, None, "+227 90 11 22 33", None, None),
    # A missing given name, with organisation and birth year (age 45 in 2022).
    (3, "TRAORE", None, "F", 45, "CNDH", None, None, None, None, None, "x"),
    # A common name and nothing else: only possible duplicates.
    (4, "Moussa", "ABDOU", "M", None, None, None, None, None, None, None, None),
    # Nobody known.
    (5, "NOUVEAU", "Aminata", "F", 30, "OSC", None, None, None, "91 00 00 01", None, "x"),
)  # fmt: skip


def _outcomes(preview: SheetPreview) -> list[tuple[object, ...]]:
    return [(r.outcome, r.known, r.candidates, r.same_as) for r in preview.rows]


def test_import_matches_as_the_whole_registry(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    cndh = create_organisation(db, "Commission nationale des droits de l'homme", acronym="CNDH").id
    person = PersonFields(family_name="GUIDIMEY", given_names="Célestin", phone="+22796123456")
    create_person(db, person)
    create_person(db, PersonFields(family_name="DIALLO", given_names="Aïssata", phone="90112233"))
    for given in ("Hawa", "Fatoumata"):
        fields = PersonFields(
            family_name="TRAORÉ", given_names=given, organisation_id=cndh, birth_year=1977
        )
        create_person(db, fields)
    for phone in ("+22791000002", "+22791000003", None):
        create_person(db, PersonFields(family_name="ABDOU", given_names="Moussa", phone=phone))
    retired = create_person(db, PersonFields(family_name="NOUVEAU", given_names="Aminata"))
    delete_person(db, retired.id)
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": ROWS})

    preview = preview_file(db, path, one_day_activity_id)  # the import's own matcher
    choices = [SheetChoice(grid, layout) for grid, layout in load_sheets(db, path)]
    whole = RegistryFinder(db, one_day_activity_id)
    again = preview_sheets(db, one_day_activity_id, choices, finder=whole)

    assert _outcomes(preview) == _outcomes(again)
    assert [r.outcome for r in preview.rows] == [MATCHED, MATCHED, DUPLICATE, DUPLICATE, NEW]
    assert len(preview.rows[2].candidates) == 2
    assert len(preview.rows[3].candidates) == 3


def test_a_name_written_by_ear_is_a_possible_duplicate(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    mariama = create_person(
        db, PersonFields(family_name="SOUMANA", given_names="Mariama", sex="F", birth_year=1990)
    )
    fatoumata = create_person(
        db, PersonFields(family_name="MAHAMADOU", given_names="Fatoumata", sex="F")
    )
    create_person(db, PersonFields(family_name="SOUMANA", given_names="Moussa", sex="M"))
    rows = (
        FRENCH_HEADERS,
        # One letter less in each name part: SOUMNA for SOUMANA, Mariam for Mariama.
        (1, "SOUMNA", "Mariam", "F", None, None, None, None, None, None, None, "x"),
        # Two vowels apart: Fatimata for Fatoumata.
        (2, "MAHAMADOU", "Fatimata", "F", None, None, None, None, None, None, None, "x"),
        # Nobody of that name.
        (3, "OUEDRAOGO", "Salif", "M", None, None, None, None, None, None, None, "x"),
    )  # fmt: skip
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": rows})

    preview = preview_file(db, path, one_day_activity_id)

    assert [r.outcome for r in preview.rows] == [DUPLICATE, DUPLICATE, NEW]
    assert [c.person_id for c in preview.rows[0].candidates] == [mariama.id]
    assert "similar_name" in preview.rows[0].candidates[0].reasons
    assert [c.person_id for c in preview.rows[1].candidates] == [fatoumata.id]
