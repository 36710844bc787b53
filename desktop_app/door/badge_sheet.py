"""The badges of an activity as a sheet to print: each expected or attending person's badge,
with their name in large type, organisation, role, the activity and the QR code of their badge
code (door/badges.py). `reports/pdf_cards.render_badges` draws it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from sqlalchemy import select

from desktop_app.activities.activities import get_activity
from desktop_app.door.badges import issue_badges
from desktop_app.door.expected import expected_person_ids
from desktop_app.door.tokens import spaced
from desktop_app.reports import labels
from desktop_app.reports.cards import A4_OF_8, BadgeCard, BadgeSheet, QrMatrix
from desktop_app.signin.finder import held_roles
from desktop_app.store import Database
from desktop_app.store.models import Attendance, Badge, Organisation, Person

BADGE_TITLE = {"en": "Badges", "fr": "Badges"}


def qr_matrix(text: str, error: str = "h") -> QrMatrix:
    """The QR code of `text` with its quiet zone of 4 modules. Badges use the highest error
    correction (a crumpled badge still reads); certificates, whose codes are long, "m"."""
    code = segno.make(text, error=error, micro=False, boost_error=False)
    rows = tuple(
        "".join("1" if module else "0" for module in row)
        for row in code.matrix_iter(scale=1, border=4)
    )
    return QrMatrix(rows)


def badge_persons(database: Database, activity_id: int) -> list[int]:
    """Who gets a badge: the expected list and everyone checked in, by name."""
    with database.session() as session:
        ids = expected_person_ids(session, activity_id)
        ids |= set(
            session.scalars(
                select(Attendance.person_id).where(
                    Attendance.activity_id == activity_id, ~Attendance.deleted
                )
            )
        )
        return list(
            session.scalars(
                select(Person.id)
                .where(Person.id.in_(sorted(ids)), ~Person.deleted)
                .order_by(Person.family_name, Person.given_names, Person.id)
            )
        )


@dataclass(frozen=True)
class BadgeHolder:
    """A person who gets a badge for the activity, as the window lists them."""

    person_id: int
    family_name: str
    given_names: str
    organisation: str
    has_badge: bool  # a live badge already (printed before, here or for another activity)


def badge_holders(database: Database, activity_id: int) -> list[BadgeHolder]:
    """`badge_persons` with their names, organisation and whether they hold a badge."""
    ids = badge_persons(database, activity_id)
    with database.session() as session:
        holding = set(
            session.scalars(
                select(Badge.person_id).where(
                    Badge.person_id.in_(ids), ~Badge.revoked, ~Badge.deleted
                )
            )
        )
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Person.id,
                    Person.family_name,
                    Person.given_names,
                    Organisation.acronym,
                    Organisation.name,
                )
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(ids))
            )
        }
    return [
        BadgeHolder(
            pid,
            rows[pid].family_name,
            rows[pid].given_names or "",
            rows[pid].acronym or rows[pid].name or "",
            pid in holding,
        )
        for pid in ids
    ]


def badge_sheet(
    database: Database,
    activity_id: int,
    *,
    language: str,
    person_ids: Sequence[int] | None = None,
    reprint: bool = False,
    layout: str = A4_OF_8,
    issuer: str = "",
    logo: Path | None = None,
) -> BadgeSheet:
    """The badges of the activity's persons (or of `person_ids`), their codes issued now when
    they have none (`reprint`: new codes, the old ones revoked)."""
    activity = get_activity(database, activity_id)
    persons = list(person_ids) if person_ids else badge_persons(database, activity_id)
    codes = {b.person_id: b.token for b in issue_badges(database, persons, reprint=reprint)}
    roles = held_roles(database, activity_id)
    place = ", ".join(part for part in (activity.venue, activity.city) if part)
    when = labels.format_range(activity.start_date, activity.end_date, language)
    when = f"{when} · {place}" if place else when
    with database.session() as session:
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Person.id,
                    Person.family_name,
                    Person.given_names,
                    Organisation.acronym,
                    Organisation.name,
                )
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(persons))
            )
        }
    cards = tuple(
        BadgeCard(
            given_names=rows[pid].given_names or "",
            family_name=rows[pid].family_name,
            organisation=rows[pid].acronym or rows[pid].name or "",
            role=labels.role_label(roles.get(pid, "participant"), language),
            event=activity.title,
            when=when,
            code=spaced(codes[pid]),
            qr=qr_matrix(codes[pid]),
        )
        for pid in persons
    )
    title = f"{BADGE_TITLE['fr' if labels.is_french(language) else 'en']} — {activity.title}"
    return BadgeSheet(title, cards, layout, issuer, logo)
