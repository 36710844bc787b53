"""The pseudonymised workbook's only trace of the Washington Group answers: participants
counted by disability status and sex, never a person's answers or status.

A participant is one by the counting rules (activities/counting_rules.py: the role
participant on at least one day of a live activity that was not cancelled), counted once
however many activities. A count from 1 to below the small-number threshold is
written "< 5" (indicators/small_numbers.py): a small cell must not single anyone out.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, select

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.counting import PeriodFilter, reported_activity_ids
from desktop_app.disability.questions import COLUMNS, STATUSES, status
from desktop_app.indicators.small_numbers import protected
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.store.models import Person

SEXES = ("F", "M", None)
HEADERS = (
    ("Disability status", "Situation de handicap"),
    ("Disability status", "Situation de handicap"),
    ("Women", "Femmes"),
    ("Men", "Hommes"),
    ("Sex not stated", "Sexe non précisé"),
    ("Participants", "Participants"),
)
NOTE = (
    "Participants counted once each; figures from 1 to {below} are shown as \u201c< {threshold}"
    "\u201d. Status by the Washington Group's cut-off (a lot of difficulty or cannot do at all"
    " in at least one domain).",
    "Participants comptés une fois chacun\u202f; les chiffres de 1 à {below} sont affichés"
    " «\u202f< {threshold}\u202f». Situation selon le seuil du Groupe de Washington (beaucoup"
    " de difficultés ou ne peut pas du tout dans au moins un domaine).",
)


def counts(connection: Connection) -> Counter[tuple[str, str | None]]:
    """(status, sex) -> participants."""
    # The counting rules' participants of every activity a report covers (one definition for
    # the reports, the indicators and this sheet).
    source = rules.standings(
        reported_activity_ids(PeriodFilter()), DEFAULT_YOUTH_THRESHOLD, days=False
    )
    participants = source.statement.add_columns(source.standing.person_id).where(
        rules.PARTICIPANTS.condition(source.standing)
    )
    found: Counter[tuple[str, str | None]] = Counter()
    for row in connection.execute(
        select(
            Person.sex,
            Person.disability_consent,
            *(getattr(Person, column) for column in COLUMNS.values()),
        ).where(~Person.deleted, Person.id.in_(participants))
    ):
        answers = dict(zip(COLUMNS, row[2:], strict=True))
        found[(status(bool(row[1]), answers), row[0])] += 1
    return found


def note(language: str, threshold: int) -> str:
    """How the sheet counts, for the workbook's "About" sheet."""
    return NOTE[1 if language.startswith("fr") else 0].format(
        below=threshold - 1, threshold=threshold
    )


def rows(connection: Connection, language: str, threshold: int) -> list[list[object]]:
    """One row per status: its label, the counts by sex, the total (small ones hidden)."""
    french = language.startswith("fr")
    found = counts(connection)

    def shown(count: int) -> object:
        return protected(count, threshold) or count

    table: list[list[object]] = []
    for code, (english, french_label) in STATUSES.items():
        by_sex = [found[(code, sex)] for sex in SEXES]
        table.append([french_label if french else english, *map(shown, by_sex), shown(sum(by_sex))])
    return table
