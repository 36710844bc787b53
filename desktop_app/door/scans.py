"""A scanned badge: the person it names, or why it checks nobody in.

A scanner types the token and Enter where the cursor is: in the check-in screen's search box.
What is typed is a scan when it is shaped like a token (door/tokens.py); anything else is a
name being typed, left to the search. A scan then names its person (the survivor, when the
person was merged into another), or says clearly why nobody is checked in: a letter lost on
the way (scan again), a badge this database does not know, a revoked badge, a person no longer
in the registry. Checking in goes through `activities/attendance.check_in`: the same roles,
undo and counts as a name typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.activities.attendance import DEFAULT_ROLE, AttendanceRow, check_in
from desktop_app.door.tokens import is_intact, scanned
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database
from desktop_app.store.models import Badge, Organisation, Person, PersonAlias

MISREAD = QT_TRANSLATE_NOOP(
    "Door", "The badge was misread (a letter lost on the way): scan it again."
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "Door",
    "Unknown badge {code}: nobody was checked in. A badge printed on another computer is "
    "known here after the workbook sync; else type the name.",
)
REVOKED = QT_TRANSLATE_NOOP(
    "Door",
    "This badge was revoked (reported lost): nobody was checked in. Type the name, and print "
    "a new badge.",
)
GONE = QT_TRANSLATE_NOOP(
    "Door", "This badge's person is no longer in the registry: nobody was checked in."
)


@dataclass(frozen=True)
class ScannedPerson:
    person_id: int
    family_name: str
    given_names: str
    organisation: str


@dataclass(frozen=True)
class Scan:
    """What a scan names: its person, or the problem (never both)."""

    token: str
    person: ScannedPerson | None
    problem: UserMessage | None

    def refusal(self) -> RegistreError:
        assert self.problem is not None
        return RegistreError(self.problem)


def _problem(text: str, **params: object) -> UserMessage:
    return UserMessage("Door", text, dict(params))


def read_scan(database: Database, text: str) -> Scan | None:
    """The scan `text` is, resolved; None when it is not shaped like a badge's code."""
    token = scanned(text)
    if token is None:
        return None
    if not is_intact(token):
        return Scan(token, None, _problem(MISREAD))
    with database.session() as session:
        badges = session.execute(
            select(Badge.revoked, Badge.person_id).where(Badge.token == token, ~Badge.deleted)
        ).all()
        if not badges:
            return Scan(token, None, _problem(UNKNOWN, code=token))
        live = {person_id for revoked, person_id in badges if not revoked}
        if not live:
            return Scan(token, None, _problem(REVOKED))
        person_id = min(live)  # tokens are unique by chance of 2^65: one person
        person = badge_holder(session, person_id)
        if person is None:
            return Scan(token, None, _problem(GONE))
        organisation = (
            session.get(Organisation, person.organisation_id) if person.organisation_id else None
        )
        label = (organisation.acronym or organisation.name) if organisation else ""
        found = ScannedPerson(person.id, person.family_name, person.given_names, label or "")
        return Scan(token, found, None)


def check_in_scan(
    database: Database, activity_id: int, day: dt.date, text: str, role: str = DEFAULT_ROLE
) -> tuple[ScannedPerson, AttendanceRow]:
    """Check in the person a scanned badge names; RegistreError saying why it names nobody."""
    scan = read_scan(database, text)
    if scan is None:
        raise RegistreError(
            _problem(QT_TRANSLATE_NOOP("Door", "{code} is not a badge's code."), code=text.strip())
        )
    if scan.person is None:
        raise scan.refusal()
    return scan.person, check_in(database, activity_id, scan.person.person_id, day, role)


def badge_holder(session: Session, person_id: int) -> Person | None:
    """The person a badge of `person_id` stands for: a person merged since into another is
    the survivor; None when neither is there any more (erased)."""
    person = session.get(Person, person_id)
    if person is not None and person.deleted:
        survivor = session.scalar(
            select(PersonAlias.person_id).where(PersonAlias.old_uuid == person.uuid)
        )
        person = session.get(Person, survivor) if survivor is not None else None
    return person if person is not None and not person.deleted else None
