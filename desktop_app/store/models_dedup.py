"""Tables of the duplicate persons: the uuids merged away, and the pairs said to be two people.
Local to one database, never exported as records.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
PersonAlias`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base


class PersonAlias(Base):
    """After a merge, the uuid of the merged-away person still lands on the survivor."""

    __tablename__ = "person_alias"
    old_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))


class NotDuplicate(Base):
    """A pair of persons the user said are different people (uuids, smaller first)."""

    __tablename__ = "not_duplicate"
    first_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    second_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
