"""Typing a whole name that is not the person found must not check that person in."""

from __future__ import annotations

import pytest

from desktop_app.registry.persons import PersonRow
from desktop_app.registry.typed_names import is_full_name, names_person


def person(family: str, given: str, organisation: str | None = None) -> PersonRow:
    return PersonRow(1, family, given, "F", 1990, organisation, None, None, None)


FATIMATA = person("MAHAMADOU", "Fatimata", "Radio Kledu (RK)")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Fati Hamadou", False),  # "hamadou" only sits inside MAHAMADOU
        ("Fatoumata Mahamadou", False),  # another given name
        ("mahamadou fatimata", True),
        ("Fatimata MAHAMADOU", True),
        ("fati maha", True),  # the starts of both names
        ("Fatimata kledu", True),  # her organisation
        ("Mahamadou Ramatou", False),
    ],
)
def test_typed_words_must_start_the_persons_words(typed: str, expected: bool) -> None:
    assert names_person(typed, FATIMATA) is expected


def test_names_written_together_or_apart_still_fit() -> None:
    assert names_person("Awa NDIAYE", person("N'DIAYE", "Awa"))
    assert names_person("abdoulaziz toure", person("TOURE", "Abdoul Aziz"))
    assert names_person("Mariam Traore", person("TRAORÉ", "Mariama"))  # a given-name prefix


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Fati Hamadou", True),
        ("hamadou", False),  # a fragment: a search
        ("90 12 34 56", False),
        ("awa 9012", False),
        ("awa@dcaf.ch", False),
        ("Jean-Baptiste KY", True),
    ],
)
def test_full_name_is_two_words_of_letters(typed: str, expected: bool) -> None:
    assert is_full_name(typed) is expected
