"""The one normaliser, the search text of persons and organisations, phones in E.164."""

from __future__ import annotations

import pytest

from desktop_app.records.phones import national_digits, parse_phone
from desktop_app.records.text import (
    normalise,
    organisation_search_text,
    person_search_text,
    search_words,
)
from desktop_app.records.validation import ValidationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Célestin GUIDIMEY", "celestin guidimey"),
        ("  MAÏGA-Touré,  Aïssa ", "maiga toure aissa"),
        ("L'Essor (quotidien)", "l essor quotidien"),
        ("Ségou\tTombouctou\n", "segou tombouctou"),
        ("ﬁnances", "finances"),  # compatibility ligature folded by NFKD
        ("Straße", "strasse"),
        ("", ""),
        (None, ""),
        ("__--..", ""),
    ],
)
def test_normalise(raw: str | None, expected: str) -> None:
    assert normalise(raw) == expected


def test_search_words_are_distinct_and_longest_first() -> None:
    assert search_words("Guid  célestin guid") == ["celestin", "guid"]


def test_person_search_text_holds_names_organisation_phone_and_email() -> None:
    text = person_search_text(
        "GUIDIMEY", "Célestin", "Forces armées béninoises", "FAB", "+22990123456", "C.G@mail.bj"
    )
    assert text == "guidimey celestin forces armees beninoises fab 22990123456 90123456 c g mail bj"


def test_organisation_search_text() -> None:
    assert organisation_search_text("Commission nationale des droits de l'homme", "CNDH") == (
        "commission nationale des droits de l homme cndh"
    )
    assert organisation_search_text("Radio Klédu", None) == "radio kledu"


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("90 12 34 56", "NE", "+22790123456"),
        ("+227 90-12-34-56", "ML", "+22790123456"),
        ("0022790123456", "ML", "+22790123456"),
        ("76 12 34 56", "ML", "+22376123456"),
        ("(+223) 76.12.34.56", None, "+22376123456"),
        ("", "NE", None),
        (None, "NE", None),
    ],
)
def test_parse_phone(raw: str | None, country: str | None, expected: str | None) -> None:
    assert parse_phone(raw, country) == expected


@pytest.mark.parametrize("raw", ["12", "90 12 34", "not a phone", "+227 12 34 56 78 90 12"])
def test_invalid_phone_is_a_field_error(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(raw, "NE", field="phone")
    assert list(caught.value.fields) == ["phone"]
    assert raw in str(caught.value)


def test_national_digits() -> None:
    assert national_digits("+22376123456") == "22376123456 76123456"
    assert national_digits(None) == ""
