"""Tables of the door (docs/door.md): the expected lists and the badges.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
ExpectedPerson`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base, TravelFields


class ExpectedPerson(TravelFields, Base):
    """A person invited to an activity (its expected list). The uuid is made from the
    activity's and the person's (door/expected.py), so that two computers inviting the same
    person make the same record."""

    __tablename__ = "expected_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))

    __table_args__ = (
        Index("ix_expected_person_activity", "activity_id", "person_id"),
        Index("ix_expected_person_person", "person_id"),
    )


class Badge(TravelFields, Base):
    """A badge's opaque token, resolved to its person at the door; revoked when lost."""

    __tablename__ = "badge"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    token: Mapped[str] = mapped_column(String(24))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_badge_token", "token"),
        Index("ix_badge_person", "person_id"),
    )
