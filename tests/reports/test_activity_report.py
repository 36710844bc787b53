"""The activity report: counts, breakdowns, team and name list of a known training."""

from __future__ import annotations

import pytest

from desktop_app.activities.counting import activity_counts
from desktop_app.messages import RegistreError
from desktop_app.reports.data import UNNAMED, activity_report
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training


def test_counts_follow_the_counting_rules(db: Database, training: Training) -> None:
    report = activity_report(db, training.activity_id)
    counts = report.counts
    assert counts == activity_counts(db, training.activity_id)
    assert (counts.participants, counts.named, counts.unnamed) == (8, 4, 4)
    assert (counts.women, counts.men, counts.sex_not_stated) == (3, 4, 1)
    assert (counts.youth, counts.not_youth, counts.age_unknown) == (2, 1, 5)
    assert (counts.person_days, counts.completion, counts.team) == (11, 1, 2)


def test_days_add_up_to_person_days(db: Database, training: Training) -> None:
    report = activity_report(db, training.activity_id)
    assert [(d.day, d.named, d.unnamed) for d in report.by_day] == [
        (DAYS[0], 2, 4),
        (DAYS[1], 3, 0),
        (DAYS[2], 2, 0),
    ]
    assert sum(d.total for d in report.by_day) == report.counts.person_days


def test_regions_team_and_names(db: Database, training: Training) -> None:
    report = activity_report(db, training.activity_id)
    assert report.by_region == (("", 2), ("Bamako", 1), ("Kayes", 1))
    assert report.by_category == (
        ("media", 2),
        (None, 1),
        ("civil_society", 1),
        (UNNAMED, 4),
    )
    assert [(m.family_name, m.roles) for m in report.team] == [
        ("CHAPPUIS", ("expert",)),
        ("COULIBALY", ("facilitator",)),
    ]
    names = {n.family_name: n for n in report.names}
    assert list(names) == ["CHAPPUIS", "COULIBALY", "DIARRA", "KONÉ", "SANOGO", "TRAORÉ"]
    assert (names["TRAORÉ"].days_present, names["TRAORÉ"].days_signed) == (3, 3)
    assert (names["DIARRA"].days_present, names["DIARRA"].days_signed) == (2, 1)
    assert names["CHAPPUIS"].role == "expert"
    assert names["TRAORÉ"].organisation == "ORTM"
    assert report.partners == ("Maison de la presse",)


def test_narrative_of_the_report(db: Database, training: Training) -> None:
    report = activity_report(db, training.activity_id)
    assert report.narrative("fr") == (
        "La formation a réuni 8 participants, dont 3 femmes\u202f; 25\u202f% étaient des jeunes "
        "(moins de 30 ans)\u202f; l'âge de 5 participants n'est pas connu."
    )
    assert report.narrative("en").startswith("The training brought together 8 participants")


def test_threshold_is_a_parameter(db: Database, training: Training) -> None:
    report = activity_report(db, training.activity_id, youth_threshold=60)
    assert report.counts.youth == 3
    assert report.narrative("en").endswith(
        "38% were young people (under 60); the age of 5 participants is not known."
    )


def test_unknown_activity_is_refused(db: Database) -> None:
    with pytest.raises(RegistreError):
        activity_report(db, 999)
