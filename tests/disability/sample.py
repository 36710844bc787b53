"""Seven participants of one training, with the disability status a careful person gets by
hand from their answers (the Washington Group's cut-off: "a lot of difficulty" or "cannot do
at all" in at least one domain):

- Aminata (F): a lot of difficulty walking, no difficulty otherwise -> with disability
- Issa (M): a lot of difficulty walking, some difficulty seeing -> with disability
- Fatou (F), Oumar (M), Moussa (M): all six answered, no difficulty (Moussa: some difficulty
  seeing) -> without
- Awa (F): asked, but no consent: nothing stored -> not recorded
- Karim (M): four questions answered only, no difficulty -> not recorded

So 2 with, 3 without, 2 not recorded; by sex, with: 1 F 1 M, without: 1 F 2 M, not recorded:
1 F 1 M. A facilitator with a lot of difficulty seeing leads the training: the team is not
counted.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.disability.questions import A_LOT, DOMAIN_KEYS, NO_DIFFICULTY, SOME
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from tests.factories import activity_fields

DAY = dt.date(2022, 10, 10)
CONSENTED = dt.date(2022, 10, 10)


def _answers(**changes: str) -> DisabilityAnswers:
    return DisabilityAnswers(
        True, CONSENTED, {**dict.fromkeys(DOMAIN_KEYS, NO_DIFFICULTY), **changes}
    )


PERSONS: tuple[tuple[str, str, str, DisabilityAnswers | None], ...] = (
    ("Aminata", "MAÏGA", "F", _answers(walking=A_LOT)),
    ("Issa", "ISSOUFOU", "M", _answers(walking=A_LOT, seeing=SOME)),
    ("Fatou", "DIALLO", "F", _answers()),
    ("Oumar", "KEITA", "M", _answers()),
    ("Moussa", "SANGARÉ", "M", _answers(seeing=SOME)),
    ("Awa", "COULIBALY", "F", DisabilityAnswers(False)),
    (
        "Karim",
        "TRAORÉ",
        "M",
        DisabilityAnswers(True, CONSENTED, dict.fromkeys(DOMAIN_KEYS[:4], NO_DIFFICULTY)),
    ),
)


def build(database: Database, project: str = "PAG") -> dict[str, int]:
    """The training and its participants; the persons' ids by given name."""
    activity = create_activity(
        database,
        activity_fields(
            title="Formation des OSC",
            kind="training",
            start_date=DAY,
            end_date=DAY,
            office="NE-NIA",
            project_code=project,
            country="NE",
            city="Niamey",
        ),
    ).id
    ids = {}
    for given, family, sex, answers in PERSONS:
        person = create_person(
            database, PersonFields(family, given, sex=sex, birth_year=1990, disability=answers)
        )
        check_in(database, activity, person.id, DAY)
        ids[given] = person.id
    facilitator = create_person(
        database,
        PersonFields("OUEDRAOGO", "Salif", sex="M", disability=_answers(seeing=A_LOT)),
    )
    check_in(database, activity, facilitator.id, DAY, role="facilitator")
    return ids
