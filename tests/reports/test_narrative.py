"""The narrative line of every kind in both languages: gender, elision, plurals, youth clause."""

from __future__ import annotations

import pytest

from desktop_app.reports.narrative import NARROW_NBSP, NarrativeFigures, french_article, narrative
from desktop_app.store import vocabulary

KINDS = [term.code for term in vocabulary.activity_kinds()]
FRENCH_OPENINGS = {
    "workshop": "L'atelier a réuni",
    "training": "La formation a réuni",
    "seminar": "Le séminaire a réuni",
    "symposium": "Le colloque a réuni",
    "meeting": "La réunion a réuni",
    "conference": "La conférence a réuni",
    "forum": "Le forum a réuni",
    "restitution": "La restitution a réuni",
    "consultation": "La consultation a réuni",
    "field_visit": "La visite de terrain a réuni",
    "other": "L'activité a réuni",
}


def test_the_newsletter_sentence_in_both_languages() -> None:
    figures = NarrativeFigures("meeting", participants=88, women=23, youth=18)
    assert narrative(figures, "fr") == (
        "La réunion a réuni 88 participants, dont 23 femmes\u202f; 20\u202f% étaient des jeunes "
        "(moins de 30 ans)."
    )
    assert narrative(figures, "en") == (
        "The meeting brought together 88 participants, including 23 women; "
        "20% were young people (under 30)."
    )


def test_every_kind_of_the_vocabulary_has_its_french_opening() -> None:
    assert set(KINDS) == set(FRENCH_OPENINGS)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_both_languages(kind: str) -> None:
    english = {t.code: t.en for t in vocabulary.activity_kinds()}[kind]
    figures = NarrativeFigures(kind, participants=22, women=9, youth=11, youth_threshold=35)
    french = narrative(figures, "fr")
    assert french.startswith(FRENCH_OPENINGS[kind] + " 22 participants, dont 9 femmes")
    assert french.endswith(f"{NARROW_NBSP}; 50{NARROW_NBSP}% étaient des jeunes (moins de 35 ans).")
    assert narrative(figures, "en") == (
        f"The {english} brought together 22 participants, including 9 women; "
        "50% were young people (under 35)."
    )


@pytest.mark.parametrize("kind", KINDS)
def test_singulars_in_both_languages(kind: str) -> None:
    figures = NarrativeFigures(kind, participants=1, women=1, youth=None)
    french = narrative(figures, "fr")
    assert french.startswith(FRENCH_OPENINGS[kind])
    assert french.endswith("a réuni 1 participant, dont 1 femme.")
    assert narrative(figures, "en").endswith("brought together 1 participant, including 1 woman.")


def test_plural_women_with_one_woman_among_many() -> None:
    figures = NarrativeFigures("training", participants=2, women=1, youth=None)
    assert narrative(figures, "fr") == "La formation a réuni 2 participants, dont 1 femme."
    assert narrative(figures, "en") == (
        "The training brought together 2 participants, including 1 woman."
    )


def test_no_youth_clause_when_ages_are_unknown() -> None:
    figures = NarrativeFigures("seminar", participants=68, women=14, youth=None)
    assert narrative(figures, "fr") == "Le séminaire a réuni 68 participants, dont 14 femmes."
    assert "young" not in narrative(figures, "en")


def test_no_women_is_said_in_words() -> None:
    figures = NarrativeFigures("forum", participants=5, women=0, youth=0)
    assert "dont aucune femme" in narrative(figures, "fr")
    assert "including no women" in narrative(figures, "en")
    assert f"0{NARROW_NBSP}% étaient" in narrative(figures, "fr")


def test_a_single_young_participant() -> None:
    figures = NarrativeFigures("meeting", participants=1, women=1, youth=1)
    assert "; la participante était une jeune (moins de 30 ans)." in narrative(figures, "fr")
    assert "; the participant was a young person (under 30)." in narrative(figures, "en")


def test_thousands_are_grouped_by_language() -> None:
    figures = NarrativeFigures("symposium", participants=1200, women=451, youth=None)
    assert f"1{NARROW_NBSP}200 participants" in narrative(figures, "fr")
    assert "1,200 participants" in narrative(figures, "en")


def test_share_is_rounded_half_up() -> None:
    # 1 of 8 is 12.5 %: rounded to 13, not to the even 12.
    figures = NarrativeFigures("meeting", participants=8, women=2, youth=1)
    assert f"13{NARROW_NBSP}%" in narrative(figures, "fr")


@pytest.mark.parametrize(
    ("noun", "gender", "article"),
    [
        ("atelier", "m", "L'"),
        ("hémicycle", "m", "L'"),
        ("hangar", "m", "Le "),
        ("Échange", "m", "L'"),
        ("table ronde", "f", "La "),
        ("colloque", "m", "Le "),
    ],
)
def test_french_article_elides_before_vowels_and_mute_h(
    noun: str, gender: str, article: str
) -> None:
    assert french_article(noun, gender) == article


def test_unknown_ages_are_said_when_only_some_are_known() -> None:
    figures = NarrativeFigures("forum", participants=200, women=68, youth=3, age_unknown=187)
    assert narrative(figures, "fr") == (
        "Le forum a réuni 200 participants, dont 68 femmes\u202f; 2\u202f% étaient des jeunes "
        "(moins de 30 ans)\u202f; l'âge de 187 participants n'est pas connu."
    )
    assert narrative(figures, "en").endswith(
        "2% were young people (under 30); the age of 187 participants is not known."
    )
    one = NarrativeFigures("forum", participants=20, women=8, youth=3, age_unknown=1)
    assert narrative(one, "fr").endswith("; l'âge d'un participant n'est pas connu.")
    assert narrative(one, "en").endswith("; the age of one participant is not known.")
