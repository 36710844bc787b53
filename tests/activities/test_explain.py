"""The lists behind the counts of the three-day training, checked against a count by hand.

By hand: participants TRAORÉ Awa (F, born 1998, media, 3 days, signed), DIARRA Ibrahim (M,
1970, media, 2 days), KONÉ Mariam (F, age unknown, civil society, 1 day), SANOGO (sex not
stated, 2001, 1 day); team CHAPPUIS Fairlie (expert) and COULIBALY Moussa (facilitator, day 1
only); a head count of 4 on day 1 (1 woman, youth not stated, "Auditeurs libres").
"""

from __future__ import annotations

import pytest

from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.explain import explain
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training, add_activity, add_person, attend


def _names(db: Database, training: Training, field: str) -> list[str]:
    return [p.display_name for p in explain(db, field, activity_id=training.activity_id).persons]


def test_each_count_lists_the_persons_counted_by_hand(db: Database, training: Training) -> None:
    assert _names(db, training, "women") == ["KONÉ Mariam", "TRAORÉ Awa"]
    assert _names(db, training, "men") == ["DIARRA Ibrahim"]
    assert _names(db, training, "sex_not_stated") == ["SANOGO"]
    assert _names(db, training, "youth") == ["SANOGO", "TRAORÉ Awa"]  # 21 and 24 in 2022
    assert _names(db, training, "age_unknown") == ["KONÉ Mariam"]
    assert _names(db, training, "team") == ["CHAPPUIS Fairlie", "COULIBALY Moussa"]
    assert _names(db, training, "completion") == ["TRAORÉ Awa"]
    assert _names(db, training, "category:media") == ["DIARRA Ibrahim", "TRAORÉ Awa"]
    assert _names(db, training, "category:none") == ["SANOGO"]


def test_head_counts_are_rows_of_their_own_with_what_they_add(
    db: Database, training: Training
) -> None:
    women = explain(db, "women", activity_id=training.activity_id)
    (head_count,) = women.head_counts
    assert (head_count.counted, head_count.head_count.total) == (1, 4)
    assert head_count.head_count.note == "Auditeurs libres"
    assert women.total == 3
    unknown = explain(db, "age_unknown", activity_id=training.activity_id)
    assert unknown.total == 1 + 4  # KONÉ Mariam, and the head count's 4 whose youth is unknown
    participants = explain(db, "participants", activity_id=training.activity_id)
    assert (len(participants.persons), participants.total) == (4, 8)
    assert explain(db, "named", activity_id=training.activity_id).head_counts == ()


def test_person_days_count_each_persons_days(db: Database, training: Training) -> None:
    days = explain(db, "person_days", activity_id=training.activity_id)
    assert {p.display_name: p.counted for p in days.persons} == {
        "TRAORÉ Awa": 3,
        "DIARRA Ibrahim": 2,
        "KONÉ Mariam": 1,
        "SANOGO": 1,
    }
    assert [h.counted for h in days.head_counts] == [4]
    assert days.total == 11


def test_a_row_says_who_the_person_is_and_how_their_age_is_known(
    db: Database, training: Training
) -> None:
    women = {
        p.display_name: p for p in explain(db, "women", activity_id=training.activity_id).persons
    }
    awa = women["TRAORÉ Awa"]
    assert (awa.person_id, awa.organisation, awa.category) == (
        training.persons["awa"],
        "ORTM",
        "media",
    )
    assert awa.age is not None and (awa.age.years, awa.age.basis) == (24, "year")
    assert (awa.days_present, awa.days_signed, awa.roles) == (3, 3, ("participant",))
    mariam = women["KONÉ Mariam"]
    assert mariam.age is not None and (mariam.age.years, mariam.age.basis) == (None, "unknown")
    (ibrahim,) = explain(db, "men", activity_id=training.activity_id).persons
    assert (ibrahim.days_present, ibrahim.days_signed) == (2, 1)
    team = explain(db, "team", activity_id=training.activity_id).persons
    assert [p.roles for p in team] == [("expert",), ("facilitator",)]


def test_unique_persons_come_once_with_their_activities(db: Database, training: Training) -> None:
    second = add_activity(db, title="Suite", start=DAYS[2].replace(day=20))
    late = add_person(db, "TOURÉ", "Fanta", sex="F")
    attend(db, second, training.persons["awa"], DAYS[2].replace(day=20))
    attend(db, second, late, DAYS[2].replace(day=20))
    period = PeriodFilter()
    participations = explain(db, "participations", period=period)
    assert participations.total == 8 + 2
    unique = explain(db, "unique_women", period=period)
    assert [(p.display_name, p.activities) for p in unique.persons] == [
        ("KONÉ Mariam", 1),
        ("TOURÉ Fanta", 1),
        ("TRAORÉ Awa", 2),
    ]
    assert unique.total == 3 + 1  # and the head count's woman
    assert explain(db, "unique_persons", period=period).total == 5 + 4


def test_a_count_that_does_not_exist_is_refused_with_the_list(
    db: Database, training: Training
) -> None:
    with pytest.raises(RegistreError, match=r"no count called wives.*participants, "):
        explain(db, "wives", activity_id=training.activity_id)
    with pytest.raises(RegistreError, match="category:CODE"):
        explain(db, "category:farmers", activity_id=training.activity_id)
    with pytest.raises(RegistreError, match="no activity with id 999"):
        explain(db, "women", activity_id=999)
