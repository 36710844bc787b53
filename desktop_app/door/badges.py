"""Badges: one opaque token per person, stable across activities, revoked when a badge is lost.

A person keeps the same badge from one activity to the next: issuing a badge reuses the
person's live token. Reprinting a lost badge revokes the old token and makes a new one; a
revoked token checks nobody in (door/scans.py). Tokens travel in the HQ workbook (the Badges
sheet), so that every computer of an office resolves the same badge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.door.tokens import new_token, scanned
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Badge, Person


@dataclass(frozen=True)
class IssuedBadge:
    person_id: int
    token: str
    new: bool  # made now (else the person's badge already)


def _live_badge(session: Session, person_id: int) -> Badge | None:
    return session.scalars(
        select(Badge)
        .where(Badge.person_id == person_id, ~Badge.revoked, ~Badge.deleted)
        .order_by(Badge.id)
    ).first()


def issue_badges(
    database: Database, person_ids: Iterable[int], *, reprint: bool = False
) -> list[IssuedBadge]:
    """The badge of each person, made when they have none; `reprint`: a lost badge, its token
    revoked and a new one made."""
    wanted = list(dict.fromkeys(person_ids))
    issued: list[IssuedBadge] = []
    with database.session() as session:
        for person_id in wanted:
            person = session.get(Person, person_id)
            if person is None or person.deleted:
                raise not_found("person", person_id)
            badge = _live_badge(session, person_id)
            if badge is not None and reprint:
                for old in session.scalars(
                    select(Badge).where(Badge.person_id == person_id, ~Badge.revoked)
                ):
                    old.revoked = True
                badge = None
            if badge is not None:
                issued.append(IssuedBadge(person_id, badge.token, new=False))
                continue
            token = new_token()
            session.add(Badge(person_id=person_id, token=token, revoked=False))
            issued.append(IssuedBadge(person_id, token, new=True))
        session.flush()
    return issued


def revoke_badge(database: Database, text: str) -> int:
    """Revoke the badge with this token (a lost one); the id of its person."""
    token = scanned(text)
    with database.session() as session:
        badge = (
            session.scalars(select(Badge).where(Badge.token == token, ~Badge.deleted)).first()
            if token
            else None
        )
        if badge is None:
            raise RegistreError(
                UserMessage(
                    "Door",
                    QT_TRANSLATE_NOOP("Door", "No badge has the code {code}."),
                    {"code": text.strip()},
                )
            )
        badge.revoked = True
        return badge.person_id
