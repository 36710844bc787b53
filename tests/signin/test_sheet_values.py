"""Cell values as partners write them, read into the registry's forms."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.signin.dates import day_of_activity, parse_date
from desktop_app.signin.fields import field_for_header
from desktop_app.signin.values import (
    BadValue,
    is_signed,
    read_age,
    read_birth_year,
    read_category,
    read_phone,
    read_sex,
    split_full_name,
)

ON = dt.date(2022, 12, 5)
START, END = dt.date(2022, 12, 5), dt.date(2022, 12, 7)


@pytest.mark.parametrize(
    ("written", "sex"),
    [("F", "F"), ("f", "F"), ("Femme", "F"), ("FÉMININ", "F"), ("Mme", "F"), ("Female", "F"),
     ("M", "M"), ("H", "M"), ("Homme", "M"), ("masculin", "M"), ("Male", "M"), ("", None),
     ("-", None), ("néant", None)],
)  # fmt: skip
def test_sex_variants(written: str, sex: str | None) -> None:
    assert read_sex(written) == sex


def test_unknown_sex_is_not_guessed() -> None:
    with pytest.raises(BadValue, match='Sex "X" not understood'):
        read_sex("X")


@pytest.mark.parametrize(
    ("written", "expected"),
    [(34, (1988, None)), (34.0, (1988, None)), ("34 ans", (1988, None)), ("34ans", (1988, None)),
     ("18-29", (None, "18-29")), ("18 à 29 ans", (None, "18-29")), (1990, (1990, None)),
     ("60+", (None, "60+")), ("60 ans et plus", (None, "60+")), ("Moins de 30 ans", (None, "0-29")),
     ("< 30", (None, "0-29")), ("35 and over", (None, "35+")),
     ("", (None, None))],
)  # fmt: skip
def test_ages_become_birth_years_at_the_activity_date(
    written: object, expected: tuple[int | None, str | None]
) -> None:
    assert read_age(written, ON) == expected


@pytest.mark.parametrize("written", ["vingt", "250", "2", "40-30"])
def test_nonsense_ages(written: str) -> None:
    with pytest.raises(BadValue):
        read_age(written, ON)


@pytest.mark.parametrize(
    ("written", "year"),
    [(1985, 1985), ("1985", 1985), ("12/03/1985", 1985), (dt.date(1985, 3, 12), 1985)],
)
def test_birth_years(written: object, year: int) -> None:
    assert read_birth_year(written, ON) == year


def test_birth_year_in_the_future_is_refused() -> None:
    with pytest.raises(BadValue):
        read_birth_year(2031, ON)


@pytest.mark.parametrize(
    ("written", "e164"),
    [("96 12 34 56", "+22796123456"), (96123456.0, "+22796123456"),
     ("+227 96-12-34-56", "+22796123456"), ("00227 96123456", "+22796123456"),
     ("66 12 34 56", "+22366123456"), ("96 12 34 56 / 90 00 00 00", "+22796123456"),
     ("96/12/34/56", "+22796123456")],
)  # fmt: skip
def test_phones_in_e164_niger_then_mali(written: object, e164: str) -> None:
    # 66 xx xx xx is no Niger number: the Mali prefix is tried next.
    assert read_phone(written, ("NE", "ML")) == e164


def test_site_country_comes_first_for_phones() -> None:
    assert read_phone("76 12 34 56", ("ML", "NE")) == "+22376123456"


@pytest.mark.parametrize(
    ("text", "family_first", "names"),
    [("GUIDIMEY Célestin", True, ("GUIDIMEY", "Célestin")),
     ("Célestin GUIDIMEY", True, ("GUIDIMEY", "Célestin")),
     ("Célestin Guidimey", False, ("Guidimey", "Célestin")),
     ("ABDOU MOUSSA", True, ("ABDOU", "Moussa")),
     ("Gal. Célestin GUIDIMEY", True, ("GUIDIMEY", "Gal. Célestin"))],
)  # fmt: skip
def test_names_in_either_order(text: str, family_first: bool, names: tuple[str, str]) -> None:
    assert split_full_name(text, family_first=family_first) == names


@pytest.mark.parametrize(
    ("written", "signed"),
    [("signé", True), ("x", True), ("✓", True), (1, True), ("", False), (None, False),
     ("absent", False), ("0", False)],
)  # fmt: skip
def test_signatures(written: object, signed: bool) -> None:
    assert is_signed(written) is signed


@pytest.mark.parametrize(
    ("written", "code"),
    [("FDS", "fds"), ("OSC", "civil_society"), ("Société civile", "civil_society"),
     ("Médias", "media"), ("Parlement", "parliament"), ("Martien", None)],
)  # fmt: skip
def test_categories(written: str, code: str | None) -> None:
    assert read_category(written) == code


@pytest.mark.parametrize(
    ("written", "day"),
    [("05/12/2022", dt.date(2022, 12, 5)), ("5-12-22", dt.date(2022, 12, 5)),
     ("lundi 5 décembre 2022", dt.date(2022, 12, 5)), ("1er déc.", dt.date(2022, 12, 1)),
     ("6 Dec 2022 (Day 2/3)", dt.date(2022, 12, 6)), ("2022-12-07", dt.date(2022, 12, 7)),
     ("Nom", None)],
)  # fmt: skip
def test_french_dates(written: str, day: dt.date | None) -> None:
    assert parse_date(written, 2022) == day


@pytest.mark.parametrize(
    ("header", "day"),
    [("J1", START), ("Jour 2", dt.date(2022, 12, 6)), ("Day 3", END), ("07/12", END),
     ("2e jour", dt.date(2022, 12, 6))],
)  # fmt: skip
def test_day_headers(header: str, day: dt.date) -> None:
    assert day_of_activity(header, START, END) == day


def test_day_without_year_over_new_year() -> None:
    start, end = dt.date(2022, 12, 30), dt.date(2023, 1, 2)
    assert day_of_activity("02/01", start, end) == dt.date(2023, 1, 2)
    assert day_of_activity("31/12", start, end) == dt.date(2022, 12, 31)


@pytest.mark.parametrize(
    ("header", "field"),
    [("NOM ET PRENOMS", "full_name"), ("Prénom(s)", "given_names"), ("Tél.", "phone"),
     ("N° de téléphone", "phone"), ("Adresse e-mail", "email"), ("E-mail", "email"),
     ("Structure/Institution", "organisation"), ("Année de naissance", "birth_year"),
     ("Âge", "age"), ("Catégorie d'acteur", "category"), ("Émargement", "signature"),
     ("Agence", None), ("Observations", None)],
)  # fmt: skip
def test_headers_accents_case_and_abbreviations(header: str, field: str | None) -> None:
    assert field_for_header(header) == field
