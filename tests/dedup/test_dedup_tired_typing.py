"""Persons typed again by a tired hand (a given name shortened or left out, the phone written
otherwise), found with what the record carries; and near-misses that must not pair: brothers
of one family, one year, one office and one phone, and an e-mail address naming someone else."""

from __future__ import annotations

from desktop_app.dedup.finder import DuplicatePair, find_duplicates
from desktop_app.dedup.match import likely_matches
from desktop_app.dedup.score import DEFAULT_MIN_SCORE
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database

CNDH = dict(organisation_name="CNDH", sex="F", region="Niamey")


def _person(db: Database, family: str, given: str = "", **values: object) -> int:
    return create_person(db, PersonFields(family_name=family, given_names=given, **values)).id  # type: ignore[arg-type]


def _pair(pairs: list[DuplicatePair], first: int, second: int) -> DuplicatePair | None:
    return next((p for p in pairs if {p.first.id, p.second.id} == {first, second}), None)


def _hamadou_women(db: Database) -> None:
    """Other HAMADOU women of the same office: a family name alone meets all of them."""
    for number, given in enumerate(("Aïssata", "Mariama", "Hadiza", "Zeinabou")):
        _person(db, "HAMADOU", given, birth_year=1970 + number, **CNDH)


def test_a_shortened_given_name_and_one_left_out_with_the_same_phone(db: Database) -> None:
    _hamadou_women(db)
    fatimata = _person(db, "HAMADOU", "Fatimata Zeinabou", phone="+227 90 12 34 56", **CNDH)
    typed = _person(db, "HAMADOU", "Fati", phone="90123456")
    pair = _pair(find_duplicates(db), fatimata, typed)
    assert pair is not None and "same_phone" in pair.reasons and "name_part" in pair.reasons
    offered = likely_matches(db, "Hamadou", "fati", phone="90 12 34 56")
    assert offered[0].id in (fatimata, typed)


def test_a_family_name_alone_whose_e_mail_holds_the_given_name(db: Database) -> None:
    # "HAMADOU" alone, her own address beside it: fatimata.hamadou, not the office's.
    _hamadou_women(db)
    fatimata = _person(db, "HAMADOU", "Fatimata Zeinabou", birth_year=1984, **CNDH)
    typed = _person(db, "HAMADOU", email="Fatimata.Hamadou84@gmail.com", **CNDH)
    pair = _pair(find_duplicates(db), fatimata, typed)
    assert pair is not None and "email_names" in pair.reasons
    assert pair.score >= DEFAULT_MIN_SCORE
    # The other HAMADOU women of the office are no closer than before: 65 + 2 + 9.
    for other in find_duplicates(db, min_score=50):
        if typed in (other.first.id, other.second.id) and fatimata not in (
            other.first.id,
            other.second.id,
        ):
            assert "email_names" not in other.reasons and other.score < DEFAULT_MIN_SCORE
    # At the door, typed the same way: she is offered first, with the same score.
    offered = likely_matches(
        db,
        "HAMADOU",
        "",
        email="fatimata.hamadou84@gmail.com",
        organisation="CNDH",
        sex="F",
        excluding=typed,
    )
    assert offered[0].id == fatimata and offered[0].score == pair.score


def test_an_address_spelling_the_name_otherwise_still_names_her(db: Database) -> None:
    fatoumata = _person(db, "SOUMANA", "Fatoumata", **CNDH)
    typed = _person(db, "Soumana", email="fatimata.soumna@yahoo.fr", **CNDH)
    pair = _pair(find_duplicates(db), fatoumata, typed)
    assert pair is not None and "email_names" in pair.reasons


def test_an_address_that_names_someone_else_or_nobody_lifts_nothing(db: Database) -> None:
    _hamadou_women(db)
    fatimata = _person(db, "HAMADOU", "Fatimata", **CNDH)
    # Another given name, the office's address, another family's address: a family name
    # alone and an organisation, as without an e-mail (below the finder's score).
    others = [
        _person(db, "HAMADOU", email="aminata.hamadou@gmail.com", **CNDH),
        _person(db, "HAMADOU", email="contact@cndh.ne", **CNDH),
        _person(db, "HAMADOU", email="fatimata.diallo@gmail.com", **CNDH),
    ]
    low = find_duplicates(db, min_score=50)
    for other in others:
        pair = _pair(low, fatimata, other)
        assert pair is not None and "email_names" not in pair.reasons
        assert pair.score < DEFAULT_MIN_SCORE


def _namesakes(db: Database, given: str, count: int) -> None:
    """`count` men of the registry who carry this given name (a common one)."""
    families = ("DIALLO", "TRAORÉ", "KEITA", "COULIBALY", "MAÏGA", "CISSÉ", "TOURÉ", "SOW")
    for number in range(count):
        _person(db, families[number % len(families)], given, sex="M", birth_year=1950 + number)


def test_brothers_of_one_family_year_office_and_phone_are_not_paired(db: Database) -> None:
    # Twins: one family name, one birth year, one office, the family's phone. Moussa and
    # Amadou, names a dozen men of the registry carry each: two people, whatever else agrees.
    for given in ("Moussa", "Amadou", "Hassane"):
        _namesakes(db, given, 12)
    brothers = dict(
        birth_year=1990, organisation_name="Mairie de Tahoua", sex="M", phone="+227 96 00 11 22"
    )
    moussa = _person(db, "ISSOUFOU", "Moussa", position="Chef de service", **brothers)
    amadou = _person(db, "ISSOUFOU", "Amadou", position="Chef de service", **brothers)
    hassane = _person(db, "Issoufou", "Hassane Ali", **brothers)
    pairs = find_duplicates(db)
    assert _pair(pairs, moussa, amadou) is None
    assert _pair(pairs, moussa, hassane) is None and _pair(pairs, amadou, hassane) is None
    # Shown lower, with the reason: a word of one name is another name.
    low = _pair(find_duplicates(db, min_score=30), moussa, amadou)
    assert low is not None and "unlike_word" in low.reasons and "same_phone" in low.reasons
    assert likely_matches(db, "ISSOUFOU", "Amadou", phone="96001122", excluding=amadou) == []
    # A typo of a name nobody else writes is still a slip: the same phone finds him.
    typo = _person(db, "ISSOUFOU", "Mouusa", **brothers)
    assert _pair(find_duplicates(db), moussa, typo) is not None
