"""What names and positions say beyond their letters: a word that is another name, a spelling
nobody else writes (a slip of the pen), two positions, a second phone number; a human typed three
times, met through the third record; a family name alone met by position and birth year."""

from __future__ import annotations

from desktop_app.dedup.finder import DuplicatePair, find_duplicates
from desktop_app.dedup.match import likely_matches
from desktop_app.dedup.score import DEFAULT_MIN_SCORE
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database

# Two women of the Mairie de Tahoua born the same year: one human typed twice, or two namesakes.
TAHOUA = dict(organisation_name="Mairie de Tahoua", birth_year=1984, sex="F", region="Tahoua")
TOWN_HALL = dict(organisation_name="Mairie de Tahoua", sex="F", region="Tahoua")  # no birth year


def _person(db: Database, family: str, given: str = "", **values: object) -> int:
    return create_person(db, PersonFields(family_name=family, given_names=given, **values)).id  # type: ignore[arg-type]


def _pair(pairs: list[DuplicatePair], first: int, second: int) -> DuplicatePair | None:
    return next((p for p in pairs if {p.first.id, p.second.id} == {first, second}), None)


def _namesakes(db: Database, given: str, count: int) -> None:
    """`count` men and women of the registry who write this given name (a common one)."""
    families = ("DIALLO", "TRAORÉ", "KEITA", "COULIBALY", "MAÏGA", "CISSÉ", "TOURÉ", "SOW")
    for number in range(count):
        _person(db, families[number % len(families)], given, birth_year=1960 + number)


def test_a_word_that_is_another_name_counts_against_the_pair(db: Database) -> None:
    # Hawa and Nana: half their letters alike, but two names, not a spelling of one. Both
    # women of one town hall born the same year, as namesakes of a common name often are.
    for number in range(3):
        _person(db, "SIDIBÉ", "Hawa", birth_year=1990 + number, organisation_name="CNDH")
        _person(db, "SIDIBÉ", "Nana", birth_year=1960 + number, organisation_name="HALCIA")
    hawa = _person(db, "SIDIBÉ", "Hawa", **TAHOUA)
    nana = _person(db, "Sidibé", "Nana", **TAHOUA)
    # A typo in each part, as a tired hand types her: one name.
    mariama = _person(db, "SOUMANA", "Mariama", **TOWN_HALL)
    typed = _person(db, "soumna", "mariam", **TOWN_HALL)
    pairs = find_duplicates(db)
    assert _pair(pairs, hawa, nana) is None
    found = _pair(pairs, mariama, typed)
    assert found is not None and "unlike_word" not in found.reasons
    low = _pair(find_duplicates(db, min_score=30), hawa, nana)
    assert low is not None and "unlike_word" in low.reasons
    assert DEFAULT_MIN_SCORE - 10 <= low.score < DEFAULT_MIN_SCORE  # 10 points decided


def test_a_spelling_nobody_else_writes_is_a_slip_of_the_pen(db: Database) -> None:
    _namesakes(db, "Ibrahim", 12)
    ibrahim = _person(db, "ISSOUFOU", "Ibrahim", sex="M", organisation_name="CNDH", birth_year=1979)
    ibrohim = _person(db, "Issoufou", "Ibrohim", sex="M", organisation_name="CNDH")
    pair = _pair(find_duplicates(db, min_score=30), ibrahim, ibrohim)
    assert pair is not None and "slip" in pair.reasons
    # At the door, the name typed with the slip is offered its person with the same reason.
    offered = likely_matches(db, "ISSOUFOU", "Ibrohim", organisation="CNDH")
    assert offered[0].id == ibrahim and "slip" in offered[0].reasons
    assert offered[0].score == pair.score


def test_a_rare_spelling_of_a_rare_name_is_no_slip(db: Database) -> None:
    # Nobody else writes either word: a namesake's other name as much as a slip.
    abdoulaye = _person(db, "KANÉ", "Abdoulaye", sex="M", organisation_name="CNDH")
    abdoulay = _person(db, "KANÉ", "Abdoulay", sex="M", organisation_name="CNDH")
    pair = _pair(find_duplicates(db, min_score=30), abdoulaye, abdoulay)
    assert pair is not None and "slip" not in pair.reasons


def test_a_name_alone_never_reaches_the_finder(db: Database) -> None:
    _namesakes(db, "Mariama", 12)
    mariama = _person(db, "SOUMANA", "Mariama")
    slip = _person(db, "SOUMANA", "Mariamma")
    pair = _pair(find_duplicates(db, min_score=30), mariama, slip)
    assert pair is not None and "slip" in pair.reasons and pair.score < DEFAULT_MIN_SCORE


def test_two_positions_count_a_little_against(db: Database) -> None:
    chef = _person(db, "DIALLO", "Mariam", position="Chef de village", **TAHOUA)
    secretary = _person(db, "Diallo", "Mariam", position="Secrétaire général", **TAHOUA)
    same = _person(db, "DIALLO", "Mariam", position="Chef de village", **TAHOUA)
    pairs = find_duplicates(db, min_score=30)
    two = _pair(pairs, chef, secretary)
    one = _pair(pairs, chef, same)
    assert two is not None and one is not None
    assert "other_position" in two.reasons and "same_position" in one.reasons
    assert one.score - two.score == 10  # the same position 7, another -3


def test_a_second_phone_number_does_not_rule_a_pair_out(db: Database) -> None:
    # Many carry two SIM cards: the same name, organisation and birth year still propose her.
    first = _person(db, "SOUMANA", "Mariama", phone="+227 90 12 34 56", **TAHOUA)
    second = _person(db, "Soumana", "MARIAMA", phone="+227 96 55 10 02", **TAHOUA)
    pair = _pair(find_duplicates(db), first, second)
    assert pair is not None and "other_phone" in pair.reasons


def test_a_human_typed_three_times_is_met_through_the_third_record(db: Database) -> None:
    # "diallo ahssata" and "Diallo Aissatou": two slips apart in one word, which no block
    # brings together; each is one with DIALLO Aïssata (same phone, same e-mail).
    sheet = _person(db, "diallo", "ahssata", sex="F", phone="90123456", organisation_name="CNDH")
    door = _person(
        db, "Diallo", "Aissatou", sex="F", phone="90 12 34 65", organisation_name="CNDH",
        email="aissata.diallo@cndh.ne",
    )  # fmt: skip
    assert _pair(find_duplicates(db), sheet, door) is None
    registry = _person(
        db, "DIALLO", "Aïssata", sex="F", phone="+227 90 12 34 56", birth_year=1984,
        email="Aissata.Diallo@cndh.ne",
    )  # fmt: skip
    pairs = find_duplicates(db)
    assert _pair(pairs, registry, sheet) is not None
    assert _pair(pairs, registry, door) is not None
    third = _pair(pairs, sheet, door)
    assert third is not None and "near_phone" in third.reasons


def test_a_family_name_alone_meets_its_family_by_position_and_birth_year(db: Database) -> None:
    # No organisation on either sheet: the mayor of Diffa born 1970, once without his given name.
    issoufou = _person(db, "KEITA", "Issoufou", sex="M", position="Maire", birth_year=1970)
    alone = _person(db, "Keita", "", sex="M", position="Maire", birth_year=1970)
    other_year = _person(db, "KEITA", "Moussa", sex="M", position="Maire", birth_year=1958)
    pairs = find_duplicates(db)
    pair = _pair(pairs, issoufou, alone)
    assert pair is not None and {"name_part", "same_position", "same_birth_year"} <= set(
        pair.reasons
    )
    assert _pair(pairs, other_year, alone) is None


def test_a_vowel_sound_written_otherwise_is_a_spelling(db: Database) -> None:
    # "ou" heard "i", "a" heard "o": both parts of the name written by ear.
    moussa = _person(db, "MAHAMADOU", "Moussa", position="Enseignant-chercheur", **TAHOUA)
    missa = _person(db, "Mahomadou", "Missa", position="Enseignant-chercheur", **TAHOUA)
    pair = _pair(find_duplicates(db), moussa, missa)
    assert pair is not None and "unlike_word" not in pair.reasons
    offered = likely_matches(db, "MAHAMADOU", "Missa", organisation="Mairie de Tahoua")
    assert [c.id for c in offered][:1] == [moussa]
