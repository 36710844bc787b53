"""Names stored in the registry's style whatever the typing: family name in capitals, given
names capitalised, particles and apostrophes kept, Mc/Mac names left as typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.registry.name_style import family_style, given_style, registry_names
from desktop_app.registry.persons import PersonFields, create_person, edit_person, get_person
from desktop_app.store import Database


@pytest.mark.parametrize(
    ("family", "given", "stored"),
    [
        ("guidimey", "célestin", ("GUIDIMEY", "Célestin")),
        ("GUIDIMEY", "CÉLESTIN", ("GUIDIMEY", "Célestin")),
        ("n'diaye", "aïssatou", ("N'DIAYE", "Aïssatou")),
        ("traoré", "marie-claire", ("TRAORÉ", "Marie-Claire")),
        ("ould abdallah", "mohamed", ("ould ABDALLAH", "Mohamed")),
        ("ag ghaly", "iyad", ("ag GHALY", "Iyad")),
        ("de souza", "jean de dieu", ("de SOUZA", "Jean de Dieu")),
        ("bâ", "amadou dit hampâté", ("BÂ", "Amadou dit Hampâté")),
        ("kanté", "n'golo", ("KANTÉ", "N'Golo")),
        ("mckenzie", "McKenzie", ("MCKENZIE", "McKenzie")),
        ("De", "", ("DE", "")),
        ("maïga", "mahamadou ould", ("MAÏGA", "Mahamadou Ould")),
    ],
)
def test_registry_style(family: str, given: str, stored: tuple[str, str]) -> None:
    assert registry_names(family, given) == stored


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_the_style_of_a_styled_name_is_itself(name: str) -> None:
    assert family_style(family_style(name)) == family_style(name)
    assert given_style(given_style(name)) == given_style(name)
    # Only letter case changes: never a word lost or added.
    assert len(family_style(name).split()) == len(name.split())
    assert len(given_style(name).split()) == len(name.split())


def test_every_save_stores_the_style(db: Database) -> None:
    person = create_person(db, PersonFields(family_name="soumana", given_names="mariama"))
    assert (person.family_name, person.given_names) == ("SOUMANA", "Mariama")
    fields = person.fields()
    edited = edit_person(
        db,
        person.id,
        PersonFields(**{**fields.__dict__, "family_name": "soumana ép. diallo"}),
    )
    assert edited.family_name == "SOUMANA ÉP. DIALLO"
    assert get_person(db, person.id).revision == edited.revision
