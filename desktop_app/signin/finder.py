"""Looking up sheet persons in the registry with the duplicate finder's `PersonMatcher`, built
once per import and asked once per row.

Known person (the row is imported onto them): one candidate scores at least `KNOWN_SCORE` (the
name and a phone or an e-mail agree, or the name, organisation and birth year) and no other
comes close. Possible duplicate (the user confirms or refuses): candidates scoring at least the
matcher's threshold. A name alone is not enough to be known: many people are called Moussa
DIALLO; except for a person already attending the same activity (the sheet Registre prints is
pre-filled with them), where the same name with nothing against it is enough.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop_app.dedup import match as dedup_match
from desktop_app.dedup.records import MatchQuery
from desktop_app.signin.preview import Candidate, Verdict
from desktop_app.signin.rows import PersonData
from desktop_app.store import Database
from desktop_app.store.models import Attendance
from desktop_app.vocabularies import team_roles

KNOWN_SCORE = 90
CLOSE_SECOND = 10  # a runner-up this close makes the best one only a possibility
AGAINST = frozenset({"other_phone", "other_sex", "far_birth_years"})


def _candidate(found: dedup_match.Candidate) -> Candidate:
    label = found.display_name
    if found.organisation:
        label = f"{label} ({found.organisation})"
    return Candidate(found.id, label, float(found.score), found.reasons)


def match_query(person: PersonData) -> MatchQuery:
    return MatchQuery(
        person.family_name,
        person.given_names,
        phone=person.phone,
        organisation=person.organisation,
        birth_year=person.birth_year,
        sex=person.sex,
        email=person.email,
    )


class RegistryFinder:
    """Callable on a `PersonData`; loads the live registry once. Given the sheet's `persons`,
    it loads only the registry persons they can meet (quicker, the same outcomes)."""

    def __init__(
        self,
        database: Database,
        activity_id: int | None = None,
        persons: Iterable[PersonData] | None = None,
    ) -> None:
        if persons is None:
            self.matcher = dedup_match.PersonMatcher.from_database(database)
        else:
            queries = [match_query(person) for person in persons]
            self.matcher = dedup_match.PersonMatcher.for_queries(database, queries)
        self.attending: set[int] = set()
        if activity_id is not None:
            with database.session() as session:
                self.attending = set(
                    session.scalars(
                        select(Attendance.person_id).where(
                            Attendance.activity_id == activity_id, ~Attendance.deleted
                        )
                    )
                )

    def __call__(self, person: PersonData) -> Verdict:
        if self.matcher.size == 0:
            return Verdict()
        found = self.matcher.match(*match_query(person))
        candidates = tuple(_candidate(c) for c in found)
        if not candidates:
            return Verdict()
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        if best.score >= KNOWN_SCORE and best.score - runner_up > CLOSE_SECOND:
            return Verdict(known=best)
        same_name_attending = [
            c
            for c in candidates
            if c.person_id in self.attending
            and "same_name" in c.reasons
            and not AGAINST & set(c.reasons)
        ]
        if len(same_name_attending) == 1:
            return Verdict(known=same_name_attending[0])
        return Verdict(candidates=candidates)


def held_roles(database: Database, activity_id: int) -> dict[int, str]:
    """The role each person attending the activity holds (a team role first): what a known
    person's presences get from a sheet that gives no role."""
    with database.session() as session:
        return roles_held(
            session.scalars(select(Attendance).where(Attendance.activity_id == activity_id))
        )


def roles_held(attendance: Iterable[Attendance]) -> dict[int, str]:
    """The role each person holds in an activity: a team role over participant, over any."""
    held: dict[int, str] = {}
    for record in attendance:
        if record.deleted:
            continue
        if _rank(record.role) > _rank(held.get(record.person_id)):
            held[record.person_id] = record.role
    return held


def _rank(role: str | None) -> int:
    if role is None:
        return -1
    return 2 if role in team_roles() else 1 if role == "participant" else 0
