"""Countries: ISO 3166-1 codes checked against the list, typed as a code or a name in
English or French; the same check for sites, activities, organisations and nationalities."""

from __future__ import annotations

import pytest

from desktop_app.records.countries import countries, find_country, suggestions
from desktop_app.records.validation import ValidationError
from desktop_app.registry.organisations import create_organisation
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.registry.site_settings import update_local_site
from desktop_app.store import Database
from tests.factories import MakeActivity


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("NE", "NE"),
        ("ne", "NE"),
        ("Niger", "NE"),
        ("niger", "NE"),
        (" NIGER ", "NE"),
        ("Niger (NE)", "NE"),
        ("Tchad", "TD"),
        ("Chad", "TD"),
        ("cote d'ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("RDC", "CD"),
        ("Bénin", "BJ"),
        ("Benin", "BJ"),
        ("Suisse (CH)", "CH"),
    ],
)
def test_a_country_is_found_by_code_or_name(typed: str, code: str) -> None:
    found = find_country(typed)
    assert found is not None and found.code == code


@pytest.mark.parametrize("typed", ["Ni", "XX", "Nigeria (NE)", "Niger (XX)", "", "N", "Nigerr"])
def test_what_is_not_a_country_is_not_found(typed: str) -> None:
    assert find_country(typed) is None


def test_the_list_has_every_iso_code_once_with_both_names() -> None:
    codes = [country.code for country in countries()]
    assert len(codes) == len(set(codes)) == 249
    assert all(country.en and country.fr for country in countries())
    assert {"NE", "ML", "BF", "TD", "SN", "CI", "CH"} <= set(codes)


def test_suggestions_for_what_was_cut_short() -> None:
    codes = [country.code for country in suggestions("Ni")]
    assert codes[0] == "NI"  # the code itself, typed in another case
    assert {"NE", "NG"} <= set(codes)


def test_the_two_letters_a_short_field_kept_of_niger_are_refused_with_a_clear_message(
    make_activity: MakeActivity,
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_activity(country="Ni")
    message = str(caught.value.fields["country"])
    assert message.startswith("Ni is not a country: did you mean ")
    assert (
        "Niger (NE)" in message and "Type its two-letter code (NE) or its name (Niger)." in message
    )


def test_activities_sites_organisations_and_persons_store_the_code(
    make_activity: MakeActivity, db: Database
) -> None:
    assert make_activity(country="Niger").country == "NE"
    assert update_local_site(db, "Bureau de Niamey", "niger").country == "NE"
    assert create_organisation(db, "CNDH", country="Mali").country == "ML"
    person = create_person(db, PersonFields(family_name="SOW", nationality="Sénégal"))
    assert person.nationality == "SN"
    with pytest.raises(ValidationError) as caught:
        create_person(db, PersonFields(family_name="SOW", nationality="Xx"))
    assert set(caught.value.fields) == {"nationality"}
    assert "type its two-letter code" in str(caught.value)
